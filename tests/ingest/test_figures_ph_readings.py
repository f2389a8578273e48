"""A pH reading is a measure without a unit: the number after pH (pH值为7.2, 出水pH值6~9) is a figure."""

from __future__ import annotations

from policykg.ingest.extract.figures import find_figures
from policykg.ingest.normalize import normalize


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.value, f.unit) for f in find_figures(normalize(text)[0])]


def test_the_number_after_ph_is_a_reading_without_a_unit():
    assert figures("某厂外排废水pH值为4.8,不符合要求") == [("某厂外排废水pH值", "4.8", "")]
    assert figures("排放口PH值:11.2") == [("排放口PH值", "11.2", "")]
    assert figures("出水pH值6~9,达标排放") == [("出水pH值", "6~9", "")]


def test_ph_inside_a_word_or_before_another_unit_is_no_reading():
    assert figures("该厂的phone号码为5") == []
    assert ("pH", "7.5", "") not in figures("pH7.5ml")
    assert figures("水样pH和铝浓度超过排放标准") == []
