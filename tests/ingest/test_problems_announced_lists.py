"""Findings a clause announces and then lists (检查发现两个问题,即:A、B): each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_lists import announced_items


def items(text: str) -> list[str]:
    return [text[a:b] for a, b in announced_items(text, 0, len(text))]


def test_the_items_after_an_announcing_clause_are_findings():
    assert items("督察发现两个问题,即:甲公园范围内违规新建厂房、乙河岸违规堆场。") == ["甲公园范围内违规新建厂房", "乙河岸违规堆场"]
    assert items("巡查中发现的问题主要有:河面漂浮垃圾、沿岸乱堆乱放。") == ["河面漂浮垃圾", "沿岸乱堆乱放"]


def test_numbered_items_lose_their_number_and_the_list_runs_over_them():
    found = items("主要存在以下问题:一是部分河段淤积;二是沿河护栏破损,三是宣传牌缺失。")
    assert found == ["部分河段淤积", "沿河护栏破损", "宣传牌缺失"]


def test_where_an_item_stands_in_brackets_is_no_part_of_it():
    assert items("共涉及2个点位问题,即:甲森林公园内(丙村5组)违规新建养殖场。") == ["违规新建养殖场"]


def test_the_clause_after_the_list_is_none_of_it():
    assert items("检查发现3个问题,分别是:河道垃圾堆积、岸线违建,已交办属地整改。") == ["河道垃圾堆积", "岸线违建"]


def test_a_form_label_or_a_notice_announces_no_list():
    assert items("整改问题:丁河沿岸垃圾随意堆放。") == []
    assert items("现将有关问题通知如下:") == []


def test_a_long_item_is_left_to_the_rules_for_sentences():
    assert items("发现问题如下:部分乡镇对河长制工作重视程度不够导致巡河频次长期达不到要求。") == []
