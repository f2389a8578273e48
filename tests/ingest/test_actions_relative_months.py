"""Months named relative to when a text was written (上月, 本月) count from its publication date."""

from __future__ import annotations

from policykg.ingest.extract.dates import find_dates


def isos(text: str, published: str = "") -> list[str]:
    return [d.iso for d in find_dates(text, published=published)]


def test_last_month_and_this_month_count_from_the_publication_month() -> None:
    assert isos("上月完成清淤,本月开展验收。", published="2023-08-29") == ["2023-07", "2023-08"]


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert isos("上个月印发方案。", published="2022-01-10") == ["2021-12"]


def test_without_a_publication_month_a_relative_month_is_not_dated() -> None:
    assert isos("上月完成清淤。") == []
    assert isos("上月完成清淤。", published="2023") == []
