"""Towns listed by their words alone before their count and the suffix written once for all (甲乙、丙丁两镇), as
before 等镇; a division's short form in such a list stays the division unless the text writes the town in full."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text)]


def test_towns_listed_before_their_count_are_towns() -> None:
    assert places("流经甲乙、丙丁两镇") == [("甲乙", "甲乙镇"), ("丙丁", "丙丁镇")]
    assert places("甲乙、丙丁、戊己三个乡") == [("甲乙", "甲乙乡"), ("丙丁", "丙丁乡"), ("戊己", "戊己乡")]


def test_towns_listed_before_deng_stay_towns() -> None:
    assert places("流经甲乙、丙丁等镇") == [("甲乙", "甲乙镇"), ("丙丁", "丙丁镇")]


def test_a_list_of_cities_before_their_count_is_no_list_of_towns() -> None:
    assert not [name for _surface, name in places("海口、三亚两市") if name.endswith(("镇", "乡"))]
