"""A sentence that tells what was done and then, after 但 or 然而, a fault that remains (…整改取得成效,但仍然存在X问题;
…表示认可,但是Y中仍然存在Z问题) does not answer that fault: the fault is stated, and links to the measure only by
what else names it. A sentence that acts on a fault it names (针对X问题,…) still answers it. The sentences are
invented."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.assemble.link_cues import unresolved
from support import ingest_text, measure_links

REMAIN = [
    "督导组对甲镇的整改情况表示认可,但是乙村仍然存在垃圾清运不及时等问题。",
    "各县狠抓整改,一批问题得到了解决,但整改工作仍然存在台账记录不全问题。",
]
ANSWERED = [
    "针对乙村垃圾清运不及时问题,增派保洁员4名。",
    "甲镇清理河道垃圾20吨,彻底解决了垃圾堆放问题。",
]

PAGE = """某县河道整治情况
督导组对甲镇的河道整治工作表示认可,但是乙村仍然存在垃圾清运不及时等问题。针对垃圾清运不及时问题,乙村增派保洁员4名。
"""


def test_a_fault_after_a_contrast_remains():
    for s in REMAIN:
        assert unresolved(s, 0, len(s)), s


def test_a_fault_acted_on_is_no_remaining_one():
    for s in ANSWERED:
        assert not unresolved(s, 0, len(s)), s


def test_a_remaining_fault_is_not_linked_by_its_sentence(tmp_path: Path):
    record = ingest_text(tmp_path, PAGE)
    links = measure_links(record)
    assert not any(m.startswith("督导组对甲镇") and "垃圾清运不及时" in p for m, p, _ in links), links
    assert any(m.startswith("针对垃圾清运") and "垃圾清运不及时" in p for m, p, _ in links), links
