"""A rectification report whose later part is headed by an inspection's findings as a whole (二、巡察反馈问题整改
进展情况) is about those findings: the measures of its earlier parts that nothing else links answer them."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

REPORT = """某县关于巡察整改进展情况的通报
市委巡察组于去年对某县开展了专项巡察。
一、组织整改落实情况
县里召开整改动员部署会,全面安排部署整改工作。县督查室开展3次专项督查,督促各单位按期完成整改。
二、巡察反馈问题整改进展情况
(一)河道保洁不到位
组织沿河乡镇清理河道垃圾120吨。
"""

NO_FINDINGS = """某县水利工作情况通报
一、组织实施情况
县里召开部署会,全面安排部署年度工作。县督查室开展3次专项督查,督促各单位按期完成任务。
二、重点工程进展情况
(一)河道保洁
组织沿河乡镇清理河道垃圾120吨。
"""


def test_earlier_measures_answer_the_findings_a_later_heading_names(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    for start in ("县里召开整改动员部署会", "县督查室开展3次专项督查"):
        assert any(m.startswith(start) and "巡察反馈问题" in t and basis == "document" for m, t, basis in got), got
    assert not any(m.startswith("市委巡察组于去年") for m, _, _ in got)  # the opening precedes every heading


def test_no_such_heading_no_such_link(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NO_FINDINGS))
    assert not any(m.startswith(("县里召开部署会", "县督查室开展")) for m, _, _ in got), got
