"""Findings stated as an act or a sight whoever is at fault: hidden outfalls and tampering with monitoring (the ways
of evading oversight the pollution laws list), waste let into a ditch or a pit, refuse left lying and a stench; each
absent, forbidden or removed states none. Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_find_acts import acts_and_sights
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_hidden_pipe_or_outfall_is_a_finding() -> None:
    assert "私设暗管" in titles("甲县乙垃圾场因私设暗管被处罚款。")
    assert "隐蔽排口" in titles("执法人员发现某纸业公司在丙河岸边设置有一个隐蔽排口。")


def test_tampering_with_monitoring_is_a_finding() -> None:
    found = titles("该公司排水期间人为关闭化学需氧量自动监测设施,导致设备未采样。")
    assert "人为关闭化学需氧量自动监测设施" in found
    assert any(t.startswith("篡改ABCD数据") for t in titles("部分企业通过篡改ABCD数据逃避监管。"))


def test_running_a_pollution_control_facility_abnormally_is_a_finding() -> None:
    assert "不正常运行污染防治设施" in titles("群众举证,甲养殖场不正常运行污染防治设施,废水直接外排。")
    assert "非正常运行设施" in titles("对非正常运行设施深入分析、分类整治。")


def test_waste_let_into_a_ditch_or_a_pit_is_a_finding() -> None:
    assert "渗滤液通过围堰缺口排入雨水沟" in titles("检查发现该公司填埋区渗滤液通过围堰缺口排入雨水沟。")
    assert "生活污水排入坑内" in titles("丁村附近住户将生活污水排入坑内,气味刺鼻。")


def test_refuse_left_lying_and_a_stench_are_findings() -> None:
    found = titles("戊村西侧沟渠边有粪污堆积,垃圾成堆,散发出难闻气味,臭气熏天。")
    assert {"粪污堆积", "垃圾成堆", "散发出难闻气味", "臭气熏天"} <= set(found)


def test_refuse_or_a_stench_absent_forbidden_or_removed_is_none() -> None:
    t = "河面没有漂浮物,没有难闻的气味,路边无垃圾堆积;严禁垃圾乱堆乱放。"
    assert acts_and_sights(t, 0, len(t)) == []
