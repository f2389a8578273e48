"""The old town and the new town of any county (老城区, 新城区) are no districts of a faraway city: the district of
that name is read only where the text names its city. Sentences are invented."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def _names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_old_and_new_town_of_the_county_are_no_districts():
    assert _names("老城区管网改造已超工期,新城区雨污分流项目未开工。") == []


def test_district_with_its_city_written_is_the_district():
    assert _names("洛阳市老城区完成排口整治。") == ["洛阳市", "老城区"]
    assert "新城区" in _names("西安市新城区开展巡河。")
