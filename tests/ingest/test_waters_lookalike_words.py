"""Waters on unseen pages: words that only look like a water's name, and short names the context marks."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.type) for m in find_waters(text)]


def test_a_province_or_a_river_and_sea_pairing_is_no_water() -> None:
    assert names("督导组检查甲江省重点水利工程") == []
    assert names("推动河海统筹,构建河海衔接的治理格局") == []


def test_generic_channels_and_ponds_and_the_words_along_a_river_are_no_names() -> None:
    assert names("村里的一围塘年久失修,废水经左侧排水渠外排") == []
    assert names("全面封堵沿河排污口") == []


def test_a_hamlet_after_its_village_in_an_address_is_no_bay() -> None:
    assert names("地址:某市某镇甲乙村丙丁湾") == []
    assert names("加强丙丁湾污染防治") == [("丙丁湾", "bay")]


def test_short_waters_in_a_list_are_taken_one_after_another() -> None:
    assert names("加强甲河、乙河、丙丁河等河流监测") == [("甲河", "river"), ("乙河", "river"), ("丙丁河", "river")]


def test_a_short_water_before_its_basin_or_branch_is_named() -> None:
    assert names("确保甲溪流域水质改善") == [("甲溪", "river")]
    assert names("乙河支流显清明") == [("乙河", "river")]
    assert names("该河流域和巡河流域") == []


def test_a_work_named_after_its_river_names_the_river() -> None:
    assert names("推进甲乙河水利枢纽建设") == [("甲乙河", "river")]
    assert names("甲乙河水变清了") == []


def test_a_water_may_begin_with_chief_but_a_chiefs_title_is_no_part_of_one() -> None:
    assert names("重要提醒\n长丙水库等一级保护区") == [("长丙水库", "river")]
    assert [m.name for m in find_waters("朝阳区长丙水库管理局")] == ["长丙水库"]
    assert names("副局长甲江及县直有关部门") == []  # 局长 is the title, 甲江 a person


def test_drinking_water_reservoirs_the_whole_bay_and_a_verb_are_no_names() -> None:
    assert names("全市43座饮用水库纳入整治,通过拆除水库周边违建") == []
    assert names("甲乙湾等海湾夏季全湾均为劣四类水质") == [("甲乙湾", "bay")]


def test_a_citys_seaport_and_a_count_of_rivers_are_no_waters() -> None:
    assert names("对海口港、湛江港开展检查,整治甲乙港") == [("甲乙港", "river")]
    assert names("开展甲乙江、丙丁河等三大江河治理") == [("甲乙江", "river"), ("丙丁河", "river")]
    assert names("污水汇入甲江河") == [("甲江河", "river")]


def test_a_water_before_its_channel_is_named() -> None:
    assert names("负责甲城河.乙安河河道整治") == [("甲城河", "river"), ("乙安河", "river")]
    assert names("加强丙丁溪河综合整治") == [("丙丁溪河", "river")]
    assert names("全面取缔水库投肥养鱼") == []
