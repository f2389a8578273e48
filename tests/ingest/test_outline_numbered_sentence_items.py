"""Numbered sentences listed under a heading are items, not headings, even when the next is too long to read as a
heading or a closing paragraph follows the last of them."""

from __future__ import annotations

from policykg.ingest.outline import parse_outline

NOTICE = """一、整改任务
河塘黑臭水体较普遍。
二、整改措施
(1)核实群众反映的黑臭水体问题,限期整改到位。
(2)将排查纳入日常监管,一经发现,立即认定,确属黑臭的,纳入监管平台,动态监管,逐步消除。
三、整改完成情况
(1)反馈的2处黑臭问题均已整改完毕。
(2)各乡镇持续开展排查,推动清单动态更新。
如对公示内容有异议,请在公示期间反映。
"""


def test_listed_sentences_are_not_headings_under_their_heading():
    assert [(s.marker, s.title) for s in parse_outline(NOTICE)] == [
        ("一、", "整改任务"), ("二、", "整改措施"), ("三、", "整改完成情况"),
    ]


def test_a_numbered_sentence_with_a_body_of_its_own_is_still_a_run_in_heading():
    text = "一、主要做法\n(一)强化组织领导。成立领导小组。\n(二)完善工作机制。\n建立台账,逐项销号。\n"
    assert [s.title for s in parse_outline(text)] == ["主要做法", "强化组织领导。", "完善工作机制。"]
