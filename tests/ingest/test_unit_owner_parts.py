"""A body that is part of another or a page's task force, a department named by its field alone and a town's or a
village's body named without its county leave their owner unsaid: each page's is its own node. A body whose name
opens with a division or a province's short form, a firm and a university are one node across pages."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.resolve import owner_unsaid


def test_offices_task_forces_and_field_only_departments_are_their_pages() -> None:
    assert all(owner_unsaid(n) for n in ("人事处", "机关党委", "驻厅纪检监察组", "整改工作领导小组", "禁渔工作专班",
                                         "联络组", "审计厅", "城管中队", "湖泊局"))


def test_local_bodies_without_their_county_are_their_pages() -> None:
    assert all(owner_unsaid(n) for n in ("甲乙街道办事处", "甲乙镇人民政府", "甲乙村委会", "甲乙派出所"))


def test_bodies_that_say_whose_they_are_are_shared() -> None:
    assert not any(owner_unsaid(n) for n in ("海南海警局", "甲乙科技有限公司", "海南大学", "江宁区人事处", "国家林业和草原局",
                                             "生态环境部"))


PAGE = "关于河道整治工作的通报\n{opening}人事处组织培训,甲乙街道办事处完成清理。甲乙科技有限公司完成整改。\n"


def _unit_ids(tmp_path: Path, name: str, opening: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(PAGE.format(opening=opening), encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    return {n.label: n.id for n in record.nodes if n.type == NodeType.UNIT}


def test_two_pages_offices_are_two_nodes_and_one_firm_is_one(tmp_path: Path) -> None:
    first = _unit_ids(tmp_path, "a.txt", "近日,")
    second = _unit_ids(tmp_path, "b.txt", "本月,")
    assert first["人事处"] != second["人事处"]
    assert first["甲乙街道办事处"] != second["甲乙街道办事处"]
    assert first["甲乙科技有限公司"] == second["甲乙科技有限公司"]
