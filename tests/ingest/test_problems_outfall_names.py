"""An outfall put right is named by its kind and the county it lies in, never by the verb or the count before it.
Each test sentence is invented."""

from __future__ import annotations

from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_a_verb_before_the_outfall_is_no_part_of_its_name():
    assert titles("甲市巩固入河入海排污口整治成果。") == ["入河入海排污口"]
    assert titles("乙镇筑牢了入河排污口整治的责任链条。") == ["入河排污口"]


def test_a_count_or_a_whole_before_a_bare_outfall_names_none():
    assert titles("丙区等3个街道排污口整治正在推进。") == []
    assert titles("丁河已完成全部排污口整治。") == []


def test_the_kind_of_an_outfall_stays_in_its_name():
    assert titles("依法封堵沿河非法排污口6个。") == ["沿河非法排污口"]
    assert titles("依法取缔甲河流域水产养殖尾水排口。") == ["水产养殖尾水排口"]


def test_the_county_an_outfall_lies_in_stays_in_its_name():
    assert titles("丙县入河排污口排查整治取得阶段性成效。") == ["丙县入河排污口"]


def test_an_outfall_named_by_its_fault_is_a_problem_wherever_it_stands():
    assert titles("技术人员对水质异常排口开展溯源监测。") == ["水质异常排口"]
    assert "私设排口" in titles("每月对私设排口情况进行巡查。")


def test_an_outfall_named_without_a_fault_or_as_absent_is_none():
    assert titles("技术人员对沿河排口开展溯源监测。") == []
    assert not any("直排口" in t for t in titles("目标是实现沿线无直排口。"))
