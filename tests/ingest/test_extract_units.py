"""Units: organisation names found by their suffix and taken back to where they begin."""

from __future__ import annotations

from policykg.ingest.extract.unit_references import elliptical
from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_names_in_a_list_are_separate_units() -> None:
    assert names("督促某市市场监督管理局、某市综合行政执法局和省水务厅开展检查。") == [
        "某市市场监督管理局", "某市综合行政执法局", "省水务厅",
    ]


def test_verb_before_a_name_is_not_part_of_it() -> None:
    assert names("分管厅领导组织人事处、机关党委全体干部认真学习") == ["人事处", "机关党委"]
    assert names("经协调省财政厅,该厅表示") == ["省财政厅"]


def test_organization_department_keeps_its_organisation_word() -> None:
    assert names("报请省委组织部同意") == ["省委组织部"]


def test_a_body_inside_a_longer_name_is_not_a_unit_of_its_own() -> None:
    assert names("成立某省生态环境厅生态环境保护督察整改工作领导小组。") == ["某省生态环境厅生态环境保护督察整改工作领导小组"]


def test_names_run_together_are_split() -> None:
    assert names("省委办公厅省政府办公厅印发实施") == ["省委办公厅", "省政府办公厅"]


def test_roles_and_common_words_are_not_units() -> None:
    assert names("省委书记主持召开会议,党组书记、厅长讲话,认真研究部署,形成新格局。") == []


def test_eco_environment_departments_are_not_the_ministry() -> None:
    assert names("督促各级生态环境部门落实") == []
    assert names("联合生态环境部开展检查") == ["生态环境部"]


def test_joint_inspection_group_of_committee_and_government() -> None:
    assert names("省委、省政府第二生态环境保护督察组进驻某县") == ["省委、省政府第二生态环境保护督察组"]


def test_companies_and_quoted_words_inside_names() -> None:
    assert names("对某地某环境科技有限公司立案") == ["某地某环境科技有限公司"]
    assert names("“禁渔”执法工作组检查") == ["“禁渔”执法工作组"]


def test_inspection_group_written_alone_is_a_unit() -> None:
    assert names("针对巡察组指出的问题") == ["巡察组"]


def test_bodies_named_by_ellipsis() -> None:
    text = "前往万宁市、临高县、保亭县委调研。对定安县党委、政府主要负责人进行约谈"
    extra = elliptical(text, find_units(text))
    assert {(m.name, m.surface) for m in extra} == {
        ("万宁市委", "万宁市"), ("临高县委", "临高县"), ("定安县人民政府", "政府"),
    }


def test_a_county_whose_name_holds_a_conjunction_keeps_it() -> None:
    assert names("平和县人民政府召开推进会") == ["平和县人民政府"]


def test_a_two_character_verb_is_cut_even_where_it_spells_a_county() -> None:
    assert names("县水务局会同县自然资源局开展巡查") == ["县水务局", "县自然资源局"]


def test_collective_addressees_are_no_body() -> None:
    assert names("沿海各市人民政府,各有关市政府、省政府各部门") == ["省政府"]


def test_department_joined_by_yu() -> None:
    assert names("省自然资源厅、省海洋与渔业局为成员单位") == ["省自然资源厅", "省海洋与渔业局"]


def test_everyday_words_ending_like_bodies_are_not_units() -> None:
    text = ("各部门全力以赴,环保部门加强中心城区重点部位巡查,形成齐抓共管的局面,及时处理投诉。全市加油站整改,组织专家组论证,"
            "召开专题会议研究部署,成立工作专班,对3家企业立案处罚。部分地区、局部区域存在问题。")
    assert names(text) == []


def test_company_with_a_bracketed_word_before_its_suffix() -> None:
    assert names("督促某某(集团)有限公司和省生态环境厅(省督察办)整改") == ["某某(集团)有限公司", "省生态环境厅", "省督察办"]


def test_head_organisation_of_a_regional_branch_is_a_unit_too() -> None:
    assert names("建立某国环境监测总站海南生态监测站,某市生态环境局龙安分局") == [
        "某国环境监测总站", "某国环境监测总站海南生态监测站", "某市生态环境局龙安分局",
    ]


def test_a_tier_of_bodies_is_no_body() -> None:
    assert names("把整治责任压实到镇(街)一级党委、政府,县级政府负总责") == []


def test_a_department_named_by_its_kind_alone_is_no_body() -> None:
    assert names("与沿海县(市、区)生态环境分局交流,市环保局参加") == ["市环保局"]


def test_an_education_bureau_is_not_cut_at_the_verb_educate() -> None:
    assert names("对区教育体育局直属单位开展巡察,教育引导群众,省教育厅参加") == ["区教育体育局", "省教育厅"]


def test_you_in_a_decision_means_its_addressee_and_no_one_without_one() -> None:
    from policykg.ingest.extract.unit_references import addressed

    text = "行政处罚决定书\n甲市乙材料有限公司:\n经查,你公司未批先建,我局告知你公司处罚决定。"
    assert [(m.surface, m.name) for m in addressed(text, find_units(text))] == [
        ("你公司", "甲市乙材料有限公司"), ("你公司", "甲市乙材料有限公司"),
    ]
    assert names(text) == ["甲市乙材料有限公司"]
    assert addressed("经查,你公司未批先建。", find_units("经查,你公司未批先建。")) == []


def test_a_facility_after_its_capacity_is_no_body() -> None:
    assert names("启用新建滚水坝6个、300吨污水处理站1座") == []


def test_a_two_character_department_cut_at_a_stop_character_is_no_body() -> None:
    assert names("以塑料购物袋生产厂家和销售批发部为重点") == []


def test_a_venue_or_a_village_committee_written_alone_is_no_body() -> None:
    assert names("巡察组在甲镇会议中心召开大会,监督委员会成员参加") == ["巡察组"]
