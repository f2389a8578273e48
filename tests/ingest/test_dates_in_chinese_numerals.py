"""Dates written in Chinese numerals (二〇二三年五月二十日), as official texts print their own date and often the
dates in them, read as ISO dates: the as-of date of a count made up to such a date and of a signature's date."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.dates import find_dates


def isos(text: str) -> list[str]:
    return [d.iso for d in find_dates(text)]


def test_a_date_in_chinese_numerals_is_an_iso_date_with_its_precision():
    assert isos("二〇二三年五月二十日印发") == ["2023-05-20"]
    assert isos("截至二○二二年十二月底,共办结12件") == ["2022-12"]
    assert isos("二〇二一年是开局之年") == ["2021"]
    assert isos("二〇一九年十月一日、二〇二〇年三月三十一日") == ["2019-10-01", "2020-03-31"]


def test_numerals_that_are_no_year_or_an_edition_are_no_date():
    assert isos("三五年内完成") == []
    assert isos("二〇二〇年版名录") == []
    assert isos("一二三四年") == []


def test_a_chinese_numeral_year_sets_the_year_of_a_bare_day_after_it():
    assert isos("二〇二二年三月,县里部署;5月6日验收") == ["2022-03", "2022-05-06"]


def test_counts_and_a_signature_take_their_dates_in_iso(tmp_path: Path):
    path = tmp_path / "report.txt"
    path.write_text("某县整治情况通报\n截至二〇二三年五月,全县共整治排污口18个。\n某县生态环境局\n二〇二三年六月二日",
                    encoding="utf-8")
    record = pipeline.run(pipeline.load(path))
    as_of = {n.attrs["value"]: n.attrs.get("as_of") for n in record.nodes if n.type == NodeType.FIGURE}
    assert as_of["18"] == "2023-05"
    assert as_of["二〇二三年六月二日"] == "2023-06-02"


def test_the_texts_own_date_in_brackets_dates_no_action_of_its_sentence():
    assert isos("某局审计结果公告 (二〇二二年十二月二十六日) 某局自2022年3月1日起开展审计") == ["2022-03-01"]
