"""Resolution: the names a document uses for one body brought to one canonical name."""

from __future__ import annotations

from policykg.ingest.extract.mention import Mention
from policykg.ingest.resolve import Context, document_context, unit_level, unit_name
from policykg.ingest.same_names import short_to_long

CTX = Context(province="湖南省", city="常德市", issuer="湖南省生态环境厅")


def canonical(surface: str, ctx: Context = CTX) -> str:
    return unit_name(Mention("unit", surface, surface, 0, len(surface)), ctx)


def test_the_department_under_its_other_names() -> None:
    for surface in ("我厅", "全厅", "厅机关", "省生态环境厅", "湖南省生态环境厅"):
        assert canonical(surface) == "湖南省生态环境厅"


def test_the_party_group_is_a_body_of_its_own() -> None:
    assert canonical("厅党组") == "中共湖南省生态环境厅党组"
    assert canonical("省生态环境厅党组") == "中共湖南省生态环境厅党组"
    assert canonical("厅党组") != canonical("我厅")


def test_province_prefix_takes_the_documents_province() -> None:
    assert canonical("省水务厅") == "湖南省水务厅"
    assert canonical("省委") == "中共湖南省委"
    assert canonical("省委办公厅") == "中共湖南省委办公厅"
    assert canonical("省政府") == "湖南省人民政府"
    assert canonical("市政府") == "常德市人民政府"


def test_without_a_known_province_the_name_stays_as_written() -> None:
    assert canonical("省水务厅", Context()) == "省水务厅"
    assert canonical("我厅", Context()) == "我厅"


def test_standard_short_forms_are_expanded() -> None:
    assert canonical("国家发展改革委") == "国家发展和改革委员会"
    assert canonical("党中央") == "中共中央"


def test_short_name_ending_one_longer_name_is_that_body() -> None:
    assert short_to_long(["巡察组", "市委第一巡察组", "督察组"]) == {"巡察组": "市委第一巡察组"}
    assert short_to_long(["督察组", "省第一督察组", "省第二督察组"]) == {}


def test_levels() -> None:
    assert unit_level("生态环境部") == "national"
    assert unit_level("湖南省生态环境厅") == "provincial"
    assert unit_level("中共湖南省委") == "provincial"
    assert unit_level("常德市生态环境局") == "city_county"


def test_documents_province_and_city_from_its_head_and_text() -> None:
    ctx = document_context("常德市生态环境局关于整改情况的报告\n湖南省第四督察组反馈,常德市组织整改。")
    assert (ctx.province, ctx.city) == ("湖南省", "常德市")


def test_a_municipality_is_its_own_city() -> None:
    ctx = document_context("朝阳区、海淀区和丰台区城区内的黑臭水体,市水务局组织整治")
    assert (ctx.province, ctx.city) == ("北京市", "北京市")
    assert canonical("市水务局", ctx) == "北京市水务局"


def test_a_government_in_its_nth_term_is_the_government() -> None:
    assert canonical("七届省政府") == "湖南省人民政府"
    assert canonical("七届省委第一巡视组") == "七届省委第一巡视组"


def test_chief_office_short_form_is_the_office() -> None:
    assert canonical("市河长办") == canonical("市河长制办公室") == "常德市河长制办公室"


def test_a_city_is_the_documents_only_when_one_stands_out() -> None:
    listed = "市水务局完成整治。海林市、穆棱市、绥芬河市及宁安市各发现1处黑臭水体。"
    assert document_context(listed).city == ""
    assert document_context("海林市召开会议,海林市水务局通报,穆棱市参加").city == "海林市"


def test_a_departments_standard_short_form_after_a_division_is_its_full_name() -> None:
    assert canonical("甲区市场监管局") == "甲区市场监督管理局"
    assert canonical("市住建局") == "常德市住房和城乡建设局"
    assert canonical("市场监管局") == "市场监管局"  # no division: which one is not said


def test_a_county_level_city_named_once_is_not_the_documents_city() -> None:
    assert document_context("组织市生态环境局、市住房城乡建设局分赴六枝特区、盘州市、水城区督查").city == ""
    assert document_context("盘州市召开会议,盘州市生态环境局通报,市水务局参加").city == "盘州市"
