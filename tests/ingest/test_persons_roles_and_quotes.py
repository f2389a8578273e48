"""Persons on unseen pages: names listed after a leaders' role, 说 after a name, a name before its role, a closing
byline in brackets and a name a report quotes."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons


def found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.attrs["role"]) for m in find_persons(text)]


def test_names_listed_after_a_role_and_closed_by_a_joint_verb() -> None:
    assert found("县领导罗甲乙、陈丙、邹丁戊一同调研。") == [("罗甲乙", "领导"), ("陈丙", "领导"), ("邹丁戊", "领导")]
    assert found("局长王甲乙、丙丁村的群众") == [("王甲乙", "局长")]


def test_a_name_with_chang_inside_and_said_after_it() -> None:
    assert found("县市场监督管理局副局长张长甲说:") == [("张长甲", "副局长")]
    assert found("副局长于甲乙陪同调研") == [("于甲乙", "副局长")]


def test_a_name_before_its_role_after_the_body() -> None:
    assert found("省水利厅节水办郭甲乙副主任一行5人") == [("郭甲乙", "副主任")]


def test_a_closing_byline_in_brackets() -> None:
    assert found("件件有着落。(晏甲乙)") == [("晏甲乙", "")]
    assert found("暂行办法(试行)") == []
    assert found("整改到位。(略)") == []


def test_a_quoted_person_and_a_legal_representative() -> None:
    assert found("据陈甲介绍,目前") == [("陈甲", "")]
    assert found("你公司法定代表人梁甲乙对上述事实") == [("梁甲乙", "法定代表人")]
    assert found("提升工作人员党建和纪检业务能力") == []


def test_a_byline_after_the_papers_name_or_the_dateline() -> None:
    assert found("持续推进生态文明建设。(某某日报 许甲乙)") == [("许甲乙", "")]
    assert found("甲乙消息(董丙丁)自某区某镇开展以来") == [("董丙丁", "")]
    assert found("甲市讯(略)") == []


def test_a_spaced_byline_name_may_bear_a_rare_surname_and_a_bodys_byline() -> None:
    assert found("(记者 底甲 通讯员 陈乙丙)") == [("底甲", "记者"), ("陈乙丙", "通讯员")]
    assert found("记者 了解到,") == []
    assert found("取得实效。(驻某机关纪检监察组 李甲)") == [("李甲", "")]


def test_a_datelines_authors_written_with_spaces() -> None:
    assert found("本报讯(杨 甲 李 乙)近年来") == [("杨 甲", ""), ("李 乙", "")]
    assert found("某某讯(略 略)") == []


def test_a_reviewer_in_the_byline() -> None:
    assert found("编辑: 刘甲 审核人:叶乙丙 阅读次数") == [("刘甲", "编辑"), ("叶乙丙", "审核人")]


def test_a_name_between_roles_or_before_its_role_and_what_it_says() -> None:
    assert found("甲乙街道总河长蒋丙丁主任带领班子成员") == [("蒋丙丁", "河长")]
    assert found("巡查中,蒋丙丁主任强调,一要") == [("蒋丙丁", "主任")]
    assert found("甲乙街道办周丙丁副主任组织相关人员") == [("周丙丁", "副主任")]
    assert found("街道办事处主任林甲来到河边") == [("林甲", "主任")]
    assert found(",主任强调") == []


def test_a_conjunction_between_two_holders_and_a_date_after_the_editor() -> None:
    assert found("新联村的王河长和苏河长就忙碌起来") == []
    assert found("高甲乙书记和项丙市长多次批示") == []
    assert found("编辑     发布于    2023-05-01") == []
