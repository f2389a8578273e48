"""Units on unseen pages: a body named only in a page's source or editor field, a party group inspecting another
body, a county town's treatment plant, a post in a person's list of posts, an inspection or audit group sent or
acting on its own, the production and construction corps that official tables list beside the provinces, the
middle of a village, a task group named by its verb and a market named by a name of its own."""

from __future__ import annotations

from policykg.ingest.extract.unit_references import formed_groups
from policykg.ingest.extract.units import find_units


def units(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_body_named_in_a_source_or_editor_field() -> None:
    assert units("日期:2023-05-06 09:10 来源:环境保护局\n正文") == ["环境保护局"]
    assert units("发表时间:2024-01-02 10:00 责任编辑:数据管理中心\n") == ["数据管理中心"]
    assert units("来源:某某晚报 2023年") == ["某某晚报"]


def test_a_field_naming_a_person_or_a_website_names_no_body() -> None:
    assert units("来源:中国某某网站 2020年") == []
    assert units("责任编辑:王甲乙\n") == []
    assert units("责任编辑:陈科 浏览次数") == []
    assert units("作者:李小科\n") == []
    assert units("来源:中国环境APP") == []


def test_a_party_group_inspecting_a_body_named_by_its_division() -> None:
    assert units("7月2日,江西省水利厅党组巡察江西省甲乙河道管理局、江西省丙丁水库管理局") == \
        ["江西省水利厅党组", "江西省甲乙河道管理局", "江西省丙丁水库管理局"]
    assert units("胡某指出了巡察市政府办公室党组发现的问题") == ["市政府办公室党组"]


def test_a_campaign_named_before_a_division_stays_in_its_group() -> None:
    assert units("海洋督察上海工作联络组召开会议") == ["海洋督察上海工作联络组"]


def test_a_county_towns_treatment_plant_is_one_works() -> None:
    assert units("关于“弥勒县城污水处理厂扩建”") == ["弥勒县城污水处理厂"]
    assert units("新建城镇污水处理厂3座") == []


def test_a_post_in_a_list_of_posts_names_no_body() -> None:
    assert units("5月8日,市委常委、宣传部部长、市级河长某某赴") == []
    assert units("市委宣传部部长某某") == ["市委宣传部"]


def test_the_production_and_construction_corps() -> None:
    assert units("15个省份以及新疆生产建设兵团已完成清理") == ["新疆生产建设兵团"]
    assert units("| 新疆兵团 | 12 | 12 |") == ["新疆兵团"]



def test_a_group_sent_or_acting_as_a_sentences_subject_is_that_group() -> None:
    def groups(text: str) -> list[tuple[str, int]]:
        return [(m.surface, m.start) for m in formed_groups(text, find_units(text))]

    assert groups("省审计厅派出审计组于2021年5月进驻") == [("审计组", 6)]
    assert groups("开展了专项督查。 检查组分别深入甲镇。检查组要求") == [("检查组", 9), ("检查组", 19)]
    assert groups("检查组组长张某说") == []
    assert groups("印发组成检查组工作方案") == []


def test_the_middle_of_a_village_or_town_is_no_body() -> None:
    assert units("一、整改问题 甲县乙镇丙村中心有一池塘,水体发黑") == []
    assert units("乙镇文化服务中心开展活动") == ["乙镇文化服务中心"]


def test_a_task_groups_name_may_open_with_its_verb_where_it_is_set_up() -> None:
    assert units("成立了由甲任组长的落实市委巡察反馈意见整改工作领导小组,") == ["落实市委巡察反馈意见整改工作领导小组"]
    assert units("成立贯彻落实河长制工作领导小组") == ["贯彻落实河长制工作领导小组"]
    assert units("要落实市委巡察整改领导小组的部署") == ["市委巡察整改领导小组"]


def test_a_market_named_by_a_name_of_its_own() -> None:
    assert units("执法人员对甲乙门菜市场、商城、丙丁水果批发市场进行检查") == \
        ["甲乙门菜市场", "丙丁水果批发市场"]
    assert units("共随机抽查了甲乙丙批发市场、超市") == ["甲乙丙批发市场"]
    assert units("检查水果批发市场、城区菜市场、农村集贸市场和辖区集贸市场") == []
    assert units("东阳市蔬菜批发市场") == []
