"""A body named only by its level or kind (市政府, 巡察组) on a page that never says whose it is stays that
page's own node; a body named in full is one node across pages."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline

PAGE = """关于河道整治工作的通报

{opening}市政府召开专题会议,部署河道垃圾清理工作。巡察组反馈问题已全部整改。
生态环境部派员现场检查。
"""


def _unit_ids(tmp_path: Path, name: str, opening: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(PAGE.format(opening=opening), encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    return {n.label: n.id for n in record.nodes if n.type == NodeType.UNIT}


def test_level_only_bodies_of_two_pages_are_two_nodes(tmp_path: Path) -> None:
    first = _unit_ids(tmp_path, "a.txt", "近日,")
    second = _unit_ids(tmp_path, "b.txt", "本月,")
    assert first["市政府"] != second["市政府"]
    assert first["巡察组"] != second["巡察组"]
    assert first["生态环境部"] == second["生态环境部"]


def test_a_body_named_in_full_is_one_node_across_pages(tmp_path: Path) -> None:
    first = _unit_ids(tmp_path, "a.txt", "甲乙市水务局报告,")
    second = _unit_ids(tmp_path, "b.txt", "据甲乙市水务局消息,")
    assert first["甲乙市水务局"] == second["甲乙市水务局"]
