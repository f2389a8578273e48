"""A 港 named like a district is a stream, not the district's seaport, where what follows only an inland water
has (甲港黑臭水体, 甲港河道). Sentences are invented; the names are real divisions' short forms."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def _names(text: str) -> list[str]:
    return [m.name for m in find_waters(text)]


def test_stream_named_like_a_district_before_river_words():
    assert _names("二、滨湖港黑臭水体整治进展情况") == ["滨湖港"]
    assert _names("完成滨湖港河道清淤。") == ["滨湖港"]


def test_seaport_of_a_division_stays_none():
    assert _names("货轮从海口港出发。") == []
    assert _names("北仑港水质达标。") == []


def test_a_city_named_with_harbour_stays_the_city():
    assert _names("生态防城港黑臭水体整治") == []
