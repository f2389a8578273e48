"""Units: a count written before a group's bare word (派出3个巡察组) names so many groups of a kind, no one group."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_count_of_groups_names_no_group() -> None:
    assert surfaces("甲县委派出3个巡察组,对乙局开展巡察") == ["甲县委", "乙局"]
    assert surfaces("由丙局等单位组成四个督查组分赴各乡镇") == ["丙局"]
    assert surfaces("区委 5 个巡察组向各单位反馈") == ["区委"]


def test_a_group_written_alone_or_named_in_full_is_still_a_body() -> None:
    assert surfaces("巡察组指出,整改不到位") == ["巡察组"]
    assert surfaces("县委第三巡察组向县水利局反馈") == ["县委第三巡察组", "县水利局"]
