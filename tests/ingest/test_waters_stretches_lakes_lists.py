"""Waters whose names other rules cut or missed: a stretch named after the river (甲河北段), lakes of the
north and west not written X湖 (乌梁素海, 察汗淖尔), rivers written X水 in a list of waters, canal rivers 甲江塘河,
the numbered channels of a plain (横一港), a name opening with 和, a division holding a water's character before
the water (浙江省), a lake's shore (甲乙湖畔), and the words that end like a water but name none (母亲河,
清挖河涌, 管道沟渠, a reporter's byline)."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_a_stretch_named_after_the_river_leaves_the_river_whole() -> None:
    assert waters("重点整治甲乙河北段") == ["甲乙河"]
    assert waters("甲乙河丙丁段堆积生活垃圾") == ["甲乙河"]


def test_words_after_a_river_that_open_no_stretch_keep_their_reading() -> None:
    assert waters("清理河道段落") == []
    assert waters("县级河长段某某带队巡河") == []


def test_lakes_not_written_with_hu_are_found_by_name_and_by_the_mongolian_word() -> None:
    assert waters("乌梁素海、岱海水质保持稳定") == ["乌梁素海", "岱海"]
    assert waters("实施甲乙淖尔保护治理项目") == ["甲乙淖尔"]


def test_a_river_written_x_shui_in_a_list_of_waters_is_a_river() -> None:
    assert waters("察看甲乙河丙段、丁戊己水等河道") == ["甲乙河", "丁戊己水"]
    assert waters("整治甲乙河、丙丁水、戊己河") == ["甲乙河", "丙丁水", "戊己河"]


def test_kinds_of_water_written_x_shui_in_a_list_are_no_rivers() -> None:
    assert waters("甲乙河、地下水、地表水等") == ["甲乙河"]
    assert waters("收集生活污水、雨水等") == []


def test_a_canal_river_keeps_the_water_word_before_tang_he() -> None:
    assert waters("开展甲江塘河整治") == ["甲江塘河"]
    assert waters("清理河塘淤泥") == []


def test_a_numbered_channel_of_a_plain_is_a_water_but_a_count_is_none() -> None:
    assert waters("甲乙港4条支流之一——横二港,通过验收") == ["甲乙港", "横二港"]
    assert waters("守护一湖碧水") == []


def test_a_name_opening_with_he_keeps_it() -> None:
    assert waters("前不久,和睦港通过验收") == ["和睦港"]
    assert waters("推进河口和海湾整治") == []
    assert waters("按照海湾属地原则") == []


def test_a_division_with_a_waters_character_is_no_part_of_the_water_after_it() -> None:
    assert waters("浙江省苍南县甲乙支江城区段") == ["甲乙支江"]


def test_a_named_lakes_shore_names_the_lake_but_a_bare_shore_names_none() -> None:
    assert waters("紧靠甲乙湖畔") == ["甲乙湖"]
    assert waters("漫步湖畔") == []


def test_words_that_end_like_a_water_but_name_none() -> None:
    assert waters("扮靓母亲河") == []
    assert waters("通过清挖河涌淤泥,改善责任河涌") == []
    assert waters("对管道沟渠出现污水外溢情况") == []
    assert waters("整治沙河涌") == ["沙河涌"]


def test_a_known_river_as_a_reporters_given_name_is_none() -> None:
    assert waters("确保汛期水面畅通。(陈长江)") == []
    assert waters("(长江)") == ["长江"]


def test_a_river_after_a_two_character_place_is_no_head_of_a_water_named_from_it() -> None:
    assert waters("甲江乙丙河:清淤修树") == ["乙丙河"]
    assert waters("对甲溪乙丙湖入湖河道开展稽察") == ["甲溪", "乙丙湖"]
