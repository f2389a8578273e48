"""The timeline reads only what its filters select, and answers as the whole-corpus computation it replaced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from policykg.graph.errors import NotFound
from policykg.graph.ids import name_key
from policykg.graph.model import DocumentRecord, Edge
from policykg.graph.queries.problem_links import problem_closure
from policykg.graph.queries.seeds import matching
from policykg.graph.queries.timeline import PERIODS, timeline
from policykg.graph.reader import dated_items_read
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType


def reference_timeline(store: Store, regulation: str | None = None, problem: str | None = None,
                       unit: str | None = None, by: str = "month") -> list[dict[str, Any]]:
    """The timeline as it was computed before: every unit, measure, action and performer of the corpus loaded."""
    regs = {r.id for r in matching(store, regulation, NodeType.REGULATION)} if regulation else None
    if regs is not None and not regs:
        raise NotFound(regulation)
    allowed = None
    if problem:
        closure = problem_closure(store, problem)
        allowed = {e.source for pid in closure for e in store.edges(target=pid, edge_type=EdgeType.ADDRESSES)}
    unit_ids: set[str] = set()
    unit_keys: set[str] = set()
    if unit:
        found = matching(store, unit, NodeType.UNIT)
        unit_ids = {u.id for u in found}
        unit_keys = {name_key(unit)} | {name_key(u.label) for u in found}
    performers: dict[str, list[str]] = {}
    unit_labels = {u.id: u.label for u in store.nodes(NodeType.UNIT)}
    for e in store.edges(edge_type=EdgeType.PERFORMED_BY):
        performers.setdefault(e.source, []).append(e.target)

    def unit_of(measure_id: str, edge: Edge | None = None) -> str:
        names = [unit_labels[u] for u in sorted(performers.get(measure_id, [])) if u in unit_labels]
        return "、".join(names) or (str(edge.attrs.get("unit", "")) if edge is not None else "")

    def by_unit(measure_id: str, edge: Edge | None = None) -> bool:
        if not unit:
            return True
        if unit_ids & set(performers.get(measure_id, [])):
            return True
        named = name_key(str(edge.attrs.get("unit", ""))) if edge is not None else ""
        return bool(named) and any(k in named for k in unit_keys)

    actions = [e for e in store.edges(edge_type=EdgeType.ACTS_ON) if regs is None or e.target in regs]
    actions = [e for e in actions if (allowed is None or e.source in allowed) and by_unit(e.source, e)]
    acting = {e.source for e in store.edges(edge_type=EdgeType.ACTS_ON)}
    every = {n.id: n for n in store.nodes(NodeType.MEASURE)}
    ids = {e.source for e in actions}
    if regs is None:
        ids |= {m for m in (allowed if allowed is not None else set(every)) if m not in acting and by_unit(m)}
    measures = {i: every[i] for i in ids if i in every}
    reg_labels = {n.id: n.label for n in store.nodes(NodeType.REGULATION)}
    items: list[dict[str, Any]] = []
    for e in actions:
        m = measures.get(e.source)
        date = str(e.attrs.get("date", "") or (m.attrs.get("date", "") if m else ""))
        if date and m is not None:
            items.append({"kind": "action", "verb": e.attrs.get("verb", ""), "date": date, "unit": unit_of(m.id, e),
                          "measure": m.id, "text": m.attrs.get("text", m.label),
                          "evidence": [x.as_dict() for x in sorted(e.evidence)],
                          "regulation": reg_labels.get(e.target, ""), "regulation_id": e.target})
    for m in measures.values():
        date = str(m.attrs.get("date", ""))
        if m.id not in acting and date:
            verbs = m.attrs.get("verbs", [])
            items.append({"kind": "measure", "verb": verbs[0] if isinstance(verbs, list) and verbs else str(verbs or ""),
                          "date": date, "unit": unit_of(m.id), "measure": m.id, "text": m.attrs.get("text", m.label),
                          "evidence": [x.as_dict() for x in sorted(m.evidence)]})
    items.sort(key=lambda i: (i["date"], i["evidence"][0]["doc"] if i["evidence"] else "",
                              i["evidence"][0]["start"] if i["evidence"] else 0, i["kind"], i["measure"]))
    periods: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        periods.setdefault(item["date"][: PERIODS[by]], []).append(item)
    return [{"period": p, "items": periods[p]} for p in sorted(periods)]


@pytest.fixture(scope="module")
def store(sample_db: Path) -> Store:
    return Store.open(sample_db, read_only=True)


def filters(store: Store) -> list[dict[str, str]]:
    """No filter, and each filter on the busiest regulation, problem and unit of the sample (and two at once)."""
    def busiest(edge_type: EdgeType) -> str:
        tally: dict[str, int] = {}
        for e in store.edges(edge_type=edge_type, evidence=False):
            tally[e.target] = tally.get(e.target, 0) + 1
        return min(tally, key=lambda t: (-tally[t], t))
    reg, problem, unit = busiest(EdgeType.ACTS_ON), busiest(EdgeType.ADDRESSES), busiest(EdgeType.PERFORMED_BY)
    return [{}, {"regulation": reg}, {"problem": problem}, {"unit": unit}, {"unit": store.node(unit).label},
            {"regulation": reg, "unit": unit}, {"problem": problem, "unit": unit}]


@pytest.mark.parametrize("by", ["month", "year", "day"])
def test_the_timeline_answers_as_the_whole_corpus_computation_did(store: Store, by: str) -> None:
    for kw in filters(store):
        got = timeline(store, by=by, **kw)
        want = reference_timeline(store, by=by, **kw)
        assert [{"period": p["period"], "items": p["items"]} for p in got] == want, kw
        for p in got:
            assert p["count"] == len(p["items"]) == p["actions"] + p["measures"]
            assert p["actions"] == sum(i["kind"] == "action" for i in p["items"])
    assert sum(p["count"] for p in timeline(store)) > 20


def test_a_timeline_shows_the_first_items_of_each_period_and_counts_them_all(store: Store) -> None:
    whole = timeline(store, by="year")
    short = timeline(store, by="year", items_per_period=2)
    assert [p["period"] for p in short] == [p["period"] for p in whole]
    for s, w in zip(short, whole):
        assert s["items"] == w["items"][:2] and (s["count"], s["actions"], s["measures"]) == (
            w["count"], w["actions"], w["measures"])
    assert any(p["count"] > 2 for p in short)


def test_the_whole_corpus_items_from_the_stores_ranks_equal_those_read_from_edges_nodes_and_spans(
        store: Store, tmp_path: Path) -> None:
    ranked = store.dated_items()
    assert ranked == dated_items_read(store)
    assert {k[2] for k in ranked} == {"action", "measure"} and len(ranked) > 20
    other = Store.open(tmp_path)  # a measure dated, its action not; an action on a measure that is not stored
    doc = store.documents()[0]["id"]
    action = next(e for e in store.edges(edge_type=EdgeType.ACTS_ON) if e.attrs.get("date"))
    record = DocumentRecord(node=store.node(doc), text="", original="", offsets=[0], nodes=[
        replace(store.node(action.source), attrs={**store.node(action.source).attrs, "date": "2019-09"})],
        edges=[replace(action, attrs={**action.attrs, "date": ""}, id=""),
               replace(action, source="measure:elsewhere", id="")])
    other.write_document(record)
    assert [k[0] for k in other.dated_items()] == sorted([action.attrs["date"], "2019-09"])
    assert other.dated_items() == dated_items_read(other)
