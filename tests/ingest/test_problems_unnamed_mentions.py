"""Phrases shaped like findings that name none: a goal or an effort, a meeting's business, a fault left
unnamed; and faults ending in 不合规 or 掌握不清. Sentences are invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_mentions import names_no_problem
from policykg.ingest.extract.problems import find_problems


def titles(text: str) -> list[str]:
    return [p.title for p in find_problems(text)]


def test_goal_or_effort_is_no_finding() -> None:
    assert titles("年内,实现岸线不侵占、水体不黑臭、生态不退化") == []
    assert names_no_problem("积极减轻违法行为")
    assert names_no_problem("切实推动督察反馈问题")
    assert not names_no_problem("基层干部积极性不高")
    assert not names_no_problem("未实现达标排放")


def test_meeting_business_is_no_finding() -> None:
    assert titles("会上,听取甲县汇报问题整改进展") == []
    assert names_no_problem("盯紧问题")


def test_unnamed_fault_is_no_finding() -> None:
    assert names_no_problem("水泵在质保期内出现问题")
    assert not names_no_problem("水泵运行不正常")


def test_noncompliance_and_unclear_grasp_are_findings() -> None:
    assert "乙镇污水站建设程序不合规" in titles("乙镇污水站建设程序不合规,丙村站已施工")
    assert "相关部门对在建项目情况掌握不清" in titles("相关部门对在建项目情况掌握不清")
    assert titles("工作不清理干净") == []
