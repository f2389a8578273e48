"""A water inside the name of a region named after it (长江经济带, a belt of provinces along the river) is no
mention of the water, as one inside a protected area's name is none; the water written on its own still is."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_river_inside_an_economic_belt_is_no_river() -> None:
    assert names("全面推进长江经济带生态环境突出问题整改。") == []
    assert names("黄河经济带沿线城市开展联合执法。") == []


def test_the_river_on_its_own_beside_the_belt_is_a_river() -> None:
    assert names("落实长江经济带发展战略,开展长江入河排污口排查。") == ["长江"]


def test_a_river_before_its_basin_is_still_a_river() -> None:
    assert names("黄河流域生态保护和高质量发展。") == ["黄河"]
