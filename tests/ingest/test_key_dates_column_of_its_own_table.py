"""A date filling a table cell is named by the date column of its own table: a page with two tables, each with
one date column, names each table's dates by that table's column, not by both."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates
from policykg.ingest.normalize import normalize


def subjects(text: str) -> dict[str, str]:
    return {f.value: f.subject for f in find_key_dates(normalize(text)[0])}


def test_each_table_names_its_dates_by_its_own_date_column():
    text = (
        "表1 整改任务\n序号 | 任务 | 完成时限\n1 | 清理某河垃圾 | 2023年6月 |\n"
        "表2 督办事项\n序号 | 事项 | 交办时间\n1 | 某排口封堵 | 2023年8月 |"
    )
    found = subjects(text)
    assert found["2023年6月"] == "完成时限"
    assert found["2023年8月"] == "交办时间"


def test_the_rows_of_one_table_keep_its_column_under_a_blank_line():
    text = "序号 | 任务 | 完成时限\n1 | 清理某河垃圾 | 2023年6月 |\n\n2 | 拆除某违建 | 2023年9月 |"
    assert subjects(text)["2023年9月"] == "完成时限"
