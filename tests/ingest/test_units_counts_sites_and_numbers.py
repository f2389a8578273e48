"""Units on unseen pages: verbs that open with a stop character, counts, websites, kinds of works, document
numbers and names run into Latin letters."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_verb_opened_by_a_stop_character_is_cut_off() -> None:
    assert names("现场了解省委巡视反馈问题") == ["省委"]
    assert names("可登录甲乙市人民政府网站查阅") == ["甲乙市人民政府"]


def test_a_county_market_regulator_is_no_county_and_city_list() -> None:
    assert names("县市场监督管理局联合县综合行政执法局") == ["县市场监督管理局", "县综合行政执法局"]
    assert names("县市区政府要加强领导") == []


def test_a_count_or_all_departments_under_a_level_is_no_body() -> None:
    assert names("先后来到三处小农水泵站") == []
    assert names("向区直部门党委反馈") == []
    assert names("市直机关工委") == ["市直机关工委"]


def test_websites_kinds_of_works_and_third_parties_are_no_bodies() -> None:
    assert names("进入甲乙新闻网微站") == []
    assert names("沿岸的造船厂违法占用岸线") == []
    assert names("甲乙采石厂") == ["甲乙采石厂"]
    assert names("委托有资质的第三方检测公司") == []
    assert names("切实增强建设政府的能力") == []


def test_a_document_numbers_issuer_short_form_is_no_body() -> None:
    assert names("(甲市委办〔2017〕41号)") == []
    assert names("文号: 乙县委办〔2018〕22号") == []


def test_a_name_run_into_latin_letters_is_cut_and_no_name() -> None:
    assert names("欢迎访问Abcde橡胶制品厂官方网站") == []


def test_a_central_fishing_port_is_no_centre() -> None:
    assert names("在甲乙中心渔港建立收集点") == []


def test_a_department_written_alone_is_a_body_but_not_after_a_bracketed_insertion() -> None:
    assert names("向区卫计局、环保局、人社局反馈") == ["区卫计局", "环保局", "人社局"]
    assert names("我局联合水务局组织排查") == ["水务局"]
    assert names("对市县(含甲乙开发区)生态环境局全体人员培训") == []



def test_an_inspection_group_a_body_formed_is_that_group_each_time() -> None:
    from policykg.ingest.extract.unit_references import formed_groups

    text = "甲委组成检查组,先后赴各地。检查组通过查阅资料核实;检查过程中,检查组还对"
    assert [m.start for m in formed_groups(text, find_units(text))] == [4, 14, 32]
    assert formed_groups("各地要开展自查,检查组将抽查", []) == []


def test_a_name_around_its_owners_bracketed_other_name() -> None:
    assert names("主办单位:中共甲乙开发区工委(丙丁区委)党政办公室\n") == ["中共甲乙开发区工委(丙丁区委)党政办公室"]
    assert names("承办单位:甲乙开发区(丙丁区)城市运行管理中心\n") == ["甲乙开发区(丙丁区)城市运行管理中心"]
    assert names("对市县(含甲乙开发区)生态环境局全体人员") == []


def test_website_names_water_and_lake_bureaus_groups_and_health_centres() -> None:
    assert names("中国政府网   甲乙省政府网") == []
    assert names("在市政府网站进行公开") == ["市政府"]
    assert names("联系经开区水务和湖泊局") == ["经开区水务和湖泊局"]
    assert names("州环保第三督导组来调研。督导组一行先后深入甲乙镇卫生院") == ["州环保第三督导组", "督导组", "甲乙镇卫生院"]
    assert names("成效。联合督导组通过检查") == []


def test_a_name_masked_with_xs_or_asterisks_is_kept() -> None:
    assert names("设立xx乡河长制办公室,办公室主任") == ["xx乡河长制办公室"]
    assert names("领导下,某省XXXX经济开发区管委会工作") == ["某省XXXX经济开发区管委会"]
    assert names("验收单位:****建设局、****水利局") == ["建设局", "水利局"]
    assert names("被询问人:****建材厂车间主任") == ["建材厂"]
    assert names("附件:甲乙.pdf\n甲市审计局审计结果公告") == ["甲市审计局"]  # Latin letters on the line before


def test_a_treatment_plant_named_by_its_division_is_a_body() -> None:
    assert names("已完成琼海污水处理厂等3家设施改造") == ["琼海污水处理厂"]
    assert names("加强城镇污水处理厂建设,建成300吨污水处理站") == []


def test_a_leading_groups_sub_group_written_after_it() -> None:
    assert names("甲州迎接督察工作领导小组边督边改组第一时间转办") == ["甲州迎接督察工作领导小组边督边改组"]
    assert names("成立督察整改工作领导小组组长由") == ["督察整改工作领导小组"]


def test_a_committee_written_with_its_government_and_two_bodies_run_together() -> None:
    assert names("要向镇党委政府提交书面检讨") == ["镇党委"]
    assert names("各级党委政府要高度重视") == []
    assert names("落实省纪委省监委会议精神") == ["省纪委", "省监委"]
    assert names("各村(社区)居委会:") == []


def test_a_countys_body_written_with_the_level_alone_is_the_countys() -> None:
    from policykg.ingest.same_names import own_level

    assert own_level(["凤阳县纪委监委", "县纪委监委"]) == {"县纪委监委": "凤阳县纪委监委"}
    assert own_level(["凤阳县水务局", "定远县水务局", "县水务局"]) == {}


def test_an_inspection_group_named_in_full_then_alone() -> None:
    assert names("某某专员办检查组一行对我县核查。检查组一行先后对") == ["某某专员办检查组", "检查组"]
    assert names("各地要开展自查,检查组将抽查") == []
    assert names("派人驻厂督促整改") == []


def test_a_street_office_and_a_tunnels_place() -> None:
    assert names("来源:\n甲乙镇街道办\n为切实") == ["甲乙镇街道办"]
    assert names("尤其对铁路隧道处水质巡查") == []


def test_a_chiefs_title_before_a_body_is_no_part_of_its_name() -> None:
    assert names("甲乙街道区域河长街道办事处主任林丙") == []
    assert names("甲乙镇河长制办公室、县河长办") == ["甲乙镇河长制办公室", "县河长办"]
