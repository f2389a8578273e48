"""A numbered line that leaves a bracket or a 《 open was cut (by the page width, or by the end of an excerpt)
inside a sentence: it is no title."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_numbered_line_that_leaves_a_bracket_open_was_cut_and_is_no_title() -> None:
    text = ("以上事实有以下证据证明:\n1.某公司排污许可证(编号:91350000AB12\nCD34)复印件,证明主体情况。\n"
            "2.现场照片5张,证明现场情况。\n3.执法人员制作的《现场检查")
    assert headings(text) == []


def test_a_title_with_its_brackets_closed_stays() -> None:
    assert headings("一、整改情况(截至6月底)\n已完成整改12项。") == [(1, "一、", "整改情况(截至6月底)")]


def test_a_title_that_ends_inside_a_quote_at_its_full_stop_stays() -> None:
    text = "(1)关于“河长巡河不到位。”问题的整改\n已建立巡河台账。\n(2)关于“台账不全”问题的整改\n已补齐台账。"
    assert [title for _, _, title in headings(text)][0] == "关于“河长巡河不到位。"
