"""Problems and the measures that address them, through the whole pipeline, on invented documents."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.graph.model import DocumentRecord

FINDINGS = """某县水务局关于饮用水水源地问题整改情况的报告
一、存在问题
(一)甲水库清单内问题
1.一级保护区内有养殖场3家,存在畜禽粪污直排问题。
2.二级保护区内有居民12户,存在生活污水直排问题。
二、整改情况
甲水库清单内问题:我县已关停养殖场3家;已建成污水收集管网2公里。
"""

NOTICE = """关于对乙河部分河段水体发臭问题交办的通知
近期核查发现乙河仍有问题未整改到位。请你单位立即组织开展整改工作。
"""

AREAS = """丙市生态环境局整改情况报告
一、关于河道保护制度不健全的问题
(一)在流域保护立法方面
市水务局起草《丙市河道保护条例》。
"""


def problems(record: DocumentRecord) -> set[str]:
    return {n.label for n in record.nodes if n.type == "problem"}


def test_listed_findings_are_problems_not_measures(tmp_path: Path):
    record = ingest_text(tmp_path, FINDINGS)
    assert {"存在问题", "甲水库清单内问题", "一级保护区内有养殖场3家,存在畜禽粪污直排问题"} <= problems(record)
    measures = {n.attrs["text"] for n in record.nodes if n.type == "measure"}
    assert not any("一级保护区内有养殖场" in m for m in measures)


def test_a_paragraph_opening_with_a_problem_title_addresses_it_and_its_findings(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, FINDINGS))
    assert ("已建成污水收集管网2公里。", "甲水库清单内问题", "sentence") in got
    assert ("已建成污水收集管网2公里。", "二级保护区内有居民12户,存在生活污水直排问题", "sentence") in got


def test_a_finding_is_a_sub_problem_of_its_list(tmp_path: Path):
    record = ingest_text(tmp_path, FINDINGS)
    nodes = {n.id: n.label for n in record.nodes}
    subs = {(nodes[e.source], nodes[e.target]) for e in record.edges if e.type == "sub_problem_of"}
    assert ("甲水库清单内问题", "存在问题") in subs
    assert ("一级保护区内有养殖场3家,存在畜禽粪污直排问题", "甲水库清单内问题") in subs


def test_a_title_line_naming_a_problem_scopes_the_measures_after_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NOTICE))
    assert ("请你单位立即组织开展整改工作。", "乙河部分河段水体发臭问题", "document") in got


def test_a_measure_addresses_its_section_problem_and_that_problem_s_ancestors(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, AREAS))
    assert ("市水务局起草《丙市河道保护条例》。", "在流域保护立法方面", "section") in got
    assert ("市水务局起草《丙市河道保护条例》。", "关于河道保护制度不健全的问题", "subtree") in got


def test_figures_are_reported_by_the_measure_that_states_them(tmp_path: Path):
    record = ingest_text(tmp_path, FINDINGS)
    nodes = {n.id: n for n in record.nodes}
    reported = {(nodes[e.source].attrs["text"], nodes[e.target].attrs["value"] + nodes[e.target].attrs["unit"])
                for e in record.edges if e.type == "reports"}
    assert ("已建成污水收集管网2公里。", "2公里") in reported


CASE_STUDY = """丁县戊河治理案例
突出问题
沿河餐馆污水直排,导致河水浑浊发臭。
主要做法
一是截污纳管。新建截污管网3公里。
"""


def test_findings_under_a_title_without_marker_are_problems_and_the_practice_after_answers_them(tmp_path: Path):
    record = ingest_text(tmp_path, CASE_STUDY)
    assert {"突出问题", "河水浑浊发臭", "沿河餐馆污水直排"} <= problems(record)
    measures = {n.attrs["text"] for n in record.nodes if n.type == "measure"}
    assert "沿河餐馆污水直排,导致河水浑浊发臭。" not in measures
    assert ("新建截污管网3公里。", "河水浑浊发臭", "document") in measure_links(record)


TABLE = """整改情况公示表
整改 任务 | 某区在码头项目审批中未核查用海范围,擅自批准填海。 |
整改 措施 | 完成项目区生态影响后评估,开展生态修复。 |
"""


def test_a_table_row_stating_the_task_is_a_problem_and_the_rows_after_it_answer_it(tmp_path: Path):
    record = ingest_text(tmp_path, TABLE)
    finding = "某区在码头项目审批中未核查用海范围,擅自批准填海"
    assert finding in problems(record)
    assert any(m == "整改 措施 | 完成项目区生态影响后评估,开展生态修复。" and p == finding and basis == "document"
               for m, p, basis in measure_links(record))
    assert not [n for n in record.nodes if n.type == "measure" and n.attrs["text"] == "|"]


SERIES = """丙市河道整治情况
一、关于河道垃圾清理不及时的问题
整改情况:组织排查发现问题40条,已完成整改36条。
"""


def test_values_stated_together_are_one_series_figure_beside_the_single_figures(tmp_path: Path):
    record = ingest_text(tmp_path, SERIES)
    figures = {n.attrs["value"]: n for n in record.nodes if n.type == "figure"}
    assert {"40", "36", "40 / 36"} <= set(figures)
    series = figures["40 / 36"]
    assert series.attrs["kind"] == "series" and series.attrs["unit"] == "条"
    assert series.attrs["parts"] == [figures["40"].id, figures["36"].id]
    ev = series.evidence[0]
    assert SERIES[ev.start:ev.end] == "40条,已完成整改36条"
    reporters = {e.source for e in record.edges if e.type == "reports" and e.target == series.id}
    assert len(reporters) == 1
