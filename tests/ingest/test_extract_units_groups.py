"""Units: leading groups written alone, names opened by a national pilot zone, issuer fields, short forms, misspellings."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.unit_references import anaphora, bare_groups, founded_with
from policykg.ingest.extract.units import find_units
from policykg.ingest.resolve import unit_level
from policykg.ingest.same_names import misspellings, numbered_forms, own_prefixed


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_name_opened_by_a_national_pilot_zone_keeps_its_conjunction() -> None:
    assert surfaces("关于在国家生态文明试验区节能和减排专项小组增设工作委员会") == [
        "国家生态文明试验区节能和减排专项小组", "工作委员会",
    ]
    assert surfaces("江西省国家生态文明试验区建设和督察整改工作领导小组办公室印发") == [
        "江西省国家生态文明试验区建设和督察整改工作领导小组办公室",
    ]


def test_a_conjunction_without_a_zone_before_it_still_separates_two_names() -> None:
    assert surfaces("省水务厅和省林业局") == ["省水务厅", "省林业局"]


def test_the_chief_system_office_written_without_a_division_is_no_body() -> None:
    assert surfaces("明确各级河长以及河长办各成员单位职责") == []
    assert surfaces("在新区河湖长办的指导下") == ["新区河湖长办"]


def test_the_issuing_body_field_of_a_page_names_a_body() -> None:
    assert surfaces("- 发文机关:临港经济开发区 成文日期:2024-05-30") == ["临港经济开发区"]


def test_a_national_academy_by_its_own_short_name() -> None:
    assert [m.name for m in find_units("与江南大学、热科院等高校合作")] == ["江南大学", "热科院"]


def test_a_leading_group_alone_is_the_one_its_paragraph_named_before() -> None:
    text = "成立河湖保护工作领导小组,负责落实领导小组部署要求"
    units = find_units(text)
    bare = bare_groups(text, units)
    assert [(m.surface, m.name) for m in bare] == [("领导小组", "河湖保护工作领导小组")]
    assert bare[0].attrs["refers"] is units[0]


def test_a_leading_group_alone_takes_the_topic_its_paragraph_opens_with() -> None:
    text = "积极推进“限塑”工作。完成领导小组成员名单调整。\n调整领导小组成员。"
    assert [(m.name, m.start) for m in bare_groups(text, [])] == [("限塑工作领导小组", 13)]


REPORT = """江西省生态环境厅关于整改情况的报告

一、工作进展
成立巡视整改工作领导小组,负责贯彻落实领导小组部署要求。与江南大学、热科院等高校合作。
经协调省财政厅,该厅表示款项已上缴。前往南昌市、进贤县委调研。
"""


def test_leading_groups_and_short_forms_resolve_in_the_graph(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    units = {n.label: n for n in record.nodes if n.type == NodeType.UNIT}
    assert "领导小组" in units["巡视整改工作领导小组"].aliases and len(units["巡视整改工作领导小组"].evidence) == 2
    assert units["中国热带农业科学院"].aliases == ["热科院"]
    assert units["中国热带农业科学院"].attrs["level"] == "national"
    assert "该厅" in units["江西省财政厅"].aliases
    assert units["南昌市委"].aliases == [] and len(units["南昌市委"].evidence) == 1  # by ellipsis, not named 南昌市


def test_committees_that_name_an_inspection_campaign_are_not_units_there() -> None:
    assert surfaces("先后接受了中央环境保护督察、省委、省政府环境保护督察等督察") == []
    assert surfaces("省委、省政府第二生态环境保护督察组进驻") == ["省委、省政府第二生态环境保护督察组"]


def test_a_name_at_the_very_start_of_the_text_is_found() -> None:
    assert surfaces("省委、省政府高度重视") == ["省委", "省政府"]


def test_a_group_set_up_with_a_named_one_is_a_body_and_alone_it_is_generic() -> None:
    text = "成立河湖保护工作领导小组和联络组。增设专项组"
    assert [m.surface for m in founded_with(text, find_units(text))] == ["联络组"]


def test_a_body_of_a_national_pilot_zone_is_provincial() -> None:
    assert unit_level("国家生态文明试验区节能和减排专项小组") == "provincial"
    assert unit_level("国家发展和改革委员会") == "national"


def test_this_department_is_the_one_of_that_kind_named_last_in_its_paragraph() -> None:
    text = "经协调省财政厅和省水务局,该厅表示已上缴。\n该局表示同意"
    units = find_units(text)
    assert [(m.surface, m.name) for m in anaphora(text, units)] == [("该厅", "省财政厅")]


def test_a_long_name_written_once_with_characters_swapped_or_left_out_is_the_same_body() -> None:
    assert misspellings(["某省环境科学研究院", "某省环境科学研究院", "某省环境研究科学院"]) == {
        "某省环境研究科学院": "某省环境科学研究院",
    }
    assert misspellings(["区域生态保护合作联席会议", "区域生态保护合联席会议"]) == {
        "区域生态保护合联席会议": "区域生态保护合作联席会议",
    }


def test_numbered_or_branch_bodies_are_not_misspellings_of_each_other() -> None:
    assert misspellings(["七届省委第十二巡视组", "七届省委第二十巡视组", "七届省委第二巡视组"]) == {}
    assert misspellings(["某市生态环境局富阳分局", "某市生态环境局富阳局"]) == {}


def test_the_departments_own_body_is_the_plain_name() -> None:
    assert own_prefixed(["厅巡视整改工作领导小组办公室", "巡视整改工作领导小组办公室"]) == {
        "厅巡视整改工作领导小组办公室": "巡视整改工作领导小组办公室",
    }


def test_a_group_written_without_its_term_and_number_is_the_documents_one_numbered_group() -> None:
    assert numbered_forms(["八届省委第三巡视组", "省委巡视组", "巡视组"]) == {"省委巡视组": "八届省委第三巡视组"}
    assert numbered_forms(["八届省委第三巡视组", "八届省委第四巡视组", "省委巡视组"]) == {}
    assert unit_level("八届省委第三巡视组") == "provincial"
