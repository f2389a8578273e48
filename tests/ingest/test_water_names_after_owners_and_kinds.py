"""Where a water's name begins and which words ending like a water name none: a level or an office character before
the stem is the owner's word of a body named after the water, a village's committee ends before the stream, ponds
and ditches named by what they hold are kinds, a province after a slogan's words is the province, and the old word
川 makes a river's name where no division is meant."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_level_character_before_a_known_water_opens_a_body_not_the_name() -> None:
    assert names("5月6日,省长江办副主任带队检查沿线码头。") == ["长江"]


def test_a_level_character_before_a_water_of_three_characters_is_its_owner() -> None:
    assert names("积极配合市青枫河现场指挥部开展清淤。") == ["青枫河"]


def test_a_level_character_is_kept_when_one_character_would_be_left() -> None:
    assert names("整治市桥河沿岸排口。") == ["市桥河"]


def test_an_office_short_name_ends_before_the_water() -> None:
    assert [m.surface for m in find_waters("省长江办长江处副处长带队。")] == ["长江", "长江"]


def test_a_village_committee_is_no_part_of_a_stream_after_it() -> None:
    assert names("调查柳林村委会溪口村片区的排污情况。") == []


def test_ponds_and_ditches_named_by_what_they_hold_are_kinds() -> None:
    assert names("消除保护区周边养殖塘排污问题。") == []
    assert names("废水经围堰缺口排入雨水沟。") == []


def test_taking_ponds_back_is_a_verb_not_a_pond() -> None:
    assert names("列入红树林退塘还林项目。") == []


def test_a_province_after_a_slogan_is_the_province() -> None:
    assert names("近日,省美丽浙江建设领导小组召开会议。") == []


def test_the_old_word_for_a_river_makes_a_name() -> None:
    assert names("某公司在青石川河岸设置排污口。") == ["青石川"]


def test_divisions_and_sayings_with_the_old_word_are_no_rivers() -> None:
    assert names("工作组赴汶川开展调研。") == []
    assert names("走遍名山大川。") == []
    assert names("推进川渝地区合作。") == []


def test_a_canal_before_its_embankment_ends_at_its_own_suffix() -> None:
    assert names("察看青石干渠渠堤硬化情况。") == ["青石干渠"]
    assert names("清理房屋侵占渠堤问题。") == []
