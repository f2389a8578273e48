"""An item of a list of numbered sentences stays an item when more sentences follow it on its line: the list's
first items, whole sentences with no body, tell that the numbers count items, not sections."""

from __future__ import annotations

from policykg.ingest.outline import parse_outline


def titles(text: str) -> list[str]:
    return [s.marker + s.title for s in parse_outline(text)]


def test_a_later_item_with_a_second_sentence_is_no_heading() -> None:
    text = ("五、推进河道保洁\n【推进措施】\n1.组织各村清理沟渠垃圾,落实保洁人员。\n\n2.争取专项资金支持管网修复。\n\n"
            "3.开展每月巡查,实行定期通报。鼓励群众参与监督,巩固保洁成效。\n\n责任单位:镇农业服务中心")
    assert titles(text) == ["五、推进河道保洁"]


def test_run_in_headings_that_open_their_list_stay_headings() -> None:
    text = ("(二)基本原则\n1、坚持生态优先。处理好保护与开发的关系。\n2、坚持部门联动。明确各级河长职责。\n"
            "3、坚持问题导向。实行一河一策。")
    assert titles(text) == ["(二)基本原则", "1、坚持生态优先。", "2、坚持部门联动。", "3、坚持问题导向。"]


def test_the_next_heading_above_the_list_is_still_a_heading() -> None:
    text = "一、整改情况\n1.已拆除违建3处。\n2.已完成清淤。\n二、下一步打算\n持续巡查。"
    assert titles(text) == ["一、整改情况", "二、下一步打算"]


def test_a_run_in_heading_after_one_title_without_a_body_stays_a_heading() -> None:
    text = "一、主要做法\n(一)加强组织领导。\n(二)完善工作机制。建立台账,逐项销号。\n"
    assert titles(text) == ["一、主要做法", "(二)完善工作机制。"]
