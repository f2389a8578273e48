"""Rivers read from their company in a list and from the stretch named after a town: Tibetan names written X曲
beside other waters (甲河、乙曲), a two-character river before a stretch named after a town the text names in full
(甲河乙丙段 with 乙丙乡), or as the last item of a list before 的; a two-character word right after a river's name
names the river's stretch, not another river; the bank's word before a county opens no place's name."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def places(text: str) -> list[str]:
    return [m.surface for m in find_places(text, waters=[(m.start, m.end) for m in find_waters(text)])]


def test_rivers_written_x_qu_beside_other_waters_are_rivers() -> None:
    assert waters("其中甲乙河、丙曲4个为四级河长") == ["甲乙河", "丙曲"]
    assert waters("甲乙、丁戊曲、己庚曲、辛壬河等19个") == ["丁戊曲", "己庚曲", "辛壬河"]


def test_words_ending_in_qu_are_no_rivers() -> None:
    assert waters("甲乙河、歌曲、丙丁河") == ["甲乙河", "丙丁河"]


def test_a_two_character_river_before_a_stretch_named_after_a_town_is_a_river() -> None:
    assert waters("乙丙乡开展甲河乙丙段整治") == ["甲河"]
    assert waters("甲河乙丙段整治") == []


def test_the_last_item_of_a_list_of_waters_before_de_is_a_water() -> None:
    assert waters("开展了甲乙河、丙河的集中整治") == ["甲乙河", "丙河"]


def test_a_two_character_word_right_after_a_river_names_its_stretch() -> None:
    assert waters("集中整治了甲乙河三河段、丙丁河") == ["甲乙河", "丙丁河"]


def test_a_reservoir_named_after_its_stream_keeps_the_streams_name() -> None:
    assert waters("对甲溪水库开展巡查") == ["甲溪水库"]


def test_the_banks_word_opens_no_places_name() -> None:
    assert places("甲乙河右岸同心县王团镇排污口") == ["同心县", "王团镇"]
    assert places("全县河流按乡域进行划分") == []
