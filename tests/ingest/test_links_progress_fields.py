"""A line labelled as the rectification (整改措施:…, 整改情况:…) after a labelled finding (问题描述:…) answers that
finding item by item, whether or not an item's verb is one the action words know (维修调试)."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

FORM = """某镇关于环境问题整改情况的报告
二、整改情况
问题描述:村级垃圾中转站未投入使用。
整改措施:1、对中转站电路进行全面改造;2、对两台压缩机进行维修调试,打好运行基础。
"""

NO_FINDING = """某镇关于环境工作情况的报告
二、工作情况
整改措施:1、对中转站电路进行全面改造;2、对两台压缩机进行维修调试,打好运行基础。
"""


def test_each_item_of_the_measures_field_answers_the_finding(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, FORM))
    for start in ("整改措施:1、对中转站电路", "2、对两台压缩机"):
        assert any(m.startswith(start) and "中转站未投入使用" in t for m, t, _ in got), got


def test_no_labelled_finding_no_link(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NO_FINDING))
    assert not any(m.startswith("2、对两台压缩机") for m, _, _ in got), got
