"""A county whose full name has two characters (甲县) is taken inside running text only where it cannot be part of
another word; written after a mark and right before a town, a village or a water found there (、甲县乙丙镇,
(甲县丁戊河), it is the county, as addresses and monitoring sections write a county and then its part."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def places(text: str) -> list[str]:
    waters = [(m.start, m.end) for m in find_waters(text)]
    return [m.surface for m in find_places(text, waters=waters)]


def test_a_two_character_county_before_its_town_is_the_county() -> None:
    assert places("已开工3个(甲乙镇,古县丙丁镇、戊己镇)") == ["甲乙镇", "古县", "丙丁镇", "戊己镇"]


def test_a_two_character_county_before_its_water_is_the_county() -> None:
    assert places("监测断面2个(吉县黄河甲乙、丙丁村)") == ["吉县", "丙丁村"]


def test_a_two_character_county_inside_other_words_is_not_taken() -> None:
    assert places("新县城区甲乙镇") == ["甲乙镇"]
    assert places("在吉县开展检查") == []
