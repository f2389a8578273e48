"""Key dates with the hour of the day, a part of a month, and 直到 (until), which sets no deadline."""

from __future__ import annotations

from policykg.ingest.extract.key_dates import find_key_dates
from policykg.ingest.outline import parse_outline


def key_dates(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.value, f.subject) for f in find_key_dates(text)]


def test_the_hour_after_a_date_is_not_what_happened():
    assert key_dates("5月6日上午,县巡察组反馈了巡察意见。") == [("milestone", "5月6日", "县巡察组反馈了巡察意见")]
    assert key_dates("截至3月2日18时,督察组累计受理举报45件。") == [("as_of", "3月2日", "督察组累计受理举报45件")]


def test_a_count_made_up_to_a_part_of_a_month_keeps_that_part():
    assert key_dates("截至2023年4月中旬,已完成整改30项。") == [("as_of", "2023年4月中旬", "已完成整改30项")]
    assert key_dates("截至6月初,已办结。") == [("as_of", "6月初", "已办结")]


def test_until_a_year_is_no_deadline():
    assert key_dates("直到2015年8月,该项目才停工。") == []
    assert key_dates("到2025年,基本消除黑臭水体。") == [("deadline", "到2025年", "基本消除黑臭水体")]


def test_an_image_file_name_under_a_photo_is_no_heading():
    text = "一、工作进展\n1. jpg\n2.PNG\n1. 强化巡河\n"
    assert [(s.marker, s.title) for s in parse_outline(text)] == [("一、", "工作进展"), ("1.", "强化巡河")]
