"""A heading whose label runs on after a colon into its body (一、某河整治进展情况:工程已完工,水质达标。): the title
is the label; a colon that introduces a name or a short phrase stays in the title."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline
from policykg.ingest.sentences import split_sentences


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_sentence_after_the_colon_is_the_body_not_the_title() -> None:
    text = ("一、青石沟整治进展情况:截污工程已完工,于去年底通过验收。今年监测3次。\n"
            "二、白桥河整治进展情况:清淤工程已完成,岸线绿化正在推进。今年监测2次。")
    assert headings(text) == [(1, "一、", "青石沟整治进展情况"), (1, "二、", "白桥河整治进展情况")]


def test_the_body_after_the_colon_is_a_sentence_of_its_own() -> None:
    text, _ = normalize("一、青石沟整治进展情况:截污工程已完工,于去年底通过验收。今年监测3次。")
    outline = parse_outline(text)
    breaks = [x for s in outline for x in (s.start, s.title_end)]
    assert [text[a:b] for a, b in split_sentences(text, breaks=breaks)] == [
        "一、青石沟整治进展情况", "截污工程已完工,于去年底通过验收。", "今年监测3次。"]


def test_a_colon_before_a_phrase_without_clauses_stays_in_the_title() -> None:
    text = "一、违法排污类:某化工公司超标排放废水案\n2023年5月,执法人员检查发现该公司超标排放。"
    assert headings(text) == [(1, "一、", "违法排污类:某化工公司超标排放废水案")]


def test_a_colon_inside_brackets_stays_in_the_title() -> None:
    text = "(一)排污许可问题(依据:许可证,检查记录)\n该企业未按证排污,已责令整改。"
    assert headings(text) == [(2, "(一)", "排污许可问题(依据:许可证,检查记录)")]


def test_a_numbered_line_that_is_a_whole_labelled_sentence_stays_an_item() -> None:
    text = ("1.水资源保护:检查节水政策落实情况,包括用水总量等方面。\n"
            "2.水污染防治:检查治污政策落实情况,包括工业废水等方面。")
    assert headings(text) == []


def test_a_colon_in_a_time_of_day_is_no_label() -> None:
    text = "一、工作部署\n(一)专题会议于9:30召开,研究部署整改工作。会议明确了责任分工。"
    assert headings(text) == [(1, "一、", "工作部署"), (2, "(一)", "专题会议于9:30召开,研究部署整改工作。")]


def test_the_finding_a_finding_label_announces_stays_in_the_title() -> None:
    text = "二、整改情况\n(一)问题一:部分河段垃圾堆积,未及时清理。\n已组织人员清理垃圾20吨。"
    assert headings(text) == [(1, "二、", "整改情况"), (2, "(一)", "问题一:部分河段垃圾堆积,未及时清理。")]
