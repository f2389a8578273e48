"""Waters of town and county pages: ditches and channels named after a river, short rivers marked by a verb or a
basin, and the words for kinds of water, sizes, directions and descriptions that only look like names."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.type) for m in find_waters(text)]


def test_a_city_written_in_full_before_a_two_character_river_is_its_place() -> None:
    assert ("丙江", "river") in names("该镇地处惠州市丙江流域上游")


def test_a_verb_of_belonging_or_flowing_opens_a_short_river() -> None:
    assert names("这些小河都属丁江支流") == [("丁江", "river")]
    assert names("雨季河水最终注入丁江,") == [("丁江", "river")]
    assert names("察看了闸口所在戊河的水位") == [("戊河", "river")]


def test_a_river_written_x_shui_before_its_main_stream_or_basin() -> None:
    assert names("巡查了甲水干流两岸") == [("甲水", "river")]
    assert names("生活污水干流截污") == []


def test_a_ditch_of_a_named_river_keeps_the_river_in_its_name() -> None:
    assert names("组织乙河中沟清淤") == [("乙河中沟", "river")]


def test_channels_and_flood_drains_are_waters() -> None:
    assert names("起点为丙丁水道北岸") == [("丙丁水道", "river")]
    assert names("清理甲乙排洪道淤泥") == [("甲乙排洪道", "river")]
    assert names("疏通城区下水道和排洪道") == []


def test_kinds_sizes_and_verbs_of_water_are_no_names() -> None:
    assert names("境内河流溪渠淤塞,沟渠塘坝失修") == []
    assert names("大小河长管河渠") == []
    assert names("另有5个小水库") == []
    assert names("治理大江大河和大河大湖") == []


def test_a_reservoirs_parts_are_no_names_of_their_own() -> None:
    found = names("戊己水库东、西干渠倒塌,东西干渠淤积,戊己水库灌渠失修")
    assert set(found) == {("戊己水库", "river")}


def test_a_name_written_twice_and_a_city_port_are_no_waters() -> None:
    assert set(names("就戊己水库水库运行中的问题")) == {("戊己水库", "river")}
    assert names("推动生态防城港建设") == []


def test_descriptions_and_words_of_manner_are_no_names() -> None:
    assert names("整治后水清河宽") == []
    assert names("河长逐河巡查,村河坡上种草") == []
    assert names("从根本上解决庚辛湖问题") == [("庚辛湖", "river")]


def test_tiao_and_xiang_inside_a_name_are_no_measure_words() -> None:
    assert names("整治条子河") == [("条子河", "river")]
    assert names("对甲项乙水库加固") == [("甲项乙水库", "river")]
    assert names("全县12条河流,这条河,每条河,条条河渠,整条河面") == []


def test_verbs_on_bays_make_no_bay() -> None:
    assert names("推进河湾联湾共治,做到巡湾、管湾") == []


def test_a_two_character_stream_whose_stretch_in_a_town_is_named() -> None:
    assert names("巡查甲镇渔溪段") == [("渔溪", "river")]
    assert names("对惠州渔溪段河流进行巡查") == [("渔溪", "river")]
    assert names("某镇部分河段,某镇内河段") == []


def test_a_conjunction_after_one_character_of_a_list_item_is_part_of_the_name() -> None:
    assert names("甲乙排渠、五和干渠、丙丁干渠") == [("甲乙排渠", "river"), ("五和干渠", "river"), ("丙丁干渠", "river")]
    assert names("整治甲河和乙丙河") == [("乙丙河", "river")]


def test_a_river_named_after_a_two_character_surname_is_a_persons_name() -> None:
    assert names("副河长欧阳长江参加巡河") == []
    assert names("保护长江生态") == [("长江", "river")]
