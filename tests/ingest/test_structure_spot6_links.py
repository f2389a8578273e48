"""A progress label run in after the findings it reports on (…放松。”整改情况:…) turns the rest of its paragraph to
those findings, on invented rectification lists."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

RUN_IN = (
    "某省督察反馈问题整改进展清单一、关于“督察指出,部分市县河道保洁抓得不紧,甲河沿岸垃圾堆放问题反复出现。”"
    "整改进展情况:已经完成,长期坚持。 1.组织沿河乡镇开展河道保洁专项行动,清理沿岸堆放物。建立河道保洁月度考核通报制度。\n"
    "另有部分村庄开展了节水宣传活动。\n"
)


def test_measures_after_a_run_in_progress_label_answer_the_findings_before_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, RUN_IN))
    finding = {(text, problem) for text, problem, basis in got if basis == "finding"}
    assert ("建立河道保洁月度考核通报制度。", "部分市县河道保洁抓得不紧") in finding
    assert any(text.startswith("1.组织沿河乡镇开展河道保洁专项行动") and problem == "部分市县河道保洁抓得不紧"
               for text, problem in finding)


def test_the_next_paragraph_is_out_of_the_labels_reach(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, RUN_IN))
    assert not any(text.startswith("另有部分村庄") and basis == "finding" for text, _, basis in got)
