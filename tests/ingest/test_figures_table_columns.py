"""Bare numbers in the rows of a flattened table take their unit and subject from the column's header."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(normalize(text)[0])]


def test_a_bare_number_takes_its_columns_unit_and_name():
    text = "序号 | 河道 | 长度(公里) | 完成率 | 问题数\n1 | 甲河 | 8.5 | 60% | 4 |\n2 | 乙溪 | 3 | 100% | 0 |"
    assert figures(text) == [("长度", "8.5公里"), ("完成率", "60%"), ("问题数", "4"),
                             ("长度", "3公里"), ("完成率", "100%"), ("问题数", "0")]


def test_row_numbers_years_and_unnamed_columns_hold_no_figures():
    assert figures("序号 | 年份 | 河道\n1 | 2021 | 甲河 |") == []
    assert figures("编号 | 名称 | 备注\n3 | 甲河 | 12 |") == []


def test_rows_that_do_not_align_with_the_header_are_left_alone():
    assert figures("序号 | 河道 | 长度(公里)\n1 | 甲河 | 8.5 | 另 | 7 |") == []


def test_a_key_value_table_keeps_the_label_in_its_row():
    text = "整改任务 | 某河道两岸存在大量生活垃圾堆放问题需要清理 |\n完成率 | 95% |"
    assert figures(text) == [("完成率", "95%")]


def _document_figures(tmp_path, text: str) -> set[str]:
    from support import ingest_text

    return {n.label for n in ingest_text(tmp_path, text).nodes if n.type == "figure"}


def test_a_tables_numbers_are_read_in_a_whole_document_where_header_and_rows_are_sentences_apart(tmp_path):
    text = "某县河道整治进度表\n序号 | 河道 | 长度(公里) | 完成率\n1 | 甲河 | 12.5 | 80% |\n2 | 乙溪 | 8.2 | 60% |\n"
    assert {"长度 12.5公里", "长度 8.2公里", "完成率 80%", "完成率 60%"} <= _document_figures(tmp_path, text)


def test_a_table_copied_a_cell_per_line_is_read_against_its_header():
    text = "黑臭水体清单\n\n编号\n\n水体名称\n\n面积/长度\n\n所在区域\n\n1\n\n甲河\n\n1700\n\n甲区\n\n2\n\n乙沟\n\n830\n\n乙区\n"
    assert figures(text) == [("面积/长度", "1700"), ("面积/长度", "830")]


def test_a_table_with_bars_on_lines_of_their_own_joins_a_header_cell_broken_over_two_lines():
    text = "序号\n|\n河道\n|\n计划完成\n整治时间\n|\n整治进度(%)\n|\n1\n|\n甲河\n|\n2024年底\n|\n95\n|\n"
    assert figures(text) == [("整治进度", "95%")]


def test_short_lines_without_a_numbered_row_are_no_table():
    assert figures("编号\n河道\n长度\n甲河\n1700\n") == []
