"""A list of towns before 等N个镇 is one of towns even where an item is also a division's short form somewhere in
the country (城关 for 城关区, 白沙 for 白沙黎族自治县): another item that is no division's name says what the list
holds. A list made of divisions' short forms only is still read as those divisions."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text, "")]


def test_every_item_of_a_town_list_is_a_town() -> None:
    assert places("其中城关、青松、白沙等3个镇问题整改完成率均为100%。") == [
        ("城关", "城关镇"), ("青松", "青松镇"), ("白沙", "白沙镇")]


def test_a_list_of_divisions_alone_stays_divisions() -> None:
    assert places("其中海口、三亚等2个镇完成整改。") == [("海口", "海口市"), ("三亚", "三亚市")]
