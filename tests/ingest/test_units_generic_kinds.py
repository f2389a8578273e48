"""Kinds of body written alone name no one body (乡镇人民政府 is every town's, 辖区派出所 the area's unnamed one,
街道办, 社区居委会, 人民法院, 环保公司); with a name of their own they are bodies."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_kinds_of_body_alone_are_no_body() -> None:
    for text in ("乡镇人民政府落实属地责任", "辖区派出所出警处置", "街道办牵头清理", "社区居委会入户宣传", "人民法院依法审理",
                 "聘请环保公司运维设施"):
        assert names(text) == [], text


def test_named_ones_are_bodies() -> None:
    assert names("甲乙县人民法院依法审理") == ["甲乙县人民法院"]
    assert names("甲乙社区居委会入户宣传") == ["甲乙社区居委会"]
    assert names("甲乙街道办牵头清理") == ["甲乙街道办"]
