"""The store keeps whole documents, merges shared entities, and forgets a deleted document completely."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType


def record(sha: str, text: str, unit_alias: str) -> DocumentRecord:
    doc = document_id(sha)
    unit = entity_id("unit", "海南省生态环境厅")
    measure = local_id("measure", doc, 0, len(text))
    return DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, "公告", attrs={"sha256": sha}, evidence=[Evidence(doc, 0, len(text))]),
        text=text,
        original=text,
        offsets=list(range(len(text) + 1)),
        nodes=[
            Node(unit, NodeType.UNIT, "海南省生态环境厅", aliases=[unit_alias], evidence=[Evidence(doc, 0, 3)]),
            Node(measure, NodeType.MEASURE, text, attrs={"text": text}, evidence=[Evidence(doc, 0, len(text))]),
        ],
        edges=[Edge(measure, unit, EdgeType.PERFORMED_BY, evidence=[Evidence(doc, 0, 3)])],
    )


def test_a_unit_named_in_two_documents_is_one_node_with_both_aliases_and_evidence(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    s.write_document(record("a" * 64, "我厅印发方案。", "我厅"))
    s.write_document(record("b" * 64, "省生态环境厅完成整改。", "省生态环境厅"))
    unit = s.node(entity_id("unit", "海南省生态环境厅"))
    assert unit.aliases == ["我厅", "省生态环境厅"]
    assert {e.doc for e in unit.evidence} == {document_id("a" * 64), document_id("b" * 64)}


def test_writing_the_same_document_twice_is_refused_quietly(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    assert s.write_document(record("a" * 64, "我厅印发方案。", "我厅")) is True
    before = (s.count_nodes(), s.count_edges(), s.version)
    assert s.write_document(record("a" * 64, "我厅印发方案。", "我厅")) is False
    assert (s.count_nodes(), s.count_edges(), s.version) == before


def test_deleting_a_document_keeps_what_another_document_supports(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    s.write_document(record("a" * 64, "我厅印发方案。", "我厅"))
    s.write_document(record("b" * 64, "省生态环境厅完成整改。", "省生态环境厅"))
    s.delete_document(document_id("a" * 64))
    unit = s.node(entity_id("unit", "海南省生态环境厅"))
    assert unit.aliases == ["省生态环境厅"]
    assert {e.doc for e in unit.evidence} == {document_id("b" * 64)}
    assert s.count_nodes(NodeType.MEASURE) == 1
    assert s.count_nodes(NodeType.DOCUMENT) == 1


def test_a_failed_write_leaves_no_trace(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    bad = record("c" * 64, "我厅印发方案。", "我厅")
    bad.nodes[1].attrs["unserializable"] = object()  # fails after the document row is written
    with pytest.raises(TypeError):
        s.write_document(bad)
    assert s.count_nodes() == 0
    assert s.documents() == []
