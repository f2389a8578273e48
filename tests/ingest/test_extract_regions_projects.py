"""Projects listed before 等…项目 are not places or bays; regions, islands' sea areas and pilot zones are places."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.projects import project_lists


def found(text: str, province: str = "", waters: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    return [(m.name, m.surface) for m in find_places(text, province, waters=waters)]


def test_names_listed_before_a_reclamation_project_word_are_the_projects() -> None:
    text = "2022年完成银沙岛、金湾二期和翠屏半岛等填海项目的评估,加快青石湾等3个项目建设"
    assert [text[a:z] for a, z in project_lists(text)] == ["银沙岛、金湾二期和翠屏半岛", "青石湾"]


def test_waters_treated_by_a_project_or_places_holding_projects_are_not_a_project_list() -> None:
    assert project_lists("推进甲溪河、乙沟等水体治理项目") == []
    assert project_lists("完成海口、三亚等市县建设项目审批") == []


def test_a_division_and_a_quarter_of_it_name_a_region_also_written_alone_later() -> None:
    text = "在江西东部山区开展监测,积累了东部山区样方数据"
    assert found(text) == [("江西东部山区", "江西东部山区"), ("江西东部山区", "东部山区")]


def test_a_quarter_alone_is_no_place_when_the_document_never_names_it_in_full() -> None:
    assert found("积累了中部山区样方数据") == []


def test_a_national_pilot_zone_keeps_the_province_written_in_brackets() -> None:
    assert found("在牵头国家生态文明试验区(福建)建设方面") == [("国家生态文明试验区(福建)", "国家生态文明试验区(福建)")]
    assert found("推进试验区建设重点任务") == []


def test_a_region_may_hold_the_waters_it_is_named_after_and_short_forms_name_it() -> None:
    text = "参加澜沧江-湄公河区域对话,推进澜湄区域合作,加强与泛珠各方交流"
    waters = [(2, 5), (6, 9)]
    assert found(text, waters=waters) == [
        ("澜沧江-湄公河", "澜沧江-湄公河区域"), ("澜沧江-湄公河", "澜湄区域"), ("泛珠三角", "泛珠"),
    ]


def test_a_division_before_a_numbered_body_is_part_of_the_body() -> None:
    assert found("贯彻落实江西省第五生态环境") == []


REPORT = """某省生态环境厅关于海洋整治情况的报告

一、工作进展
推进青鱼岛近岸海域生态风险评估。推进银沙岛、金湾二期和玉带湾等围填海项目的整改拆除工作。
银沙岛生态修复完成。在牵头国家生态文明试验区(福建)建设方面,推进国家生态文明试验区建设。
"""


def test_projects_island_sea_areas_and_zones_in_the_graph(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    places = {n.label: n for n in record.nodes if n.type == NodeType.PLACE}
    bays = {n.label for n in record.nodes if n.type == NodeType.BAY}
    assert "玉带湾" not in bays and "青鱼岛近岸海域" in bays
    assert "青鱼岛" in places  # the island the sea area is named after
    assert len(places["银沙岛"].evidence) == 1  # named again outside the project list
    assert "金湾二期" not in places
    zone = places["国家生态文明试验区(福建)"]
    assert "国家生态文明试验区" in zone.aliases


def test_a_division_written_in_full_in_a_project_list_is_still_a_place() -> None:
    text = "推进银沙岛、翠屏半岛等围填海项目"
    assert find_places(text, projects=project_lists(text)) == []
    text = "推进海口市、银沙岛等围填海项目"
    assert [m.name for m in find_places(text, projects=project_lists(text))] == ["海口市"]


def test_a_division_before_a_numbered_count_is_a_place() -> None:
    assert found("广东省第一季度水质") == [("广东省", "广东省")]


def test_a_zone_named_in_full_is_then_written_without_its_suffix() -> None:
    text = "推进临港经济开发区建设。各市县(含临港)开展督查,临港生态环境局召开会议"
    assert found(text) == [("临港经济开发区", "临港经济开发区"), ("临港经济开发区", "临港")]
