"""Units: words that read as a verb or hold a stop character but stand inside a body's name (县接待办, 政府督导室,
某再生资源有限公司), and a verb of designating before a body (指定某室)."""

from __future__ import annotations

from policykg.ingest.extract.names import name_start
from policykg.ingest.extract.units import find_units


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_units(text)]


def test_a_reception_office_in_a_list_of_bodies() -> None:
    assert surfaces("巡察组对甲县财政局、县接待办、县统计局开展巡察") == ["巡察组", "甲县财政局", "县接待办", "县统计局"]
    assert surfaces("由市政府接待处负责") == ["市政府接待处"]


def test_a_supervision_office_after_a_verb_of_designating() -> None:
    assert surfaces("指定政府督导室协同核查") == ["政府督导室"]
    assert surfaces("由审计局和督导室当面约谈") == ["审计局", "督导室"]


def test_the_recycling_trade_word_stays_in_a_firm_name() -> None:
    assert surfaces("甲乙丙再生资源有限公司:经查") == ["甲乙丙再生资源有限公司"]
    assert surfaces("丁县再生水厂投入运行") == ["丁县再生水厂"]


def test_a_verb_of_receiving_or_designating_still_ends_the_words_before_a_name() -> None:
    t = "接待甲乙湖"
    assert t[name_start(t, len(t), 8):] == "甲乙湖"
    t = "指定甲县水利局"
    assert surfaces(t) == ["甲县水利局"]
    assert surfaces("不得再生产") == []
