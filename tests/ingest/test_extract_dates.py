"""Dates in Chinese text: precision, years taken from context, ranges, relative years, editions."""

from __future__ import annotations

from policykg.ingest.extract.dates import find_dates, year_before


def isos(text: str, year: int | None = None) -> list[str]:
    return [d.iso for d in find_dates(text, year=year)]


def test_precision_follows_what_is_written() -> None:
    assert isos("2021年2月10日印发;2021年3月份;2021年底") == ["2021-02-10", "2021-03", "2021"]


def test_bare_month_day_takes_the_previous_explicit_year() -> None:
    assert isos("2020年9月14日,召开专题会议。9月25日,印发方案") == ["2020-09-14", "2020-09-25"]


def test_bare_month_day_takes_the_context_year_when_the_text_has_none() -> None:
    assert isos("截至12月底,完成整改", year=2020) == ["2020-12"]
    assert isos("截至12月底,完成整改") == []


def test_a_range_is_dated_by_its_start() -> None:
    assert isos("2020年9月26日至28日开展调研") == ["2020-09-26"]
    assert isos("2020年8月20至21日开展调研") == ["2020-08-20"]
    assert isos("2020年11月至12月开展检查") == ["2020-11", "2020-12"]


def test_relative_years_resolve_against_context() -> None:
    assert isos("2021年,印发方案。同年,我厅印发通知") == ["2021", "2021"]
    assert isos("较去年同期下降", year=2020) == ["2019"]
    assert isos("力争今年底完成", year=2021) == ["2021"]
    assert isos("一季度完成", year=2021) == ["2021"]


def test_editions_and_year_spans_are_not_dates() -> None:
    assert isos("完成2005年版水功能区划收集") == []
    assert isos("落实三年行动方案(2018-2020年)") == []


def test_stray_space_inside_a_date_is_tolerated() -> None:
    assert isos("2020年 11月2日,常务会议审议通过") == ["2020-11-02"]


def test_year_before_a_position_ignores_bare_dates() -> None:
    text = "2020年9月14日召开会议。9月25日印发。"
    dates = find_dates(text)
    assert year_before(dates, len(text), 2023) == 2020
    assert year_before(dates, 0, 2023) == 2023


def test_a_bare_date_before_any_year_takes_the_documents_own_date() -> None:
    got = [d.iso for d in find_dates("9月5日完成检查,12月20日通过验收,今年底前完成", published="2022-09-06")]
    assert got == ["2022-09-05", "2021-12-20", "2022"]
    assert [d.iso for d in find_dates("2020年召开会议,9月5日印发", published="2022-09-06")] == ["2020", "2020-09-05"]
    assert find_dates("9月5日完成检查") == []
