"""A regulation's trace: the actions on it in time order, with their measures, units and places."""

from __future__ import annotations

from typing import Any

from ..errors import NotFound
from ..model import Node
from ..reader import GraphReader
from ..vocab import EdgeType, NodeType
from .seeds import matching


def trace(store: GraphReader, regulation: str) -> list[dict[str, Any]]:
    """The actions on the regulations matching `regulation`, in time order (undated actions last).

    Each action: {"verb", "date", "unit", "place", "measure_id", "text", "doc", "regulation", "start", "end"};
    `place` names the places, bays and rivers the measure concerns.
    """
    return trace_page(store, regulation)[0]


def trace_page(
    store: GraphReader, regulation: str, limit: int | None = None, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """`limit` actions of `trace` from `offset` on, and how many actions there are in all.

    The store orders the actions (store.action_page); only those on the page are read with their measures,
    units and places.
    """
    regs = matching(store, regulation, NodeType.REGULATION)
    if not regs:
        raise NotFound(f"no regulation matches {regulation!r}", "list them: policykg search QUERY --type regulation")
    titles = {r.id: r.label for r in regs}
    page, total = store.action_page(list(titles), limit, offset)
    measures = {n.id: n for n in store.nodes(ids={e.source for e in page}, evidence=False)}
    links = [x for x in store.edges_touching(measures, (EdgeType.PERFORMED_BY, EdgeType.CONCERNS), evidence=False)
             if x.source in measures]
    ends = {n.id: n for n in store.nodes(ids={x.target for x in links}, evidence=False)}
    units_of: dict[str, list[Node]] = {}
    places_of: dict[str, list[Node]] = {}
    for x in links:  # in edge id order
        if x.target in ends:
            (units_of if x.type == EdgeType.PERFORMED_BY else places_of).setdefault(x.source, []).append(ends[x.target])
    out = []
    for e in page:
        m = measures.get(e.source)
        if m is None:
            continue
        places = {n.id: n for n in places_of.get(m.id, [])}.values()
        ev = min(e.evidence, default=None)
        out.append({
            "verb": e.attrs.get("verb", ""),
            "date": e.attrs.get("date", ""),
            "unit": "、".join(u.label for u in units_of.get(m.id, [])) or e.attrs.get("unit", ""),
            "place": "、".join(sorted(n.label for n in places)),
            "measure_id": m.id,
            "text": m.attrs.get("text", m.label),
            "doc": ev.doc if ev else "",
            "regulation": titles.get(e.target, ""),
            "start": ev.start if ev else 0,
            "end": ev.end if ev else 0,
        })
    return out, total
