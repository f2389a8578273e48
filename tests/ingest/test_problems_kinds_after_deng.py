"""Kinds of fault joined by 、 after a list's 等 (…等形式主义、官僚主义问题) name one problem, whole."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_the_kinds_after_a_lists_etc_are_one_problem():
    got = titles("检查组核实一批推诿扯皮、敷衍应付等形式主义、官僚主义问题,通报典型案例3个。")
    assert "形式主义、官僚主义问题" in got
    assert "官僚主义问题" not in got


def test_a_list_of_faults_joined_by_a_pause_mark_keeps_its_items():
    got = titles("集中整治乱堆、乱倒、乱排问题。")
    assert got[0] == "乱堆、乱倒、乱排问题" and {"乱堆", "乱倒", "乱排"} <= set(got)


def test_a_single_kind_after_etc_is_the_problem():
    assert titles("甲村、乙村等水环境问题得到解决。") == ["水环境问题"]


def test_the_findings_an_audit_revealed_start_after_the_verb():
    got = titles("审计组及时揭示了甲项目资金拨付滞后、乙工程质量不达标等问题,提出了审计建议。")
    assert got[0] == "甲项目资金拨付滞后、乙工程质量不达标"
    assert {"甲项目资金拨付滞后", "乙工程质量不达标"} <= set(got)
    assert not any(t.startswith(("时", "揭示")) for t in got)


def test_a_list_starts_after_the_time_or_link_its_sentence_opens_with():
    assert titles("当天,甲村垃圾、乙村污水等问题得到解决。")[:3] == ["甲村垃圾、乙村污水", "甲村垃圾", "乙村污水"]
    assert "同时" not in titles("同时,部分河段垃圾、违章建筑等问题仍然存在。")
    assert "5月" not in titles("5月,甲村垃圾、乙村污水等问题得到解决。")


def test_comma_separated_items_of_one_list_are_still_reached():
    got = titles("该河段存在违法挖建鱼塘,乱堆建筑垃圾,设置拦河鱼具等问题。")
    assert {"违法挖建鱼塘", "乱堆建筑垃圾", "设置拦河鱼具"} <= set(got)
