"""Words for a kind of division or site are no place's name: 建制镇 (an incorporated town, as 行政村 is a kind of
village) and 鱼礁 (reefs sunk for fish: 人工鱼礁, 生态鱼礁); a named reef or town stays a place."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text, "")]


def test_the_word_for_incorporated_towns_is_no_place() -> None:
    assert places("年度指标为完成6处建制镇建成区污水管网建设。") == []


def test_reefs_sunk_for_fish_are_no_place() -> None:
    assert places("累计投放生态鱼礁3万空方,人工鱼礁区面积扩大。") == []


def test_a_named_reef_and_a_named_town_stay_places() -> None:
    assert places("完成青石礁周边和柳林镇建制村整治。") == ["青石礁", "柳林镇"]
