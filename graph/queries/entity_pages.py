"""An entity page: one node, its edges with the nodes at their other ends, and the source characters behind them."""

from __future__ import annotations

from typing import Any

from ..model import Evidence, span_order
from ..reader import GraphReader
from .seeds import find_seed


#: Characters of context shown on each side of an evidence span.
CONTEXT = 30


def _quotes(store: GraphReader, spans: dict[Evidence, str]) -> list[dict[str, Any]]:
    """Evidence spans with the characters they cover and a little context, in document order (one read for
    them all: the spans with their context, not the documents' whole texts)."""
    ordered = sorted(spans, key=span_order)
    pieces = store.document_slices([(ev.doc, max(0, ev.start - CONTEXT), ev.end + CONTEXT) for ev in ordered])
    out = []
    for ev, piece in zip(ordered, pieces):
        start, end = ev.start - max(0, ev.start - CONTEXT), ev.end - max(0, ev.start - CONTEXT)
        out.append({**ev.as_dict(), "text": piece[start:end], "before": piece[:start], "after": piece[end:],
                    "owner": spans[ev]})
    return out


#: Spans each edge and each node at an edge's other end carries on a page of an entity page (their counts say
#: how many they have): an edge a thousand reports state, or a unit they all name, would otherwise fill the page.
SPANS_SHOWN = 5


def entity_page(store: GraphReader, id_or_name: str, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """Everything the graph holds about one node: the node, each edge with the node at its other end, and the
    source characters behind the node and its edges.

    {"node": node JSON, "edges": [{"edge": edge JSON with "id", "other": node JSON, "direction": "out"|"in",
     "evidence_count": N}], "evidence": [{"doc", "start", "end", "text", "before", "after", "owner"}],
     "edge_count": N, "evidence_count": N} where `owner` is the id of the node or edge the span supports (the
    first, when several share it), `edge_count` counts the node's edges and `evidence_count` its own spans.

    Edges come out before in, each by type then edge id (store.edge_page: the order of the store's indexes, so
    that a page of a node with thousands of edges costs the page alone). Without `limit`, every node and edge
    carries all its evidence and all is quoted. With `limit`, the page holds `limit` edges from `offset` on, the
    node's evidence holds its spans from `offset` on (`limit` of them, in document order: page on until both
    counts are passed), each edge and each node at an other end carries its first SPANS_SHOWN spans (the edge's
    `evidence_count` says how many it has), and the page quotes the node's and the edges' spans it carries.
    """
    node = find_seed(store, id_or_name)
    own, own_count = store.evidence_pages([node.id], limit, offset)[node.id]
    page, total = store.edge_page(node.id, limit, offset, evidence=False)
    others = {n.id: n for n in store.nodes(ids={e.target if e.source == node.id else e.source for e in page},
                                             evidence=False)}
    shown = store.evidence_pages([*(e.id for e in page), *others], None if limit is None else SPANS_SHOWN)
    edges = []
    for e in page:
        direction = "out" if e.source == node.id else "in"
        other = others.get(e.target if direction == "out" else e.source)
        if other is None:  # deleted since the edges were read
            continue
        e.evidence, count = shown[e.id]
        other.evidence = shown[other.id][0]
        edges.append({"edge": e.as_dict() | {"id": e.id}, "other": other.as_dict(), "direction": direction,
                      "evidence_count": count})
    node.evidence = own
    spans: dict[Evidence, str] = dict.fromkeys(own, node.id)
    for e in sorted(page, key=lambda e: e.id):  # a span two edges share is owned by the first id
        for x in e.evidence:
            spans.setdefault(x, e.id)
    return {"node": node.as_dict(), "edges": edges, "evidence": _quotes(store, spans), "edge_count": total,
            "evidence_count": own_count}


def evidence_quotes(store: GraphReader, node_id: str, limit: int | None = None, offset: int = 0
                    ) -> tuple[list[dict[str, Any]], int]:
    """`limit` of a node's own spans from `offset` on, quoted as entity_page quotes them, and how many it has."""
    spans, count = store.evidence_pages([node_id], limit, offset)[node_id]
    return _quotes(store, dict.fromkeys(spans, node_id)), count
