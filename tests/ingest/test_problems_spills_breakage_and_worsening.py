"""Findings of a spill, a breakage or a discharge and of a state that worsens or persists: sewage or refuse spilling
over (污水外溢, 垃圾外溢), waste gas let straight into the air, a plant broken (大面积破损), an approval against its legal
procedure, a situation said to be grave or growing worse (形势依然严峻, 风险隐患加剧, 呈多发态势), work all talk and
little done (虚多实少), a source not yet removed (尚未彻底根除); and what they must leave alone (an overflow prevented
or absent, a worsening to be prevented, waste gas treated before it is let out)."""

from __future__ import annotations

from policykg.ingest.extract.problem_words import states_fault
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_spill_is_a_finding_with_what_it_spills_from():
    assert "甲村排口大量黑色污水外溢" in titles("巡查发现,甲村排口大量黑色污水外溢,气味明显。")
    assert "部分收集点垃圾严重外溢" in titles("检查发现部分收集点垃圾严重外溢、大量堆积。")


def test_a_spill_prevented_or_absent_is_no_finding():
    assert titles("整治后的河段均无污水溢流。") == []
    assert titles("改造期间要确保污水不溢流。") == []


def test_a_grave_or_worsening_state_ends_a_finding():
    assert [states_fault(t) for t in ("生态环境形势依然严峻", "污染产业向上游转移风险隐患加剧", "区域合作虚多实少")] == [True] * 3
    assert "固体废物跨区域倾倒呈多发态势" in titles("固体废物跨区域倾倒呈多发态势。")


def test_a_worsening_to_be_prevented_is_no_finding():
    assert titles("会议要求,要防止矛盾加剧。") == []
    assert titles("面对形势严峻的局面,我们迎难而上。") == []


def test_a_source_not_yet_removed_is_a_finding():
    assert "部分河道污染源尚未彻底根除" in titles("座谈中指出,部分河道污染源尚未彻底根除。")


def test_a_breakage_a_raw_discharge_and_a_wrong_procedure_are_findings():
    found = titles("抽查发现,乙厂沉淀池、过滤网大面积破损,废气直接向大气排放。")
    assert "乙厂沉淀池、过滤网大面积破损" in found, found
    assert "废气直接向大气排放" in found, found
    assert states_fault("部分项目环评审批不符合法定程序")
    assert titles("废气经处理后向大气排放。") == []
