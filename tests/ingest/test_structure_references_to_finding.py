"""Measures that refer back to the finding just stated (对该情况进行了调查核实) answer it, on invented case reports."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

CASE = """某市生态环境局行政处罚决定书
某某环保科技有限公司:
一、环境违法事实和证据
2023年3月2日,省监测中心在监督性监测中发现你公司2#排放口氨氮排放浓度超过《污水综合排放标准》(GB8978-1996)限值1.2倍。
2023年3月9日,我局执法人员对该情况进行了调查核实,并制作现场检查笔录。
"""

NO_REFERENCE = """某县河长制工作简报
一、工作开展情况
部分河段存在垃圾堆放问题。
全县召开河长制工作会议2次。
"""


def test_a_measure_that_refers_to_the_case_just_stated_answers_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, CASE))
    assert any(text.startswith("2023年3月9日,我局执法人员对该情况") and "氨氮排放浓度超过" in problem and basis == "anaphora"
               for text, problem, basis in got)


def test_a_measure_without_a_reference_back_answers_no_problem_by_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NO_REFERENCE))
    assert not any(basis == "anaphora" for _, _, basis in got)


REPORTED = """某区执法局案件通报
一、基本案情
3月2日,某区执法局接到群众举报反映,有人在某村民宅内非法回收废旧机油。
接到举报后,执法人员立即赶赴现场检查。
"""


def test_a_measure_taken_on_a_report_answers_what_was_reported(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORTED))
    assert ("接到举报后,执法人员立即赶赴现场检查。", "非法回收废旧机油", "anaphora") in got
