"""Two-character words before a number are read whole: 接近 (close to) qualifies the value as 近 does, and
已经 (already) is an adverb like 已, so neither leaves a stray character in the value's subject."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.text) for f in find_figures(text)]


def test_jiejin_qualifies_the_value_whole():
    assert figures("接近40%的监测点位水质达标") == [("", "接近40%")]
    assert figures("辖区湖库面积近12公顷") == [("辖区湖库面积", "近12公顷")]


def test_yijing_is_no_part_of_the_subject():
    assert figures("截至5月,已经上报信息12篇") == [("上报信息", "12篇")]
    assert figures("排查问题300个,已经完成整改280个") == [("排查问题", "300个"), ("完成整改", "280个")]
