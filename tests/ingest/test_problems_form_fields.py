"""The sign-off form of a rectified problem (整改验收销号公示) opens with the field 一、整改问题: a heading over the
findings, as 存在问题 is: the form's measures answer the finding stated under it."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import EdgeType, NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.problem_headings import lists_findings

FORM = """某县突出生态环境问题整改验收销号公示

一、整改问题
某县甲镇乙村一处废弃坑塘长期堆放生活垃圾,雨后渗滤液外溢。
二、整改实施主体
某县甲镇人民政府
三、重点措施
对坑塘进行平整复绿,落实专人巡查管护,建立长效管理机制。
"""


def test_the_form_field_lists_findings() -> None:
    assert lists_findings("整改问题")
    assert not lists_findings("整改问题整改情况")


def test_the_forms_measures_answer_the_finding_under_the_field(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    problems = {n.id: n.label for n in record.nodes if n.type == NodeType.PROBLEM}
    answered = {problems[e.target] for e in record.edges if e.type == EdgeType.ADDRESSES}
    assert any("堆放生活垃圾" in label for label in answered)
