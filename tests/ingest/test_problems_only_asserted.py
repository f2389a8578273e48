"""A question, a condition or an example names no problem: only what a text asserts is a problem."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.extract.problems import find_problems
from support import ingest_text, measure_links


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_a_question_names_no_problem():
    assert titles("做到群众反映什么问题、关注什么问题,就解决什么问题。") == []
    assert titles("检查组要弄清存在哪些问题。") == []


def test_a_condition_or_an_example_names_no_problem():
    assert titles("图片来源于网络,如有版权问题请联系删除。") == []
    assert titles("专题总结是围绕某一方面或某一问题进行的总结。") == []


def test_an_asserted_problem_beside_a_question_is_still_found():
    assert "村道垃圾乱堆问题" in titles("针对村道垃圾乱堆问题,村委会组织清理,并询问村民还有什么意见。")


CREDIT = """某镇禁塑工作简报
某镇开展禁塑专项检查,对违规使用不可降解塑料袋的商户进行教育。
文中图片来源于网络,如有版权问题请联系删除。
"""


def test_a_pages_copyright_line_answers_no_problem(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CREDIT))
    assert not any("版权" in problem for _, problem, _ in got)


def test_a_campaign_launched_against_pollution_names_no_polluter():
    assert titles("我们以壮士断腕的决心打响污染防治攻坚战。") == []
    assert titles("全面打响甲河水污染防治攻坚战。") == ["甲河水污染"]
