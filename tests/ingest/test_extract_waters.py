"""Bays and rivers: gazetteer names and names of their form, with kind and place."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.type, m.attrs["kind"]) for m in find_waters(text)]


def test_kinds_from_the_suffix() -> None:
    assert found("整治甲乙河、丙丁沟、戊己水库和庚辛湖,清理壬癸排渠") == [
        ("甲乙河", "river", "river"), ("丙丁沟", "river", "ditch"), ("戊己水库", "river", "reservoir"),
        ("庚辛湖", "river", "lake"), ("壬癸排渠", "river", "ditch"),
    ]


def test_division_written_before_a_water_is_its_place() -> None:
    m = find_waters("推进临高县甲子河综合治理")[0]
    assert (m.name, m.attrs["place"]) == ("甲子河", "临高县")


def test_a_bay_named_after_its_city_keeps_the_city_in_its_name() -> None:
    assert [m.name for m in find_waters("加强三亚湾保护")] == ["三亚湾"]


def test_generic_words_are_not_waters() -> None:
    assert found("加强入海河流、城镇内河(湖)和近岸海域治理,改善重点海湾水质,清理鱼塘") == []


def test_county_named_like_a_river_is_not_one() -> None:
    assert found("昌江县、防城港市") == []


def test_named_sea_from_the_gazetteer() -> None:
    assert found("渤海、黄海管辖海域") == [("渤海", "bay", "sea"), ("黄海", "bay", "sea")]


def test_waters_inside_a_protected_area_name_are_not_listed() -> None:
    assert found("项目位于富春江新安江千岛湖风景名胜区内") == []


def test_river_basin_and_region_words_do_not_hide_the_river() -> None:
    assert [m.name for m in find_waters("以万宁市甲溪河流域为试点,参加澜沧江-湄公河区域合作")] == ["甲溪河", "澜沧江", "湄公河"]


def test_island_sea_area_is_a_bay_but_a_province_sea_area_is_not() -> None:
    assert found("推进海南岛近岸海域保护,全省近岸海域水质优良") == [("海南岛近岸海域", "bay", "sea_area")]


def test_branch_of_a_listed_river_is_not_a_new_name() -> None:
    assert found("九龙江北溪水质稳定") == [("九龙江", "river", "river")]


def test_policy_words_about_waters_name_none() -> None:
    text = "推进河长制湖长制,实施河湖长巡河,江河湖泊、城市内河、黑臭河道、入海河流,禁止非法占用海域,大中型水库除险加固"
    assert found(text) == []


def test_verb_object_words_and_tiers_are_not_waters() -> None:
    text = "县、乡、村三级河长累计巡河320次,推行“智慧治湖”,整治护城河和甲溪河"
    assert [name for name, _, _ in found(text)] == ["护城河", "甲溪河"]


def test_a_chief_system_written_with_a_bracketed_alternative_is_no_bay() -> None:
    assert found("某市全面推行湾(滩)长制,明确各级湾(滩)长职责") == []


def test_a_sea_area_after_a_word_or_a_division_is_no_name_but_one_after_a_sea_is_the_sea() -> None:
    assert found("市政府高度重视近岸海域污染防治,某省近岸海域水质优良") == []
    assert found("加强渤海海域综合治理") == [("渤海", "bay", "sea")]


def test_a_drinking_water_source_zone_belongs_to_its_water_and_does_not_hide_it() -> None:
    assert found("甲水库水源地一级保护区,乙水库二级保护区内有加水点") == [
        ("甲水库", "river", "reservoir"), ("乙水库", "river", "reservoir"),
    ]
    assert found("丙江丁湖风景名胜区") == []


def test_a_water_named_after_what_it_supplies_drops_that_word() -> None:
    assert [n for n, _, _ in found("完成农村供水甲香沟水源地保护区划分")] == ["甲香沟"]


def test_having_is_not_part_of_a_lake_name() -> None:
    assert [n for n, _, _ in found("14个黑臭水体已有马良湖等11个消除黑臭")] == ["马良湖"]


def test_a_two_character_river_is_taken_in_a_list_beside_waters_found_by_their_full_form() -> None:
    assert [n for n, _, _ in found("完成甲溪河、乙屯河、滁河等支流排口排查")] == ["甲溪河", "乙屯河", "滁河"]
    assert found("沿河、该河巡查") == []
    assert found("滁河治理") == []


def test_fish_ponds_are_no_named_water() -> None:
    assert found("完成保护区核心区养殖塘清退4159亩") == []
