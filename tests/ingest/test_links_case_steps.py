"""The steps of an enforcement case (the inspection, the order to correct, the penalty) answer the violation the
case report states, though they do not name it: a later step the violation stated last before it, the inspection
that opens the case the violation its paragraph goes on to state."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

DECISION = """某县环保局责令改正决定书
2023年3月2日,我局执法人员对某某砂石厂进行现场检查。经查,你单位未依法报批建设项目环境影响评价文件,擅自开工建设。
以上事实有现场照片为证。
2023年3月9日,我局向你单位下达《责令改正违法行为决定书》,责令你单位立即停止建设。
"""

RULES = """某市环保执法工作情况
全市查处未批先建等环境违法行为12起。
二是出台《环境行政处罚程序规定》等制度,规范执法行为。
三是全面开展执法检查,提升执法水平。
"""


def _steps(got: set[tuple[str, str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m, t, basis in got:
        if basis == "case":
            out.setdefault(m, set()).add(t)
    return out


def test_the_opening_inspection_answers_what_it_found(tmp_path: Path):
    steps = _steps(measure_links(ingest_text(tmp_path, DECISION)))
    found = [t for m, ts in steps.items() if m.startswith("2023年3月2日") for t in ts]
    assert any("环境影响评价文件" in t for t in found), steps


def test_a_later_order_answers_the_violation_stated_before(tmp_path: Path):
    steps = _steps(measure_links(ingest_text(tmp_path, DECISION)))
    found = [t for m, ts in steps.items() if m.startswith("2023年3月9日") for t in ts]
    assert any("环境影响评价文件" in t or "擅自开工建设" in t for t in found), steps


def test_a_rule_on_penalties_or_a_campaign_is_no_step_of_a_case(tmp_path: Path):
    steps = _steps(measure_links(ingest_text(tmp_path, RULES)))
    assert not any(m.startswith(("二是", "三是")) for m in steps), steps
