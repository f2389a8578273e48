"""Entities assembled from a whole page: a byline's person is no water although the name ends like one."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline

BYLINE = "本报讯(通讯员 何甲乙 陈丙江)2月21日,甲县开展甲乙河巡河工作。\n"


def assemble(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "byline.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def labels(record: DocumentRecord, node_type: NodeType) -> set[str]:
    return {n.label for n in record.nodes if n.type == node_type}


def test_a_bylines_person_is_no_water(tmp_path: Path) -> None:
    record = assemble(tmp_path, BYLINE)
    assert {"何甲乙", "陈丙江"} <= labels(record, NodeType.PERSON)
    assert "陈丙江" not in labels(record, NodeType.RIVER)
    assert "甲乙河" in labels(record, NodeType.RIVER)
