"""Findings that criticise how work was done or name a duty left undone towards an object: a work and its fault in
two words (整改不力, 监管不到位), a negated duty with its object before the verb (未对…设置…, 未将…纳入…), the fault
words of criticism (底数不清, 数据失真, 避重就轻, 利用粗放, 欠账多) and a harm named after 致使."""

from __future__ import annotations

from policykg.ingest.extract.problem_words import states_fault
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_work_and_its_fault_standing_alone_are_each_a_finding():
    assert {"推进迟缓", "整改不力"} <= set(titles("会议要求,对推进迟缓、整改不力的,要通报批评。"))
    assert "监管不到位" in titles("甲县砂石项目审批不规范,监管不到位,存在未批先采现象。")


def test_a_work_and_its_fault_inside_a_longer_phrase_are_no_finding_of_their_own():
    assert "整改不力" not in titles("牢固树立整改不力是失职的意识。")
    assert "整改不力" not in titles("严防整改不力反弹。")


def test_a_negated_duty_with_its_object_before_the_verb_is_a_finding():
    found = titles("审计指出,乙区未对辖区内12处农村水源地设置警示标志和隔离围网;")
    assert any(t.endswith("未对辖区内12处农村水源地设置警示标志和隔离围网") for t in found), found
    found = titles("经查,该厂未启用备用处理设施,也未将生产废水送至园区污水处理厂处理。")
    assert "未将生产废水送至园区污水处理厂处理" in found, found
    found = titles("丙市环保部门没有对问题突出的印染行业组织开展专项排查。")
    assert any(t.endswith("没有对问题突出的印染行业组织开展专项排查") for t in found), found
    assert not any(t.endswith("没有对问题突出") for t in found), found


def test_a_negated_act_on_an_object_that_is_no_duty_is_no_finding():
    assert titles("施工期间未对周边河道水质造成影响。") == []
    assert titles("该项目至今未对外营业的情况已核实。") == []


def test_the_fault_words_of_criticism_end_a_finding():
    assert [states_fault(t) for t in ("部分乡镇排污口底数不清", "企业监测数据严重失真", "一些地方整改工作避重就轻",
                                      "岸线资源利用依然粗放", "城区雨污管网建设欠账较多", "部分区县整治工作敷衍应付")] == [True] * 6
    assert [states_fault(t) for t in ("摸清排污口底数", "做好资源节约利用")] == [False, False]


def test_a_harm_named_after_zhishi_is_a_finding():
    found = titles("采样管路被人为拆除,致使在线监测数据严重失真。")
    assert "在线监测数据严重失真" in found, found


def test_a_plant_out_of_use_or_behind_the_average_is_a_finding():
    found = titles("抽查发现,丁镇污水处理设施长期停运,养殖尾水直排。")
    assert any(t.endswith("污水处理设施长期停运") for t in found), found
    found = titles("目前,甲、乙、丙等省份整治进展低于平均水平。")
    assert any(t.endswith("整治进展低于平均水平") for t in found), found
