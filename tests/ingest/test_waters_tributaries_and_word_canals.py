"""Tributaries and canals: the word for a tributary before a name (甲河一级支流乙丙河) is no part of it, and a
two-character river before it is a river; 运河 after a verb (开挖运河, 沿运河) and the word 江湖 name no water; a
water named after a holiday (五一水库) keeps its number; 两镇 after a list counts the towns."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text, waters=[(m.start, m.end) for m in find_waters(text)])]


def test_the_word_for_a_tributary_opens_no_name_and_names_the_river_before_it() -> None:
    assert waters("甲河一级支流乙丙河水质") == ["甲河", "乙丙河"]
    assert waters("甲乙江支流丙丁溪") == ["甲乙江", "丙丁溪"]
    assert waters("甲乙河的支流丙丁河") == ["甲乙河", "丙丁河"]


def test_a_canal_named_by_its_place_is_a_water_but_the_word_after_a_verb_is_none() -> None:
    assert waters("京杭运河沿线") == ["京杭运河"]
    assert waters("沿运河两岸") == []
    assert waters("开挖运河") == []


def test_the_word_jianghu_names_no_water() -> None:
    assert waters("行走江湖") == []
    assert waters("清理内河涌") == []


def test_a_water_named_after_a_holiday_keeps_its_number() -> None:
    assert waters("五一水库除险加固") == ["五一水库"]
    assert waters("守护一湖碧水") == []


def test_a_count_of_towns_after_a_list_is_no_town() -> None:
    assert "丙丁两镇" not in places("流经甲乙、丙丁两镇")
    assert places("两河镇") == ["两河镇"]
