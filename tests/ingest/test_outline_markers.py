"""Headings of every marker kind, run-in headings, list items that are not headings, 一是/二是 items."""

from __future__ import annotations

import pytest

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_items, parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


@pytest.mark.parametrize(("line", "level", "marker"), [
    ("一、总体要求", 1, "一、"), ("十二、总体要求", 1, "十二、"),
    ("（一）总体要求", 2, "(一)"), ("(一)总体要求", 2, "(一)"),
    ("1.总体要求", 3, "1."), ("1、总体要求", 3, "1、"), ("1．总体要求", 3, "1."), ("12.总体要求", 3, "12."),
    ("（1）总体要求", 4, "(1)"), ("(1)总体要求", 4, "(1)"),
    ("①总体要求", 5, "①"),
    ("一、 总体要求", 1, "一、"), ("（二） 总体要求", 2, "(二)"), ("3. 总体要求", 3, "3."), ("② 总体要求", 5, "②"),
    ("\u3000\u3000一、总体要求", 1, "一、"),
])
def test_every_marker_opens_a_heading_at_its_level(line: str, level: int, marker: str) -> None:
    assert headings(f"{line}\n各地要抓好落实。") == [(level, marker, "总体要求")]


def test_a_run_in_heading_is_its_first_sentence_and_the_body_follows_on_the_line() -> None:
    text, _ = normalize("(一)加强组织领导。各地要成立领导小组,定期调度。")
    [s] = parse_outline(text)
    assert (s.title, s.run_in) == ("加强组织领导。", True)
    assert text[s.title_end:].startswith("各地要")


def test_sections_nest_by_level_and_end_at_the_next_heading_of_their_level() -> None:
    text, _ = normalize("一、问题\n(一)管理方面。\n正文甲。\n1.界标。\n正文乙。\n(二)执法方面。\n正文丙。\n二、措施\n正文丁。")
    outline = parse_outline(text)
    assert [(s.title, s.parent) for s in outline] == [
        ("问题", None), ("管理方面。", 0), ("界标。", 1), ("执法方面。", 0), ("措施", None)]
    assert text[outline[1].start:outline[1].end].rstrip() == "(一)管理方面。\n正文甲。\n1.界标。\n正文乙。"


def test_numbered_full_sentences_with_no_body_of_their_own_are_list_items_not_headings() -> None:
    found = headings("(一)排查发现的问题\n1.一级保护区内有养殖场3家,存在面源污染。\n\n"
                     "2.二级保护区内新建房屋一栋。\n(二)整改情况\n已全部拆除。")
    assert found == [(2, "(一)", "排查发现的问题"), (2, "(二)", "整改情况")]


def test_a_sentence_heading_that_opens_a_body_stays_a_heading() -> None:
    assert headings("(1)在水源地保护方面。\n部分界标缺失。\n(2)在执法方面。\n处罚偏轻。") == [
        (4, "(1)", "在水源地保护方面。"), (4, "(2)", "在执法方面。")]


def test_lines_that_only_look_numbered_are_not_headings() -> None:
    assert headings("2023年完成整改。\n1.5万元已拨付到位。\n一、\n(一),补充说明\n" + "1." + "长" * 70) == []


def test_flattened_pdf_text_finds_headings_after_a_space_when_their_numbers_run_in_order() -> None:
    body = "某某市审计局审计结果公告 (二〇二二年十二月二十六日) 2022 年第 8 号 某某区大气污染监测能力建设情况 审计调查结果 根据《某某审计法》的规定,对专项资金进行了审计调查。 一、审计调查基本情况 " \
           "全年投入专项 资金104.1万元。 二、审计调查发现的主要问题 资产清查 评估未完成,相关 单位未按期报送 材料。 见附件 五、六两项。 " \
           "四、跳过的编号 不算标题。 三、审计处理情况和建议 要求尽快整改到位,并将整改结果向社会公告。"
    assert len(body) > 200
    assert [t for _, _, t in headings(body)] == ["审计调查基本情况", "审计调查发现的主要问题", "审计处理情况和建议"]


def test_yishi_ershi_items_are_sub_items_of_their_paragraph() -> None:
    text, _ = normalize("一、措施\n加强监管,一是完善制度;二是严格执法;三是强化问责。\n另外,他说这一是非问题。")
    outline = parse_outline(text)
    items = parse_items(text, outline)
    assert [(i.marker, text[i.start:i.end], i.section) for i in items] == [
        ("一是", "一是完善制度;", 0), ("二是", "二是严格执法;", 0), ("三是", "三是强化问责。", 0)]


def test_yishi_items_may_stand_on_consecutive_lines_but_not_across_a_heading() -> None:
    text, _ = normalize("(一)监管\n一是完善制度。\n二是严格执法。\n(二)问责\n三是强化问责。\n一是约谈;二是通报。")
    items = parse_items(text, parse_outline(text))
    assert [(text[i.start:i.end], i.section) for i in items] == [
        ("一是完善制度。", 0), ("二是严格执法。", 0), ("一是约谈;", 1), ("二是通报。", 1)]
