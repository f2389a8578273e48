"""Where a water's name begins: never inside a word the sentence has just written (以前, 河流), and never inside a
division's name written before it (the 镇 of 镇江市, the 乡 of 乡宁县), which is the water's place."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_name_after_a_time_word_begins_where_the_word_ends() -> None:
    found = names("在没有整治以前柳塘河两岸堆满了垃圾。")
    assert "柳塘河" in found and "前柳塘河" not in found


def test_a_name_after_the_word_for_rivers_begins_where_the_word_ends() -> None:
    found = names("入湖河流青蒿溪水质稳定达标。")
    assert "青蒿溪" in found and "流青蒿溪" not in found


def test_a_one_character_stem_left_after_the_word_is_not_taken_with_it() -> None:
    assert "流泥河" not in names("入湖国控河流泥河水质改善。")


def test_a_name_whose_own_first_characters_make_a_word_keeps_them() -> None:
    assert "严家湖" in names("现场了解严家湖水量变化。")


def test_a_division_holding_a_town_character_is_the_place_before_the_water() -> None:
    text = "整治镇江市青蒿溪沿岸排污口。"
    assert names(text) == ["青蒿溪"]
    assert [m.surface for m in find_places(text)] == ["镇江市"]


def test_a_division_holding_a_township_character_is_the_place_before_the_water() -> None:
    text = "整治乡宁县红柳沟沿岸排污口。"
    assert names(text) == ["红柳沟"]
    assert [m.surface for m in find_places(text)] == ["乡宁县"]


def test_a_village_suffix_still_ends_the_village_before_the_water() -> None:
    assert names("整治黄泥村红柳沟沿岸垃圾。") == ["红柳沟"]
