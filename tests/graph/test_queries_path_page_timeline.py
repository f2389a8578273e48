"""Shortest paths between entities, entity pages with their source sentences, and timelines by period."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented_graph import REG, TEXT, WATER, write_river_report

from policykg.graph.errors import BadQuery, NotFound
from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.timeline import timeline
from policykg.graph.queries.trace import trace
from policykg.graph.queries.walks import shortest_path
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    write_river_report(s)
    return s


def test_the_shortest_path_from_a_unit_to_a_problem_goes_through_the_measure_it_performed(store: Store) -> None:
    path = shortest_path(store, "市水务局", "河道垃圾清理不及时问题")
    assert [n.type for n in path.nodes] == ["unit", "measure", "problem"]
    assert [str(e.type) for e in path.edges] == ["performed_by", "addresses"]
    assert path.nodes[1].attrs["date"] == "2022-04"


def test_a_path_longer_than_max_depth_or_outside_the_types_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        shortest_path(store, "清河保护办法", "河道垃圾清理不及时问题", max_depth=1)
    assert len(shortest_path(store, "清河保护办法", "河道垃圾清理不及时问题").edges) == 4
    with pytest.raises(NotFound):
        shortest_path(store, "清河保护办法", "河道垃圾清理不及时问题", types=["measure"])
    with pytest.raises(BadQuery):
        shortest_path(store, "清河保护办法", "市水务局", max_depth=0)


def test_an_entity_page_lists_each_edge_with_the_sentence_it_came_from(store: Store) -> None:
    page = entity_page(store, "清河保护办法")
    assert page["node"]["id"] == REG
    acts = [e for e in page["edges"] if e["edge"]["type"] == "acts_on"]
    assert sorted(e["edge"]["attrs"]["verb"] for e in acts) == ["印发", "起草"]
    assert all(e["direction"] == "in" and e["other"]["type"] == "measure" for e in acts)
    [issuer] = [e for e in page["edges"] if e["edge"]["type"] == "issued_by"]
    assert (issuer["direction"], issuer["other"]["label"]) == ("out", "市政府")
    texts = [q["text"] for q in page["evidence"]]
    assert "2022年4月1日,市政府印发《清河保护办法》。" in texts
    assert texts.count("清河保护办法") == 2
    for q in page["evidence"]:
        assert TEXT[q["start"]:q["end"]] == q["text"]
        assert TEXT[:q["start"]].endswith(q["before"]) and TEXT[q["end"]:].startswith(q["after"])


def test_an_unknown_entity_page_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        entity_page(store, "不存在的办法")


def test_a_timeline_by_month_orders_actions_and_dated_measures_and_leaves_out_undated_ones(store: Store) -> None:
    periods = timeline(store)
    assert [p["period"] for p in periods] == ["2022-03", "2022-04"]
    march, april = periods
    assert [(i["kind"], i["verb"], i["unit"]) for i in march["items"]] == [("action", "起草", "市水务局")]
    assert [(i["kind"], i["date"]) for i in april["items"]] == [("measure", "2022-04"), ("action", "2022-04-01")]
    assert april["items"][1]["unit"] == "市政府"
    assert all("开展岸线整治" not in i["text"] for p in periods for i in p["items"])


def test_a_trace_gives_each_action_its_unit_place_and_sentence(store: Store) -> None:
    actions = trace(store, "清河保护办法")
    assert [(a["date"], a["verb"], a["unit"], a["place"]) for a in actions] == [
        ("2022-03-05", "起草", "市水务局", ""), ("2022-04-01", "印发", "市政府", "清河")]
    assert all(TEXT[a["start"]:a["end"]] == a["text"] for a in actions)


def test_a_timeline_filters_by_regulation_problem_and_unit(store: Store) -> None:
    assert [i["verb"] for p in timeline(store, regulation="清河保护办法") for i in p["items"]] == ["起草", "印发"]
    assert [i["kind"] for p in timeline(store, problem="河道垃圾") for i in p["items"]] == ["measure"]
    by_unit = [i["date"] for p in timeline(store, unit="市水务局") for i in p["items"]]
    assert by_unit == ["2022-03-05", "2022-04"]
    assert [p["period"] for p in timeline(store, by="year")] == ["2022"]
    with pytest.raises(BadQuery):
        timeline(store, by="week")
    with pytest.raises(NotFound):
        timeline(store, regulation="没有的办法")


def _write(store: Store, sha: str, text: str, nodes: list[Node], edges: list[Edge]) -> str:
    doc = document_id(sha * 64)
    ev = [Evidence(doc, 0, len(text))]
    store.write_document(DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, text[:6], attrs={"sha256": sha * 64}, evidence=ev),
        text=text, original=text, offsets=list(range(len(text) + 1)), nodes=nodes, edges=edges,
    ))
    return doc


def test_the_cached_networkx_view_follows_a_new_document(store: Store) -> None:
    office = entity_id("unit", "省河长办")
    first = document_id("e" * 64)
    _write(store, "e", "省河长办成立。", [Node(office, NodeType.UNIT, "省河长办", evidence=[Evidence(first, 0, 4)])], [])
    with pytest.raises(NotFound):  # named, but joined to nothing yet
        shortest_path(store, "省河长办", "市水务局")
    text = "省河长办督促市水务局整改。"
    doc = document_id("f" * 64)
    m = local_id("measure", doc, 0, len(text))
    ev = [Evidence(doc, 0, len(text))]
    _write(store, "f", text, [Node(m, NodeType.MEASURE, text, attrs={"text": text}, evidence=ev)],
           [Edge(m, office, EdgeType.PERFORMED_BY, evidence=[Evidence(doc, 0, 4)]),
            Edge(m, WATER, EdgeType.CONCERNS, evidence=[Evidence(doc, 6, 10)])])
    assert [n.id for n in shortest_path(store, "省河长办", "市水务局").nodes] == [office, m, WATER]
