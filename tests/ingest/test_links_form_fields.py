"""A form that records one site's rectification in fields: the field of measures (整治措施。…) answers the
problem the next field states as its effect (整治成效。减少X), and only that next field."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

RECORD = """某市甲区乙路3号雨水排口
(一)排口类型。城镇雨洪排口;
(二)整治措施。对排口周边管线进行排查,已封堵错接的污水管道;
(三)整治成效。杜绝污水直排入河,减少入河污染物排放。
"""

APART = """某市甲区乙路3号雨水排口
(一)整治措施。对排口周边管线进行排查,已封堵错接的污水管道;
(二)下一步计划。持续开展排口巡查,建立排口管理台账;
(三)整治成效。杜绝污水直排入河,减少入河污染物排放。
"""


def test_the_measures_field_answers_the_effect_the_next_field_states(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, RECORD))
    sealed = [(t, basis) for m, t, basis in got if m.startswith("对排口周边管线进行排查")]
    assert any("入河污染物排放" in t and basis == "paragraph" for t, basis in sealed), got


def test_a_field_between_breaks_the_tie(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, APART))
    assert not any(m.startswith("对排口周边管线进行排查") and basis == "paragraph" for m, _, basis in got), got
