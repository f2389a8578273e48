"""Places on unseen pages: towns a list or a headline names without their suffix, and words that only look like one."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.units import find_units


def places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in find_places(text)]


def test_towns_listed_before_the_one_that_carries_the_suffix_are_towns() -> None:
    assert places("副县长先后到甲乙、丙丁和戊己镇察看") == [("甲乙", "甲乙镇"), ("丙丁", "丙丁镇"), ("戊己镇", "戊己镇")]


def test_a_list_of_activities_before_a_town_is_no_list_of_towns() -> None:
    assert places("在加强监测、执法和戊己镇的管理") == [("戊己镇", "戊己镇")]


def test_a_towns_own_name_stands_for_it_before_a_verb_or_alone() -> None:
    text = "甲丙落实河长制\n近日,甲丙镇巡查了全镇河道。"
    assert places(text) == [("甲丙", "甲丙镇"), ("甲丙镇", "甲丙镇")]


def test_the_whole_town_after_a_verb_is_no_town() -> None:
    assert places("实地了解全镇河道现状") == []


def test_a_name_may_begin_with_a_waters_character() -> None:
    assert places("前往溪丙街道甲乙村回访") == [("溪丙街道", "溪丙街道"), ("甲乙村", "甲乙村")]


def test_a_committee_inside_a_consultative_conference_is_part_of_its_name() -> None:
    assert [m.surface for m in find_units("欢迎访问中国人民政治协商会议甲乙市委员会门户网站")] == \
        ["中国人民政治协商会议甲乙市委员会"]


def test_a_bare_office_inside_a_title_is_no_body() -> None:
    assert [m.surface for m in find_units("《甲乙市委办公厅、人民政府办公厅印发<某方案>的通知》")] == ["甲乙市委办公厅"]


def test_a_short_form_that_ends_a_verb_is_no_division() -> None:
    assert find_places("我局联合水务局组织排查", province="甘肃省") == []
    assert [m.name for m in find_places("合水县和庆阳", province="甘肃省")] == ["合水县", "庆阳市"]


def test_islets_and_reefs_are_islands_and_connecting_islands_is_no_island() -> None:
    assert places("将无居民海岛甲乙礁、丙丁岛相连,海堤连岛") == [("甲乙礁", "甲乙礁"), ("丙丁岛", "丙丁岛")]
    assert places("在无居民海岛戊己屿周边填海,严重改变岛体形态,岛屿生态遭到破坏") == [("戊己屿", "戊己屿")]


def test_a_town_after_its_zone_is_named_on_its_own() -> None:
    assert places("督察发现,甲乙综合实验区丙丁乡戊己村") == \
        [("甲乙综合实验区", "甲乙综合实验区"), ("丙丁乡", "丙丁乡"), ("戊己村", "戊己村")]
