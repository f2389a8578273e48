"""Headings run into the sentence before them when a page lost its line breaks: a marker in mid-line after a 。."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_marker_after_a_full_stop_that_continues_its_level_opens_a_heading() -> None:
    text = ("一、主要工作\n(一)强化源头管控,减少排放。一是关停小作坊5家。二是完成管网改造。"
            "(二)加强日常巡查,压实河长责任。\n一是开展巡河120次。")
    assert headings(text) == [
        (1, "一、", "主要工作"), (2, "(一)", "强化源头管控,减少排放。"), (2, "(二)", "加强日常巡查,压实河长责任。")]


def test_the_run_in_heading_after_a_full_stop_is_its_first_sentence() -> None:
    text, _ = normalize("一、治理成效\n(一)水质改善。断面达标。(二)岸线整治。拆除棚屋12处。")
    second = parse_outline(text)[2]
    assert (second.title, second.run_in) == ("岸线整治。", True)
    assert text[second.title_end:] == "拆除棚屋12处。"


def test_a_first_heading_may_follow_the_preamble_on_its_line() -> None:
    assert headings("县政协开展了专题调研,现报告如下。一、主要做法\n县里成立了领导小组。") == [(1, "一、", "主要做法")]


def test_a_deeper_list_run_into_the_title_ends_it_and_opens_its_first_heading() -> None:
    assert headings("调研组认为水环境持续好转。一、主要做法和成效1、领导重视,责任明确。县里成立了领导小组。") == [
        (1, "一、", "主要做法和成效"), (3, "1、", "领导重视,责任明确。")]


def test_a_marker_whose_number_does_not_continue_its_level_is_no_heading() -> None:
    assert headings("一、主要工作\n(一)强化管控。关停作坊5家。(三)加强巡查。开展巡河。") == [
        (1, "一、", "主要工作"), (2, "(一)", "强化管控。")]


def test_a_list_that_starts_after_a_full_stop_with_no_heading_above_is_no_outline() -> None:
    assert headings("排查发现问题如下。(一)垃圾未清理。(二)排口未封堵。") == []


def test_items_run_together_with_no_body_between_them_are_a_list() -> None:
    assert headings("主要做了以下工作。一、成立机构。二、健全制度。三、加强巡查。") == []


def test_a_count_run_together_after_a_full_stop_is_no_marker() -> None:
    assert headings("一、总体情况\n完成一季度任务。二、三季度将加快推进。一、二级保护区内违建已拆除。") == [
        (1, "一、", "总体情况")]


def test_a_long_sentence_after_a_full_stop_is_no_title() -> None:
    text = "一、主要工作\n(一)强化管控。关停作坊。(二)" + "对辖区内全部排污口开展排查监测溯源并建立名录完成分类整治和规范化建设工作。"
    assert headings(text) == [(1, "一、", "主要工作"), (2, "(一)", "强化管控。")]


def test_a_deeper_first_heading_glued_to_a_title_ends_it() -> None:
    assert headings("现将有关情况报告如下。一、取得的工作成效(一)水体环境保持稳定。三个断面水质达标。") == [
        (1, "一、", "取得的工作成效"), (2, "(一)", "水体环境保持稳定。")]
    assert headings("一、主要成效(一)水质改善。断面达标。\n") == [(1, "一、", "主要成效"), (2, "(一)", "水质改善。")]


def test_a_glued_marker_opening_a_count_does_not_end_a_title() -> None:
    assert headings("一、关停1、2号机组\n已完成关停。") == [(1, "一、", "关停1、2号机组")]


def test_a_title_glued_to_a_body_that_opens_with_its_year_stops_before_the_year() -> None:
    text = ("特制定本方案。一、工作现状(一)排查摸底情况2020年,全市开展农村黑臭水体调查摸底工作,未发现黑臭水体。"
            "(二)治理修复情况2023年,排查出21个黑臭水体。")
    assert headings(text) == [(1, "一、", "工作现状"), (2, "(一)", "排查摸底情况"), (2, "(二)", "治理修复情况")]


def test_a_year_inside_a_title_stays_in_it() -> None:
    assert headings("(一)关于2022年度整改情况\n已完成。") == [(2, "(一)", "关于2022年度整改情况")]
    assert headings("(一)2021年工作开展情况\n已完成。") == [(2, "(一)", "2021年工作开展情况")]


def test_an_outline_glued_to_the_document_title_opens_when_its_first_item_is_glued_too() -> None:
    text = "某局上半年工作总结和下半年工作计划一、主要工作开展情况(一)主要指标完成情况。一是水质达标。(二)重点工作开展情况。一是开展排查。"
    assert headings(text) == [(1, "一、", "主要工作开展情况"), (2, "(一)", "主要指标完成情况。"),
                              (2, "(二)", "重点工作开展情况。")]


def test_a_pause_after_yi_in_prose_is_no_marker() -> None:
    assert headings("各地要做到标准统一、规范管理,按时报送。") == []
    assert headings("一、总体要求\n坚持统一、规范管理(一)类水体,按时报送。") == [(1, "一、", "总体要求")]
