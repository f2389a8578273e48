"""A two-character water written right after the word for its kind (甲江一级支流乙河, 入湾河流丙河, 甲河干流丁河):
the word says what the name is. A character that goes on into another word (河流段河长, 支流入河排污口) or into a
place's name ends no water there."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_tributary_named_after_the_word_tributary() -> None:
    assert names("该水库位于青蒿江一级支流柏河中游。") == ["青蒿江", "柏河"]


def test_a_river_named_after_the_word_river_before_its_water_quality() -> None:
    assert names("入湾国控河流柘河水质连续三年达标。") == ["柘河"]


def test_a_river_named_after_the_main_stream_of_another() -> None:
    assert "柘河" in names("青蒿江干流柘河、柏河水质稳定。")


def test_words_going_on_after_the_kind_word_are_no_water() -> None:
    assert names("协助掌握相应河流段河长制工作。") == []
    assert names("开展干流及一级支流入河排污口排查。") == []
    assert names("主要支流沿河两岸垃圾清理。") == []
