"""Figures as unseen pages write them: counts in Chinese numerals, bounds after the unit, kilometres, and the
subject a reader would name (not a word of the total, a stray space or what follows a title line)."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(sentence: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(normalize(sentence)[0])]


def test_a_count_in_chinese_numerals_after_a_total_is_a_figure():
    assert [v for _, v in figures("方案安排的重点任务共八项,另有共计三个专项行动。")] == ["八项", "三个"]


def test_a_chinese_numeral_with_a_digit_and_a_power_of_ten_is_a_figure():
    assert figures("拍攝宣傳照片三千余張") == [("拍摄宣传照片", "三千余张")]
    assert figures("动员志愿者二十三人") == [("动员志愿者", "二十三人")]


def test_a_chinese_numeral_before_a_unit_of_measure_is_a_figure_with_its_bound():
    assert figures("非法倾倒废渣达五吨以上") == [("非法倾倒废渣", "五吨以上")]


def test_chinese_numerals_in_plan_names_and_idioms_are_not_figures():
    assert figures("“十四五”期间,十四五期间推进一元化管理,一项一项抓落实") == []


def test_a_bound_after_the_unit_belongs_to_the_value_not_the_subject():
    found = find_figures("优良水体比例达到80%以上,审批20公顷以下项目,完成整治60%左右")
    assert [(f.subject, f.value, f.unit, f.bound) for f in found] == [
        ("优良水体比例", "达到80", "%", "以上"), ("项目", "20", "公顷", "以下"), ("完成整治", "60", "%", "左右"),
    ]


def test_kilometres_are_a_unit_not_a_thousand_metres():
    (f,) = find_figures("清理河道长度86千米")
    assert (f.value, f.unit) == ("86", "千米")


def test_the_subject_keeps_the_words_before_a_total_and_skips_a_stray_space():
    assert figures("甲县2宗用地面积合计31.5公顷") == [("用地面积", "2宗"), ("用地面积", "31.5公顷")]
    assert figures("清理岸线累 计48公里") == [("清理岸线", "48公里")]
    assert figures("共计罚款300元") == [("罚款", "300元")]


def test_a_title_line_s_next_words_are_not_the_subject_of_its_amount():
    assert figures("罚没共计5200元 某县开展禁塑行动") == [("罚没", "共计5200元")]


def test_a_quoted_name_is_part_of_the_noun_a_classifier_counts():
    assert figures("设立126块“湾长制”公示牌") == [("“湾长制”公示牌", "126块")]


def test_words_after_etc_are_not_the_subject():
    assert figures("查扣塑料袋0.8吨等物品") == [("查扣塑料袋", "0.8吨")]


def test_the_second_of_two_ordinals_and_a_vague_hundred_are_not_counts():
    assert figures("收到转办的第十一、十二批信访件共9件,垃圾漂浮上百米") == [("十二批信访件", "共9件")]


def test_a_particle_before_a_count_is_no_subject():
    assert figures("完成率80%以下的3个") == [("完成率", "80%以下"), ("", "3个")]


def test_a_range_is_one_value_and_a_full_stop_after_it_ends_the_subject():
    assert figures("沟底宽2m,沟深1-2m.设计标准较低") == [("沟底宽", "2m"), ("沟深", "1-2m")]
    assert [v for _, v in figures("2019-2021年行动方案")] == []


def test_a_one_character_noun_after_a_classifier_is_the_subject():
    assert figures("涉及甲村、乙村等6个村") == [("村", "6个")]


def test_millimetres_are_a_unit_and_a_limit_keeps_its_comparison():
    assert figures("禁止销售厚度小于0.015毫米的塑料袋") == [("禁止销售厚度", "小于0.015毫米")]


def test_a_count_of_cities_is_a_figure_but_a_city_level_body_is_not():
    assert [v for _, v in figures("甲、乙、丙3市完成整治任务,2个市级部门,2021市委")] == ["3市", "2个"]


def test_trips_of_boats_and_vehicles_are_units_and_a_postposition_is_no_subject():
    assert figures("出动巡查艇25艘次、执法车辆12辆次") == [("出动巡查艇", "25艘次"), ("执法车辆", "12辆次")]
    assert figures("整改方案在反馈后2个月内,") == [("整改方案在反馈后", "2个月内")]


def test_a_share_in_words_is_a_figure_but_an_idiom_is_not():
    assert figures("问题整改完成率超八成,剩余问题的三分之一正在推进,工作一成不变") == [
        ("问题整改完成率", "超八成"), ("剩余问题", "三分之一"),
    ]


def test_a_hundred_million_without_currency_is_an_amount():
    assert figures("项目投资超20亿") == [("项目投资", "超20亿")]


def test_a_unit_that_opens_a_common_word_is_no_unit():
    assert figures("二、工作进展情况2根据省、市两级安排,建立2本台账") == [("台账", "2本")]


def test_the_noun_after_a_count_and_its_particle_is_the_subject():
    assert figures("开展为期3个月的专项整治行动") == [("专项整治行动", "3个月")]


def test_lost_characters_printed_as_question_marks_do_not_cut_a_clause():
    (f,) = find_figures("罚款2万元??公司已缴纳")
    assert f.clause_end == len("罚款2万元??公司已缴纳")


def test_a_rate_per_area_or_day_is_one_unit_and_fish_are_counted():
    assert figures("鱼类资源密度为6000尾/平方公里,增殖放流鱼苗20万尾,尾水达标") == [
        ("鱼类资源密度", "6000尾/平方公里"), ("增殖放流鱼苗", "20万尾"),
    ]
    assert figures("污水处理能力从5.5万吨/日提升至8万吨/日") == [("污水处理能力", "5.5万吨/日"), ("污水处理能力", "8万吨/日")]


def test_a_time_limit_in_days_is_a_figure_but_a_date_is_not():
    assert figures("应当在15日内送达,于3月7日内报送,10个工作日内办结") == [
        ("送达", "15日内"), ("办结", "10个工作日内"),
    ]


def test_a_single_chinese_digit_with_ge_counts_places_and_bodies_but_not_a_slogan():
    assert [v for _, v in figures("督察组对甲、乙、丙三个省开展督察,涉及两个部门")] == ["三个", "两个"]
    assert figures("做到“两个维护”,增强四个意识,一个问题一个问题地解决") == []


def test_spaces_a_page_puts_around_a_number_do_not_hide_the_figure_nor_the_ordinal():
    assert figures("发放宣传手册 40 余份,召开第 3 次会议") == [("发放宣传手册", "40余份")]
