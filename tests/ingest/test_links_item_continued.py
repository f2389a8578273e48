"""An item of measures (一是…) is one measure told in several sentences: a later sentence of it that names no
problem (预计年底完成) answers what its earlier sentences named; the next item (二是…), even run into the same
line, starts afresh, and an item of findings passes nothing on."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

ITEMS = """某县水源地保护整改情况
一是清理养殖场。制定甲水库保护区内畜禽养殖场关停方案,依法关停保护区内违规养殖场。目前,补偿评估已完成,预计年底前完成全部关停。二是加强日常巡查。组织乡镇每周巡查库区一次。
"""

FINDINGS = """某县督察整改中的薄弱环节
一是部分整改任务进展滞后。部分地方整改方案论证不够,预计年底前仍难完成全部关停。
"""


def test_a_later_sentence_of_an_item_answers_what_the_item_named(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, ITEMS))
    assert any(m.startswith("目前,补偿评估") and "养殖场" in t for m, t, _ in got), got


def test_the_next_item_in_the_same_line_starts_afresh(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, ITEMS))
    assert not any(m.startswith(("二是", "组织乡镇")) and "养殖场" in t for m, t, _ in got), got


def test_an_item_of_findings_passes_nothing_on(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, FINDINGS))
    assert not any(basis == "paragraph" for _, _, basis in got), got
