"""A span of months within a year whose first month is written without 月 (2024年1-10月, 2023年1至12月) is the
period a report's counts are made over, a key date as 2023年10月至12月 is."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates


def periods(text: str) -> list[tuple[str, str]]:
    return [(f.value, f.subject) for f in find_key_dates(text) if f.kind == "period"]


def test_a_span_of_months_without_its_first_month_mark_is_a_period():
    assert periods("仅能提供2022年1-9月污染源监测报告。") == [("2022年1-9月", "污染源监测报告")]
    assert periods("2021年1至6月,全县共办结信访件36件。") == [("2021年1至6月", "全县共办结信访件36件")]
    assert periods("未公开2023年4-6月份在线监测数据") == [("2023年4-6月份", "在线监测数据")]


def test_months_without_a_year_or_a_count_of_months_are_no_such_period():
    assert periods("全县1-6月共办结信访件36件。") == []
    assert periods("整改期限为3个月。") == []
