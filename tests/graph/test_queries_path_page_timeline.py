"""Shortest paths between entities, entity pages with their source sentences, and timelines by period."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.errors import BadQuery, NotFound
from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.queries import entity_page, shortest_path, timeline
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

TEXT = (
    "一、河道垃圾清理不及时问题。"
    "2022年3月5日,市水务局起草《清河保护办法》。"
    "2022年4月1日,市政府印发《清河保护办法》。"
    "2022年4月,市水务局建立河道巡查制度。"
    "开展岸线整治。"
)
DOC = document_id("d" * 64)
REG = entity_id("regulation", "清河保护办法")
WATER = entity_id("unit", "市水务局")
CITY = entity_id("unit", "市政府")


def _span(part: str, after: int = 0) -> Evidence:
    start = TEXT.index(part, after)
    return Evidence(DOC, start, start + len(part))


def _sentence(first: str) -> Evidence:
    start = TEXT.index(first)
    return Evidence(DOC, start, TEXT.index("。", start) + 1)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    problem = _span("河道垃圾清理不及时问题")
    draft, issue, patrol, shore = (_sentence(s) for s in ("2022年3月5日", "2022年4月1日", "2022年4月,", "开展岸线"))
    ids = {name: local_id("measure", DOC, ev.start, ev.end) for name, ev in
           (("draft", draft), ("issue", issue), ("patrol", patrol), ("shore", shore))}
    pid = local_id("problem", DOC, problem.start, problem.end)
    s = Store.open(tmp_path)
    s.write_document(DocumentRecord(
        node=Node(DOC, NodeType.DOCUMENT, "清河整改报告", attrs={"sha256": "d" * 64}, evidence=[Evidence(DOC, 0, len(TEXT))]),
        text=TEXT, original=TEXT, offsets=list(range(len(TEXT) + 1)),
        nodes=[
            Node(pid, NodeType.PROBLEM, "河道垃圾清理不及时问题", evidence=[problem]),
            Node(REG, NodeType.REGULATION, "清河保护办法", evidence=[_span("清河保护办法"), _span("清河保护办法", issue.start)]),
            Node(WATER, NodeType.UNIT, "市水务局", evidence=[_span("市水务局")]),
            Node(CITY, NodeType.UNIT, "市政府", evidence=[_span("市政府")]),
            Node(ids["draft"], NodeType.MEASURE, "起草", attrs={"text": TEXT[draft.start:draft.end], "date": "2022-03-05"}, evidence=[draft]),
            Node(ids["issue"], NodeType.MEASURE, "印发", attrs={"text": TEXT[issue.start:issue.end], "date": "2022-04-01"}, evidence=[issue]),
            Node(ids["patrol"], NodeType.MEASURE, "巡查", attrs={"text": TEXT[patrol.start:patrol.end], "date": "2022-04", "verbs": ["建立"]}, evidence=[patrol]),
            Node(ids["shore"], NodeType.MEASURE, "岸线", attrs={"text": TEXT[shore.start:shore.end]}, evidence=[shore]),
        ],
        edges=[
            Edge(ids["draft"], REG, EdgeType.ACTS_ON, attrs={"verb": "起草", "date": "2022-03-05"}, evidence=[draft], key="起草"),
            Edge(ids["issue"], REG, EdgeType.ACTS_ON, attrs={"verb": "印发", "date": "2022-04-01", "unit": "市政府"}, evidence=[issue], key="印发"),
            Edge(ids["draft"], WATER, EdgeType.PERFORMED_BY, evidence=[_span("市水务局")]),
            Edge(ids["patrol"], WATER, EdgeType.PERFORMED_BY, evidence=[_span("市水务局", patrol.start)]),
            Edge(ids["patrol"], pid, EdgeType.ADDRESSES, evidence=[patrol]),
            Edge(ids["shore"], pid, EdgeType.ADDRESSES, evidence=[shore]),
        ],
    ))
    return s


def test_the_shortest_path_from_a_unit_to_a_problem_goes_through_the_measure_it_performed(store: Store) -> None:
    path = shortest_path(store, "市水务局", "河道垃圾清理不及时问题")
    assert [n.type for n in path.nodes] == ["unit", "measure", "problem"]
    assert [str(e.type) for e in path.edges] == ["performed_by", "addresses"]
    assert path.nodes[1].attrs["date"] == "2022-04"


def test_a_path_longer_than_max_depth_or_outside_the_types_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):  # 市政府 is named only in an edge attribute, joined to nothing
        shortest_path(store, "市政府", "市水务局")
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
    verbs = sorted(e["edge"]["attrs"]["verb"] for e in page["edges"])
    assert verbs == ["印发", "起草"]
    assert {e["direction"] for e in page["edges"]} == {"in"}
    assert all(e["other"]["type"] == "measure" for e in page["edges"])
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


def test_the_cached_networkx_view_follows_a_new_document(store: Store) -> None:
    with pytest.raises(NotFound):
        shortest_path(store, "市政府", "市水务局")
    text = "市政府督促市水务局整改。"
    doc = document_id("e" * 64)
    m = local_id("measure", doc, 0, len(text))
    ev = [Evidence(doc, 0, len(text))]
    store.write_document(DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, "督办通知", attrs={"sha256": "e" * 64}, evidence=ev),
        text=text, original=text, offsets=list(range(len(text) + 1)),
        nodes=[Node(m, NodeType.MEASURE, text, attrs={"text": text}, evidence=ev),
               Node(CITY, NodeType.UNIT, "市政府", evidence=[Evidence(doc, 0, 3)])],
        edges=[Edge(m, CITY, EdgeType.PERFORMED_BY, evidence=[Evidence(doc, 0, 3)]),
               Edge(m, WATER, EdgeType.CONCERNS, evidence=[Evidence(doc, 5, 9)])],
    ))
    assert [n.id for n in shortest_path(store, "市政府", "市水务局").nodes] == [CITY, m, WATER]
