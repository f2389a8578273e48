"""A news report's dateline is cut from the measure; a count of calls or of power lines is no dateline."""

from __future__ import annotations

import pytest

from policykg.ingest.extract.frames import after_dateline


@pytest.mark.parametrize(("sentence", "kept"), [
    ("新华社北京2月17日电(记者某某)生态环境部通报了整改进展。", "生态环境部通报了整改进展。"),
    ("本报北京10月18日电 督察组向四省反馈了督察情况。", "督察组向四省反馈了督察情况。"),
    ("本报讯(记者某某)某县开展河道清理行动。", "某县开展河道清理行动。"),
])
def test_a_dateline_is_cut(sentence: str, kept: str) -> None:
    assert sentence[after_dateline(sentence, 0, len(sentence), 6):] == kept


@pytest.mark.parametrize("sentence", ["全市累计受理来电120件,办结率100%。", "完成线路改造并通电2处,恢复排灌。"])
def test_a_count_after_a_call_or_a_power_line_is_no_dateline(sentence: str) -> None:
    assert after_dateline(sentence, 0, len(sentence), 6) == 0
