"""The whoosh engine scores postings itself (search/whoosh_scoring.py): the same passages, scores and order as
whoosh's own search over every match, and an exact total however many match."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.model import Edge, Evidence, Node
from policykg.search.index import SearchIndex
from policykg.search.query import parse
from policykg.search.searcher import search
from policykg.search.whoosh_engine import WhooshEngine

OTHER = "document:fixture0000000004"
OTHER_TEXT = "某区湾长制简报\n区里推行湾长制巡湾,开展海洋生态保护督察。\n湾长制实施方案印发。\n"

QUERIES = [
    "湾长制", "湾长", "海洋碳汇", "湾长制 考核 宣传", "湾长制 AND 宣传", '"湾长制实施方案"', '"湾长制 实施方案"',
    "湾长制 NOT 宣传", "-禁塑 type:measure", "饮用水 year:[2019 TO 2022]", "湾长制 unit:生态环境厅", "保护 -type:section",
]


def _other_nodes() -> list[Node]:
    nodes = [Node(OTHER, "document", "某区湾长制简报", attrs={"date": "2021"})]
    for k, line in enumerate(OTHER_TEXT.split("\n")[1:3]):
        i = OTHER_TEXT.index(line)
        nodes.append(Node(f"measure:o{k}", "measure", line[:8], attrs={"text": line, "date": "2021"},
                          evidence=[Evidence(OTHER, i, i + len(line))]))
    return nodes


@pytest.fixture
def whoosh_index(tmp_path: Path, report: tuple[str, str, list[Node], list[Edge]]) -> SearchIndex:
    """Three commits, the last replacing the first document's passages: several segments, some deletions."""
    ix = SearchIndex(tmp_path, engine="whoosh")
    ix.add_document(*report)
    ix.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    ix.add_document(*report)
    return ix


@pytest.mark.parametrize("query", QUERIES)
def test_scores_order_and_totals_are_whooshs_own(whoosh_index: SearchIndex, query: str) -> None:
    engine = whoosh_index.engine
    assert isinstance(engine, WhooshEngine)
    pq = parse(query)
    for clause in filter(None, (pq.query, pq.narrow, pq.held)):
        ours = engine.match(clause, pq.filter, pq.exclude, 1000)
        whooshs = engine._whoosh_match(engine.searcher(), clause, pq.filter, pq.exclude, 1000)  # noqa: SLF001
        assert [(round(s, 6), f["id"]) for s, f in ours.hits] == [(round(s, 6), f["id"]) for s, f in whooshs.hits]
        assert ours.total == len(ours.hits) and ours.exact


def test_the_total_is_exact_past_the_best_asked_for(whoosh_index: SearchIndex) -> None:
    engine = whoosh_index.engine
    every = engine.match(parse("湾长").query, None, None, 1000)
    assert every.total > 3
    best = engine.match(parse("湾长").query, None, None, 2)
    assert (best.total, best.exact, len(best.hits)) == (every.total, True, 2)
    assert [f["id"] for _s, f in best.hits] == [f["id"] for _s, f in every.hits[:2]]


def test_phrases_are_checked_only_as_far_as_the_best_need(whoosh_index: SearchIndex) -> None:
    """Past the best asked for, the phrase 湾长制's matches are left unchecked: the total is then a lower bound."""
    engine = whoosh_index.engine
    every = engine.match(parse('"湾长制"').query, None, None, 1000)
    assert every.exact and every.total > 3
    best = engine.match(parse('"湾长制"').query, None, None, 2)
    assert not best.exact and 2 <= best.total < every.total
    assert [f["id"] for _s, f in best.hits] == [f["id"] for _s, f in every.hits[:2]]


def test_a_replaced_passage_is_found_once(whoosh_index: SearchIndex) -> None:
    found = [h.id for h in search(whoosh_index, "湾长制", limit=50).hits]
    assert "measure:m1" in found and len(found) == len(set(found))


def test_a_commit_reopens_the_searcher_and_its_scoring(whoosh_index: SearchIndex) -> None:
    engine = whoosh_index.engine
    query = parse("红树林").query
    before, searcher = engine.match(query, None, None, 100), engine.searcher()
    assert engine.match(query, None, None, 100).total == before.total and engine.searcher() is searcher
    text = "某县简报\n县里开展红树林巡护。\n"
    line = text.split("\n")[1]
    whoosh_index.add_document("document:fixture0000000005", text, [
        Node("document:fixture0000000005", "document", "某县简报"),
        Node("measure:r1", "measure", line, attrs={"text": line},
             evidence=[Evidence("document:fixture0000000005", text.index(line), text.index(line) + len(line))]),
    ], [])
    after = engine.match(query, None, None, 100)
    new = {f["id"] for _s, f in after.hits} - {f["id"] for _s, f in before.hits}
    assert new == {"measure:r1", "document:fixture0000000005"} and after.total == before.total + 2
    assert engine.searcher() is not searcher


def test_a_block_is_read_without_its_positions_only_when_laid_out_as_whoosh_writes_it() -> None:
    import pickle

    from policykg.search.whoosh_postings import without_positions

    gaps, weights = (3, 1, 4, 1, 5), (1.0, 2.0, 1.0, 3.0, 1.0)
    block = pickle.dumps((gaps, weights, tuple(b"\x00\x00\x00\x01pos" for _ in gaps)), 2)
    assert without_positions(block, 5) == (gaps, weights)
    assert without_positions(pickle.dumps((gaps, None, (b"p",) * 5), 2), 5) == (gaps, None)
    assert without_positions(block, 4) is None  # not the block it claims to be: read it whole
    assert without_positions(pickle.dumps((gaps, weights, None), 2), 5) is None  # no positions to leave out
