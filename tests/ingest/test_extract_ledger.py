"""Ledger tables: rows of a rectification list read by what their header says each column holds."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

from policykg.ingest.extract.ledger import find_ledgers

TABLE = """某县饮用水水源地环境问题整治进展情况表
序号 | 水源地名称 | 问题类型 | 问题具体情况 | 具体整治措施 | 计划完成时间 | 整治进展情况 | 是否完成整治 | 责任单位
1 | 甲水库 | 旅游餐饮 | 甲水库一级保护区内某度假村已停业,但房屋未拆除。 | 立即整改 | 2018年11月 | 已组织专人全面清理,已拆除大门及附属设施。 | 否 | 某县文旅局
2 | 甲水库 | 交通穿越 | 甲水库二级保护区内有一加水点,冲洗废水直排。 | 立即整改 | 2018年5月 | 1、对加水点取水口进行了封堵;2、拆除了出水管道。 | 是 | 某县交通运输局 |
注:进度截至2018年7月20日。
"""


def test_columns_are_read_by_their_headers_and_rows_by_their_columns():
    (ledger,) = find_ledgers(TABLE)
    first, second = ledger.rows
    assert first.text("problem") == "甲水库一级保护区内某度假村已停业,但房屋未拆除。"
    assert [c.text for c in first.get("measure")] == ["立即整改", "已组织专人全面清理,已拆除大门及附属设施。"]
    assert (first.status(), second.status()) == ("未完成", "完成")
    assert (first.text("deadline"), second.text("responsible")) == ("2018年11月", "某县交通运输局")
    assert TABLE[ledger.start:ledger.end].startswith("序号") and TABLE[ledger.start:ledger.end].endswith("某县交通运输局 |")
    cell = first.get("problem")[0]
    assert TABLE[cell.start:cell.end] == cell.text


def test_a_table_that_names_no_problem_or_measure_column_is_no_ledger():
    assert find_ledgers("发文单位 | 成文日期 | 发文字号\n某厅 | 2021年4月22日 | 某发〔2021〕10号\n") == []
    assert find_ledgers("问题类型 | 所在地 | 备注\n旅游餐饮 | 某县 | 无\n") == []


def test_each_measure_cell_sentence_answers_its_rows_problem_with_the_rows_ledger_fields(tmp_path: Path):
    record = ingest_text(tmp_path, TABLE)
    got = measure_links(record)
    assert ("已组织专人全面清理,已拆除大门及附属设施", "甲水库一级保护区内某度假村已停业,但房屋未拆除", "row") in got
    assert ("对加水点取水口进行了封堵", "甲水库二级保护区内有一加水点,冲洗废水直排", "row") in got
    assert ("拆除了出水管道", "甲水库二级保护区内有一加水点,冲洗废水直排", "row") in got
    nodes = {n.label: n for n in record.nodes}
    assert not any(label.startswith(("立即整改", "1 |", "| 否")) for label in nodes)
    problem = nodes["甲水库一级保护区内某度假村已停业,但房屋未拆除"]
    assert (problem.attrs["status"], problem.attrs["deadline"], problem.attrs["responsible"]) == ("未完成", "2018-11", "某县文旅局")


def test_the_responsible_unit_of_a_row_performed_its_measures(tmp_path: Path):
    record = ingest_text(tmp_path, TABLE)
    label = {n.id: n.label for n in record.nodes}
    performed = {(label[e.source], label[e.target]) for e in record.edges if str(e.type) == "performed_by"}
    assert ("对加水点取水口进行了封堵", "某县交通运输局") in performed
    assert ("拆除了出水管道", "某县交通运输局") in performed
    assert not any(m == "拆除了出水管道" and u != "某县交通运输局" for m, u in performed)


WRAPPED = (
    "附件\n序号 |\n县区 |\n问题具体情况 |\n督查情况 |\n"
    "1 |\n甲县 |\n保护区内有2处养殖场 |\n已关停1处,另1处正在拆除 |\n"
    "2 |\n乙县 |\n保护区内存在排污口 |\n已封堵"
)


def test_a_table_wrapped_one_cell_a_line_is_read_row_by_row_from_its_numbered_header():
    (ledger,) = find_ledgers(WRAPPED)
    rows = [(r.text("problem"), r.text("measure")) for r in ledger.rows]
    assert rows == [("保护区内有2处养殖场", "已关停1处,另1处正在拆除"), ("保护区内存在排污口", "已封堵")]
    assert WRAPPED[ledger.start:ledger.end].startswith("序号") and WRAPPED[ledger.start:ledger.end].endswith("已封堵")


def test_a_wrapped_row_may_hold_several_cells_a_line():
    text = "序号 | 问题 |\n整改措施 | 责任单位 |\n1 | 甲河垃圾堆放 |\n清运垃圾 | 甲镇政府 |\n说明:略"
    (ledger,) = find_ledgers(text)
    assert [(r.text("problem"), r.text("measure"), r.text("responsible")) for r in ledger.rows] == [
        ("甲河垃圾堆放", "清运垃圾", "甲镇政府")]


def test_lines_ending_with_a_bar_without_a_numbered_header_are_no_wrapped_table():
    assert find_ledgers("整改任务 | 甲河沿岸垃圾堆放 |\n责任单位 | 甲镇政府 |\n") == []


def test_a_table_whose_bars_stand_on_lines_of_their_own_is_read_row_by_row():
    text = ("公示如下:\n序号\n|\n所在地\n|\n问题具体情况\n|\n具体整治措施\n|\n是否完成整治\n|\n"
            "1\n|\n甲县\n|\n一级保护区内有住户2户\n|\n住户搬迁,\n拆除构建筑物。\n|\n是\n|\n"
            "2\n|\n乙县\n|\n一级保护区公路穿越\n|\n完善防撞护栏\n|\n否\n|\n说明")
    (ledger,) = find_ledgers(text)
    rows = [(r.text("problem"), r.text("measure"), r.status()) for r in ledger.rows]
    assert rows == [("一级保护区内有住户2户", "住户搬迁,\n拆除构建筑物。", "完成"), ("一级保护区公路穿越", "完善防撞护栏", "未完成")]
