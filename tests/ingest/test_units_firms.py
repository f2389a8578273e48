"""Firms as bodies: a bracketed division inside a firm's name, a trade name holding 和, a firm's own treatment plant,
farms with a name of their own (not a kind of farm), and a division's name holding a stop character."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_bracketed_division_stays_inside_a_firms_name() -> None:
    assert names("公开督办甲乙(大石桥)水务发展有限公司等单位") == ["甲乙(大石桥)水务发展有限公司"]


def test_a_bracketed_note_that_is_no_division_ends_the_name_before_it() -> None:
    assert names("对一家企业(乙丙)丁戊科技有限公司立案") == ["丁戊科技有限公司"]


def test_a_trade_name_may_hold_he_after_a_division() -> None:
    assert names("村民投诉新田县兴和养殖专业合作社排放废水") == ["新田县兴和养殖专业合作社"]


def test_he_between_two_bodies_still_joins_them() -> None:
    assert names("县环保局和甲乙科技有限公司") == ["县环保局", "甲乙科技有限公司"]


def test_a_firms_own_plant_is_one_works() -> None:
    assert names("督办甲乙环保股份有限公司丙丁路污水处理厂") == ["甲乙环保股份有限公司丙丁路污水处理厂"]
    assert names("督办城镇污水处理厂建设") == []


def test_a_farm_with_a_name_of_its_own_is_a_body() -> None:
    assert names("检查了丹棱县天银养殖场、乐至县大自然种羊场") == ["丹棱县天银养殖场", "乐至县大自然种羊场"]
    assert names("督促甲县乙丙食品有限公司养殖场整改") == ["甲县乙丙食品有限公司养殖场"]
    assert names("对某养猪场下达处罚决定") == ["某养猪场"]


def test_a_kind_of_farm_is_no_body() -> None:
    assert names("所有规模畜禽养殖场必须配套设施") == []
    assert names("向14家养鸡场发放手册") == []
    assert names("丹棱县规模化养殖场存在问题") == []
    assert names("有的养殖场未修建化粪池") == []


def test_a_planned_works_is_no_body() -> None:
    assert names("拟建设鸡粪有机肥加工厂") == []


def test_a_division_holding_a_stop_character_opens_the_name() -> None:
    assert names("督促乐至县环保局整改") == ["乐至县环保局"]


def test_a_waterworks_keeps_its_whole_name() -> None:
    assert names("甲乙县自来水公司负责供水") == ["甲乙县自来水公司"]


def test_a_divisions_numbered_plant_is_one_works() -> None:
    assert names("督促江宁区第二污水处理厂提标改造") == ["江宁区第二污水处理厂"]
    assert names("督促第二污水处理厂提标改造") == []
