"""Conflicting statements: one frame with two different figures, and a passage stated twice."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest import pipeline
from policykg.ingest.extract.conflicts import repeated_passages, value_conflicts
from policykg.ingest.extract.figures import find_figures
from policykg.ingest.sentences import split_sentences


def conflicting(text: str) -> list[tuple[str, str]]:
    figures = find_figures(text)
    return [(figures[c.first].text, figures[c.second].text)
            for c in value_conflicts(text, figures, split_sentences(text))]


def test_the_same_frame_with_different_values_conflicts():
    t = "截至目前,平台共有企业注册210家。……下一步工作中,平台共有企业注册186家。"
    assert conflicting(t) == [("210家", "186家")]


def test_a_longer_frame_that_ends_with_the_shorter_one_conflicts():
    t = "2021年至2022年共培训乡镇河长和巡河员320人次。另据统计,培训乡镇河长和巡河员215人次。"
    assert conflicting(t) == [("320人次", "215人次")]


def test_parallel_counts_in_one_sentence_are_no_conflict():
    t = "甲轮督察交办的12件投诉件全部办结,乙轮督察交办的9件投诉件全部办结。"
    assert conflicting(t) == []


def test_items_of_a_measurement_list_each_have_their_own_frame():
    t = "检测显示化学需氧量90mg/L、氨氮15mg/L。排放标准为化学需氧量50mg/L、氨氮8mg/L。"
    assert conflicting(t) == []


def test_same_value_or_different_unit_is_no_conflict():
    assert conflicting("平台共有企业注册210家。后来平台共有企业注册210家。") == []
    assert conflicting("平台共有企业注册210家。后来平台共有企业注册210个。") == []


def test_one_frame_stated_with_three_values_is_a_series_not_a_conflict():
    t = "甲类案件128件,比去年同期减少12.5%。乙类案件64件,比去年同期减少8.1%。丙类案件32件,比去年同期减少3.2%。"
    assert conflicting(t) == []


def test_a_frame_stated_twice_beside_a_series_still_conflicts():
    t = ("平台共有企业注册210家。甲类案件128件,比去年同期减少12.5%。平台共有企业注册186家。乙类案件64件,比去年同期减少8.1%。"
         "丙类案件32件,比去年同期减少3.2%。")
    assert conflicting(t) == [("210家", "186家")]


def test_the_rows_of_a_long_table_give_no_conflicts(tmp_path: Path):
    rows = "\n".join(f"{i} | 甲{i}河 | {i}.5 | 已完成" for i in range(1, 301))
    path = tmp_path / "table.txt"
    path.write_text("序号 | 河流名称 | 整治长度(公里) | 完成情况\n" + rows, encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    assert [n for n in record.nodes if n.type == "conflict"] == []


def test_a_passage_stated_twice_is_a_repeat_but_a_long_title_named_twice_is_not():
    s = "建立健全上下游联防联控和信息共享工作机制,定期通报跨界断面水质监测结果并联合执法。"
    title = "《关于建立健全上下游联防联控和信息共享工作机制定期通报跨界断面水质的通知》"
    t = s + "其他。" + s + "印发" + title + "。落实" + title + "。"
    spans = split_sentences(t)
    assert repeated_passages(t, spans) == [(0, 2)]


def test_conflicts_become_nodes_linked_to_both_figures(tmp_path: Path):
    path = tmp_path / "report.txt"
    path.write_text("一、工作成效\n平台共有企业注册210家。\n二、下一步\n平台共有企业注册186家。\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    conflicts = [n for n in record.nodes if n.type == "conflict"]
    assert [n.attrs["values"] for n in conflicts] == [["210家", "186家"]]
    assert len(conflicts[0].evidence) == 2
    figures = {n.id for n in record.nodes if n.type == "figure"}
    targets = {e.target for e in record.edges if e.type == "conflicts_with"}
    assert targets == figures


def test_figures_of_parallel_sections_are_different_facts(tmp_path: Path):
    path = tmp_path / "report.txt"
    path.write_text("一、存在问题\n(一)甲水库\n保护区内有居民12户。\n(二)乙水库\n保护区内有居民30户。\n", encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    assert not [n for n in record.nodes if n.type == "conflict"]
