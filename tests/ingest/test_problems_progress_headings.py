"""A heading on one problem's progress (关于X问题的整改情况) names the problem its body answers; a progress heading
that names no problem after 关于 names none. Each test text is invented."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.extract.problem_headings import heading_fault

REPORT = (
    "某县整改情况报告\n"
    "一、关于甲河沿岸垃圾堆放问题的整改情况\n"
    "已组织清理沿岸堆放物20吨,建立巡查制度。\n"
    "二、关于乙镇污水处理厂超标排放的整改进展\n"
    "已完成提标改造并稳定运行。\n"
)


def test_the_problem_a_progress_heading_names_after_guanyu_is_found():
    title = "关于甲河沿岸垃圾堆放问题的整改情况"
    assert heading_fault(title, 0, len(title)).title == "甲河沿岸垃圾堆放问题"


def test_a_progress_heading_without_guanyu_still_names_none():
    title = "甲河沿岸垃圾堆放问题整改情况"
    assert heading_fault(title, 0, len(title)) is None


def test_a_progress_heading_on_work_names_no_problem():
    title = "关于河长制工作的落实情况"
    assert heading_fault(title, 0, len(title)) is None


def test_the_body_of_a_progress_heading_answers_its_problem(tmp_path: Path):
    links = {(text, problem) for text, problem, _ in measure_links(ingest_text(tmp_path, REPORT))}
    assert ("已组织清理沿岸堆放物20吨,建立巡查制度。", "甲河沿岸垃圾堆放问题") in links
    assert ("已完成提标改造并稳定运行。", "乙镇污水处理厂超标排放") in links
