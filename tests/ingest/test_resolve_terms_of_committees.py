"""Resolution: a committee's term, written before its level or after its division, names the same body."""

from __future__ import annotations

from policykg.ingest.resolve import Context, without_term, unit_name
from policykg.ingest.extract.mention import Mention


def canonical(surface: str, ctx: Context) -> str:
    return unit_name(Mention("unit", surface, surface, 0, len(surface)), ctx)


def test_a_term_after_the_division_is_left_out() -> None:
    assert without_term("市五届人大常委会") == "市人大常委会"
    assert without_term("甲省十三届人大常委会") == "甲省人大常委会"
    assert without_term("十届市委") == "市委"


def test_the_termed_and_the_plain_committee_are_one_body() -> None:
    ctx = Context(province="重庆市", city="重庆市")
    assert canonical("市五届人大常委会", ctx) == canonical("市人大常委会", ctx) == "重庆市人大常委会"


def test_other_numbers_in_a_name_stay() -> None:
    assert without_term("县委第十一轮巡察组") == "县委第十一轮巡察组"
    assert without_term("第三生态环境保护督察组") == "第三生态环境保护督察组"
