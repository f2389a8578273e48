"""Entities in the assembled graph: resolved units, places and waters with evidence, linked to measures."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import EdgeType, NodeType
from policykg.ingest import pipeline

REPORT = """湖南省生态环境厅关于某湖整治进展情况的报告

一、工作进展
(一)在水污染治理方面。
1.强化部署。厅党组召开会议研究部署。我厅会同省水务厅印发整治方案。
2.推进治理。指导常德市生态环境局完成常德市甲乙河综合整治,省生态环境厅组织开展现场检查。

2021年5月24日
"""


def assemble(tmp_path: Path) -> DocumentRecord:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def nodes(record: DocumentRecord, node_type: NodeType) -> dict[str, object]:
    return {n.label: n for n in record.nodes if n.type == node_type}


def test_department_names_are_one_unit_and_the_party_group_another(tmp_path: Path) -> None:
    record = assemble(tmp_path)
    units = nodes(record, NodeType.UNIT)
    dept = units["湖南省生态环境厅"]
    assert {"我厅", "省生态环境厅"} <= set(dept.aliases)
    assert "中共湖南省生态环境厅党组" in units
    assert "湖南省水务厅" in units and "省水务厅" in units["湖南省水务厅"].aliases
    assert dept.attrs["level"] == "provincial"


def test_every_mention_is_evidence_on_its_node(tmp_path: Path) -> None:
    record = assemble(tmp_path)
    dept = nodes(record, NodeType.UNIT)["湖南省生态环境厅"]
    spans = {record.text[e.start : e.end] for e in dept.evidence}
    assert {"我厅", "省生态环境厅", "湖南省生态环境厅"} <= spans


def test_measures_are_performed_by_units_and_concern_waters(tmp_path: Path) -> None:
    record = assemble(tmp_path)
    river = nodes(record, NodeType.RIVER)["甲乙河"]
    bureau = nodes(record, NodeType.UNIT)["常德市生态环境局"]
    city = nodes(record, NodeType.PLACE)["常德市"]
    concerns = [e for e in record.edges if e.type == EdgeType.CONCERNS and e.target == river.id]
    performed = [e for e in record.edges if e.type == EdgeType.PERFORMED_BY and e.target == bureau.id]
    assert concerns and performed and concerns[0].source == performed[0].source
    assert any(e.type == EdgeType.LOCATED_IN and e.source == river.id and e.target == city.id for e in record.edges)


def test_ids_are_the_same_in_another_document(tmp_path: Path) -> None:
    first = nodes(assemble(tmp_path), NodeType.UNIT)["湖南省水务厅"].id
    other = tmp_path / "other"
    other.mkdir()
    path = other / "note.txt"
    path.write_text("湖南省水务厅关于河湖整治的通知\n\n一、工作要求\n湖南省水务厅组织开展河湖整治。\n", encoding="utf-8")
    second = nodes(pipeline.run(pipeline.load(path)), NodeType.UNIT)["湖南省水务厅"].id
    assert first == second


def test_a_body_inside_a_title_did_not_perform_the_measure(tmp_path: Path) -> None:
    path = tmp_path / "quote.txt"
    path.write_text("关于整治工作的报告\n\n一、工作进展\n(一)在整治方面。\n1.落实。认真落实《常德市人民政府关于河湖整治的通知》要求。\n",
                    encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    office = nodes(record, NodeType.UNIT)["常德市人民政府"]
    assert office.evidence
    assert not [e for e in record.edges if e.type == EdgeType.PERFORMED_BY and e.target == office.id]


def test_a_port_company_is_a_unit_and_no_water(tmp_path: Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text("关于整治工作的报告\n\n一、工作进展\n督促宁波舟山港集团有限公司落实整改责任,加强瓯江入海河口监测。\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    assert "宁波舟山港集团有限公司" in nodes(record, NodeType.UNIT)
    assert set(nodes(record, NodeType.RIVER)) == {"瓯江"}
