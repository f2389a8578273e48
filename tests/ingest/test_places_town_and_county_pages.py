"""Places of town and county pages: towns listed before 等镇, a town's name holding a water's character after its
city, a zone after its province and city, a prefecture-level city's short form standing alone and the districts
of a city the text names, and words that only look like places."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text)]


def test_towns_listed_before_the_word_for_all_of_them() -> None:
    assert places("这些小河流经甲乙、丙丁等镇后汇入大江") == [("甲乙", "甲乙镇"), ("丙丁", "丙丁镇")]


def test_a_town_after_its_city_may_hold_a_waters_character() -> None:
    assert ("双江口镇", "双江口镇") in places("宁乡市双江口镇某村")
    assert places("区域河长街道办事处主任") == []


def test_a_zone_after_its_province_and_city() -> None:
    assert places("地址:广东省广州市甲乙经济开发区") == [
        ("广东省", "广东省"), ("广州市", "广州市"), ("甲乙经济开发区", "甲乙经济开发区")]


def test_a_prefecture_level_citys_short_form_standing_alone_and_its_districts() -> None:
    assert places("长沙以河湖长制推进治水,望城也在行动") == [("长沙", "长沙市"), ("望城", "望城区")]
    assert places("在厦门的海域清淤") == [("厦门", "厦门市")]
    assert places("望城也在行动") == []  # a district's short form needs its city in the text


def test_words_that_hold_a_citys_short_form_are_no_places() -> None:
    assert places("确保长治久安") == []
    assert places("副县长林福泉带领检查") == []


def test_a_count_of_islands_and_the_speakers_village_are_no_places() -> None:
    assert places("甲屿、乙屿和丙屿三岛一体开发") == [("甲屿", "甲屿"), ("乙屿", "乙屿"), ("丙屿", "丙屿")]
    assert places("我们村河坡上种的是草") == []


def test_a_short_form_before_a_water_or_another_division_is_still_the_division() -> None:
    assert places_in("在福清江阴海域查获", "福建省") == [("福清", "福清市")]
    assert places_in("万宁日月湾冲浪", "海南省") == [("万宁", "万宁市")]
    assert places_in("琼海日报记者", "海南省") == []


def places_in(text: str, province: str) -> list[tuple[str, str]]:
    spans = [(m.start, m.end) for m in find_waters(text)]
    return [(m.surface, m.name) for m in find_places(text, province, waters=spans)]
