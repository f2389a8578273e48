"""A limit written with the full-width signs ≧ and ≦ keeps its sign in the value; 一共 before a count is no part of
what is counted; a year's month to reach (到2019年9月底) is one date."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.extract.key_dates import find_key_dates


def test_full_width_signs_belong_to_the_limit() -> None:
    found = {(f.subject, f.text) for f in find_figures("考核标准:总磷<0.3mg/L、溶解氧≧3mg/L、氨氮≦1.5mg/L。")}
    assert ("溶解氧", "≧3mg/L") in found
    assert ("氨氮", "≦1.5mg/L") in found


def test_yi_gong_before_a_count_is_not_the_subject() -> None:
    subjects = {f.subject for f in find_figures("全县河长一共达到512人。")}
    assert subjects == {"全县河长"}


def test_a_month_to_reach_is_part_of_the_deadline() -> None:
    found = [(f.value, f.subject) for f in find_key_dates("到2019年9月底,全镇实现河长制全覆盖。")]
    assert found == [("到2019年9月底", "全镇实现河长制全覆盖")]


def test_a_year_to_reach_alone_stays_a_year() -> None:
    assert [f.value for f in find_key_dates("到2025年,全市消除黑臭水体。")] == ["到2025年"]
