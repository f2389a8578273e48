"""Units on unseen pages: where a name starts after a function word, and bodies only a page's fields name."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units
from policykg.ingest.resolve import Context, unit_name


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_function_word_before_a_name_is_not_part_of_it() -> None:
    assert surfaces("要落实好县委、县政府的部署") == ["县委", "县政府"]
    assert surfaces("不能水务局一家包办") == []  # a department's kind alone names no body
    assert surfaces("经查,系你公司员工所为") == []
    assert surfaces("以上事实有我局笔录为证") == []


def test_names_that_begin_with_those_characters_keep_them() -> None:
    assert surfaces("国家能源局和自贡市人民政府") == ["国家能源局", "自贡市人民政府"]
    assert surfaces("甲市有色金属集团有限公司") == ["甲市有色金属集团有限公司"]


def test_that_citys_committee_is_the_committee_not_a_doubled_city() -> None:
    assert surfaces("该市市委巡察组已巡察村级组织") == ["市委巡察组"]


def test_a_former_ministry_is_named_without_former() -> None:
    assert surfaces("根据原甲乙部、水利部的通知") == ["甲乙部", "水利部"]


def test_a_term_before_a_named_city_committee_is_dropped_from_its_name() -> None:
    [m] = find_units("自十四届甲乙市委巡察工作开展以来")
    assert unit_name(m, Context()) == "甲乙市委"


def test_navigation_words_and_a_distant_place_are_no_bodies() -> None:
    assert surfaces("首页 新闻中心 政务公开") == []
    assert surfaces("门前不远处有一条水渠") == []
    assert surfaces("充分发挥领导小组作用") == []


def test_a_newspaper_in_the_source_field_is_a_body() -> None:
    assert surfaces("来源:甲乙日报 发布时间:2025-02-13") == ["甲乙日报"]
    assert surfaces("来源:中国甲乙报 发布时间:2025-02-13") == ["中国甲乙报"]


def test_a_division_in_a_departments_name_is_not_cut_at_its_verb_word() -> None:
    assert surfaces("厅党组成员、人事教育处处长出席") == ["人事教育处"]


def test_counted_inspection_groups_of_the_ministries_are_no_bodies() -> None:
    assert surfaces("水利部派出两个稽察组开展稽察") == ["水利部"]
    assert surfaces("水利部稽察组对甲乙水库开展稽察") == ["水利部稽察组"]


def test_the_tail_of_a_name_that_holds_a_title_is_no_name() -> None:
    assert surfaces("成立加强对《甲乙决定》(以下简称《决定》)贯彻落实情况监督检查工作领导小组") == []
    assert surfaces("根据《甲乙方案》省丙丁厅提出要求") == ["省丙丁厅"]


def test_a_spot_where_something_happens_is_no_division() -> None:
    assert surfaces("严罚重处,管道连接处被封堵,管道变形脱开处渗漏") == []


def test_a_petitions_group_is_a_body() -> None:
    assert surfaces("市信访组已交办") == ["市信访组"]


def test_a_joint_enforcement_office_keeps_its_joint() -> None:
    assert surfaces("在库区内成立县饮用水水源保护联合执法室") == ["县饮用水水源保护联合执法室"]
    assert surfaces("采用拆除、补办、没收等手段") == []


def test_a_district_that_begins_with_a_preposition_keeps_it() -> None:
    assert surfaces("来源:向阳区委巡察办发布时间:2020-12-10") == ["向阳区委巡察办"]
    assert surfaces("工作向阳区委汇报") == ["向阳区委"]


def test_a_document_number_follows_an_office_but_publishing_does_not() -> None:
    assert surfaces("甲政办发〔2019〕52号") == []


def test_a_party_groups_meeting_names_the_group() -> None:
    assert surfaces("该镇迅速召开镇党组会议认真研究") == ["镇党组"]


def test_generic_contractors_and_village_committees_are_no_bodies() -> None:
    assert surfaces("发动群众配合清运公司,村两委负责") == []
    assert surfaces("分送市纪委监委、市委组织部审核") == ["市纪委监委", "市委组织部"]


def test_a_coordinating_group_keeps_its_coordinating() -> None:
    assert surfaces("负责县黑臭水体整治工作协调领导小组办公室日常工作") == ["县黑臭水体整治工作协调领导小组办公室"]


def test_a_group_named_for_its_task_keeps_the_tasks_verb() -> None:
    assert surfaces("多部门成立依法封堵取缔甲乙河流域养殖尾水直排口工作领导小组") == \
        ["依法封堵取缔甲乙河流域养殖尾水直排口工作领导小组"]
