"""One body written in different ways is one node: a division's Party committee and its government in the form that
省委 and 省政府 expand to, whichever way a page writes them, and within one document across those forms."""

from __future__ import annotations

from policykg.ingest.extract.mention import Mention
from policykg.ingest.resolve import Context, document_context, unit_name
from policykg.ingest.same_names import own_level


def canonical(surface: str, ctx: Context | None = None) -> str:
    return unit_name(Mention("unit", surface, surface, 0, len(surface)), ctx or Context())


def test_a_named_divisions_committee_is_the_party_committee() -> None:
    assert canonical("吉林省委") == canonical("省委", Context(province="吉林省")) == "中共吉林省委"
    assert canonical("白山市委巡察组") == "中共白山市委巡察组"


def test_a_named_divisions_government_is_the_peoples_government() -> None:
    assert canonical("吉林省政府") == canonical("省政府", Context(province="吉林省")) == "吉林省人民政府"
    assert canonical("白山市政府办公室") == "白山市人民政府办公室"
    assert canonical("甲乙镇政府") == "甲乙镇人民政府"


def test_bodies_without_a_named_division_stay_as_written() -> None:
    assert canonical("县委") == "县委"
    assert canonical("乡镇政府") == "乡镇政府"
    assert canonical("吉林省委员会") == "吉林省委员会"
    assert canonical("中共吉林省委") == "中共吉林省委"


def test_a_level_written_alone_is_the_documents_one_party_body_of_that_level() -> None:
    assert own_level(["中共甲县水务局党组", "县水务局党组"]) == {}
    assert own_level(["中共泾源县水务局党组", "县水务局党组"]) == {"县水务局党组": "中共泾源县水务局党组"}


def test_a_document_about_one_county_names_its_bodies_by_level() -> None:
    text = "泾源县召开河长制工作会议。县委、县政府高度重视,泾源县水务局牵头,县河长办督查。"
    ctx = document_context(text)
    assert ctx.county == "泾源县"
    assert [canonical(s, ctx) for s in ("县委", "县政府", "县河长办", "区域联防办公室")] == [
        "中共泾源县委", "泾源县人民政府", "泾源县河长制办公室", "区域联防办公室"]


def test_a_city_report_listing_its_counties_has_no_county_of_its_own() -> None:
    text = "固原市召开会议。泾源县、隆德县、西吉县分别汇报,泾源县、隆德县、西吉县完成整改。县政府要落实。"
    assert document_context(text).county == ""
