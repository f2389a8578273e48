"""A division's short form written without its level is no place where the sentence's words run across its edge:
in 党委和政府 (the party committee and the government) the 政 of a county's short form opens 政府."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str, province: str) -> list[str]:
    return [m.name for m in find_places(text, province)]


def test_a_short_form_whose_last_character_opens_the_next_word_is_no_place() -> None:
    assert places("甘肃省要求各级党委和政府落实属地责任。", "甘肃省") == ["甘肃省"]


def test_the_same_short_form_in_a_list_of_counties_is_the_county() -> None:
    assert "和政县" in places("临夏州和政、康乐等县开展排查。", "甘肃省")


def test_the_same_short_form_after_a_verb_is_the_county() -> None:
    assert places("督察组进驻和政后立即开展整改。", "甘肃省") == ["和政县"]


def test_a_full_name_is_never_cut_by_the_words_after_it() -> None:
    assert places("乡宁县委、县政府研究部署整改。", "山西省") == ["乡宁县"]
