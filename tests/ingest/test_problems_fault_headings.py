"""Short headings that name a finding in their own words: each test title is invented."""

from __future__ import annotations

from policykg.ingest.extract.problem_headings import is_problem_heading


def test_a_heading_that_says_how_its_subject_falls_short_is_a_finding():
    for title in ("河道保洁不及时", "甲镇管网雨污混接", "农村生活污水收集率低", "部分断面水质不稳定", "河长制形同虚设"):
        assert is_problem_heading(title), title


def test_a_measure_heading_is_no_finding():
    for title in ("推动能耗持续降低", "加强河道保洁", "提高污水收集率", "完善管网建设,消除雨污混接"):
        assert not is_problem_heading(title), title


def test_a_long_sentence_ending_in_a_fault_word_is_no_heading_finding():
    assert not is_problem_heading("今年以来全镇各村组积极开展河道清理工作但部分村保洁仍不及时")
