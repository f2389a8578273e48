"""A city's short form names the city even where the text also writes its namesake county in full (甲乙市 and
甲乙县 of 甲乙市): the bare name is how official writing refers to the city."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str, province: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text, province)]


def test_the_short_form_is_the_city_when_city_and_county_are_both_written() -> None:
    assert ("南昌", "南昌市") in places("南昌市、南昌县两级联动,南昌全域推进河长制。", "江西省")


def test_the_short_form_is_still_read_alone_when_only_the_county_is_written() -> None:
    assert ("南昌", "南昌县") in places("南昌县开展排查,南昌全域推进河长制。", "江西省")
