"""Markers after a space on a short line, titles that stop before a list run into them, and a doubled 、."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_heading_after_the_document_title_on_its_line_is_found() -> None:
    assert headings("某县河长制工作总结 一、主要工作\n开展巡河120次。\n二、存在问题\n巡河不到位。") == [
        (1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_a_deeper_first_heading_after_a_space_ends_the_title_before_it() -> None:
    assert headings("一、主要工作 (一)强化源头管控\n关停作坊5家。") == [(1, "一、", "主要工作"), (2, "(一)", "强化源头管控")]


def test_a_run_of_items_run_into_a_title_ends_it() -> None:
    assert headings("一、工作开展情况一是召开总河长会议2次。二是开展巡河120次。") == [(1, "一、", "工作开展情况")]


def test_a_single_word_ending_in_yi_before_shi_is_no_item_run() -> None:
    assert headings("(一)坚持标准统一是前提\n各地统一标准。") == [(2, "(一)", "坚持标准统一是前提")]


def test_a_marker_after_a_space_in_prose_is_no_heading() -> None:
    assert headings("全年开展巡河120次, 一、二级河长全部履职。") == []
    assert headings("计划于2023年 二、三季度完成。") == []


def test_a_doubled_pause_mark_after_a_bracketed_marker_is_no_part_of_the_title() -> None:
    assert headings("(一)、加强组织领导\n成立领导小组。\n(二)、强化督查考核\n开展督查3次。") == [
        (2, "(一)", "加强组织领导"), (2, "(二)", "强化督查考核")]


def test_a_comma_after_a_marker_still_opens_no_heading() -> None:
    assert headings("(一),补充说明\n见附件。") == []


def test_a_marker_in_a_table_cell_or_after_a_time_is_no_heading() -> None:
    assert headings("| 一、水污染防治 | 3 | 已完成 |\n| 二、大气污染防治 | 2 | 已完成 |") == []
    assert headings("2023-07-24 00:11:36 一、工作开展情况\n召开会议。") == []
