"""Problems stated the way inspection feedback and audit reports list them: findings joined by 、 that each end
on a fault word, pollution a measure fights, violations named by their illegal act, and lists of banned acts."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_each_finding_of_a_list_joined_by_commas_of_enumeration_is_a_problem():
    found = titles("整改方案从甲湾水质恶化、部分乡镇垃圾转运设施缺乏、乙河监督巡查不到位3个方面提出了整改措施。")
    assert found == ["甲湾水质恶化", "部分乡镇垃圾转运设施缺乏", "乙河监督巡查不到位"]


def test_feedback_clauses_ending_on_a_gap_or_a_prominent_fault_are_problems():
    found = titles("一些地方统筹发展和保护仍有差距,,餐厨垃圾违规处置问题较为突出,,河长履职责任落实不够有力,部分区县管网短板突出,;")
    assert found == ["一些地方统筹发展和保护仍有差距", "餐厨垃圾违规处置问题较为突出",
                     "河长履职责任落实不够有力", "部分区县管网短板突出"]


def test_a_fault_that_keeps_happening_or_an_idle_plant_is_a_finding():
    assert titles("湿地、林地生态破坏时有发生。") == ["湿地、林地生态破坏时有发生"]
    assert titles("丙镇污水处理站运行负荷较低或闲置。") == ["丙镇污水处理站运行负荷较低或闲置"]


def test_preventing_a_fault_states_no_finding():
    assert titles("确保水质不再恶化、设施运行不闲置。") == []


def test_a_pollution_a_measure_fights_with_de_is_a_problem():
    assert titles("加大对养殖污染的_力度,对辖区企业进行排查。") == ["养殖污染"]
    assert titles("加强对面源污染的防治,推广测土配方施肥。") == ["面源污染"]


def test_an_illegal_act_anywhere_in_a_sentence_is_a_problem_without_its_count_or_what_follows():
    assert titles("群众反映有人在某村民宅内非法收集废旧机油。") == ["非法收集废旧机油"]
    assert titles("对丁河管理范围内的违规养殖进行清理。") == ["违规养殖"]
    assert titles("巡查中制止违规捕鱼船只12条。") == ["违规捕鱼船只"]


def test_an_enforcement_target_keeps_its_whole_object():
    assert titles("严厉打击违规销售使用一次性不可降解塑料餐具行为。") == ["违规销售使用一次性不可降解塑料餐具"]


def test_a_missing_licence_named_by_its_title_is_a_problem():
    assert titles("该公司未办理《排污许可证》,擅自排放废水。") == ["未办理《排污许可证》", "擅自排放废水"]


def test_a_violation_stops_where_the_next_finding_of_a_list_starts():
    found = titles("部分企业未按要求开展自行监测、部分污水处理厂超标排放。")
    assert found[:2] == ["未按要求开展自行监测", "部分污水处理厂超标排放"]


def test_a_list_opened_by_exists_keeps_every_item_even_when_one_holds_dui():
    found = titles("目前还存在商户对可降解制品识别度不够、经营主体对禁塑要求抵制意识不强等问题。")
    assert found[1:] == ["商户对可降解制品识别度不够", "经营主体对禁塑要求抵制意识不强"]


def test_verbs_sharing_one_object_in_a_list_of_banned_acts_make_one_problem():
    assert titles("坚决打击生产、销售和使用超薄塑料袋等违法违规行为。") == ["生产、销售和使用超薄塑料袋"]
    assert titles("集中整治乱占、乱建等问题。") == ["乱占、乱建", "乱占", "乱建"]


def test_a_problem_area_counted_by_its_findings_is_a_problem():
    assert titles("反馈了两个方面问题:甲湾治理成效方面3个具体问题;岸线管理方面1个问题。") == ["甲湾治理成效方面", "岸线管理方面"]
    assert titles("存在3个方面带有共性的突出问题。") == []


def test_feedback_findings_opened_by_youde_each_end_on_their_fault():
    found = titles("巡察发现,有的贯彻上级部署不够完整准确,推动重点工作不够有力;有的主体责任压得不实,风险防控存在短板弱项;"
                   "有的整改责任落得不实,整改成效还需进一步巩固提升。")
    for finding in ("贯彻上级部署不够完整准确", "推动重点工作不够有力", "主体责任压得不实", "短板弱项", "整改责任落得不实",
                    "成效还需进一步巩固提升"):
        assert any(finding in f for f in found), finding


def test_a_long_clause_gives_its_finding_from_the_last_word_that_opens_it():
    assert titles("督导组检查材料发现被巡察单位存在5个方面12个问题整改不够到位。") == ["5个方面12个问题整改不够到位"]
    assert titles("存在8个方面36个问题。") == []


def test_a_fault_that_marks_out_a_body_is_a_problem_without_the_count_before_it():
    assert titles("对6家整改不力的单位负责人进行约谈。") == ["整改不力"]


def test_a_negated_verb_belongs_to_the_problem_it_names():
    assert titles("对年度考核目标未达到要求问题,某局已完成整改。") == ["年度考核目标未达到要求问题"]


def test_what_a_survey_found_and_counted_is_a_problem_but_a_bare_count_of_problems_is_not():
    assert titles("共排查出各类入河排污口118个。") == ["入河排污口"]
    assert titles("本次督查发现问题12个。") == []


def test_what_a_measure_controls_after_the_verb_is_a_problem_when_it_is_a_pollutant():
    assert titles("查清污染来源,有效管控入海污染排放。") == ["入海污染排放"]
    assert titles("严格控制建设用地规模。") == []


def test_problems_named_by_the_inspection_that_found_them():
    assert titles("加紧推进整改当地第二轮省级环保督察暴露的问题。") == ["当地第二轮省级环保督察暴露的问题"]


def test_a_fault_in_some_work_marks_out_bodies_even_after_a_count():
    assert titles("公开约谈了整改滞后的5个县区政府负责人。") == ["整改滞后"]


def test_disorder_a_measure_stops_is_a_problem_even_when_a_page_number_cut_in():
    assert titles("有效制止了河道生活垃圾乱扔、乱倒、3乱放的情况。") == ["河道生活垃圾乱扔、乱倒、3乱放"]


def test_conduct_a_measure_stops_is_a_problem_when_the_text_says_it_is_wrong():
    assert titles("及时对园区企业的不文明行为进行劝阻。") == ["园区企业的不文明行为"]
    assert titles("对群众的举报行为予以奖励。") == []


def test_complaints_handed_over_keep_their_whole_name():
    assert titles("督察组向我市交办群众信访举报件9件。") == ["群众信访举报件"]


def test_our_committee_is_no_part_of_the_pollution_it_fights():
    assert titles("我委狠抓园区工业企业污染防治。") == ["园区工业企业污染"]


def test_a_phrase_cut_down_to_its_fault_word_keeps_the_list_it_ends():
    assert titles("一些地方还存在思想认识不高、推进落实不力的问题。")[1:] == ["思想认识不高", "推进落实不力"]


def test_targets_not_reached_and_a_fragile_ecosystem_are_findings_but_no_recurrence_is_none():
    assert titles("一些整改任务没有达到预期目标。") == ["一些整改任务没有达到预期目标"]
    assert titles("督察发现,某地湿地生态系统仍然脆弱。") == ["某地湿地生态系统仍然脆弱"]
    assert titles("整改以来没有出现问题反弹。") == []


def test_what_a_measure_demolishes_is_a_problem_when_the_text_says_it_is_unlawful():
    assert titles("坚决拆除与水源保护无关的构建筑物。") == ["与水源保护无关的构建筑物"]
    assert titles("拆除了一级保护区内占地200m2的违建房屋。") == ["一级保护区内占地200m2的违建房屋"]
    assert titles("拆除了旧泵站。") == []


def test_activities_a_measure_prohibits_before_deng_are_problems():
    assert titles("严禁在库区游泳垂钓、野炊等活动。") == ["游泳垂钓、野炊"]


def test_a_measured_value_over_its_limit_is_a_finding_with_its_standard():
    assert titles("发现你公司1#排放口总磷浓度超过《污水综合排放标准》(GB8978-1996)限值0.5倍。") == [
        "1#排放口总磷浓度超过《污水综合排放标准》(GB8978-1996)限值0.5倍"]


def test_damage_enforcement_strikes_at_and_a_bare_violation_word_are_handled():
    assert titles("严厉打击破坏水生态环境行为。") == ["破坏水生态环境"]
    assert titles("发现违规行为立即处理。") == []


def test_work_not_started_or_not_carried_out_is_a_finding():
    found = titles("仍存在台阶破损整改工作未启动,个别部门没有落实整改工作。")
    assert "台阶破损整改工作未启动" in found and "个别部门没有落实整改工作" in found


def test_a_demolished_unlawful_thing_is_named_without_its_count():
    assert titles("清理了违建大棚680余平方米。") == ["违建大棚"]
    assert titles("共清理甲沟违栽树木900棵、违章建筑一处。") == ["甲沟违栽树木"]


def test_a_bare_violation_word_and_a_count_of_problems_name_no_problem():
    assert titles("坚决打击违法违规行为。") == []
    assert titles("此次调查发现问题涉及我市的共六类25个具体问题。") == []


def test_waste_a_clean_up_removes_or_a_survey_finds_piled_up_is_a_problem():
    assert titles("每天对沙滩上的白漂、杂物等垃圾进行清理。") == ["沙滩上的白漂、杂物等垃圾"]
    assert titles("组织保洁人员清理海洋垃圾。") == ["海洋垃圾"]
    assert titles("岸滩有大量泡沫浮球、废弃渔网等垃圾滞留。") == ["泡沫浮球、废弃渔网等垃圾"]
    assert titles("累计清理毛竹300余吨。") == []


def test_a_problem_keeps_the_weight_the_text_gives_it_and_a_dense_spread_is_a_fault():
    assert "部分岸段海漂垃圾问题仍较为突出" in titles("督查发现,甲岸段等部分岸段海漂垃圾问题仍较为突出。")
    assert titles("垃圾分布较为密集。") == ["垃圾分布较为密集"]


def test_a_list_opened_by_fanyingchu_starts_after_it():
    assert titles("反映出长效机制亟待健全、源头管控尚待加强等问题。")[1:] == ["长效机制亟待健全", "源头管控尚待加强"]


def test_disorderly_discharge_a_plight_and_closed_polluting_firms_are_problems():
    assert any("企业无序排污" in x for x in titles("甲河曾因沿岸铸造等企业无序排污,沦为黑河。"))
    assert titles("这条河曾陷入“全年黑臭”的困境。") == ["全年黑臭"]
    assert titles("拆除沿岸“散乱污”企业30余家。") == ["沿岸“散乱污”企业"]


def test_plastic_ban_enforcement_names_the_banned_goods_and_trade():
    assert titles("没收一次性塑料袋120个。") == ["一次性塑料袋"]
    assert titles("本次行动共收缴3捆一次性不可降解塑料餐具。") == ["一次性不可降解塑料餐具"]
    assert titles("严厉打击使用一次性不可降解塑料袋的商户。") == ["使用一次性不可降解塑料袋"]
    assert titles("没收其一次性塑料吸管。") == ["一次性塑料吸管"]
