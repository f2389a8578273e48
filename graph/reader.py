"""What the graph queries read: the embedded Store and a remote SPARQL store both answer this interface.

graph/queries/ takes a `GraphReader`, so a question (measures for a problem, a regulation's trace, a
neighbourhood, an entity page) gives the same answer whichever backend holds the graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from .model import Edge, Evidence, Node
from .vocab import EdgeType, NodeType


class GraphReader(Protocol):
    """Read access to nodes and edges with their evidence, by id, type, name or neighbourhood."""

    @property
    def version(self) -> int:
        """A number that changes whenever the graph does, for caches."""
        ...

    def node(self, node_id: str) -> Node: ...

    def find_node(self, node_id: str) -> Node | None: ...

    def nodes(self, node_type: NodeType | str | None = None, ids: Iterable[str] | None = None, *,
              evidence: bool = True) -> list[Node]:
        """With `evidence=False` a reader may leave the nodes' evidence empty (cheaper when it is not shown)."""
        ...

    def node_attr(self, node_type: NodeType | str, attr: str, ids: Iterable[str] | None = None) -> dict[str, Any]:
        """{id: value of `attr`} for the nodes in `ids` of that type ("" where they lack it), or without `ids` for
        every node of the type that has it (cheaper than building the nodes)."""
        ...

    def nodes_named(self, text: str, node_type: NodeType | str | None = None, *, evidence: bool = True) -> list[Node]:
        """Nodes whose label or an alias contains `text`; a reader may give only the exact matches when there are
        any (the queries prefer those); `evidence=False` as for `nodes`."""
        ...

    def edges(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        edge_type: EdgeType | str | None = None,
        evidence: bool = True,
    ) -> list[Edge]: ...

    def edges_touching(self, node_ids: Iterable[str], types: Iterable[EdgeType | str] | None = None, *,
                       evidence: bool = True) -> list[Edge]:
        """Edges with an end among `node_ids`, of `types` only when given; `evidence=False` as for `nodes`."""
        ...

    def edges_by_id(self, ids: Iterable[str], *, evidence: bool = True) -> list[Edge]:
        """The edges with these ids that exist, in id order; `evidence=False` as for `nodes`."""
        ...

    def edge_ends(self, node_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(edge id, source, target) of the edges with an end among `node_ids`, in edge id order (a walk's read)."""
        ...

    def edge_page(self, node_id: str, limit: int | None = None, offset: int = 0, *,
                  evidence: bool = True) -> tuple[list[Edge], int]:
        """A node's edges as its entity page lists them (out before in, each by type then edge id; a loop in both):
        `limit` of them from `offset` on, and how many there are; `evidence=False` as for `nodes`."""
        ...

    def evidence_pages(self, owners: Iterable[str], limit: int | None = None, offset: int = 0
                       ) -> dict[str, tuple[list[Evidence], int]]:
        """For each node or edge id: `limit` of its spans from `offset` on in document order (doc, start, end),
        and how many spans it has."""
        ...

    def action_page(self, regulation_ids: list[str], limit: int | None = None, offset: int = 0) -> tuple[list[Edge], int]:
        """The acts_on edges into these regulations in time order (date, undated last; the document and position
        of their first evidence; the regulations' order as given; edge id): `limit` from `offset`, and the count."""
        ...

    def dated_items(self) -> list[tuple[str, str, int, str, str, str]]:
        """Every item of the whole corpus's timeline in time order (dated_items_read says which and in what order)."""
        ...

    def document_text(self, doc_id: str) -> str: ...

    def document_slices(self, ranges: list[tuple[str, int, int]]) -> list[str]:
        """The characters start..end of each (document, start, end) of the normalized texts ("" for an unknown
        document)."""
        ...


#: An item of the timeline as dated_items gives it: (date, its first span's document and position as one key
#: (first_span_key), kind ("action" or "measure"), measure id, item id: the action's edge id or the measure's id).
DatedItem = tuple[str, str, str, str, str]


def first_span_key(spans: Iterable[Evidence]) -> str:
    """The document and position of the first of these spans as one key that sorts as (document, start) does
    ("" without any); SQL spells it `doc || printf(' %012d', start)`."""
    first = min(((ev.doc, ev.start, ev.end) for ev in spans), default=None)
    return "" if first is None else f"{first[0]} {first[1]:012d}"


def dated_items_read(reader: GraphReader) -> list[DatedItem]:
    """dated_items through a reader's general reads: every action whose edge or measure has a date (the edge's
    first), and every dated measure acting on no regulation, by date, then the document and position of their
    first span, actions before measures, measure id and item id. Reads every action and dated measure with its
    spans: a store answers from its ranks instead."""
    acts = reader.edges(edge_type=EdgeType.ACTS_ON, evidence=False)
    dates = reader.node_attr(NodeType.MEASURE, "date")  # the dated measures only
    dated = [(e, str(e.attrs.get("date", "") or dates.get(e.source, ""))) for e in acts]
    dated = [(e, d) for e, d in dated if d]
    lone = sorted(set(dates) - {e.source for e in acts})
    spans = reader.evidence_pages([*(e.id for e, _ in dated), *lone])
    return sorted([(date, first_span_key(spans[e.id][0]), "action", e.source, e.id) for e, date in dated]
                  + [(str(dates[m]), first_span_key(spans[m][0]), "measure", m, m) for m in lone])
