"""A body's name opens at its division: the words of the sentence that the span before it takes in (a noun such as
事实 or 材料, the tail of a verb such as 报告, an item's label) are cut off, while a Party or state opener, a masked
name, a body's own name or another division before it stay in the name."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_noun_before_the_division_is_no_part_of_the_name() -> None:
    assert names("以上事实长沙市生态环境局现场检查笔录为证。") == ["长沙市生态环境局"]


def test_the_tail_of_a_verb_before_the_division_is_cut() -> None:
    assert names("甲分局于12月20日报告宜昌市生态环境局,请求协调。") == ["甲分局", "宜昌市生态环境局"]


def test_a_days_report_names_no_daily_paper() -> None:
    assert names("当日报告宜昌市生态环境局") == ["宜昌市生态环境局"]


def test_a_list_after_have_starts_at_the_division() -> None:
    assert names("涉排企业主要有道县甲乙饰品有限公司、丙丁食品有限公司") == ["道县甲乙饰品有限公司", "丙丁食品有限公司"]


def test_an_items_label_is_cut_before_the_division() -> None:
    assert names("案例一宁乡市某某有限公司非法处置固废") == ["宁乡市某某有限公司"]


def test_a_short_form_with_its_level_opens_the_name() -> None:
    assert names("现场照片大理州生态环境局宾川分局调查询问笔录") == ["大理州生态环境局宾川分局"]


def test_a_term_before_a_committee_is_cut() -> None:
    assert names("自十四届南安市委第一轮巡察以来") == ["南安市委"]


def test_the_party_and_the_state_open_a_name_before_its_division() -> None:
    assert names("中共湘潭市委和中国海监海南省总队") == ["中共湘潭市委", "中国海监海南省总队"]


def test_a_division_before_another_stays_in_the_name() -> None:
    assert names("杭州市富阳区发展和改革局") == ["杭州市富阳区发展和改革局"]


def test_a_division_holding_the_first_character_is_not_cut_inside() -> None:
    assert names("天津市滨海新区生态环境局") == ["天津市滨海新区生态环境局"]


def test_an_everyday_word_that_is_also_a_district_opens_no_name() -> None:
    assert names("市中心城区黑臭水体整治工作领导小组办公室") == ["市中心城区黑臭水体整治工作领导小组办公室"]
