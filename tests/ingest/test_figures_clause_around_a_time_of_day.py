"""A colon between digits writes a time of day (发布时间:2023-04-05 09:30), so the clause of a date or a figure runs
on across it; a colon after a label still ends the label's clause."""

from __future__ import annotations

from policykg.ingest.extract.figures import clause_of, find_figures
from policykg.ingest.extract.key_dates import find_key_dates


def test_a_page_stamp_keeps_its_time_of_day_in_its_clause() -> None:
    text = "发布时间:2023-04-05 09:30\n正文"
    (stamp,) = find_key_dates(text)
    assert (stamp.value, stamp.subject) == ("2023-04-05", "发布时间")
    assert text[stamp.clause_start:stamp.clause_end] == "2023-04-05 09:30"


def test_a_time_written_with_a_stray_space_is_one_clause() -> None:
    text = "发布时间: 2023-04-05 09: 30"
    assert text[slice(*clause_of(text, 6, 16, 0, len(text)))] == "2023-04-05 09: 30"


def test_a_colon_after_a_label_still_ends_its_clause() -> None:
    (found,) = find_figures("完成率:98%")
    assert (found.subject, found.text) == ("完成率", "98%")
