"""An item of a list of findings (二是部分整改工作不严不实。…) tells the finding: its sentences, worded like the
other findings near them, are linked only to what they name, not by shared words; an item of measures is not."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

FINDINGS = """某省通报督察整改中的薄弱环节
督察反馈后,各市狠抓整改,但整改工作仍然存在一些薄弱环节。

一是部分整改任务进展滞后。部分地方整改方案论证不够,导致整改任务推进比较滞后。

二是部分整改工作不严不实。一些地方对整改方案审核把关不严,虽然上报完成整改,但实际未整改到位。
"""

MEASURES = """某县河道保洁工作情况
今年以来河道垃圾堆放问题较为突出。

一是开展河道保洁。组织沿河乡镇清理河道垃圾堆放点45处。
"""


def test_the_sentences_of_a_finding_item_are_not_tied_by_shared_words(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, FINDINGS))
    assert not any(basis in ("shared", "document", "topic") for _, _, basis in got), got


def test_the_sentences_of_a_measure_item_still_are(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, MEASURES))
    assert any(m.startswith("组织沿河乡镇清理") and "垃圾堆放" in t for m, t, _ in got), got
