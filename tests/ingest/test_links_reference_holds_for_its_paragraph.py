"""A sentence that opens by referring back to what was found (针对上述问题,…; 某局将针对此次检查中存在的问题,…) sets
what the rest of its paragraph works on: the sentences after it that name nothing (要求逐条整改, 为从根本上解决,…)
answer the same findings, up to a sentence that names a problem of its own."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

CHECK = """某县开展危险废物规范化管理检查
检查发现,部分企业存在危险废物台账记录不全、贮存场所标识缺失等问题。
县环保局将针对此次检查中存在的问题,全力督促企业整改。对检查中存在问题的企业下达限期整改决定,要求逐条整改,并组织复查。
"""

TURNED = """某县开展危险废物规范化管理检查
检查发现,部分企业存在危险废物台账记录不全、贮存场所标识缺失等问题。
针对上述问题,县环保局责令企业限期整改。另有一家企业存在废水偷排行为,已立案查处。
"""

NO_REFERENCE = """某县开展危险废物规范化管理检查
检查发现,部分企业存在危险废物台账记录不全、贮存场所标识缺失等问题。
全县今年新建村级公厕5座。另组织开展垃圾分类宣传活动3场。
"""


def _targets(got, start):
    return {t for m, t, _ in got if m.startswith(start)}


def test_the_sentences_after_an_opening_reference_answer_the_same_findings(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CHECK))
    assert any("台账记录不全" in t for t in _targets(got, "对检查中存在问题的企业")), got


def test_a_sentence_naming_a_problem_of_its_own_ends_the_reference(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, TURNED))
    assert any("台账记录不全" in t for t in _targets(got, "针对上述问题")), got
    assert not any("台账记录不全" in t for t in _targets(got, "另有一家企业")), got


def test_without_a_reference_the_paragraph_answers_nothing(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NO_REFERENCE))
    assert not _targets(got, "另组织开展"), got
