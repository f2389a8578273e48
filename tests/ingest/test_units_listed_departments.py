"""Departments listed after a body whose level or division they leave out (区卫计局、环保局、人社局) are that level's
or that division's, and a zone's management committee written after its Party working committee
(甲乙经济开发区党工委、管委会) is the zone's: each one body of its own document, never a bare name shared across pages."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.unit_references import shared_prefixes, zone_committees
from policykg.ingest.extract.units import find_units


def shared(text: str) -> list[tuple[str, str]]:
    units = find_units(text)
    prefixes = shared_prefixes(text, units)
    return [(m.surface, prefixes[id(m)]) for m in units if id(m) in prefixes]


def test_listed_departments_share_the_first_ones_level() -> None:
    assert shared("巡察组向区卫计局、环保局、人社局反馈意见") == [("环保局", "区"), ("人社局", "区")]
    assert shared("县公安局、农业农村局、市场监管局联合执法") == [("农业农村局", "县"), ("市场监管局", "县")]


def test_listed_departments_share_the_first_ones_division() -> None:
    assert shared("江宁区禁捕办、农业农村水利局参加") == [("农业农村水利局", "江宁区")]


def test_departments_with_an_owner_of_their_own_share_nothing() -> None:
    assert shared("区卫计局、市生态环境局参加") == []
    assert shared("区卫计局、甲乙县环保局参加") == []
    assert shared("市农业执法支队、甲乙派出所、丙丁派出所参加") == []
    assert shared("区卫计局和环保局参加") == []


def test_a_zones_management_committee_after_its_party_committee() -> None:
    text = "督促甲乙经济开发区党工委、管委会落实整改"
    found = zone_committees(text, find_units(text))
    assert [(m.surface, m.attrs["owner"]) for m in found] == [("管委会", "甲乙经济开发区")]
    assert zone_committees("甲乙经济开发区党工委、管委会办公室", find_units("甲乙经济开发区党工委、管委会办公室")) == []


def assemble(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def test_a_listed_department_is_its_counties_node(tmp_path: Path) -> None:
    record = assemble(tmp_path, "怀宁县禁渔执法情况通报\n根据怀宁县委统一部署,县公安局、农业农村局、市场监管局集结执法人员开展联合执法。\n")
    units = {n.label: n for n in record.nodes if n.type == NodeType.UNIT}
    assert "怀宁县农业农村局" in units and "农业农村局" in units["怀宁县农业农村局"].aliases
    assert "怀宁县市场监督管理局" in units and "农业农村局" not in units
