"""What a figure counts, as a reader would name it: values listed after one subject share it, a change from one
value to another is of what changes, and the words that join a subject to its number are none of it."""

from __future__ import annotations

from policykg.ingest.extract.figures import clip, find_figures
from policykg.ingest.normalize import normalize


def figures(sentence: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(normalize(sentence)[0])]


def test_values_listed_after_one_subject_all_have_it():
    assert figures("出水中总氮、总磷浓度分别超标1.5倍、0.6倍和2倍") == [("超标", "1.5倍"), ("超标", "0.6倍"), ("超标", "2倍")]


def test_a_subject_before_respectively_is_kept_when_nothing_follows_it():
    assert figures("两个湖泊的水质达标比例分别达到90%和85%") == [("两个湖泊的水质达标比例", "达到90%"), ("两个湖泊的水质达标比例", "85%")]
    assert figures("乙镇生活垃圾收运率已达97.5%") == [("乙镇生活垃圾收运率", "达97.5%")]


def test_a_change_from_one_value_to_another_is_of_what_changes():
    assert figures("甲县污水处理能力从年初的3.5万吨/日提高至5.2万吨/日") == [
        ("甲县污水处理能力", "3.5万吨/日"), ("甲县污水处理能力", "5.2万吨/日"),
    ]
    assert figures("镇区绿化覆盖率上升到41%") == [("镇区绿化覆盖率", "41%")]


def test_from_without_a_change_stays_in_the_subject():
    assert figures("累计从河道中打捞水草120吨") == [("从河道中打捞水草", "120吨")]


def test_each_respectively_and_have_are_not_part_of_the_subject():
    assert figures("丙区、丁区各12件") == [("丁区", "12件")]
    assert figures("分别是东湖街道3件、西山镇4件") == [("东湖街道", "3件"), ("西山镇", "4件")]
    assert figures("面积大于5平方公里的水库有20多座") == [("面积", "大于5平方公里"), ("水库", "20多座")]
    assert figures("该区拥有约12公里的沙滩岸线") == [("该区拥有", "约12公里")]


def test_a_list_number_is_cut_but_a_decimal_in_a_name_is_not():
    assert figures("PM2.5平均浓度28微克/立方米") == [("PM2.5平均浓度", "28微克/立方米")]
    assert figures("2.清理垃圾5吨") == [("清理垃圾", "5吨")]


def test_places_listed_before_etc_are_what_a_count_of_places_counts():
    assert figures("甲省、乙省、丙市等3省市已完成整改") == [("甲省、乙省、丙市", "3省市")]
    assert figures("查扣塑料袋0.8吨等物品") == [("查扣塑料袋", "0.8吨")]


def test_a_long_subject_is_cut_where_a_word_ends_not_inside_a_name():
    (f,) = figures("2021年某某省某某市县级地表型饮用水水源地内环境问题共有29个")
    assert f == ("某某省某某市县级地表型饮用水水源地内环境问题", "29个")
    assert clip("市生态环境保护督察组向某某县人民政府交办的第三批群众信访件", keep_end=True) == "某某县人民政府交办的第三批群众信访件"
    assert clip("县委第二巡察组对县水务局党组开展了为期一个月的常规巡察工作") == "县委第二巡察组对县水务局党组开展了为期一个月"


def test_the_noun_after_a_count_stops_at_the_next_value():
    assert figures("处项目总投资额百分之一以上百分之五以下的罚款") == [("处项目总投资额", "百分之一以上"), ("处项目总投资额", "百分之五以下")]
    assert figures("并处罚款10万元至50万元") == [("并处罚款", "10万元"), ("并处罚款", "50万元")]


def test_a_value_alone_in_its_clause_counts_what_the_clause_before_counted():
    assert figures("保护区内有住户6户,共计23人,正在搬迁") == [("保护区内有住户", "6户"), ("保护区内有住户", "共计23人")]
    assert figures("发现问题10个,已整改8个") == [("发现问题", "10个"), ("整改", "8个")]


def test_a_field_s_label_names_its_value_and_a_page_s_counters_are_no_figures():
    assert figures("(整治进度:80%)") == [("整治进度", "80%")]
    assert figures("发布时间:2024-03-01 10:20    浏览:12次") == []


def test_the_noun_after_a_count_ends_where_an_adverb_or_preposition_opens_the_predicate():
    assert figures("县委3个巡察组分别到被巡察单位召开反馈会") == [("巡察组", "3个")]
    assert figures("5名河段长在总河长的带领下巡河") == [("河段长", "5名")]
    assert figures("全县12个村全都建成污水处理设施") == [("村", "12个")]
    assert figures("12个黑臭水体基本消除") == [("黑臭水体", "12个")]
    # words that hold those characters stay whole
    assert figures("安装4套在线监测设备") == [("在线监测设备", "4套")]
    assert figures("排查出9处水源地存在问题") == [("水源地存在问题", "9处")]
    assert figures("划定300亩基本农田") == [("基本农田", "300亩")]
