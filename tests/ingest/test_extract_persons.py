"""Persons: a name next to a role title."""

from __future__ import annotations

from policykg.ingest.extract.persons import find_persons


def test_name_after_a_role_title() -> None:
    found = [(m.name, m.attrs["role"]) for m in find_persons("成立由党组书记、厅长王某平任组长,副厅长李明任副组长的领导小组")]
    assert found == [("王某平", "厅长"), ("李明", "副厅长")]


def test_name_before_general_secretary() -> None:
    assert [m.name for m in find_persons("学习习近平总书记重要讲话")] == ["习近平"]


def test_role_words_alone_are_not_persons() -> None:
    assert find_persons("党组书记、厅长任组长,分管副厅长为副组长") == []


def test_two_officials_in_one_sentence() -> None:
    found = [m.name for m in find_persons("市委书记张某华、市长李卫某分别担任市级总河长")]
    assert found == ["张某华", "李卫某"]


def test_officials_of_ministries_towns_and_engineering_and_names_followed_by_a_date_or_an_act() -> None:
    text = "副司长王某林莅临调研;市委书记张某于8月召开大会;副市长李某明代表我市发言;总工程师周某,镇长刘某一行"
    assert [(m.name, m.attrs["role"]) for m in find_persons(text)] == [
        ("王某林", "副司长"), ("张某", "书记"), ("李某明", "副市长"), ("周某", "总工程师"), ("刘某", "镇长"),
    ]
