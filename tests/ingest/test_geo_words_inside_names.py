"""Words that open or close a place's or a water's name without being part of it, and names that open with such a
word: a verb inside the words before a town (依法查获甲乙镇), a town named from the waters that meet there
(双江口镇) or opening with the word of a level (镇安镇), the whole town after other words (满足全镇), coastal cities
(沿海城市, not 海城市), the slogan 山水林田湖草, 河势, a village's river stretch (甲村河段), a verb of naming or a
pronoun before a water (又称甲江, 湖有甲湖, 它集江、河)."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def places(text: str) -> list[str]:
    waters = [(m.start, m.end) for m in find_waters(text)]
    return [m.surface for m in find_places(text, waters=waters)]


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_town_starts_after_a_verb_inside_the_words_before_it() -> None:
    assert places("依法查获甲乙镇丙丁村境内的非法采砂行为") == ["甲乙镇", "丙丁村"]


def test_a_town_named_after_words_of_its_own_kind_is_kept_whole() -> None:
    assert places("胜利镇召开会议") == ["胜利镇"]


def test_a_town_named_from_the_waters_that_meet_there_keeps_them() -> None:
    assert places("今年已在双江口镇开展执法行动") == ["双江口镇"]
    assert places("沿甲乙河丙丁村") == ["丙丁村"]


def test_a_town_may_open_with_the_word_of_a_level() -> None:
    assert places("\n镇安镇全面落实湖长制的实施方案") == ["镇安镇"]


def test_the_whole_town_after_other_words_is_no_town() -> None:
    assert places("不断满足全镇人民的需要") == []


def test_coastal_cities_are_no_county_level_city() -> None:
    assert places("根据每一座沿海城市的实际情况") == []
    assert places("辽宁海城市") == ["辽宁", "海城市"]


def test_the_slogan_of_natures_parts_names_no_lake() -> None:
    assert waters("统筹山水林田湖草系统治理") == []
    assert waters("通过对山水田林湖草系统治理") == []


def test_a_rivers_regime_and_a_villages_river_stretch_name_no_water() -> None:
    assert waters("严重危及河道河势稳定") == []
    assert waters("在甲乙村河段发现盗采") == []


def test_a_verb_of_naming_or_a_pronoun_before_a_water_is_no_part_of_it() -> None:
    assert waters("钱塘江干流又称新安江和富春江") == ["钱塘江", "新安江", "富春江"]
    assert waters("有名的湖有甲湖、乙丙湖") == ["甲湖", "乙丙湖"]
    assert waters("它集江、河、湖、海、溪于一城") == []
