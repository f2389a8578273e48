"""Mentions of problems that name no fault are no problems: counts and references (其余问题, 90%的问题, 多数问题),
acts on problems (直面问题, 现将问题…公开), announcements that findings exist (但督察也发现一些问题和不足),
absences and worries (未发现违纪问题, 不用再担心灌溉问题). A fault named next to them still is. On invented
sentences."""

from __future__ import annotations

import pytest

from policykg.ingest.extract.problem_mentions import announces_findings
from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


@pytest.mark.parametrize("sentence, mention", [
    ("甲县排查的问题中,已完成90%的问题整改。", "90%的问题"),
    ("其中30个问题完成整治,其余问题正在有序推进中。", "其余问题"),
    ("整治工作滞后,多数问题仅制定了方案。", "多数问题"),
    ("镇党委认真研究、直面问题,迅速整改。", "直面问题"),
    ("按照信息公开要求,现将问题整治进展情况予以公开。", "现将问题"),
    ("专家组对提出的问题进行了详细说明。", "提出的问题"),
    ("加强问题跟踪,对发现的问题紧盯到底。", "问题紧盯到底"),
    ("做到出现问题第一时间可追溯。", "出现问题"),
    ("目前自查结果未发现违纪违法问题。", "违纪违法问题"),
    ("这下有水了,不用再担心春耕灌溉问题了。", "灌溉问题"),
])
def test_a_mention_that_names_no_fault_is_no_problem(sentence, mention):
    assert not any(mention in t for t in titles(sentence))


def test_an_announcement_of_findings_is_no_finding_but_the_findings_after_it_are():
    found = titles("工作取得较大成效,但督察也发现一些问题和不足,一些地方污水收集管网建设滞后。")
    assert not any("问题和不足" in t for t in found)
    assert "一些地方污水收集管网建设滞后" in found


def test_clues_of_problems_stay_a_problem():
    assert any(t.startswith("问题线索") for t in titles("对前期梳理的问题线索及群众举报突出问题开展调查。"))


def test_announcing_is_told_from_stating():
    assert announces_findings("在河长制实施过程中,尽管取得了阶段性成果,但也存在一些问题")
    assert not announces_findings("部分泵站存在运行不稳定问题")


def test_clues_handed_over_by_an_inspection_are_a_problem():
    assert "问题线索" in titles("巡察组向县纪委监委移交问题线索2件3人。")
    assert "问题线索" in titles("前六轮巡察移交147件问题线索,办结128件。")


def test_a_work_not_carried_out_is_a_fault():
    assert "部分单位整改不落实" in titles("督查发现,部分单位整改不落实。")
