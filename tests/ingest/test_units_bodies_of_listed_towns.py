"""A town's body is named with the town's whole name where the national list of towns holds it, though a character
inside that name reads as a word that ends names (都 as "all", 如 as "as"); a verb of two characters before a bare
town word stays a verb, even where a town bears the same name."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_town_holding_all_names_its_fisheries_station() -> None:
    assert names("近日,七都镇渔政站联合海洋局执法大队开展巡查") == ["七都镇渔政站", "海洋局执法大队"]


def test_a_sumu_holding_as_names_its_centre() -> None:
    assert names("乌兰计一村及巴拉奇如德苏木危废中心南墙外") == ["巴拉奇如德苏木危废中心"]


def test_a_joint_verb_before_a_bare_town_word_stays_a_verb() -> None:
    assert names("工作人员联合镇城管中队开展整治") == ["镇城管中队"]
