"""A fault named as the cause of a harm is a finding besides the harm (管网不完善导致污水收集率过低), the harm is named
without the verb that links it to its cause (导致黑臭问题 -> 黑臭问题), and a practice said to be marked is a finding
(晴天排污现象明显)."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_fault_that_causes_a_harm_is_a_finding() -> None:
    assert "甲镇管网不完善" in titles("甲镇管网不完善导致污水收集率过低。")


def test_a_fault_of_what_dui_names_keeps_its_object() -> None:
    found = titles("由于对锅炉的管理不善造成超标排放大气污染物。")
    assert "锅炉的管理不善" in found
    assert "超标排放大气污染物" in found


def test_a_harm_is_named_without_its_linking_verb() -> None:
    found = titles("乙县缺乏配套污水处理设施,导致黑臭问题。")
    assert "黑臭问题" in found
    assert not any(t.startswith("导致") for t in found)


def test_a_cause_prevented_is_no_finding() -> None:
    assert not any("管理不到位" in t for t in titles("防止前端环节管理不到位导致后续工作被动。"))


def test_a_marked_practice_is_a_finding() -> None:
    assert any(t.startswith("晴天排污") for t in titles("丙河部分河段沿河排污,晴天排污现象明显。"))
