"""Flattened pages run a section's body into its title with no stop between them (二、工作进展为加强…), and open
the outline right after the colon that announces it (报告如下:一、基本情况…)."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_title_ends_where_a_body_opens_on_its_subject_or_its_aim() -> None:
    text = ("现将有关情况报告如下:一、基本情况我县共有河道5条,全长30公里。"
            "二、工作进展为加强管护,县里成立了工作专班。")
    assert headings(text) == [(1, "一、", "基本情况"), (1, "二、", "工作进展")]


def test_a_title_ends_where_a_body_opens_on_its_basis() -> None:
    text = "一、工作开展情况\n(一)落实巡河职责根据县河长办要求,各级河长每月巡河两次。\n(二)推进源头治理\n完成整治。"
    assert headings(text) == [(1, "一、", "工作开展情况"), (2, "(一)", "落实巡河职责"), (2, "(二)", "推进源头治理")]


def test_a_title_cut_there_is_run_in_and_its_body_follows() -> None:
    text, _ = normalize("(一)整改措施通过召开专题会议,明确了责任分工。")
    section = parse_outline(text)[0]
    assert section.run_in
    assert text[section.title_end:].startswith("通过召开")


def test_a_numbered_sentence_that_itself_opens_on_its_basis_is_no_title() -> None:
    text = "1、按照上级要求我镇成立了河长制工作领导小组,负责统筹全镇河湖管护。\n2、完成巡河32次。"
    assert all(title != "按照上级要求" for _, _, title in headings(text))


def test_a_title_without_such_an_opening_keeps_its_words() -> None:
    assert headings("一、管理体系建设\n县里完善了制度。") == [(1, "一、", "管理体系建设")]


def test_a_count_after_a_colon_is_no_marker() -> None:
    assert headings("划定的范围:一、二级保护区内禁止新建排污口。") == []


def test_a_list_after_a_colon_with_no_body_between_its_items_is_no_outline() -> None:
    assert headings("主要做了以下工作:一、成立机构。二、健全制度。三、加强巡查。") == []


def test_a_body_may_open_after_a_space_behind_the_title() -> None:
    assert headings("一、工作进展情况 我区已建成污水管网12公里,新增处理能力每日2000吨。\n二、存在问题\n资金不足。") == [
        (1, "一、", "工作进展情况"), (1, "二、", "存在问题")]

