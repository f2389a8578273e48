"""Units by the words that end their names: a level's Party school, archive and mass organisations, department
names with 和 inside, and the words that hold a suffix's character without ending a body (部份, 处以, 出处, 合署,
大队长)."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_party_schools_archives_and_mass_organisations_are_bodies() -> None:
    assert names("本轮对区委党校、区档案馆、区文联、区科协开展巡察") == ["区委党校", "区档案馆", "区文联", "区科协"]
    assert names("县妇联和县总工会联合开展宣传") == ["县妇联", "县总工会"]


def test_alone_such_a_word_names_no_body() -> None:
    assert names("组织党校学员参观") == []


def test_a_reformed_department_name_keeps_its_conjunction() -> None:
    assert names("向区文体广电和旅游局反馈") == ["区文体广电和旅游局"]
    assert names("由市教育和体育局牵头") == ["市教育和体育局"]


def test_a_conjunction_after_a_body_joins_the_next_body() -> None:
    assert names("成立县河湖长制工作领导小组和县河长办") == ["县河湖长制工作领导小组", "县河长办"]


def test_the_committee_of_staffing_is_one_body() -> None:
    assert names("县编委会已正式批复") == ["县编委会"]


def test_words_holding_a_suffix_character_end_no_body() -> None:
    assert names("该区域部份养殖场未修建化粪池") == []
    assert names("对主要行为人邓某处以行政拘留") == []
    assert names("转载请附上原文出处链接") == []
    assert names("县河长办与湖泊局合署办公") == ["县河长办", "湖泊局"]


def test_a_brigade_ends_before_its_leader() -> None:
    assert names("甲市生态环境局乙分局环境监察大队大队长丙丁表示") == ["甲市生态环境局乙分局环境监察大队"]


def test_an_approval_bureau_keeps_its_whole_name() -> None:
    assert names("甲乙市行政审批服务局审批") == ["甲乙市行政审批服务局"]
    assert names("未经审批擅自开工") == []


def test_a_division_opening_with_he_after_a_body_stays_whole() -> None:
    assert names("省水利厅和平县水利局联合检查") == ["省水利厅", "和平县水利局"]
