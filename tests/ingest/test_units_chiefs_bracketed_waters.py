"""A body of the chiefs' system written with a bracketed water kind (某省河(湖)长制办公室, 甲县湖（库）长办) is one name:
the bracket belongs to the system's name and does not cut the body's name after it."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def _names(text: str) -> list[str]:
    return [m.name for m in find_units(text)]


def test_province_leading_group_of_river_and_lake_chiefs() -> None:
    assert _names("某省河(湖)长制领导小组办公室印发通知。") == ["某省河(湖)长制领导小组办公室"]


def test_full_width_bracket_and_short_office() -> None:
    assert _names("甲乙县湖（库）长办组织暗访。") == ["甲乙县湖（库）长办"]


def test_every_tier_of_chiefs_names_no_body() -> None:
    assert _names("各级河(湖)长办公室要加强巡查。") == []


def test_other_brackets_still_cut() -> None:
    assert _names("市县(含甲开发区)生态环境局要加强监管。") == []
