"""Names as a page in traditional script prints them: matching reads simplified text, but the node keeps the
page's own form as an alias, so that a reader quoting the page finds the node."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline

TRADITIONAL = "近日,甲乙市水務局聯合丙丁鎮政府對庚辛溝開展排查,要求戊己河沿線村莊落實整改。\n"


def assemble(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def aliases_of(record: DocumentRecord, node_type: NodeType, label: str) -> list[str]:
    return next(n.aliases for n in record.nodes if n.type == node_type and n.label == label)


def test_a_name_in_traditional_script_keeps_its_printed_form(tmp_path: Path) -> None:
    record = assemble(tmp_path, TRADITIONAL)
    assert "甲乙市水務局" in aliases_of(record, NodeType.UNIT, "甲乙市水务局")
    assert "庚辛溝" in aliases_of(record, NodeType.RIVER, "庚辛沟")
    assert "戊己河" not in aliases_of(record, NodeType.RIVER, "戊己河")  # written alike: no second form


def test_a_name_in_simplified_script_gets_no_printed_alias(tmp_path: Path) -> None:
    record = assemble(tmp_path, TRADITIONAL.replace("務", "务").replace("溝", "沟").replace("聯", "联"))
    assert aliases_of(record, NodeType.RIVER, "庚辛沟") == []
    assert "甲乙市水务局" not in aliases_of(record, NodeType.UNIT, "甲乙市水务局")
