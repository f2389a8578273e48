"""Generic words and verbs written before a water's name (饮用水源地甲乙水库, 河道甲乙沟, 甲湖流域乙丙河,
直排甲河), a ditch's suffix before a reservoir's (甲圳水库), a water's name that opens a division's (清江浦区), a
two-character river after its division and before its stretch (某市甲河城区段), and a division whose name ends with
a town's suffix (景德镇市, 东乡区) before a zone or after a city."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text, waters=[(m.start, m.end) for m in find_waters(text)])]


def test_generic_words_for_waters_before_a_name_are_not_part_of_it() -> None:
    assert waters("重要饮用水源地甲乙水库水质为Ⅱ类") == ["甲乙水库"]
    assert waters("污水排入穿城河道甲乙沟,因在河道中建有分隔坝") == ["甲乙沟"]
    assert waters("甲乙湖流域丙丁河罗岭段") == ["甲乙湖", "丙丁河"]


def test_a_river_sewage_is_let_into_is_a_water_by_the_verb() -> None:
    assert waters("大量雨污混合水直排甲河。") == ["甲河"]
    assert waters("每天约有近500吨生活污水直排甲江。") == ["甲江"]


def test_a_catchment_and_a_flood_drain_are_no_rivers() -> None:
    assert waters("汇水支流环比提高10%") == []
    assert waters("排入城市内河和排洪渠") == []


def test_a_ditchs_suffix_before_a_reservoirs_is_part_of_its_name() -> None:
    assert waters("东圳水库水质达标") == ["东圳水库"]


def test_a_waters_name_opening_a_divisions_name_is_the_division() -> None:
    assert waters("在清江浦区甲乙河采样") == ["甲乙河"]
    assert places("在清江浦区甲乙河采样") == ["清江浦区"]


def test_a_two_character_river_after_its_division_and_before_its_stretch_is_a_river() -> None:
    assert waters("在淮安市甲河城区段") == ["甲河"]
    assert waters("某县小河段") == []


def test_a_division_ending_with_a_towns_suffix_is_the_division() -> None:
    assert places("景德镇市甲乙片区污水支管网") == ["景德镇市", "甲乙片区"]
    assert places("抚州市东乡区甲乙河沿岸") == ["抚州市", "东乡区"]
    assert places("对甲乙镇市场开展检查") == ["甲乙镇"]
