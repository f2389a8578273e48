"""Unlawful acts named by the word of manner before their verb (非法, 违法, 违规, 无证, 擅自; 露天 and 随意 before a
verb of dumping; the 私挖盗采 kind of theft; encroaching), and what is no such act: a facility or a building named
with 违规 or 违章, funds 挤占, a way of mining, an act a check reports absent. Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_manner import unlawful_acts
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def acts(text: str) -> list[str]:
    return [text[a:b] for a, b in unlawful_acts(text, 0, len(text))]


def test_a_manner_word_before_any_verb_of_taking_dumping_or_occupying_names_the_act() -> None:
    assert "无证倾倒建筑渣土" in titles("海监支队查处了3艘涉嫌无证倾倒建筑渣土的运输船。")
    assert "非法开发利用无居民海岛" in titles("依法惩处各种非法开发利用无居民海岛的行为。")
    assert "非法取用地表水" in titles("甲县启动非法取用地表水、非法采石专项整治。")
    assert "违法违规盗取河沙" in titles("从源头上排查违法违规盗取河沙行为,立案3起。")
    assert "非法围垦滩涂" in acts("坚决打击非法围垦滩涂专项行动。")


def test_the_verbs_of_one_act_joined_by_a_list_mark_stay_one_act() -> None:
    found = titles("乙公司违法委托他人收集、运输、处置废矿物油,被罚款20万元。")
    assert "违法委托他人收集、运输、处置废矿物油" in found


def test_dumping_or_storing_in_the_open_or_carelessly_is_a_finding() -> None:
    assert "露天堆放" in titles("丙镇码头露天堆放约800吨的工业废渣。")
    assert "炉渣露天堆存" in titles("现场检查发现,丁公司厂区炉渣露天堆存,未采取防尘措施。")
    assert "废砖碎石随意倾倒" in titles("施工单位将废砖碎石随意倾倒,堵塞沟渠。")


def test_theft_named_by_its_four_character_form_is_a_finding() -> None:
    found = titles("戊乡加强巡查,私挖盗采、乱搭乱建现象明显减少。")
    assert "私挖盗采" in found
    assert "偷挖盗采" in acts("严厉打击偷挖盗采,保护矿产资源。")


def test_encroaching_is_unlawful_by_itself_and_occupying_where_enforcement_acts_on_it() -> None:
    assert "侵占河道" in titles("各种侵占河道、乱堆乱放现象得到遏制。")
    assert "占用海上航道" in titles("己镇将坚决打击占用海上航道的行为。")
    assert acts("该项目占用耕地12亩,已办理用地手续。") == []


def test_things_funds_ways_of_mining_and_absent_acts_are_no_unlawful_act() -> None:
    assert acts("拆除违规设施3处,清理违章建筑物。") == []
    assert acts("庚局资金被挤占挪用于其他项目。") == []
    assert acts("该矿山采用露天开采方式。") == []
    assert acts("经现场核查,未发现随意倾倒行为。") == []
    assert acts("安装防盗门,加强管理。") == []


def test_an_act_stops_before_what_the_text_goes_on_to_say_of_it() -> None:
    assert acts("从非法围湖网箱入手,开展非法采砂专项整治,查扣非法采砂船2艘。") == ["非法围湖网箱", "非法采砂", "非法采砂"]
