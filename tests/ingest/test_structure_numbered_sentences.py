"""Numbered lines of many clauses are sentences of a list, not headings; short titles of two or three phrases stay
headings (invented river-chief and rectification texts)."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_outline


def headings(original: str) -> list[tuple[int, str, str]]:
    text, _ = normalize(original)
    return [(s.level, s.marker, s.title) for s in parse_outline(text)]


def test_a_numbered_line_of_many_clauses_is_no_heading_even_when_text_follows():
    text = ("某乡河长制工作总结\n"
            "2、设立以乡党委书记为总河长,其他党委成员任分段河长,各村主任担任村河长,乡、村二级河长全覆盖。\n"
            "3、设立乡河长制办公室,办公室主任某某,成员负责日常事务,软件资料归档。\n"
            "按照文件精神,我乡制定了实施方案。\n")
    assert headings(text) == []


def test_a_title_of_two_or_three_short_phrases_stays_a_heading():
    text = "一、提高政治站位,强化责任担当,切实履行整改主体责任\n全局召开专题会议。\n(一)加强领导,成立组织\n成立领导小组。\n"
    assert headings(text) == [(1, "一、", "提高政治站位,强化责任担当,切实履行整改主体责任"), (2, "(一)", "加强领导,成立组织")]
