"""Waters on unseen pages: well-known two-character rivers written alone, bays named 甲海湾, and the words before a
water's name that are not part of it (区域, 全镇, 村级)."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_well_known_two_character_river_is_found_alone() -> None:
    assert waters("如今的沁河,水质稳定达标") == ["沁河"]
    assert waters("从河北邯郸沁河的治理说起") == ["沁河"]


def test_a_two_character_river_of_the_gazetteer_inside_other_words_is_none() -> None:
    assert waters("之后河道清淤") == []
    assert waters("湖南河长制工作") == []


def test_a_bay_named_after_a_place_ending_in_hai_is_a_bay() -> None:
    assert waters("查看了甲海湾、乙丙湾等海湾") == ["甲海湾", "乙丙湾"]


def test_a_bay_qualified_by_a_generic_word_or_a_level_is_none() -> None:
    assert waters("推进美丽海湾建设,对我县海湾进行监测") == []


def test_the_word_for_area_before_a_river_is_no_part_of_its_name() -> None:
    assert waters("甲乙村区域丙丁江内有3艘吸砂船") == ["丙丁江"]


def test_the_waters_of_a_whole_town_or_of_a_tier_are_no_name() -> None:
    assert waters("确保全镇河库保持水清") == []
    assert waters("村级河段长负责巡查") == []


def test_a_two_character_water_heading_a_water_named_after_it_is_a_water_too() -> None:
    assert waters("对甲溪乙丙湖入湖河道开展稽察") == ["甲溪", "乙丙湖"]
    assert waters("沿河甲乙沟清淤") == ["甲乙沟"]


def test_a_verb_or_a_localizer_before_a_water_is_no_part_of_its_name() -> None:
    for lead in ("考察", "毗邻", "走进", "守护好", "保护好", "上游", "严厉"):
        assert waters(f"近日{lead}甲乙河,") == ["甲乙河"], lead


def test_a_name_that_is_all_such_words_or_goes_on_with_a_number_is_kept_whole() -> None:
    assert waters("胜利水库和团结湖") == ["胜利水库", "团结湖"]
    assert waters("跃进二干渠") == ["跃进二干渠"]


def test_a_county_read_as_a_verb_still_names_the_place_of_the_water() -> None:
    assert waters("临高县文澜江河长约55公里") == ["文澜江"]


def test_a_ditch_named_with_zhen_is_a_water_but_the_city_is_not() -> None:
    assert waters("带队到甲乙圳、丙丁河巡河;广州、深圳等市") == ["甲乙圳", "丙丁河"]


def test_a_name_may_begin_with_inner_or_outer() -> None:
    assert waters("1\n\n内城河\n\n(甲桥-乙桥)") == ["内城河"]
    assert waters("城区内甲乙河") == ["甲乙河"]
