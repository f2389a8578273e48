"""A key phrase ties a measure to a problem stated before it only when it is the problem's own matter: the language
of party and government work in general (压实主体责任, 推动高质量发展, 贯彻落实, 反馈意见) ties nothing."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

BRIEFING = """某区巡察反馈意见整改简报
巡察组指出,有的单位主体责任压得不实,沿河违建棚屋清理滞后。
会议要求,各单位要切实扛起整改主体责任,推动高质量发展。
截至目前,共拆除沿河棚屋12处。
"""


def test_the_general_language_of_party_work_ties_no_measure_to_a_finding(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, BRIEFING))
    assert not any(m.startswith("会议要求") and p == "有的单位主体责任压得不实" for m, p, _ in got)


def test_the_findings_own_matter_still_ties_its_rectification(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, BRIEFING))
    assert ("截至目前,共拆除沿河棚屋12处。", "沿河违建棚屋清理滞后", "shared") in got
