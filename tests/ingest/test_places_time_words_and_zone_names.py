"""Places named by their form: time words before a town (周六甲乙街道), slogans counting divisions (百县千镇万村),
a zone named after a verb inside the words before it, a zone named by one character or by its kind alone, and
scenic areas (甲乙风景区)."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


def test_time_words_before_a_town_are_not_part_of_its_name() -> None:
    assert places("当天下午甲乙街道党工委书记带队督办") == ["甲乙街道"]
    assert places("每个周六甲乙街道都要开现场会") == ["甲乙街道"]


def test_a_time_word_before_a_village_is_not_part_of_its_name() -> None:
    assert places("上午甲乙村召开会议") == ["甲乙村"]


def test_a_slogan_counting_divisions_is_no_place() -> None:
    assert places("实施“百县千镇万村”高质量发展工程") == []


def test_a_zone_starts_after_a_verb_inside_the_words_before_it() -> None:
    assert places("甲乙社区毗邻丙丁开发区") == ["甲乙社区", "丙丁开发区"]


def test_a_zone_named_by_one_character_or_by_its_kind_only_is_none() -> None:
    assert places("管网建设随片区开发建设进度同步推进") == []
    assert places("生态工业园区污水处理厂") == []
    assert places("甲乙片区") == ["甲乙片区"]


def test_a_named_scenic_area_is_a_place_but_a_generic_one_is_none() -> None:
    assert places("为甲乙风景区的生态景观建设打下基础") == ["甲乙风景区"]
    assert places("创建国家级风景区") == []
