"""A finding labelled 问题N: answers the measures after it even when its line has no comma, which otherwise reads
as a title line: the measures under it must not stay with the finding before; nor is such a label line the
wrapped continuation of the line above it."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.sentences import split_sentences

REPORT = """某县审计整改情况公告
一、反馈问题整改情况
问题1:关于“甲镇污水管网建设滞后,部分片区污水直排”问题
整改情况:甲镇新建污水管网12公里,完成3个片区雨污分流改造,污水全部纳管处理。
问题2:关于“乙河河长未按要求开展巡河”问题
整改情况:建立巡河提醒机制,按月通报各级河长巡河情况。
"""


def test_a_labelled_finding_without_a_comma_takes_the_measures_after_it(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, REPORT))
    patrol = [(t, basis) for m, t, basis in got if m.startswith("整改情况:建立巡河提醒机制")]
    assert any("乙河河长未按要求开展巡河" in t for t, _ in patrol), got
    assert not any("污水管网" in t for t, _ in patrol), got
    sewer = [t for m, t, _ in got if m.startswith("整改情况:甲镇新建污水管网")]
    assert any("污水管网建设滞后" in t for t in sewer), got


def test_a_line_opening_with_a_label_is_no_wrapped_continuation():
    t = ("问题1:关于“甲镇污水管网建设滞后,部分片区污水直排”问题\n"
         "整改情况:甲镇新建污水管网12公里,完成片区雨污分流改造。\n"
         "甲镇污水处理厂提标改造工程进展顺利,预计年底全部完\n"
         "成设备安装调试并投入试运行,出水达到一级A标准。\n")
    got = [t[a:b] for a, b in split_sentences(t)]
    assert got[:2] == ["问题1:关于“甲镇污水管网建设滞后,部分片区污水直排”问题",
                       "整改情况:甲镇新建污水管网12公里,完成片区雨污分流改造。"]
    assert got[2].startswith("甲镇污水处理厂") and got[2].endswith("一级A标准。")  # a fixed-width cut still joins
