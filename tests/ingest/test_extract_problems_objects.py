"""Problems named as the object of an action: what is reduced or controlled, seized goods that are banned, the
matters an inspection examined, and faults looked for but not found."""

from __future__ import annotations

from policykg.ingest.extract.problem_headings import is_problem_heading
from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_a_pollutant_a_measure_reduces_is_a_problem():
    assert titles("加快管网建设,进一步削减化学需氧量、氨氮等污染物排放量。") == ["化学需氧量、氨氮等污染物排放量"]


def test_reducing_something_that_is_no_pollutant_names_no_problem():
    assert titles("减少审批环节,降低企业成本。") == []
    assert titles("统一采购,降低可降解塑料袋采购成本。") == []


def test_the_effect_of_a_pollutant_is_cut_off_its_name():
    assert titles("减少养殖尾水对近岸海域的影响。") == ["养殖尾水"]


def test_the_object_of_a_control_is_a_problem_when_it_is_a_pollutant():
    assert titles("为强化近岸海域总磷控制,某市开展专项排查。") == ["近岸海域总磷"]
    assert titles("严格控制建设用地规模。") == []


def test_seized_goods_are_a_problem_only_when_the_text_says_they_are_banned():
    assert titles("执法人员先行登记保存不合格农药12箱,立案查处2宗。") == ["不合格农药"]
    assert titles("执法人员查封生产设备3台。") == []


def test_the_matters_an_inspection_examined_are_problem_areas_but_the_body_inspected_is_not():
    assert titles("督察组对全县河道采砂管理、岸线利用等情况进行专项督察。") == ["河道采砂管理", "岸线利用"]
    assert titles("省委巡视组对某市生态环境局党组进行巡视。") == []
    assert titles("对湿地保护修复进展情况进行督察。") == []


def test_a_fault_looked_for_and_not_found_is_named_without_the_word_for_absence():
    assert titles("经再次排查,未发现企业废水偷排情况。") == ["企业废水偷排"]


def test_a_scheme_is_no_case_but_a_case_title_names_its_violation():
    assert titles("某县饮用水水源地保护实施方案") == []
    assert not is_problem_heading("某县饮用水水源地保护实施方案")
    assert is_problem_heading("某公司未批先建违法案")


def test_what_a_polluter_lets_happen_is_the_fault_without_the_word_for_letting():
    assert "废水直接流入雨水管网" in titles("该厂关闭收集池阀门,任由废水直接流入雨水管网,排入附近河道。")


def test_a_list_joined_by_commas_alone_before_wenti_gives_the_list_and_each_item():
    found = find_problems("针对河道乱占、乱采、乱堆问题,开展专项整治。")
    assert [(p.title, p.parent) for p in found] == [("河道乱占、乱采、乱堆问题", None), ("河道乱占", 0), ("乱采", 0), ("乱堆", 0)]


def test_waters_listed_before_one_fault_are_its_subjects_not_a_list_of_problems():
    assert "甲河" not in titles("甲河、乙河河水发臭问题交办后,已完成清淤。")
