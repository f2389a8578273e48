"""Units: one body is one node in a document whether the page writes it with its province or without."""

from __future__ import annotations

from policykg.ingest.same_names import higher_division


def test_a_name_written_once_after_its_province_is_that_body() -> None:
    assert higher_division(["中共甘肃省秦州区委第一巡察组", "中共秦州区委第一巡察组"]) == {
        "中共秦州区委第一巡察组": "中共甘肃省秦州区委第一巡察组"}


def test_a_name_without_its_division_is_not_merged_with_a_division_s_body() -> None:
    assert higher_division(["海南省生态环境厅", "生态环境厅"]) == {}


def test_two_provinces_bodies_of_one_name_leave_the_short_form_alone() -> None:
    assert higher_division(["中共吉林省朝阳区委", "中共北京市朝阳区委", "中共朝阳区委"]) == {}
