"""Persons on news pages: every name of a byline, bylines run into the next field, more byline roles, surnames the
list lacked, two-character surnames, masked names and a quoted speaker."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons


def persons(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.attrs["role"]) for m in find_persons(text)]


def test_every_name_of_a_byline_is_read_after_the_first() -> None:
    assert persons("本报电 (记者张甲、王小丙)截至今年") == [("张甲", "记者"), ("王小丙", "记者")]
    assert [n for n, _ in persons("(记者张甲、王小丙、李丁)10月")] == ["张甲", "王小丙", "李丁"]
    assert [n for n, _ in persons("本报讯 (记者刘甲 通讯员李乙丙 马丁戊)今年")] == ["刘甲", "李乙丙", "马丁戊"]


def test_a_byline_name_run_into_the_next_field_or_a_verb() -> None:
    assert persons("11:55作者:张甲乙来源:某县水务局") == [("张甲乙", "作者")]
    assert persons("通讯员徐甲乙 记者周丙报道:9月1日") == [("徐甲乙", "通讯员"), ("周丙", "记者")]


def test_more_byline_roles() -> None:
    assert persons("讯(特约记者 杨甲)近日") == [("杨甲", "特约记者")]
    assert persons("[责编:周乙]") == [("周乙", "责编")]


def test_surnames_the_list_lacked_and_two_character_surnames() -> None:
    assert persons("作者:记者赖甲乙 通讯员李丙\n") == [("赖甲乙", "记者"), ("李丙", "通讯员")]
    assert persons("干流副河长欧阳长江,某镇负责人") == [("欧阳长江", "河长")]


def test_a_name_before_a_byline_role_in_a_dateline() -> None:
    assert persons("某网讯(肖甲 记者程乙丙)为深入") == [("肖甲", ""), ("程乙丙", "记者")]


def test_a_masked_name_is_a_person_as_written() -> None:
    assert persons("法定代表人:梁*强\n地址:某地") == [("梁*强", "法定代表人")]
    assert persons("经营者:沈*忠 一、环境违法事实") == [("沈*忠", "经营者")]


def test_a_person_in_a_decisions_field() -> None:
    assert persons("法定代表人:吴甲乙\n住址:某村") == [("吴甲乙", "法定代表人")]
    assert persons("法定代表人(负责人):黄甲\n") == [("黄甲", "法定代表人")]
    assert persons("主办单位:某局 联系人:陈甲 联系电话:0000") == [("陈甲", "联系人")]


def test_a_firm_or_a_verb_after_a_field_word_is_no_person() -> None:
    assert persons("当事人:甲乙丙科技有限公司\n") == []
    assert persons("负责人向记者介绍情况") == []


def test_a_speaker_after_a_quotation_is_a_person() -> None:
    assert persons("“守住了一村水。”陈甲乙说。") == [("陈甲乙", "")]
    assert persons("“我们会继续努力。”他说。") == []


def test_verbs_after_a_role_are_no_names() -> None:
    assert persons("局长强调,要抓紧整改") == []
    assert persons("记者从生态环境部获悉") == []


def test_a_name_after_its_role_may_be_followed_by_what_the_person_did() -> None:
    assert persons("镇党委书记孙甲乙做表态发言") == [("孙甲乙", "书记")]
    assert persons("巡察组组长王甲反馈了意见") == [("王甲", "组长")]


def test_to_before_the_next_holders_role_is_no_surname() -> None:
    assert persons("王局长向鱼主任汇报巡查情况") == []
    assert persons("副县长向东主持会议") == [("向东", "副县长")]
