"""A word of doing inside a fault (监管不到位, 审批不规范, 落实不到位) is part of the fault: a sentence that only
states such faults reports a finding and answers none of them, while a sentence that acts on a fault does."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import acts_beyond_faults
from support import ingest_text, measure_links

NOTICE = """某市通报河道管理突出问题
河道采砂审批不规范、监管不到位问题。甲县在乙河上游违规发放采砂许可3份。整改要求对违规许可予以撤销。
"""


def test_a_sentence_of_faults_states_no_action():
    text = "河道采砂审批不规范、监管不到位问题。"
    assert not acts_beyond_faults(text, 0, len(text))


def test_a_sentence_acting_on_a_fault_states_one():
    text = "对河道采砂审批不规范问题进行调查处理。"
    assert acts_beyond_faults(text, 0, len(text))


def test_a_sentence_without_faults_is_read_as_before():
    text = "全县共清理河道垃圾120吨。"
    assert acts_beyond_faults(text, 0, len(text))


def test_a_finding_is_not_linked_to_the_faults_it_states(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NOTICE))
    assert not any(m.startswith("河道采砂审批不规范") for m, _, _ in got), got


def test_a_quoted_law_acts_on_nothing():
    text = "依据《某省河道管理条例》第二十条“擅自占用河道的,由县级以上水行政主管部门责令限期拆除,并处罚款”的规定。"
    assert not acts_beyond_faults(text, 0, len(text))


def test_a_quoted_name_leaves_the_action_around_it():
    text = "全面开展河湖“清四乱”专项行动。"
    assert acts_beyond_faults(text, 0, len(text))
    text = "各乡镇做到“即知即改、立行立改”。"  # a motto of listed phrases is no quoted clause
    assert acts_beyond_faults(text, 0, len(text))
