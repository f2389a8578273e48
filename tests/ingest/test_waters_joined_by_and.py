"""Two waters or works joined by 和 (甲河和乙河, 某工程和乙河): the 和 belongs to neither, however short the second
name; a name whose 和 makes a word with the next character (和睦港) keeps it."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_one_character_river_after_another_water_and_he_is_the_river_alone() -> None:
    found = names("抚宁区完成了青龙河和潮河的综合治理。")
    assert "潮河" in found
    assert "和潮河" not in found


def test_after_a_lake_or_a_reservoir_too() -> None:
    found = names("整治东湖和沙河。") + names("清理西山水库和柳河沿岸垃圾。")
    assert "和沙河" not in found
    assert "柳河" in found and "和柳河" not in found


def test_a_name_opening_with_he_after_a_verb_keeps_it() -> None:
    assert "和睦港" in names("完成和睦港清淤。")


def test_a_river_after_a_works_and_he_is_the_river_alone() -> None:
    found = names("推进堤防加固工程和潮河整治。")
    assert "潮河" in found and "和潮河" not in found
