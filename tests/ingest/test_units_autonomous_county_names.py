"""An autonomous county written without its peoples' words (民和县, 和布克赛尔县) is a county's full name: the 和 in it
is no conjunction that would cut the body's name there."""
from __future__ import annotations

from policykg.ingest.extract.units import find_units


def _names(text: str) -> list[str]:
    return [m.name for m in find_units(text)]


def test_county_opening_with_and_keeps_its_first_character() -> None:
    assert _names("和布克赛尔县水利局组织人员巡查河道。") == ["和布克赛尔县水利局"]


def test_county_with_and_inside_keeps_its_whole_name() -> None:
    assert _names("近日,民和县生态环境局对两处排污口开展检查。") == ["民和县生态环境局"]


def test_conjunction_between_two_bodies_still_splits_them() -> None:
    assert _names("县河长制领导小组和县河长办联合督查。") == ["县河长制领导小组", "县河长办"]
