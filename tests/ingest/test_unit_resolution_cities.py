"""Which city a 市 body belongs to: the city its branch is named after says it, and a site's own lines at the foot of
a page (主办, 版权所有, 办公区:) name where the site sits, not the city the document is about."""

from __future__ import annotations

from policykg.ingest.extract.mention import Mention
from policykg.ingest.resolve import Context, document_context, unit_name


def canonical(surface: str, ctx: Context) -> str:
    return unit_name(Mention("unit", surface, surface, 0, len(surface)), ctx)


def test_a_branch_named_after_a_district_is_its_citys() -> None:
    ctx = Context(province="山东省", city="平度市")
    assert canonical("市自然资源和规划局李沧分局", ctx) == "青岛市自然资源和规划局李沧分局"


def test_a_branch_of_the_documents_own_city_keeps_that_city() -> None:
    ctx = Context(province="甘肃省", city="天水市")
    assert canonical("市生态环境局清水分局", ctx) == "天水市生态环境局清水分局"
    assert canonical("市生态环境局", ctx) == "天水市生态环境局"


def test_a_sites_footer_names_no_city_of_the_document() -> None:
    text = ("市农业综合行政执法支队联合派出所开展湖区巡查行动,查获违规渔具。\n"
            "北京某某农业研究院主办 | 某某办公室 主管\n"
            "某某网 版权所有。\n"
            "第一办公区:北京市西城区某胡同;第二办公区:北京市东城区某大街")
    assert document_context(text).city == ""


def test_a_city_named_in_the_text_stays_the_documents_city() -> None:
    text = "北京市水务局通报,市水务局联合市生态环境局开展巡查。北京市各区落实整改。"
    assert document_context(text).city == "北京市"
