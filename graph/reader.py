"""What the graph queries read: the embedded Store and a remote SPARQL store both answer this interface.

graph/queries.py takes a `GraphReader`, so a question (measures for a problem, a regulation's trace, a
neighbourhood, an entity page) gives the same answer whichever backend holds the graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .model import Edge, Node
from .vocab import EdgeType, NodeType


class GraphReader(Protocol):
    """Read access to nodes and edges with their evidence, by id, type, name or neighbourhood."""

    @property
    def version(self) -> int:
        """A number that changes whenever the graph does, for caches."""
        ...

    def node(self, node_id: str) -> Node: ...

    def find_node(self, node_id: str) -> Node | None: ...

    def nodes(self, node_type: NodeType | str | None = None, ids: Iterable[str] | None = None) -> list[Node]: ...

    def nodes_named(self, text: str, node_type: NodeType | str | None = None) -> list[Node]:
        """Nodes whose label or an alias contains `text`; a reader may give only the exact matches when there are
        any (the queries prefer those)."""
        ...

    def edges(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        edge_type: EdgeType | str | None = None,
    ) -> list[Edge]: ...

    def edges_touching(self, node_ids: Iterable[str]) -> list[Edge]: ...

    def document_text(self, doc_id: str) -> str: ...
