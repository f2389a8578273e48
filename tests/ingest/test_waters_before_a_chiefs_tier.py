"""A water's name before the tier of its chief or of a work on it (甲湖市级河长, 甲河省级碧道): the level word opens
the tier, not a place named after the water; a division whose name ends like a water (九江市, 太湖县) stays one."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_lake_before_its_city_tier_chief_is_a_lake() -> None:
    assert names("青枫湖市级河长带队开展巡湖。") == ["青枫湖"]


def test_a_river_before_a_village_or_provincial_tier_is_a_river() -> None:
    assert names("他担任柳塘河村级河长。") == ["柳塘河"]
    assert names("推进青蒿溪省级碧道建设。") == ["青蒿溪"]


def test_a_division_ending_like_a_water_before_a_tier_is_the_division() -> None:
    for text, place in (("九江市级河长巡河。", "九江市"), ("太湖县级河长巡河。", "太湖县")):
        assert names(text) == []
        assert [m.surface for m in find_places(text)] == [place]


def test_a_district_level_is_left_to_the_district() -> None:
    assert names("青枫湖区级河长巡湖。") == []
