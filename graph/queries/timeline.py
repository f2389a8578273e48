"""The timeline: dated actions on regulations and dated measures, grouped by period, in time order."""

from __future__ import annotations

from typing import Any

from ..errors import BadQuery, NotFound
from ..ids import name_key
from ..model import Edge, Evidence
from ..reader import DatedItem, GraphReader, first_span_key
from ..vocab import EdgeType, NodeType
from .problem_links import problem_closure
from .seeds import matching


#: How many characters of an ISO date make a period of each length.
PERIODS = {"year": 4, "month": 7, "day": 10}


def timeline(
    store: GraphReader,
    regulation: str | None = None,
    problem: str | None = None,
    unit: str | None = None,
    by: str = "month",
    items_per_period: int | None = None,
) -> list[dict[str, Any]]:
    """Dated actions on regulations and dated measures, grouped by period and in time order.

    Filters combine: actions on the regulations matching `regulation`; measures addressing the problems matching
    `problem` (sub-problems included); measures performed by the units matching `unit` (or actions naming it).
    A measure that acts on a regulation shows as that action, not a second time as a measure. Undated items
    cannot be placed and are left out; a date coarser than the period (a year, by month) keeps its own precision.
    Within a date, items follow the document and position of their first span.

    [{"period": "2021-02", "count": N, "actions": N, "measures": N, "items": [{"kind": "action"|"measure", "verb",
      "date", "unit", "measure", "text", "evidence": [{"doc", "start", "end"}], "regulation"?, "regulation_id"?}]}]
    where the counts are the period's items in all and `items` holds the first `items_per_period` of them (all
    without it).

    Only what the filters select is read: a regulation's actions by index, a problem's or a unit's measures by
    their edges; without a filter, every action and every dated measure (the evidence and units of the items
    shown alone).
    """
    if by not in PERIODS:
        raise BadQuery(f"unknown timeline period {by!r}", f"choose one of {', '.join(PERIODS)}")
    regs: set[str] | None = None
    if regulation:
        regs = {r.id for r in matching(store, regulation, NodeType.REGULATION)}
        if not regs:
            raise NotFound(f"no regulation matches {regulation!r}", "list them: policykg search QUERY --type regulation")
    allowed: set[str] | None = None
    if problem:
        closure = problem_closure(store, problem)
        if not closure:
            raise NotFound(f"no problem matches {problem!r}", "list them: policykg problems")
        allowed = {e.source for e in store.edges_touching(closure, [EdgeType.ADDRESSES], evidence=False)
                   if e.target in closure}
    unit_ids: set[str] = set()
    unit_keys: set[str] = set()
    if unit:
        found = matching(store, unit, NodeType.UNIT)
        unit_ids = {u.id for u in found}
        unit_keys = {name_key(unit)} | {name_key(u.label) for u in found}

    if regs is None and allowed is None and not unit:
        keyed, acts, spans = store.dated_items(), {}, {}
    else:
        keyed, acts, spans = _filtered_items(store, regs, allowed, unit, unit_ids, unit_keys)
    periods: dict[str, list[DatedItem]] = {}
    for entry in keyed:
        periods.setdefault(entry[0][: PERIODS[by]], []).append(entry)
    shown = {p: items if items_per_period is None else items[:items_per_period] for p, items in periods.items()}
    listed = [k for items in shown.values() for k in items]
    spans.update(store.evidence_pages([k[4] for k in listed if k[4] not in spans]))
    acts.update((e.id, e) for e in store.edges_by_id([k[4] for k in listed if k[2] == "action" and k[4] not in acts],
                                                      evidence=False))
    measures = {n.id: n for n in store.nodes(ids={k[3] for k in listed}, evidence=False)}
    performers: dict[str, list[str]] = {}
    for e in store.edges_touching(measures, [EdgeType.PERFORMED_BY], evidence=False):
        if e.source in measures:
            performers.setdefault(e.source, []).append(e.target)
    units = {n.id: n.label for n in store.nodes(ids={u for us in performers.values() for u in us}, evidence=False)}
    reg_labels = {n.id: n.label for n in store.nodes(
        ids={acts[k[4]].target for k in listed if k[2] == "action" and k[4] in acts}, evidence=False)}

    def unit_of(measure_id: str, edge: Edge | None = None) -> str:
        names = [units[u] for u in sorted(performers.get(measure_id, [])) if u in units]
        return "、".join(names) or (str(edge.attrs.get("unit", "")) if edge is not None else "")

    def item(key: DatedItem) -> dict[str, Any]:
        date, _first, kind, measure, item_id = key
        m = measures[measure]
        evidence = [ev.as_dict() for ev in spans[item_id][0]]
        if kind == "action":
            x = acts[item_id]
            return {"kind": "action", "verb": x.attrs.get("verb", ""), "date": date, "unit": unit_of(m.id, x),
                    "measure": m.id, "text": m.attrs.get("text", m.label), "evidence": evidence,
                    "regulation": reg_labels.get(x.target, ""), "regulation_id": x.target}
        verbs = m.attrs.get("verbs", [])
        return {"kind": "measure", "verb": verbs[0] if isinstance(verbs, list) and verbs else str(verbs or ""),
                "date": date, "unit": unit_of(m.id), "measure": m.id, "text": m.attrs.get("text", m.label),
                "evidence": evidence}

    return [{"period": p, "count": len(periods[p]), "actions": sum(k[2] == "action" for k in periods[p]),
             "measures": sum(k[2] == "measure" for k in periods[p]),
             "items": [item(k) for k in shown[p] if k[3] in measures and (k[2] == "measure" or k[4] in acts)]}
            for p in sorted(periods)]


def _filtered_items(store: GraphReader, regs: set[str] | None, allowed: set[str] | None, unit: str | None,
                    unit_ids: set[str], unit_keys: set[str]
                    ) -> tuple[list[DatedItem], dict[str, Edge], dict[str, tuple[list[Evidence], int]]]:
    """The timeline's items under its filters (timeline), in time order as store.dated_items gives the whole
    corpus's, with the actions' edges and the items' spans read for them: the actions and measures the filters
    select are read (ids, dates and edges without evidence, no node built) with their spans."""
    if regs is not None:
        acts = [e for e in store.edges_touching(regs, [EdgeType.ACTS_ON], evidence=False) if e.target in regs]
    elif allowed is not None:
        acts = [e for e in store.edges_touching(allowed, [EdgeType.ACTS_ON], evidence=False) if e.source in allowed]
    else:  # a unit alone: actions naming it may come from measures it does not perform
        acts = store.edges(edge_type=EdgeType.ACTS_ON, evidence=False)
    by_unit_ids = {e.source for e in store.edges_touching(unit_ids, [EdgeType.PERFORMED_BY], evidence=False)
                   if e.target in unit_ids}
    lone: set[str] = set()  # measures acting on no regulation
    if regs is None:
        lone = set(allowed) if allowed is not None else set(by_unit_ids)
        lone -= {e.source for e in store.edges_touching(lone, [EdgeType.ACTS_ON], evidence=False)}
    dates = store.node_attr(NodeType.MEASURE, "date", {e.source for e in acts} | lone)  # "" where undated

    def by_unit(measure_id: str, edge: Edge | None = None) -> bool:
        if not unit or measure_id in by_unit_ids:
            return True
        named = name_key(str(edge.attrs.get("unit", ""))) if edge is not None else ""
        return bool(named) and any(k in named for k in unit_keys)

    def dated(e: Edge) -> str:
        if e.source not in dates:  # no such measure
            return ""
        return str(e.attrs.get("date", "") or dates.get(e.source, ""))

    acts = [e for e in acts if (allowed is None or e.source in allowed) and dated(e) and by_unit(e.source, e)]
    lone_items = sorted(m for m in lone if dates.get(m) and by_unit(m))
    spans = store.evidence_pages([*(e.id for e in acts), *lone_items])
    keyed = sorted([(dated(e), first_span_key(spans[e.id][0]), "action", e.source, e.id) for e in acts]
                   + [(str(dates[m]), first_span_key(spans[m][0]), "measure", m, m) for m in lone_items])
    return keyed, {e.id: e for e in acts}, spans
