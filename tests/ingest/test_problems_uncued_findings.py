"""Findings told without 问题/存在/发现: a water's state, sewage let into a named water, funds misused, a duty not
done, an illegal act, a kind of violation, the faults a sanction is given for, a practice said to be widespread.
On invented sentences: what each rule must find, and what it must leave alone."""

from __future__ import annotations

from policykg.ingest.extract.problem_findings import stated_findings
from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_a_water_state_is_named_with_its_water():
    assert "甲河水体长期黑臭" in titles("检查发现,甲河水体长期黑臭,周边群众反映强烈。")
    assert any(t.endswith("乙江断面常年处于劣V类水质") for t in titles("全县3条河流中,乙江断面常年处于劣V类水质。"))
    assert "丙溪水呈红色" in titles("群众举报丙溪水呈红色。")
    assert "丁河沦为纳污河" in titles("丁河沦为纳污河。")


def test_a_state_ended_prevented_or_said_of_no_water_is_no_finding():
    assert titles("经过治理,丁河不再为黑臭。") == []
    assert not any("个别月份" in t for t in titles("丁河水质下降,个别月份甚至为劣V类。"))


def test_sewage_let_into_a_water_names_the_water():
    found = titles("全市每天有2万余吨污水直排甲江,乙镇生活污水长期直排“母亲河”丙河。")
    assert "污水直排甲江" in found
    assert "生活污水长期直排“母亲河”丙河" in found
    assert not any(t.startswith("有2万") for t in found)


def test_funds_misused_are_findings_but_a_recovery_or_a_ban_names_none_of_its_own():
    found = titles("审计发现,3.5亿元被挤占挪用于办公楼建设;乙局闲置资金1.2亿元;丙单位违规套取资金300万元。")
    assert {"挤占挪用", "闲置资金", "违规套取资金"} <= set(found)
    assert "财政资金未能有效使用" in titles("有20亿元财政资金未能有效使用。")
    assert titles("严禁挤占挪用专项资金。") == []


def test_a_negated_duty_is_a_finding():
    assert "甲区环境保护主体责任尚未压紧压实" in titles("督察发现,甲区环境保护主体责任尚未压紧压实。")
    assert "有关部门也未开展有效治理" in titles("该河长期受污染,有关部门也未开展有效治理。")
    assert any(t.endswith("缺少针对电镀废水的处理工艺") for t in titles("该厂缺少针对电镀废水的处理工艺,无法实现达标排放。"))
    assert "无法实现达标排放" in titles("该厂缺少针对电镀废水的处理工艺,无法实现达标排放。")


def test_a_counted_failure_is_named_without_its_count():
    assert "不能满负荷运转" in titles("已建成的30座污水处理厂中,不能满负荷运转的有12座。")


def test_a_negation_that_orders_reports_a_good_state_or_negates_no_duty_is_no_finding():
    assert titles("对未开展自查的单位进行通报。") == []
    assert titles("经现场核查,未发现偷排行为。") == []
    assert titles("保护区内原有耕地已多年未耕种。") == []
    assert titles("整改工作决不能放松。") == []
    assert titles("全年未完成率为5%。") == []


def test_a_long_finding_is_named_from_its_own_subject():
    found = titles("甲市部分县区对水环境基础设施建设中存在的突出问题整改紧迫性不强。")
    assert "整改紧迫性不强" in found


def test_faults_joined_by_a_comma_of_enumeration_are_each_a_finding():
    t = "——排污口审批不规范、监管不到位。"
    found = [t[a:b] for a, b in stated_findings(t, 0, len(t), lambda x: x.endswith(("不规范", "不到位")))]
    assert found == ["排污口审批不规范", "监管不到位"]
    t = "排污口审批不规范、加强监管。"
    assert stated_findings(t, 0, len(t), lambda x: x.endswith(("不规范", "不到位"))) == []


def test_fault_endings_beyond_the_common_fault_words():
    assert any(t.endswith("整治目标连年落空") for t in titles("甲河水质长期较差,整治目标连年落空。"))
    assert any(t.endswith("湿地面积呈减少趋势") for t in titles("调查显示,甲县湿地面积呈减少趋势。"))
    assert "行政执法不作为" in titles("违法用海长期存在;行政执法不作为。")


def test_illegal_acts_evasions_and_kinds_of_violation():
    found = titles("甲港有120公顷违法用海,项目被拆分审批,规避国务院审批。")
    assert "违法用海" in found
    assert "规避国务院审批" in found
    assert "违规设置入河排污口" in titles("集中整改违规设置入河排污口。")
    assert "未批先建" in titles("本批案例涉及超标排放、未批先建等领域。")


def test_the_faults_a_sanction_is_given_for_are_findings():
    found = titles("两市因码头布局混乱、未批先建等被约谈问责。")
    assert {"码头布局混乱", "未批先建"} <= set(found)


def test_a_widespread_practice_careless_disposal_and_dumping_found_by_a_case():
    assert "填海空置" in titles("填海空置现象普遍存在。")
    assert "生活垃圾随意丢弃" in titles("水源地周边生活垃圾随意丢弃。")
    found = titles("执法人员发现该厂将清洗产生的废液倾倒至厂区东侧的渗坑中。")
    assert "废液倾倒至厂区东侧的渗坑中" in found


def test_a_quoted_fault_before_de_wenti_is_named_but_a_process_is_not():
    assert "庸懒散" in titles("针对机关“庸懒散”的问题开展整治。")
    assert titles("打造“巡查-交办-反馈”的问题闭环处置机制。") == []


def test_faults_listed_after_what_they_are_instances_of():
    found = titles("“乱占”主要包括围垦湖泊,非法侵占水域、滩地,种植阻碍行洪的林木;“乱采”主要包括非法采砂。")
    assert {"围垦湖泊", "种植阻碍行洪的林木", "非法采砂"} <= set(found)
    found = titles("存在的问题主要表现在:一是资金投入不够;二是部分乡镇重视不够。")
    assert {"资金投入不够", "部分乡镇重视不够"} <= set(found)
    assert titles("整改措施主要包括:加强巡查,完善制度。") == []


def test_a_clause_opening_a_line_is_a_clause_start():
    assert "违规使用3.2亿元专项资金" in titles("审计查出:\n违规使用3.2亿元专项资金,影响项目建设。")
    assert "乙村仍有居民居住" in titles("甲水库一级保护区\n乙村仍有居民居住,生活污水未经处理。")


def test_a_fund_or_a_sum_named_for_a_pollution_and_a_balance_held_are_no_findings():
    found = titles("12亿元水污染防治资金结存在地方各级财政部门。")
    assert not any("水污染" in t or "财政部门" in t for t in found)
    assert titles("督查组不遮掩,“一针见血”直指问题,促使问题真改。") == []


def test_sewage_let_out_untreated_or_straight_out_is_a_finding_but_a_normal_discharge_is_not():
    assert "废水直接排放至二级保护区" in titles("一养殖场建有化粪池,废水直接排放至二级保护区。")
    assert any(t.endswith("经简单沉淀后排放") for t in titles("产生的粪便和尿液经简单沉淀后排放。"))
    assert titles("处理后的尾水排放至污水处理厂。") == []


def test_sea_water_is_graded_one_class_lower_and_faults_that_hold_work_back():
    assert any(t.endswith("全湾均为劣四类水质") for t in titles("甲湾夏季全湾均为劣四类水质。"))
    assert "人才短缺与资金不足" in titles("人才短缺与资金不足制约巡查可持续性")
    assert titles("加强统筹,相互制约,形成合力。") == []


def test_items_after_where_faults_show_and_a_standard_set_too_low():
    found = titles("主要体现在监管执法不严、生态修复标准不高等两方面。")
    assert {"监管执法不严", "生态修复标准不高"} <= set(found)


def test_acts_an_audit_or_a_case_finds():
    found = titles("有些地方重复申报,虚假申报,多报建设规模;一些地方还少付、克扣征地补偿费。")
    assert {"重复申报", "虚假申报", "多报建设规模", "克扣征地补偿费"} <= set(found)
    assert "资金被滞留或挤占挪用" in titles("3.2亿元公路建设资金被滞留或挤占挪用。")
    assert "偷排废水" in titles("严查甲化工有限公司偷排废水环境违法行为。")
    assert "擅自修改排放浓度量程参数" in titles("检查发现其远程操作工控机,并擅自修改排放浓度量程参数。")


def test_fault_ends_of_plants_and_waters_and_a_remark_after_a_finding():
    assert any(t.endswith("在线监测设备运行不正常") for t in titles("甲公司在线监测设备运行不正常,长期超标排放。"))
    assert any(t.endswith("水体返黑返臭") for t in titles("部分已治理完成的水体返黑返臭。"))
    assert any(t.endswith("施工管理不善") for t in titles("该公司对储罐检修施工管理不善,导致置换水溢流。"))
    assert "部分重点项目推进缓慢" in titles("部分重点项目推进缓慢(详见附件)。")
    assert titles("对整改工作加强指导。") == []


def test_a_copyright_notice_is_no_finding():
    assert titles("未经授权禁止转载、摘编、复制及建立镜像,违者依法必究。") == []
