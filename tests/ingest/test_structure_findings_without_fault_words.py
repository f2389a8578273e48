"""Findings stated without the usual fault words (树得不牢, 部署多、落实少, 与…要求存在偏差, 未达到省定目标), and
problems named as what a measure deals with (对…的废弃网箱进行拆解, 违规设置的排污口清理整治, 某类垃圾治理,
某类违法行为专项整治, 某工程中存在的问题), on invented sentences."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_a_fault_said_by_how_badly_something_was_done_is_a_finding():
    found = titles("检查发现,部分干部节水意识树得不牢,对河道保洁抓得不紧。")
    assert found == ["部分干部节水意识树得不牢", "对河道保洁抓得不紧"]


def test_much_planning_and_little_doing_is_a_finding():
    assert titles("甲县一些部门污水治理工作会议部署多、实际行动少。") == ["甲县一些部门污水治理工作会议部署多、实际行动少"]


def test_a_setting_that_departs_from_its_requirement_is_a_finding():
    assert titles("乙区考核细则的评分方法与省厅要求存在偏差。") == ["乙区考核细则的评分方法与省厅要求存在偏差"]


def test_a_target_not_reached_with_a_qualifier_before_it_is_a_finding():
    assert titles("丙市城镇污水收集率未达到省定目标。") == ["丙市城镇污水收集率未达到省定目标"]


def test_an_attitude_that_has_not_changed_is_a_finding():
    assert titles("重建设轻管护的观念没有根本转变。") == ["重建设轻管护的观念没有根本转变"]


def test_what_a_measure_demolishes_after_dui_is_a_problem_when_the_text_calls_it_harmful():
    assert titles("镇政府组织人员对侵占丁河河道,影响行洪的违章养殖棚进行拆除。") == ["影响行洪的违章养殖棚"]
    assert titles("镇政府组织人员对村委会旧办公楼进行拆除。") == []


def test_a_thing_cleaned_up_with_its_fault_before_de_is_a_problem():
    found = titles("年底前全面完成违规设置、设置不合理的入河排污口清理整治。")
    assert found == ["违规设置、设置不合理的入河排污口"]
    assert titles("年底前全面完成新建的污水管网整治。") == []


def test_the_waste_a_campaign_treats_is_a_problem():
    assert titles("持续推进河道漂浮垃圾治理,巩固整治成果。") == ["河道漂浮垃圾"]


def test_the_wrongdoing_a_campaign_targets_is_a_problem_when_its_field_is_named():
    assert titles("深入开展全县渔业违法行为专项整治。") == ["渔业违法行为"]
    assert titles("严厉打击各类违法行为。") == []


def test_the_problems_a_project_holds_are_named_by_the_project():
    assert titles("要求各县整改全市农村供水工程中存在的问题。") == ["农村供水工程中存在的问题"]
    assert titles("认真整改工作中存在的问题。") == []


def test_a_bare_fault_after_cunzai_takes_its_subject_from_before_it():
    assert titles("对乙市考核办法的评分标准与省厅要求存在偏差问题,乙市已修订办法。") == ["乙市考核办法的评分标准与省厅要求存在偏差问题"]
    assert "工作中存在漏洞问题" not in titles("工作中存在漏洞问题。")


def test_each_item_of_a_counted_survey_result_is_a_problem():
    assert titles("共排查出各类入河排污口120个,入海污染源35处。") == ["入河排污口", "入海污染源"]


def test_the_problems_a_complaint_involves_are_named_by_the_complaints():
    assert titles("为了彻底处理信访受理中涉及的环境问题,防止反弹。") == ["信访受理中涉及的环境问题"]


def test_the_harm_a_plight_is_blamed_on_is_a_problem():
    assert titles("这条小河曾因养殖污染和生活排污陷入黑臭的困境。")[0] == "养殖污染和生活排污"
    assert titles("因地制宜推进村庄绿化。") == []


def test_a_slogan_against_problems_and_the_round_of_an_inspection_name_no_problem():
    assert titles("做到问题不解决不松劲。") == []
    assert titles("巡察组向被巡察单位通报了本轮巡察发现的突出问题。") == ["巡察发现的突出问题"]


def test_a_problem_named_by_who_reported_it_keeps_its_name():
    assert titles("针对省级督考通报的问题开展复核工作。") == ["省级督考通报的问题"]


def test_a_quoted_campaign_problem_may_be_called_prominent():
    assert "五乱" in titles("对甲区河道“五乱”突出问题开展专项整治。")


def test_counted_reports_from_the_public_and_a_campaign_category_of_polluter_are_problems():
    assert titles("督察组共受理群众举报120件。") == ["群众举报"]
    assert titles("现场核查散乱污企业、施工工地等点位30个。") == ["散乱污企业"]


def test_a_list_of_disorders_after_dui_leaves_dui_out():
    assert "乱占、乱采、乱堆" in titles("对乱占、乱采、乱堆等河湖突出问题开展清理整治。")


def test_a_project_not_started_or_funds_not_paid_on_time_is_a_finding():
    assert titles("部分中央资金未及时拨付。") == ["部分中央资金未及时拨付"]
    assert titles("丁污水处理厂至今未投入使用。") == ["丁污水处理厂至今未投入使用"]


def test_goods_received_into_custody_are_the_fault_when_banned():
    assert titles("共查收一次性塑料袋300余个。") == ["一次性塑料袋"]


def test_the_state_of_affairs_a_measure_is_aimed_at_is_a_problem():
    found = titles("针对群众反映强烈的乙镇农贸市场大量使用超薄塑料袋情况,市场监管局开展联合执法。")
    assert found[0] == "乙镇农贸市场大量使用超薄塑料袋"


def test_the_feedback_of_an_inspection_is_what_its_rectification_answers():
    assert titles("整改方案围绕巡察反馈意见确定整改任务。") == ["巡察反馈意见"]


def test_worn_out_and_silted_works_are_faults_after_a_remedy_verb_with_manner():
    assert titles("能够从根本上解决渠道工程老化失修、淤积阻塞。") == ["渠道工程老化失修、淤积阻塞"]


def test_the_problems_a_list_is_named_for_are_a_problem():
    assert titles("各县根据农村生活污水环境问题清单,积极开展整治工作。") == ["农村生活污水环境问题"]
    assert titles("建立问题清单和整改台账。") == []


def test_what_an_inspection_found_as_the_object_of_a_measure_is_a_problem():
    assert titles("对发现的处于二级保护区内的临时砂石堆场下发通知,要求立即清除。") == ["处于二级保护区内的临时砂石堆场"]
    assert titles("对发现的问题立即整改。") == []


def test_wrongdoing_of_the_party_just_named_is_no_field_of_wrongdoing():
    assert titles("同日对该公司违法行为立案调查。") == []


def test_a_duty_or_a_body_before_waste_or_wrongdoing_is_no_kind_of_it():
    assert titles("雇佣专人负责垃圾清运。") == []
    assert titles("沿海地区应切实落实海漂垃圾综合治理。") == ["海漂垃圾"]
    assert titles("应当责令当事人改正违法行为。") == []
    assert titles("发现你单位实施了以下违法行为:") == []
