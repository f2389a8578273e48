"""Lists of findings a survey looks for (重点排查X、Y等问题), items that break a standard after an enforcement
verb (查处不符合标准等违法行为), a second list whose verb is the first one's, outfalls called unlawful or badly
placed, and pollutants controlled on their way into a water: each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_survey_verb_opens_the_list_it_looks_for():
    found = titles("本次行动重点排查庚河支流排口截污不规范、管网错接混接等问题")
    assert "庚河支流排口截污不规范" in found
    assert "管网错接混接" in found
    assert not any(t.startswith("本次") for t in found)


def test_an_enforcement_verb_before_a_standard_broken_opens_the_list():
    found = titles("加大执法力度,严厉查处不符合国家标准等违法行为")
    assert "不符合国家标准" in found
    assert "加大执法力度" not in found


def test_a_fault_after_an_action_verb_still_closes_the_verb_in():
    assert "辛市污水直排整治不力" in titles("如辛市污水直排整治不力、壬市管网滞后等问题")


def test_a_second_list_does_not_reach_back_to_the_first_lists_verb():
    text = "重点排查河道乱堆乱放、偷采砂石等问题,以及水源保护区内设置排污口、构筑违法建筑等问题"
    found = titles(text)
    assert "水源保护区内设置排污口" in found
    assert "构筑违法建筑" in found


def test_outfalls_called_unlawful_or_badly_placed_are_a_fault():
    assert "非法和不合理入海排口" in titles("对两类非法和不合理入海排口完成清理封堵")
    assert "入海排口" not in titles("保留的入海排口实施备案管理")


def test_pollutants_controlled_on_their_way_into_the_sea_are_the_fault():
    assert "陆域污染物入海" in titles("一是强化陆域污染物入海控制。")


def test_at_once_announces_no_list():
    assert titles("对巡查发现的问题即时交办给下级办公室,限期整改") == []
