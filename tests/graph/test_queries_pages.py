"""A regulation's trace and an entity page come a page at a time, in the same order as whole, read by index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.queries.entity_pages import SPANS_SHOWN, entity_page, evidence_quotes
from policykg.graph.queries.timeline import timeline
from policykg.graph.queries.trace import trace, trace_page
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.schema import DB_FILE, SCHEMA_VERSION
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType
from store_schemas import schema_three

REG = entity_id("regulation", "清河保护办法")
UNIT = entity_id("unit", "市水务局")
PLACE = entity_id("place", "清河市")
#: (date, verb) of each invented action: a month sorts before its days, equal dates keep the order of the text,
#: undated actions come last.
ACTIONS = [("2022-04-01", "印发"), ("", "落实"), ("2022-03-05", "起草"), ("2022-04-01", "实施"), ("2021", "调研"),
           ("2022-03", "审议"), ("", "宣传"), ("2022-04-01", "发布")]


def sha_of(n: int) -> str:
    return str(n) * 64


def report(n: int) -> DocumentRecord:
    """An invented report whose sentences each say the unit did one action on the regulation."""
    sentences = [f"{date or '此后'},市水务局{verb}《清河保护办法》。" for date, verb in ACTIONS]
    text = "".join(sentences)
    sha = sha_of(n)
    doc = document_id(sha)
    nodes = [Node(UNIT, NodeType.UNIT, "市水务局", evidence=[Evidence(doc, 0, 4)]),
             Node(REG, NodeType.REGULATION, "清河保护办法", evidence=[Evidence(doc, 0, 6)]),
             Node(PLACE, NodeType.PLACE, "清河市", evidence=[Evidence(doc, 0, 3)])]
    edges = [Edge(REG, UNIT, EdgeType.ISSUED_BY, evidence=[Evidence(doc, 0, 6)])]
    start = 0
    for (date, verb), sentence in zip(ACTIONS, sentences):
        span = [Evidence(doc, start, start + len(sentence))]
        measure = local_id("measure", doc, start, start + len(sentence))
        nodes.append(Node(measure, NodeType.MEASURE, sentence, attrs={"text": sentence}, evidence=span))
        edges += [Edge(measure, REG, EdgeType.ACTS_ON, {"verb": verb, "date": date}, evidence=span),
                  Edge(measure, UNIT, EdgeType.PERFORMED_BY, evidence=span),
                  Edge(measure, PLACE, EdgeType.CONCERNS, evidence=span)]
        start += len(sentence)
    return DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, f"清河整改报告{n}", attrs={"sha256": sha}, evidence=[Evidence(doc, 0, len(text))]),
        text=text, original=text, offsets=list(range(len(text) + 1)), nodes=nodes, edges=edges,
    )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    for n in range(1, 4):
        s.write_document(report(n))
    return s


def test_a_trace_is_in_time_order_equal_dates_in_text_order_undated_last(store: Store) -> None:
    actions = trace(store, "清河保护办法")
    first_report = [a["verb"] for a in actions if a["doc"] == document_id(sha_of(1))]
    assert first_report == ["调研", "审议", "起草", "印发", "实施", "发布", "落实", "宣传"]  # 2022-03 before 2022-03-05
    assert [a["date"] for a in actions][:3] == ["2021"] * 3 and [a["date"] for a in actions][-6:] == [""] * 6
    assert {(a["unit"], a["place"]) for a in actions} == {("市水务局", "清河市")}


@pytest.mark.parametrize("limit", [1, 5, 7, 50])
def test_the_pages_of_a_trace_put_together_are_the_whole_trace(store: Store, limit: int) -> None:
    whole = trace(store, REG)
    pages = []
    for offset in range(0, len(whole) + limit, limit):
        page, count = trace_page(store, REG, limit, offset)
        assert count == len(whole) == 3 * len(ACTIONS)
        pages += page
    assert pages == whole


@pytest.mark.parametrize("limit", [1, 4, 9, 100])
def test_the_pages_of_an_entity_page_put_together_are_the_whole_page(store: Store, limit: int) -> None:
    whole = entity_page(store, UNIT)
    assert whole["edge_count"] == len(whole["edges"]) == 3 * len(ACTIONS) + 1
    edges, spans, quoted = [], [], set()
    for offset in range(0, whole["edge_count"] + limit, limit):
        page = entity_page(store, UNIT, limit, offset)
        assert {**page["node"], "evidence": []} == {**whole["node"], "evidence": []}
        assert (page["edge_count"], page["evidence_count"]) == (whole["edge_count"], whole["evidence_count"])
        assert len(page["edges"]) <= limit and len(page["node"]["evidence"]) <= limit
        edges += page["edges"]
        spans += page["node"]["evidence"]
        quoted |= {(q["doc"], q["start"], q["end"], q["owner"]) for q in page["evidence"]}
    assert edges == whole["edges"]
    assert spans == whole["node"]["evidence"] and whole["evidence_count"] == 3
    assert quoted == {(q["doc"], q["start"], q["end"], q["owner"]) for q in whole["evidence"]}


def test_a_page_shows_the_first_spans_of_each_edge_and_counts_them_all(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    for n in range(1, 5 + SPANS_SHOWN):
        s.write_document(report(n))
    whole = entity_page(s, REG)
    [issued] = [e for e in whole["edges"] if e["edge"]["type"] == "issued_by"]
    assert issued["evidence_count"] == len(issued["edge"]["evidence"]) == 4 + SPANS_SHOWN
    assert len(issued["other"]["evidence"]) == 4 + SPANS_SHOWN
    page = entity_page(s, REG, limit=3, offset=0)
    [issued_page] = [e for e in page["edges"] if e["edge"]["type"] == "issued_by"]
    assert issued_page["edge"]["evidence"] == issued["edge"]["evidence"][:SPANS_SHOWN]
    assert issued_page["other"]["evidence"] == issued["other"]["evidence"][:SPANS_SHOWN]
    assert issued_page["evidence_count"] == 4 + SPANS_SHOWN
    assert page["node"]["evidence"] == whole["node"]["evidence"][:3] and page["evidence_count"] == 4 + SPANS_SHOWN
    owned = {(q["doc"], q["start"], q["end"]) for q in page["evidence"] if q["owner"] == REG}
    assert owned == {(x["doc"], x["start"], x["end"]) for x in whole["node"]["evidence"][:3]}
    s.close()


@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (2, 3), (5, 6), (10, 0), (3, 20)])
def test_evidence_pages_are_slices_of_each_owners_spans_in_document_order(store: Store, limit: int, offset: int) -> None:
    owners = [UNIT, REG, "edge:none"]
    whole = store.evidence_pages(owners)
    assert whole["edge:none"] == ([], 0) and [whole[o][1] for o in owners[:2]] == [3, 3]
    paged = store.evidence_pages(owners, limit, offset)
    for o in owners:
        spans, count = whole[o]
        assert spans == sorted(spans) and paged[o] == (spans[offset : offset + limit], count)
    quotes, count = evidence_quotes(store, UNIT, 2, 1)
    assert count == 3 and [(q["doc"], q["start"], q["end"]) for q in quotes] == [(x.doc, x.start, x.end) for x in whole[UNIT][0][1:3]]
    assert {q["owner"] for q in quotes} == {UNIT}


def test_an_entity_page_lists_what_the_node_points_at_first_then_what_points_at_it(store: Store) -> None:
    page = entity_page(store, REG, limit=2)
    assert [(e["direction"], e["edge"]["type"], e["other"]["label"]) for e in page["edges"]][:1] == [
        ("out", "issued_by", "市水务局")]
    assert page["edge_count"] == 1 + 3 * len(ACTIONS)
    rest = entity_page(store, REG, limit=100, offset=1)["edges"]
    assert {e["direction"] for e in rest} == {"in"}
    assert [e["edge"]["id"] for e in rest] == sorted(e["edge"]["id"] for e in rest)


def test_a_page_past_the_end_is_empty_but_still_counts(store: Store) -> None:
    assert trace_page(store, REG, 10, 1000) == ([], 3 * len(ACTIONS))
    page = entity_page(store, UNIT, 10, 1000)
    assert page["edges"] == [] and page["edge_count"] == 3 * len(ACTIONS) + 1


def test_quotes_show_the_characters_of_each_span_with_context(store: Store) -> None:
    text = store.document_text(document_id(sha_of(2)))
    for q in entity_page(store, PLACE, limit=3, offset=2)["evidence"]:
        whole = store.document_text(q["doc"])
        assert q["text"] == whole[q["start"] : q["end"]]
        assert whole[: q["start"]].endswith(q["before"]) and whole[q["end"] :].startswith(q["after"])
    assert store.document_slices([(document_id(sha_of(2)), 3, 8), ("document:none", 0, 5), (document_id(sha_of(2)), 0, 2)]) == [
        text[3:8], "", text[0:2]]


def plan(store_dir: Path, sql: str, params: tuple) -> str:
    conn = sqlite3.connect(store_dir / DB_FILE)
    try:
        return " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    finally:
        conn.close()


def test_edge_pages_and_action_pages_walk_an_index_in_answer_order(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    s.write_document(report(1))
    actions = plan(tmp_path, "SELECT rank, id FROM edges INDEXED BY edges_trace WHERE target = ? AND type = 'acts_on' "
                             "ORDER BY rank, id LIMIT 5 OFFSET 5", (REG,))
    assert "USING COVERING INDEX edges_trace" in actions and "TEMP B-TREE" not in actions
    for end, index in (("source", "edges_out"), ("target", "edges_in")):
        edges = plan(tmp_path, f"SELECT id, attrs FROM edges WHERE {end} = ? ORDER BY type, id LIMIT 5 OFFSET 5", (UNIT,))
        assert f"USING INDEX {index}" in edges and "TEMP B-TREE" not in edges
    walk = plan(tmp_path, "SELECT id, source, target FROM edges WHERE source IN (?, ?)", (UNIT, REG))
    assert "USING COVERING INDEX edges_out" in walk  # a walk reads the index alone
    s.close()


def test_a_kept_order_of_actions_gives_way_to_a_new_one_after_a_write(store: Store) -> None:
    before, count = trace_page(store, REG, 4, 3 * len(ACTIONS) - 4)
    assert count == 3 * len(ACTIONS) and len(before) == 4
    store.write_document(report(4))
    after, count = trace_page(store, REG, 4, 3 * len(ACTIONS) - 4)
    assert count == 4 * len(ACTIONS) and after != before
    assert trace_page(store, REG, None, 0)[0] == trace(store, REG)
    store.delete_document(document_id(sha_of(4)))
    assert trace_page(store, REG, 4, 3 * len(ACTIONS) - 4) == (before, 3 * len(ACTIONS))


def test_a_bounded_neighbourhood_keeps_the_nearest_nodes_and_says_it_was_cut(store: Store) -> None:
    near = neighbourhood(store, [UNIT], depth=1)
    far = neighbourhood(store, [UNIT], depth=2)
    near_ids, far_ids = {n.id for n in near.nodes}, {n.id for n in far.nodes}
    assert not near.truncated and not far.truncated and near_ids < far_ids
    exact = neighbourhood(store, [UNIT], depth=2, max_nodes=len(far_ids))
    assert {n.id for n in exact.nodes} == far_ids and not exact.truncated
    cut = neighbourhood(store, [UNIT], depth=2, max_nodes=len(near_ids))
    assert {n.id for n in cut.nodes} == near_ids and cut.truncated
    few = neighbourhood(store, [UNIT], depth=2, max_nodes=5)
    ids = {n.id for n in few.nodes}
    assert len(ids) == 5 and UNIT in ids and ids < near_ids and few.truncated
    assert all(e.source in ids and e.target in ids and e.evidence for e in few.edges)
    assert {e.id for e in few.edges} == {e.id for e in far.edges if e.source in ids and e.target in ids}


def test_quoted_texts_are_read_again_once_the_store_changes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = document_id(sha_of(3))
    text = store.document_text(doc)
    assert store.document_slices([(doc, 0, 5), (doc, 7, 9)]) == [text[:5], text[7:9]]
    store.delete_document(doc)
    assert store.document_slices([(doc, 0, 5)]) == [""]
    monkeypatch.setattr("policykg.graph.documents.TEXT_CACHE_CHARS", 10)  # less than one text: each read, then let go
    other = document_id(sha_of(2))
    assert store.document_slices([(other, 2, 6), (document_id(sha_of(1)), 0, 3)]) == [
        store.document_text(other)[2:6], store.document_text(document_id(sha_of(1)))[:3]]
    assert store.document_slices([(other, 2, 6)]) == [store.document_text(other)[2:6]]


OTHER = entity_id("regulation", "清河管理条例")


def shared_action(n: int, date: str) -> DocumentRecord:
    """An invented notice stating an action of one measure that every notice names (one acts_on edge, claimed by
    each notice with its own span), on REG and on OTHER."""
    sha = sha_of(n)
    doc = document_id(sha)
    text = "市水务局印发《清河保护办法》《清河管理条例》。"
    span = [Evidence(doc, 0, len(text))]
    measure = "measure:shared"
    return DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, f"通报{n}", attrs={"sha256": sha}, evidence=span),
        text=text, original=text, offsets=list(range(len(text) + 1)),
        nodes=[Node(measure, NodeType.MEASURE, text, attrs={"text": text}, evidence=span),
               Node(REG, NodeType.REGULATION, "清河保护办法", evidence=span),
               Node(OTHER, NodeType.REGULATION, "清河管理条例", evidence=span)],
        edges=[Edge(measure, REG, EdgeType.ACTS_ON, {"verb": "印发", "date": date}, evidence=span),
               Edge(measure, OTHER, EdgeType.ACTS_ON, {"verb": "执行", "date": ""}, evidence=span)],
    )


def test_actions_read_in_rank_order_equal_their_order_sorted_from_dates_and_spans_after_writes_and_deletes(
        tmp_path: Path) -> None:
    s = Store.open(tmp_path)

    def same_order() -> None:
        for regs in ([REG], [OTHER], [REG, OTHER], [OTHER, REG]):
            want = s._action_order_unranked(regs)
            whole, count = s.action_page(regs)
            assert [e.id for e in whole] == want and count == len(want)
            for limit in (1, 4, 7):
                pages = [s.action_page(regs, limit, offset) for offset in range(0, count + limit, limit)]
                assert [e.id for page, n in pages for e in page] == want and {n for _, n in pages} == {count}

    for r in (report(5), shared_action(9, ""), report(4)):
        s.write_document(r)
    same_order()
    shared = s.edges(target=REG, edge_type=EdgeType.ACTS_ON, evidence=False)
    s.write_document(shared_action(3, "2022-04-01"))  # an earlier document: the shared action's date and first span
    same_order()
    on_the_day = [e.source for e in s.action_page([REG])[0] if e.attrs["date"] == "2022-04-01"]
    assert len(on_the_day) == 7 and on_the_day[0] == "measure:shared"  # its span comes before reports 4's and 5's
    s.delete_document(document_id(sha_of(3)))
    same_order()
    assert s.edges(target=REG, edge_type=EdgeType.ACTS_ON, evidence=False) == shared


def test_a_store_of_schema_three_opened_read_only_answers_traces_and_timelines_as_it_will_once_migrated(
        tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    for r in (report(5), shared_action(9, ""), report(4), shared_action(3, "2022-04-01")):
        s.write_document(r)
    s.close()
    schema_three(tmp_path)
    old = Store.open(tmp_path, read_only=True)  # left as it is: no ranks, orders computed from dates and spans
    assert old.schema_version == 3
    answers = [trace_page(old, REG, 5, 3), trace_page(old, REG, None, 0), timeline(old), timeline(old, regulation=REG)]
    old.close()
    new = Store.open(tmp_path)
    assert new.schema_version == SCHEMA_VERSION
    assert answers == [trace_page(new, REG, 5, 3), trace_page(new, REG, None, 0), timeline(new),
                       timeline(new, regulation=REG)]
