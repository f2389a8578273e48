"""Units: verbs, posts and kinds of firm that end like bodies' names (严肃惩处, 开办企业, 担任政委, 及其子公司)."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_verbs_ending_in_a_suffix_name_no_body() -> None:
    assert surfaces("建立联动机制,严肃惩处违法行为") == []
    assert surfaces("禁止在河道管理范围内开办工矿企业") == []
    assert surfaces("设立码头、开办工矿企业") == []


def test_a_post_and_a_kind_of_firm_name_no_body() -> None:
    assert surfaces("市委书记担任政委,副市长担任副政委") == []
    assert surfaces("甲乙投资有限公司及其3家子公司") == ["甲乙投资有限公司"]


def test_offices_ending_alike_are_still_bodies() -> None:
    assert surfaces("乙县招商办、丙市处置办") == ["乙县招商办", "丙市处置办"]
    assert surfaces("甲市政府办公室和甲市政法委") == ["甲市政府办公室", "甲市政法委"]
    assert surfaces("丁省法规处") == ["丁省法规处"]


def test_kinds_of_room_or_department_and_a_reference_work_name_no_body() -> None:
    assert surfaces("现场快速检测+实验室精准分析") == []
    assert surfaces("对甲县水利局等3个部门党组开展巡察") == ["甲县水利局"]
    assert surfaces("编辑:乙丙百科归类:新闻") == []


def test_a_named_laboratory_and_section_are_still_bodies() -> None:
    assert surfaces("甲省环境监测中心实验室出具报告") == ["甲省环境监测中心实验室"]
    assert surfaces("乙市生态环境局法规科") == ["乙市生态环境局法规科"]
