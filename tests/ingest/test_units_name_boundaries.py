"""Units on unseen pages: visit verbs, other verbs and place phrases before a body's name, location words ending in
处, cut names, and a page's province taken from its own words rather than an advertisement's address."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units
from policykg.ingest.resolve import document_context


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_visit_verb_before_a_level_opens_the_body_after_it() -> None:
    assert names("调研组一行实地调研省水务管理办公室。") == ["省水务管理办公室"]
    assert names("他到甲乙镇调研督查县河长制办公室工作。") == ["县河长制办公室"]
    assert names("专项检查市场监督管理局执法情况") == ["市场监督管理局"]


def test_a_visit_word_inside_a_body_name_stays() -> None:
    assert names("丙省生态环境保护督察整改工作领导小组") == ["丙省生态环境保护督察整改工作领导小组"]
    assert names("省委第二督察组进驻") == ["省委第二督察组"]


def test_verbs_and_time_words_never_open_a_body() -> None:
    assert names("会议决定调整自治区河湖治理工作领导小组成员") == ["自治区河湖治理工作领导小组"]
    assert names("该同志时任水利部副部长") == ["水利部"]
    assert names("群众只能等待政府答复") == []
    assert names("此事有待政府研究") == []


def test_a_place_word_ending_in_chu_is_no_body() -> None:
    assert names("沙滩上随处可见塑料瓶") == []
    assert names("甲村内河涌交界处发现排口") == []
    assert names("在河道入口处设置拦网") == []


def test_a_service_centre_keeps_its_whole_name() -> None:
    assert names("在乙镇为民服务中心办理") == ["乙镇为民服务中心"]
    assert names("到便民服务中心咨询") == ["便民服务中心"]


def test_an_advertisers_address_is_not_the_pages_province() -> None:
    page = "联系我们\n电话:010-1234567\n地址:广东省广州市某区\n\n长沙市开展河道整治,长沙市宁乡市某镇完成清淤。"
    assert document_context(page).province == "湖南省"
    assert document_context("地址:广东省广州市某区\n广东省某县完成整治").province == "广东省"


def test_construction_works_open_a_company_name() -> None:
    assert names("检查了甲公司、建设工程总公司搅拌站、乙水泥") == ["甲公司", "建设工程总公司搅拌站"]
    assert names("。建设政务服务中心") == ["政务服务中心"]


def test_a_verb_after_a_leading_verb_opens_no_name() -> None:
    assert names("加快建设政务服务中心") == ["政务服务中心"]
    assert names("推进管理甲乙水库管理处") == ["甲乙水库管理处"]


def test_a_websites_menu_item_is_no_body() -> None:
    assert names("首页\n图片中心\n下载中心\n甲市信息中心发布") == ["甲市信息中心"]
