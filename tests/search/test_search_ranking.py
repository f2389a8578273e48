"""Ranking, phrases, operators, filters, facets, sorting and pages."""

from __future__ import annotations

from policykg.search.index import SearchIndex
from policykg.search.searcher import highlights, search


def test_heading_match_ranks_above_a_passing_mention(index: SearchIndex) -> None:
    hits = search(index, "湾长制", limit=20).hits
    order = [h.id for h in hits]
    assert order.index("section:s0") < order.index("measure:m3")


def test_passage_holding_all_words_ranks_first(index: SearchIndex) -> None:
    hits = search(index, "饮用水水源地 划定 保护区", node_type="measure", limit=5).hits
    assert hits[0].id == "measure:m4"


def test_phrase_matches_consecutive_text_only(index: SearchIndex) -> None:
    assert [h.id for h in search(index, '"海洋生态系统碳汇试点"', node_type="measure").hits] == ["measure:m2"]
    assert search(index, '"碳汇海洋"').total == 0


def test_and_or_not(index: SearchIndex) -> None:
    both = {h.id for h in search(index, "湾长制 AND 禁塑", node_type="measure").hits}
    assert both == {"measure:m3"}
    without = {h.id for h in search(index, "湾长制 NOT 禁塑", node_type="measure").hits}
    assert "measure:m3" not in without and "measure:m1" in without


def test_field_filters_on_type_year_unit_water_and_dates(index: SearchIndex) -> None:
    assert {h.id for h in search(index, "饮用水 year:2019").hits} == {"measure:m4"}
    assert {h.id for h in search(index, "year:[2021 TO 2022] type:measure").hits} == {"measure:m1", "measure:m3", "measure:m5"}
    assert {h.id for h in search(index, "湾长 unit:生态环境厅").hits} == {"measure:m1"}
    assert {h.id for h in search(index, "water:某某湾").hits} == {"measure:m1"}
    assert {h.id for h in search(index, "date:2022-05").hits} == {"measure:m3"}
    assert {h.id for h in search(index, "type:measure date:[2021-03 TO 2022]").hits} == {"measure:m1", "measure:m3", "measure:m5"}
    assert {h.id for h in search(index, "type:measure date:[* TO 2020]").hits} == {"measure:m2", "measure:m4"}


def test_facets_count_values_of_the_matching_passages(index: SearchIndex) -> None:
    facets = search(index, "type:measure", facets=True).facets
    assert facets["year"] == {"2022": 2, "2019": 1, "2020": 1, "2021": 1}
    assert facets["unit"] == {"某省生态环境厅": 1}
    assert facets["place"] == {"某市": 1}


def test_sort_by_date_and_pages(index: SearchIndex) -> None:
    dated = [h.id for h in search(index, "type:measure", sort="date", limit=3).hits]
    assert dated[0] == "measure:m3"
    first = search(index, "type:measure", limit=2).hits
    second = search(index, "type:measure", limit=2, offset=2).hits
    assert len(first) == len(second) == 2 and not {h.id for h in first} & {h.id for h in second}


def test_hits_carry_evidence_and_highlight_offsets(index: SearchIndex) -> None:
    hit = search(index, "红树林", node_type="measure").hits[0]
    d = hit.as_dict()
    assert set(d) == {"id", "type", "label", "text", "score", "highlights", "doc", "start", "end"}
    assert d["doc"] == "document:fixture0000000001" and d["end"] > d["start"]
    h = d["highlights"][0]
    assert hit.text[h["start"] : h["end"]] == "红树林"


def test_highlights_do_not_overlap() -> None:
    assert highlights("湾长制湾长", ["湾长制", "湾长"]) == [
        {"term": "湾长制", "start": 0, "end": 3}, {"term": "湾长", "start": 3, "end": 5}]


def test_a_rare_word_counts_more_than_a_common_one_among_words_all_optional(index: SearchIndex) -> None:
    # 湾长制 is in three passages, 红树林 in one: a reader asking for both wants that one first
    hits = search(index, "湾长制 红树林", node_type="measure", limit=3).hits
    assert hits[0].id == "measure:m2"
