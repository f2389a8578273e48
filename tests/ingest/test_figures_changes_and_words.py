"""Figures a count of digits misread or missed: a change stated against a baseline (同比下降12.3%), a remark in
brackets before a number, a value in a table cell, subjects trailed by 控制在 or 总体, round numbers in words,
ranks and spans of time."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.change, f.text) for f in find_figures(normalize(text)[0])]


def test_a_change_names_what_changed_and_keeps_its_verb_apart():
    assert figures("某市细颗粒物平均浓度同比下降12.3%") == [("某市细颗粒物平均浓度", "同比下降", "12.3%")]
    assert figures("某县优良天数比例较2019年提高4.5个百分点") == [("某县优良天数比例", "较2019年提高", "4.5个百分点")]


def test_a_leap_is_a_change_of_the_level_stated_before_it():
    assert figures("甲湾优良水质比例提升至40%,较上一年跃升了12.5个百分点")[1] == ("甲湾优良水质比例", "较上一年跃升了", "12.5个百分点")


def test_a_change_in_its_own_clause_is_the_change_of_the_count_before_it():
    assert figures("全县共办理案件120件,比去年同期增长15.2%。") == [
        ("办理案件", "", "120件"), ("办理案件", "比去年同期增长", "15.2%")]
    assert figures("某区立案查处违法行为36起、同比增长20%") == [
        ("某区立案查处违法行为", "", "36起"), ("某区立案查处违法行为", "同比增长", "20%")]


def test_a_comparison_may_name_a_time_in_words():
    found = figures("水质达标率为80%,较某轮治理启动时提升30个百分点")
    assert found[-1] == ("水质达标率", "较某轮治理启动时提升", "30个百分点")


def test_a_change_to_a_level_and_a_count_of_things_after_the_verb_are_no_change():
    assert [f[1] for f in figures("处理能力从5万吨/日提高至8万吨/日")] == ["", ""]
    assert figures("提升12个乡镇的污水收集能力") == [("乡镇", "", "12个")]
    assert figures("水环境比例提升2个百分点")[0][1] == "提升"


def test_a_remark_in_brackets_before_a_number_is_none_of_the_subject():
    assert figures("共召开专题民主生活会(组织生活会)12次") == [("召开专题民主生活会", "", "12次")]
    assert figures("水质优良(达到或优于III类)比例达到80%以上")[-1][0] == "水质优良比例"


def test_words_of_holding_a_level_end_no_subject():
    assert figures("地下水质量极差的比例控制在10%左右")[0][0] == "地下水质量极差的比例"
    assert figures("城区饮用水源水质达标率稳定在100%")[0][0] == "城区饮用水源水质达标率"
    assert figures("近岸海域水质优良比例总体达到75%")[0][0] == "近岸海域水质优良比例"


def test_a_value_filling_a_table_cell_takes_the_name_in_the_cell_before():
    assert figures("县城 | 某污水处理厂 | 3.5万吨/日 | 已完成") == [("某污水处理厂", "", "3.5万吨/日")]
    assert figures("否 | 40% |") == [("", "", "40%")]


def test_a_subject_keeps_its_words_that_end_in_a_verb_like_character():
    assert figures("召开推进会8次,现场调研15次")[1][0] == "现场调研"
    assert figures("共有18座城市没有发现黑臭水体")[0][0] == "城市"
    assert figures("查处环境违法行为42起")[0][0] == "查处环境违法行为"


def test_round_numbers_in_words_are_counts():
    assert figures("出动执法人员百余人次,发放宣传资料千余份,检查企业近百家") == [
        ("出动执法人员", "", "百余人次"), ("发放宣传资料", "", "千余份"), ("检查企业", "", "近百家")]
    assert figures("数十家企业完成整改")[0][2] == "数十家"
    assert figures("检查餐饮店十余家")[0][1:] == ("", "十余家")
    assert figures("入选千人计划") == []


def test_a_sum_written_whole_is_no_noun():
    assert figures("处罚款人民币3万元整") == [("处罚款人民币", "", "3万元")]


def test_idioms_of_hundreds_and_thousands_are_no_counts():
    assert figures("走进千家万户,百家争鸣") == []
    assert figures("垃圾漂浮上百米") == []


def test_a_rank_is_a_figure_of_what_was_ranked_and_where():
    assert figures("2022年河湖长制考核在全市排名第一") == [("河湖长制考核在全市排名", "", "第一")]
    assert figures("某县水质位居全省第3名") == [("某县水质全省排名", "", "第3名")]
    assert figures("被列为第一批试点县") == []


def test_a_rank_in_a_clause_of_its_own_ranks_what_the_clause_before_measured():
    assert figures("某县空气质量综合指数3.1,全市排名第2,全省排名第15") == [
        ("某县空气质量综合指数", "", "3.1"), ("某县空气质量综合指数全市排名", "", "第2"),
        ("某县空气质量综合指数全省排名", "", "第15")]
    found = figures("优良率在某市10个区县排名第4位,同比去年前进2位")
    assert found[-1] == ("优良率在某市10个区县排名", "同比去年前进", "2位")


def test_a_share_of_the_count_before_it():
    assert figures("全市共有黑臭水体120个,占总数的30.5%") == [("黑臭水体", "", "120个"), ("黑臭水体占比", "", "30.5%")]


def test_adverbs_and_an_average_end_the_noun_a_count_counts():
    assert figures("向12家单位党组织全面反馈巡察情况")[0][0] == "单位党组织"
    assert figures("全国300个城市平均浓度下降")[0][0] == "城市"


def test_a_span_of_time_after_a_word_of_duration():
    assert [f[2] for f in figures("开展为期一个月的专项行动")] == ["一个月"]
    assert [f[2] for f in figures("用三个月时间完成整治")] == ["三个月"]
    assert figures("历时两年多完成搬迁") == []


def test_a_limit_keeps_the_words_that_make_it_one():
    assert figures("某厂化学需氧量排放浓度不得超过60mg/L") == [("某厂化学需氧量排放浓度", "", "不得超过60mg/L")]
    assert figures("出水氨氮≤8mg/L,总磷<0.3mg/L") == [("出水氨氮", "", "≤8mg/L"), ("总磷", "", "<0.3mg/L")]
    assert figures("罚款金额最高不超过50万元") == [("罚款金额", "", "不超过50万元")]
    assert figures("每周巡查至少2次") == [("每周巡查", "", "至少2次")]


def test_each_rank_in_a_chain_keeps_the_first_ranks_thing_and_its_own_scope():
    found = figures("某指数在甲市8个区县排名第2位,在乙地30个区县排名第12位,同比去年后退3位")
    assert [(s, v) for s, _, v in found if "排名" in s] == [
        ("某指数在甲市8个区县排名", "第2位"), ("某指数在乙地30个区县排名", "第12位"), ("某指数在乙地30个区县排名", "3位")]


def test_a_sum_in_the_numerals_of_finance_is_an_amount():
    assert figures("责令改正,罚款肆拾万元") == [("罚款", "", "肆拾万元")]
    assert figures("处罚款贰仟元") == [("处罚款", "", "贰仟元")]


def test_a_single_digit_in_words_counts_cases_and_water_bodies():
    assert figures("筛选出三个典型案例")[0][1:] == ("", "三个")
    assert figures("整治两个水源地")[0][1:] == ("", "两个")
    assert figures("围绕一个中心") == []


def test_a_change_after_a_benchmark_is_the_change_of_the_level_before_it():
    found = figures("某市PM2.5平均浓度为28微克/立方米,优于年度目标(30微克/立方米),较2019年下降12%。")
    assert found[1][0] == "优于年度目标"
    assert found[-1] == ("某市PM2.5平均浓度", "较2019年下降", "12%")


def test_a_count_of_parts_ends_before_组成_but_not_inside_a_name():
    assert figures("该湖主要由4个氧化塘组成")[0][0] == "氧化塘"
    assert figures("4位厅党组成员分别讲授党课")[0][0] == "厅党组成员"


def test_each_change_in_a_list_starts_after_the_value_before_it():
    assert figures("其中总氮较2018年下降20%、总磷下降35%") == [
        ("总氮", "较2018年下降", "20%"), ("总磷", "下降", "35%")]
