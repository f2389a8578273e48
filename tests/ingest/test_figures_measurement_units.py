"""Units a report counts in that are easy to miss or to misread: rates per length or per second, jin, sums of
money, points of advice, and words that only look like counts (一座座, slogans, 内容)."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(sentence: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(normalize(sentence)[0])]


def test_a_rate_per_kilometre_or_per_second_is_one_unit():
    assert figures("岸滩垃圾密度为512.6平方米/公里") == [("岸滩垃圾密度", "512.6平方米/公里")]
    assert figures("设计流量35m³/s") == [("设计流量", "35m3/s")]


def test_jin_sums_and_concentrations_per_cubic_metre_are_figures():
    assert figures("查扣塑料袋56.5斤") == [("查扣塑料袋", "56.5斤")]
    assert figures("追回挪用资金8笔") == [("追回挪用资金", "8笔")]
    assert figures("颗粒物排放浓度45mg/m3") == [("颗粒物排放浓度", "45mg/m3")]
    assert [v for _, v in figures("清查笔录3份")] == ["3份"]


def test_points_of_advice_are_counted_but_the_hour_is_not():
    assert figures("督导组提出4点整改建议") == [("整改建议", "4点")]
    assert figures("会上提出了三点要求") == [("要求", "三点")]
    assert figures("凌晨5点出发检查") == []


def test_repeated_classifiers_and_slogans_count_nothing():
    assert figures("河畔建起一座座小公园") == []
    assert figures("打通服务群众“最后一公里”") == []
    assert figures("清理垃圾一处") == [("清理垃圾", "一处")]


def test_the_nei_of_neirong_is_no_bound():
    assert figures("将12项内容作为检查重点") == [("内容", "12项")]
    assert [f.text for f in find_figures("在7日内办结,3个月内完成")] == ["7日内", "3个月内"]
