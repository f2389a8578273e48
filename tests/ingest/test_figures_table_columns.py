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
