"""A verb a fault follows inside a listed finding (整治不力), banned goods enforcement is stepped up against
(加大对…的查处力度) and unlawful things a place holds, counted (有非法建筑5户): each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_verb_a_fault_follows_stays_in_the_first_item():
    found = titles("如甲省乙市生活污水直排整治不力、丙市管网改造滞后、丁湖治理治标不治本等3个问题。")
    assert "甲省乙市生活污水直排整治不力" in found
    assert "丙市管网改造滞后" in found
    assert "不力" not in found


def test_a_reporting_verb_before_a_fault_still_opens_the_list():
    assert titles("存在不规范、不到位等问题") == ["不规范、不到位", "不规范", "不到位"]


def test_an_action_verb_without_a_fault_still_opens_the_list():
    assert "河道乱堆乱放" in titles("集中整治河道乱堆乱放、岸线违建等问题")


def test_an_example_word_opens_no_item_but_a_word_of_its_own_stays():
    assert "河道保洁不到位" in titles("例如河道保洁不到位、管网破损等问题")
    assert "如期完成整治不力" in titles("如期完成整治不力等问题")


def test_banned_goods_enforcement_is_stepped_up_against_are_the_fault():
    assert titles("甲县市场监管局将加大对不合格塑料制品的查处力度,强化宣传引导") == ["不合格塑料制品"]
    assert "一次性塑料餐具" in titles("加强对一次性塑料餐具的打击和查处力度")


def test_goods_not_called_banned_and_conduct_are_no_goods_found():
    assert titles("加大对塑料制品的查处力度") == []
    assert titles("加大对违法行为的打击力度") == []


def test_unlawful_things_a_place_holds_counted_are_the_fault():
    assert "非法居民建筑" in titles("甲河乙镇段行洪区内有未经防洪影响评价的河道行洪区内非法居民建筑5户。")
    assert "私设排污口" in titles("河道内有私设排污口3个")


def test_things_held_without_a_fault_word_are_none():
    assert titles("辖区内有养殖场12家") == []
