"""Places: divisions from the gazetteer, short forms where they are safe, zones, towns and villages by form."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places


def found(text: str, province: str = "", blocked: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    return [(m.name, m.surface) for m in find_places(text, province, blocked)]


def test_full_names_and_short_forms_in_the_documents_province() -> None:
    assert found("海口市、琼海、陵水等市县", province="海南省") == [
        ("海口市", "海口市"), ("琼海市", "琼海"), ("陵水黎族自治县", "陵水"),
    ]


def test_short_forms_of_another_province_need_their_full_name_in_the_text() -> None:
    assert found("琼海、陵水", province="山东省") == []
    assert found("威海市坚持陆海统筹,威海入海排污口") == [("威海市", "威海市"), ("威海市", "威海")]


def test_province_short_forms_are_always_places() -> None:
    assert found("山东以及湖南") == [("山东省", "山东"), ("湖南省", "湖南")]


def test_mountain_or_island_named_like_a_division_is_not_it() -> None:
    assert found("五指山市和霸王岭、五指山,海南岛", province="海南省") == [("五指山市", "五指山市"), ("海南岛", "海南岛")]


def test_villages_towns_and_zones_by_their_form() -> None:
    assert found("旅游码头位于场口镇东梓关村北侧,葛店开发区、临空经济区组织整改") == [
        ("场口镇", "场口镇"), ("东梓关村", "东梓关村"), ("葛店开发区", "葛店开发区"), ("临空经济区", "临空经济区"),
    ]


def test_generic_words_are_not_places() -> None:
    assert found("推进城乡污水治理,改善农村和乡镇环境,解决各村问题") == []


def test_names_inside_blocked_spans_are_left_out() -> None:
    text = "海南省生态环境厅在海南省"
    assert found(text, blocked=[(0, 8)]) == [("海南省", "海南省")]


def test_named_regions_stand_alone_but_not_inside_other_words() -> None:
    assert found("加强与东南亚国家合作,推动京津冀、长三角、珠三角协同") == [
        ("东南亚", "东南亚"), ("京津冀", "京津冀"), ("长三角", "长三角"),
    ]
    assert found("中国特色社会主义") == []


def test_a_town_after_its_district_is_a_place_of_its_own() -> None:
    assert found("完成芗城区浦南镇生活污水治理") == [("芗城区", "芗城区"), ("浦南镇", "浦南镇")]


def test_two_character_counties_only_after_their_city_or_alone() -> None:
    assert found("马鞍山市和县、滑县,市和县两级,主城区") == [("马鞍山市", "马鞍山市"), ("和县", "和县"), ("滑县", "滑县")]


def test_policy_words_about_places_name_none() -> None:
    assert found("推进美丽乡村建设,完成30个行政村治理,加强海岛保护,建设特色小镇,工业园区污水处理", province="湖北省") == []


def test_divisions_of_today_and_renamed_ones_are_both_found_by_their_full_names() -> None:
    assert found("赴盘州市、水城区督查", province="贵州省") == [("盘州市", "盘州市"), ("水城区", "水城区")]
    assert found("2015年盘县、水城县完成整治", province="贵州省") == [("盘县", "盘县"), ("水城县", "水城县")]


def test_a_short_form_means_the_division_of_today_not_the_renamed_one() -> None:
    assert found("水城、盘州两地", province="贵州省") == [("水城区", "水城"), ("盘州市", "盘州")]


def test_a_city_named_like_an_island_is_no_island() -> None:
    assert found("决定在河北秦皇岛、某岛开展试点") == [("河北省", "河北"), ("秦皇岛市", "秦皇岛")]


def test_an_island_written_after_its_city_is_named_without_it() -> None:
    assert found("推动三亚小洲岛酒店拆除", province="海南省") == [("三亚市", "三亚"), ("小洲岛", "小洲岛")]
    assert found("海南岛", province="海南省") == [("海南岛", "海南岛")]
