"""A pollution named as what a measure fights (加强工业污染防治) is a problem; a plan or a law named for a
pollution (甲省水污染防治行动计划, 水污染防治攻坚三年作战方案) is its topic, no finding, and the verbs or causes
before a pollution (由于, 注重, 提升, 助推) are no part of its name. On invented sentences."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(sentence: str) -> list[str]:
    return [p.title for p in find_problems(sentence)]


def test_a_pollution_a_measure_fights_is_a_problem():
    assert "工业污染" in titles("深化工业污染防治,严格环境准入。")


def test_a_plan_named_for_a_pollution_names_no_finding():
    assert not any("污染" in t for t in titles("深入实施甲省水污染防治行动计划,按照时间表推进。"))
    assert not any("污染" in t for t in titles("印发乙市水污染防治攻坚三年作战方案。"))
    assert not any("污染" in t for t in titles("达到丙市水污染防治目标责任书确定的目标。"))


def test_words_before_a_pollution_are_no_part_of_it():
    assert "陆源污染" in titles("多年来,由于陆源污染、过度捕捞,海湾生态退化。")
    assert not any(t.startswith(("提升", "助推")) for t in titles("加快设施建设,提升污染治理能力;部门联合检查助推塑料污染治理。"))
