"""Places on unseen pages: divisions abolished or renamed since, names inside media names, a suffix written twice."""

from __future__ import annotations

from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.waters import find_waters


def places(text: str, province: str = "") -> list[str]:
    waters = [(m.start, m.end) for m in find_waters(text)]
    return [m.name for m in find_places(text, province, waters=waters)]


def test_a_county_level_city_merged_away_is_still_found_by_its_full_name() -> None:
    assert places("原胶南市环保局于2010年完成验收") == ["胶南市"]
    assert places("襄樊市环保局") == ["襄樊市"]


def test_a_former_name_read_as_a_phrase_is_no_division() -> None:
    assert places("新建县城污水处理厂一座") == []


def test_a_division_in_a_newspapers_name_is_no_place() -> None:
    assert places("来源:甲乙云媒 登录海口云媒账号", "海南省") == []
    assert places("版权声明:甲乙岛商报全媒体") == []


def test_a_division_in_a_websites_name_is_a_place() -> None:
    assert places("海口新闻网 > 乡镇风采", "海南省") == ["海口市"]


def test_a_suffix_written_twice_ends_the_name_at_the_first() -> None:
    assert places("甲乙镇镇长带队巡河") == ["甲乙镇"]
    assert places("丙丁村村东一处黑臭水体") == ["丙丁村"]


def test_a_city_short_form_is_the_city_over_its_own_county_of_that_name() -> None:
    assert places("去年以来,长沙深入推进农村人居环境整治", "湖南省") == ["长沙市"]


def test_a_city_short_form_after_its_province_is_the_city_before_any_word() -> None:
    assert places("在福建厦门甲乙湾清淤") == ["福建省", "厦门市"]
    assert places("地处珠江口的广东中山,聚焦入海河流") == ["广东省", "中山市"]


def test_a_city_short_form_before_its_own_district_written_in_full_is_the_city() -> None:
    assert places("北京大兴区、绍兴上虞区", "北京市") == ["北京市", "大兴区", "绍兴市", "上虞区"]


def test_a_long_short_form_no_other_word_shares_is_the_city_outside_the_documents_province() -> None:
    assert places("调查显示,锡林郭勒、呼伦贝尔等7个盟市", "河北省") == ["锡林郭勒盟", "呼伦贝尔市"]
    assert places("民族团结 长治久安") == []


def test_a_town_whose_name_opens_with_a_function_word_keeps_it() -> None:
    assert places("1日,和舍镇组织城管") == ["和舍镇"]
    assert places("和甲乙镇一起") == ["甲乙镇"]


def test_a_village_after_a_street_office_is_named_without_the_office() -> None:
    assert "丙丁村" in places("甲乙街道办事处丙丁村区域")


def test_towns_and_counties_in_general_or_counted_are_no_name() -> None:
    assert places("部分区域城乡面源污染严重;部门街镇网站") == []
    assert places("甲乙工业园区“一区三园七片区”建设") == ["甲乙工业园区"]
    assert places("八一村和五一镇") == ["八一村", "五一镇"]


def test_the_whole_village_after_a_verb_and_its_complement_is_no_name() -> None:
    assert places("村干部负责守好全村30多个湖塘,抓好全镇河道保洁") == []


def test_a_verb_or_a_localizer_before_a_village_is_no_part_of_its_name() -> None:
    for lead in ("走访", "考察", "看望", "打造", "毗邻", "上游"):
        assert places(f"近日{lead}甲乙村,") == ["甲乙村"], lead
    assert places("解放村") == ["解放村"]


def test_an_area_word_before_a_village_is_no_part_of_its_name() -> None:
    assert places("对辖区甲乙村开展巡查,中心城区丙丁街道完成整治") == ["甲乙村", "丙丁街道"]


def test_coastal_and_the_slogan_of_gold_mountains_are_everyday_words() -> None:
    assert places("恢复为水草丰茂的滨海湿地", "江苏省") == []
    assert places("牢固树立绿水青山就是金山银山的理念", "上海市") == []
    assert places("金山区和金山的企业", "上海市") == ["金山区", "金山区"]


def test_a_town_named_in_full_is_its_short_name_before_a_localizer_or_a_verb() -> None:
    text = "甲乙镇召开河长制会议。甲乙境内河道5条,甲乙两岸绿化;甲乙中学"
    assert [m.surface for m in find_places(text)] == ["甲乙镇", "甲乙", "甲乙"]
