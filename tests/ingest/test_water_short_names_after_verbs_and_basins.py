"""A water of two characters right after a verb is no name of four (恢复甲河 is to restore 甲河), and a river
written X河 before the word for its basin is a river whatever its first character (海河流域)."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_verb_before_a_two_character_water_opens_no_name() -> None:
    assert names("及时恢复青河河道行洪断面。") == []
    assert names("全面摸清青河入河排污口情况。") == []
    assert names("清理违法建筑、违法筑塘等问题。") == []


def test_a_direction_or_a_numeral_after_the_verb_names_a_water() -> None:
    assert names("整治胜利东渠两岸垃圾。") == ["胜利东渠"]


def test_a_river_before_its_basin_is_a_river_even_when_it_opens_with_a_water_word() -> None:
    assert names("召开全市海河流域入河排污口排查整治推进会。") == ["海河"]


def test_kinds_of_water_before_a_basin_stay_out() -> None:
    assert names("加强污水流域治理。") == []
