"""Places and waters on unseen pages: autonomous prefectures' short forms, zones named after a bay, short forms
that are everyday words, a province read from its short form, river-affairs bureaus and river sand."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters
from policykg.ingest.resolve import document_context


def places(text: str, province: str = "") -> list[str]:
    waters = [(m.start, m.end) for m in find_waters(text)]
    return [m.name for m in find_places(text, province, waters=waters)]


def waters(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_an_autonomous_prefecture_is_written_with_zhou() -> None:
    assert places("大理州收到交办件", "云南省") == ["大理白族自治州"]


def test_a_zone_named_after_a_bay_is_a_place_after_its_city() -> None:
    assert places("位于大连市甲乙湾新区一号路") == ["大连市", "甲乙湾新区"]
    assert waters("位于大连市甲乙湾新区一号路") == ["甲乙湾"]


def test_a_district_short_form_before_a_village() -> None:
    assert places("龙马潭甲乙村滩涂", "四川省") == ["龙马潭区", "甲乙村"]


def test_an_everyday_word_is_a_place_only_beside_its_full_name() -> None:
    assert places("维护和平是共同责任", "辽宁省") == []
    assert places("和平区环保局;和平要加强", "辽宁省").count("和平区") == 2


def test_towns_and_streets_together_are_no_town() -> None:
    assert places("要求沿河镇街加强巡查", "重庆市") == []


def test_a_provinces_short_form_names_the_documents_province() -> None:
    assert document_context("甲县开展行动,宣传海南禁塑政策").province == "海南省"
    assert document_context("杭嘉湖南排工程").province == ""


def test_river_affairs_river_sand_and_touching_rivers_are_no_waters() -> None:
    assert waters("对甲乙河务局检查") == []
    assert waters("打击盗采河砂行为,处置涉河违法行为") == []
    assert waters("2021年—2023年间甲乙河流域") == ["甲乙河"]


def test_a_water_before_a_direction_word_is_no_province() -> None:
    assert places("杭嘉湖南排工程") == []
    assert places("甲乙湖南岸") == []
    assert places("赴湖南考察") == ["湖南省"]


def test_villages_listed_by_their_names_before_the_word_for_all() -> None:
    assert places("涉及甲家坝、乙家寨、丙通嘴等8个村,") == ["甲家坝", "乙家寨", "丙通嘴"]
    assert places("分布在甲乙镇丙丁、戊己庄等村庄。") == ["甲乙镇", "丙丁", "戊己庄"]
    assert places("清理垃圾、整治河道等村庄环境") == []
    assert places("加强甲乙、丙丁等村委会建设") == []


def test_a_two_character_river_along_named_towns() -> None:
    assert waters("在甲河乙丙镇、丁戊镇段重点部位") == ["甲河"]
    assert waters("沿河乙丙镇段") == []


def test_a_generic_word_for_waters_and_a_bracketed_other_name() -> None:
    assert waters("排查发现原黑臭水体甲家湖已消除黑臭") == ["甲家湖"]
    assert waters("3 东河(甲家河)\n终点") == ["东河", "甲家河"]


def test_a_district_that_ends_after_a_rivers_name_before_a_town() -> None:
    assert places("来到清河区甲乙店镇检查", "辽宁省") == ["清河区", "甲乙店镇"]
    assert places("中国政府网   吉林省政府网") == []


def test_dates_sections_and_verbs_before_a_village_or_town() -> None:
    assert places("8月7日前甲乙村、丙丁村要完成打捞") == ["甲乙村", "丙丁村"]
    assert places("察看甲江河段乙丙镇丁戊村河滩") == ["乙丙镇", "丁戊村"]
    assert places("河道沿线有甲乙村、丙丁村") == ["甲乙村", "丙丁村"]
    assert places("各责任村要进一步落实") == []
    assert waters("察看甲江河段“四乱”现场") == ["甲江"]


def test_a_listed_village_named_like_a_water_or_a_verb() -> None:
    assert places("对辖区内甲义店、乙家河、丙赵家、联合等村河段巡查") == ["甲义店", "乙家河", "丙赵家", "联合"]
    assert places("清理垃圾、整治河道等村庄环境;加强、推进等村级工作") == []



def test_a_moon_inside_a_waters_name_is_no_month() -> None:
    assert waters("陵水半月湾月岛项目整治") == ["半月湾"]
    assert places("编制月岛项目拆除方案") == []
    assert waters("5月甲乙河治理,十二月丙丁湖") == ["甲乙河", "丙丁湖"]


def test_a_town_after_its_provinces_and_citys_short_forms() -> None:
    assert places("湖北鄂州甲乙垴镇开展督查", "湖北省") == ["湖北省", "鄂州市", "甲乙垴镇"]
    assert places("涉及甲桥村、南阳村等村", "湖北省") == ["甲桥村", "南阳村"]


def test_lakes_along_an_area_family_lakes_and_lakesides() -> None:
    assert waters("沿湖一带甲桥湖、乙家海和丙角塘等湖面") == ["甲桥湖", "乙家海", "丙角塘"]
    assert waters("严禁湖边投放地笼,护好一湖碧水") == []
    assert waters("国家海洋局") == []


def test_a_street_named_by_one_character_an_islet_and_a_verb_before_a_bay() -> None:
    assert places("区域河长街道办事处主任") == []
    assert places("持续改善甲乙街道辖区") == ["甲乙街道"]
    assert places("在福清仁屿海域集结", "福建省") == ["福清市", "仁屿"]
    assert waters("某市有甲山湾、乙家口和丙牙湾等海域;确保水清河畅;船籍港标识") == ["甲山湾", "丙牙湾"]
