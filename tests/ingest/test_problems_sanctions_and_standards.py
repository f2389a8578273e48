"""Findings stated with no 问题/存在/发现 cue: faults a sanction is threatened for, banned goods named with their
trade, a water found foul, a value over its standard in a sampling sentence, problems named by who reported them
and a progress heading over the problems an inspection found. On invented sentences."""

from __future__ import annotations

from policykg.ingest.extract.problem_headings import heading_fault
from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_faults_listed_before_a_sanction_are_findings():
    found = titles("会议强调,对推诿扯皮、弄虚作假、进展迟缓的要严肃问责。")
    assert {"推诿扯皮", "弄虚作假", "进展迟缓"} <= set(found)


def test_the_bodies_a_sanction_falls_on_are_no_findings():
    assert titles("对相关责任单位和人员的要依法追责。") == []
    assert "相关责任单位" not in titles("对相关责任单位的要依法追责。")


def test_each_banned_item_of_a_trade_is_named_from_its_qualifier():
    found = titles("重点检查生产、销售厚度不足0.01毫米的超薄地膜袋、不合格的化肥包装以及无标识“三无”食品袋。")
    assert "超薄地膜袋" in found
    assert "不合格的化肥包装" in found
    assert any(t.endswith("三无”食品袋") and "无标识" not in t for t in found)


def test_goods_the_text_does_not_ban_are_no_findings():
    assert titles("鼓励商户使用可降解购物袋和环保餐具。") == []


def test_goods_seized_or_searched_for_after_a_case_word():
    assert "超薄地膜袋" in titles("执法人员查处涉案超薄地膜袋300只。")
    assert "不合格化肥袋" in titles("乙县农业局严查不合格化肥袋")


def test_a_water_found_foul_is_a_finding():
    assert "塘水发绿发臭" in titles("甲村村口有一处鱼塘,塘水发绿发臭,蚊蝇滋生。")
    assert "河水浑浊、有异味" in titles("群众反映乙河河水浑浊、有异味。")


def test_a_sampled_value_over_its_standard_is_a_finding():
    found = titles("经采样监测,排口氨氮超过污水综合排放标准,责令立即整改。")
    assert any(t.endswith("氨氮超过污水综合排放标准") for t in found)


def test_problems_named_by_who_reported_them():
    assert "村民反映强烈的环境问题" in titles("工作组逐一回访村民反映强烈的环境问题的处理情况。")


def test_a_progress_heading_names_the_problems_an_inspection_found():
    heading = "省委巡视反馈问题整改进展情况"
    fault = heading_fault(heading, 0, len(heading))
    assert fault is not None and fault.title == "省委巡视反馈问题"
    other = "清单内问题整改情况"
    assert heading_fault(other, 0, len(other)) is None


def test_equipment_run_and_maintained_for_pollution_control_is_no_pollution():
    assert titles("企业应当按照要求运行和维护污染防治设施。") == []


def test_a_quoted_mark_inside_a_name_keeps_both_quotes():
    found = titles("严禁生产、销售无标识“三无”食品袋。")
    assert "“三无”食品袋" in found and "三无”食品袋" not in found


def test_a_sampling_point_and_a_case_code_are_no_part_of_a_finding():
    found = titles("经采样监测,3号采样点总磷超过地表水环境质量标准。")
    assert "总磷超过地表水环境质量标准" in found
    assert titles("关于交办件AB20240101问题的整改情况") == []
