"""A person's given name that is also a division's short form stays a person, never a place."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline

NEWS = """某县开展河道清理专项行动

本报讯 近日,湖南省某县组织开展河道垃圾清理行动,清理岸线垃圾12吨。
(通讯员 李洪江)
"""


def test_a_reporters_given_name_is_no_city(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    persons = {n.label for n in record.nodes if n.type == NodeType.PERSON}
    places = {n.label for n in record.nodes if n.type == NodeType.PLACE}
    assert "李洪江" in persons
    assert "洪江市" not in places
