"""Problems: headings that name problem areas or findings, findings stated in a list, problems inside sentences."""

from __future__ import annotations

from policykg.ingest.extract.problem_headings import is_problem_heading, lists_findings, statement
from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_problem_area_and_findings_headings_are_problems_but_progress_headings_are_not():
    assert is_problem_heading("在农村污水治理方面")
    assert is_problem_heading("(三)落实河长制责任方面")
    assert is_problem_heading("关于岸线保护不到位的问题")
    assert is_problem_heading("存在问题")
    assert is_problem_heading("甲水库清单外问题(2019年6月督查新增)")
    assert not is_problem_heading("坚持问题导向,抓好整改落实")
    assert not is_problem_heading("清单内问题整改情况")
    assert not is_problem_heading("下一步工作计划")


def test_a_heading_that_states_a_finding_in_its_own_words_is_a_problem():
    assert is_problem_heading("(一)某市部分年度空气质量约束性指标任务未完成。")
    assert is_problem_heading("整改措施落实不到位")
    assert is_problem_heading("污水管网建设进度滞后")
    assert not is_problem_heading("加快污水管网建设")
    assert not is_problem_heading("不到位")


def test_words_that_announce_or_count_problems_are_not_part_of_them():
    assert titles("此次大气污染防治专项审计发现问题涉及我市的共六类具体问题") == ["大气污染"]
    assert titles("明确每个问题的整改措施、整改时限和责任单位") == []


def test_only_list_headings_hold_findings_in_their_body():
    assert lists_findings("审计发现的主要问题")
    assert lists_findings("整改任务")
    assert not lists_findings("关于岸线保护不到位的问题")
    assert not lists_findings("在农村污水治理方面")


def test_a_numbered_finding_is_stated_without_its_marker_and_full_stop():
    t = "2.保护区内有养殖场3家,存在畜禽粪污直排问题。"
    a, b = statement(t, 0, len(t))
    assert t[a:b] == "保护区内有养殖场3家,存在畜禽粪污直排问题"


def test_a_progress_report_is_not_a_finding():
    t = "目前已完成养殖场搬迁。"
    assert statement(t, 0, len(t)) is None


def test_a_list_ending_in_deng_wenti_gives_the_list_and_each_item():
    found = find_problems("会议深刻查摆了作风不实、整改不力、监管缺位等问题。")
    assert [p.title for p in found] == ["作风不实、整改不力、监管缺位", "作风不实", "整改不力", "监管缺位"]
    assert [p.parent for p in found] == [None, 0, 0, 0]


def test_a_list_reaches_back_over_short_comma_separated_items_to_its_verb():
    assert titles("重点整治辖区内存在的违建厂房,占用河道,乱倒垃圾等行为")[:1] == ["违建厂房,占用河道,乱倒垃圾"]


def test_a_list_stops_at_an_earlier_list():
    assert titles("只做了清淤、补水等工作,截污不彻底、管网破损等根源性问题仍未解决")[:1] == ["截污不彻底、管网破损"]


def test_noun_phrase_problems_are_cut_after_their_verb():
    assert titles("推动解决城区段污水直排问题") == ["城区段污水直排问题"]
    assert titles("实时跟踪各类涉海问题处置情况") == ["涉海问题"]


def test_generic_problem_words_are_not_problems():
    assert titles("对上述问题立行立改,相关问题全部销号") == []


def test_quoted_findings_existence_causes_and_violations():
    assert titles("“河道内有违建码头2处”问题整改进展") == ["河道内有违建码头2处"]
    assert titles("一级保护区内存在与供水无关的建筑") == ["与供水无关的建筑"]
    assert titles("污水长期直排,导致河水发黑发臭") == ["河水发黑发臭", "污水长期直排"]
    assert titles("某公司未经审批擅自建设码头") == ["未经审批擅自建设码头"]


def test_words_of_attention_before_a_pollution_are_not_part_of_it():
    assert "某镇水产养殖污染问题" in titles("针对网上曝光某镇水产养殖污染问题,及时成立工作专班")
    assert not any(t.startswith(("曝光", "重视")) for t in titles("领导高度重视近岸海域污染防治工作,网上曝光某镇水产养殖污染"))


def test_above_and_among_are_not_part_of_a_problem():
    assert titles("对县级以上集中式饮用水水源地问题开展清理整治,其中地级水源地问题47个") == [
        "集中式饮用水水源地问题", "地级水源地问题",
    ]


def test_difficult_or_hot_issues_name_no_problem():
    assert titles("讲清排查整治中的难点问题,解决群众关心的热点问题") == []


def test_some_outstanding_problems_name_no_problem():
    assert titles("还存在一些突出问题,某些河道垃圾问题") == ["河道垃圾问题"]


def test_a_quoted_campaign_word_of_two_characters_is_a_problem():
    assert "四乱" in titles("持续推进河湖“四乱”问题整治")


def test_an_item_number_and_a_batch_word_are_not_part_of_a_problem():
    assert titles("二是督察反馈问题彻底整改") == ["督察反馈问题"]
    assert titles("推动解决一批突出生态环境问题") == ["突出生态环境问题"]


def test_rectifying_the_problems_found_names_no_problem():
    assert titles("立即组织相关单位推进存在问题整改。") == []


def test_a_count_of_problems_or_what_brought_them_names_none():
    assert titles("给海洋开发秩序带来了一系列问题") == []
    assert titles("这些省区市存在3个方面带有共性的突出问题:") == []
    assert titles("保护区内存在农业面源污染问题") == ["农业面源污染问题"]


def test_a_clause_that_states_a_fault_is_a_problem_but_one_preventing_or_denying_it_is_not():
    assert titles("——严管严控某项政策法规落实不到位。") == ["严管严控某项政策法规落实不到位"]
    assert "某项目审批不规范、监管不到位" in titles("二是某项目审批不规范、监管不到位,另有其他情况")
    assert titles("加快推进管网建设,解决污水收集率偏低") == ["污水收集率偏低"]
    assert titles("确保问题不反弹,防止问题反弹") == []
