"""A sub-district's (街道) Party working committee and discipline committee are named after the sub-district:
甲乙街道党工委, 丙区甲乙街道纪工委. 街道 there is part of the name, not the word after which a name begins."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_street_committees_keep_the_street() -> None:
    assert names("区委第一巡察组向甲乙街道党工委反馈巡察情况") == ["区委第一巡察组", "甲乙街道党工委"]
    assert names("近日,丙区甲乙街道纪工委对整改情况开展监督") == ["丙区甲乙街道纪工委"]
    assert names("对区委办、甲乙街道党委开展常规巡察") == ["区委办", "甲乙街道党委"]


def test_a_street_alone_is_no_body() -> None:
    assert names("甲乙街道组织清理河道垃圾") == []
