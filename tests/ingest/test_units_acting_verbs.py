"""A verb of inspecting or enforcing written right before the firm or bureau it acts on (检查甲乙公司, 依法查封甲乙厂,
甲部责成乙市环保局) is no part of that body's name; a body named by such a verb (调查组, 甲乙检查站) keeps it."""

from __future__ import annotations

from policykg.ingest.extract.units import find_units


def names(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_an_inspecting_verb_opens_no_firms_name() -> None:
    assert names("执法人员现场检查甲乙科技有限公司") == ["甲乙科技有限公司"]
    assert names("执法人员突击检查甲乙公司生产车间") == ["甲乙公司"]
    assert names("调取甲乙化工有限公司监控记录") == ["甲乙化工有限公司"]


def test_an_enforcing_verb_opens_no_firms_name() -> None:
    assert names("依法查封甲乙公司设备") == ["甲乙公司"]
    assert names("关停甲乙砖厂") == ["甲乙砖厂"]


def test_a_body_acting_on_another_is_two_bodies() -> None:
    assert names("甲乙部责成丙丁市环保局依法立案处罚") == ["甲乙部", "丙丁市环保局"]


def test_a_name_holding_such_a_word_keeps_it() -> None:
    assert names("甲乙环境治理有限公司") == ["甲乙环境治理有限公司"]
    assert names("甲乙检查站") == ["甲乙检查站"]
    assert names("成立调查组") == []
