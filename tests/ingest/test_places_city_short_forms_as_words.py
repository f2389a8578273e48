"""A prefecture-level city's short form is the city where the dictionary's cut of the sentence makes it a place word
of its own (是/甲乙/得天独厚, 甲乙/新闻网), even in a document whose province is unknown and where the characters
beside it could open words; a city without districts under it (儋州) is a prefecture-level city too. A short form
that ends like a water (黑河) may be the water and is left to the context."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text, "")]


def test_a_city_before_an_idiom_is_the_city() -> None:
    assert places("海洋是泉州得天独厚的优势资源。") == [("泉州", "泉州市")]


def test_a_city_opening_a_news_sites_name_is_the_city() -> None:
    assert places("泉州新闻网讯 近日召开湾长制会议。") == [("泉州", "泉州市")]


def test_a_city_without_districts_is_a_city() -> None:
    assert places("儋州开展入海排污口排查。") == [("儋州", "儋州市")]


def test_a_short_form_ending_like_a_water_is_left_alone() -> None:
    assert places("推动黑河水质持续改善。") == []


def test_an_idiom_opening_with_a_city_is_no_city() -> None:
    assert places("确保长治久安。") == []
