"""A store's nodes and edges by id, type or end, and their counts (reads by name: graph/names.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from .errors import NotFound
from .model import Edge, Node
from .rows import Rows
from .vocab import EdgeType, NodeType


class Lookups(Rows):
    """A store's reads of nodes and edges by id, type or end."""

    def node(self, node_id: str) -> Node:
        rows = self._read("SELECT id, type, label, aliases, attrs FROM nodes WHERE id = ?", (node_id,))
        if not rows:
            raise NotFound(f"no node {node_id!r}", "search for it first: policykg search NAME")
        return self._nodes_from(rows)[0]

    def find_node(self, node_id: str) -> Node | None:
        try:
            return self.node(node_id)
        except NotFound:
            return None

    def nodes(self, node_type: NodeType | str | None = None, ids: Iterable[str] | None = None, *,
              evidence: bool = True) -> list[Node]:
        """Nodes by id or type (all without either), in id order; `evidence=False` leaves their evidence empty."""
        sql = "SELECT id, type, label, aliases, attrs FROM nodes"
        if ids is not None:
            ids = sorted(set(ids))
            rows: list[sqlite3.Row] = []
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows += self._read(f"{sql} WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
            return self._nodes_from(rows, evidence)
        if node_type is not None:
            return self._nodes_from(self._read(f"{sql} WHERE type = ? ORDER BY id", (str(node_type),)), evidence)
        return self._nodes_from(self._read(f"{sql} ORDER BY id"), evidence)

    def node_attr(self, node_type: NodeType | str, attr: str, ids: Iterable[str] | None = None) -> dict[str, Any]:
        """One attribute of the nodes of a type, read in SQL (no node is built): {id: value} for the nodes in
        `ids` of that type ("" where they lack it), or without `ids` for every node of the type that has it."""
        path = f"$.{attr}"
        if ids is None:
            return dict(self._read("SELECT id, json_extract(attrs, ?) v FROM nodes WHERE type = ? AND coalesce(v, '') != ''",
                                   (path, str(node_type))))
        ids = sorted(set(ids))
        out: dict[str, Any] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self._read(f"SELECT id, type, coalesce(json_extract(attrs, ?), '') FROM nodes WHERE id IN ({','.join('?' * len(chunk))})",
                              [path, *chunk])
            out.update((n, v) for n, t, v in rows if t == str(node_type))  # by id: the type index would read them all
        return out

    def edges(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        edge_type: EdgeType | str | None = None,
        evidence: bool = True,
    ) -> list[Edge]:
        """Edges by source, target and type (all without them), in id order; `evidence=False` leaves their
        evidence empty."""
        sql = "SELECT id, source, target, type, attrs FROM edges"
        where, params = [], []
        for col, val in (("source", source), ("target", target), ("type", edge_type)):
            if val is not None:
                where.append(f"{col} = ?")
                params.append(str(val))
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._edges_from(self._read(sql + " ORDER BY id", params), evidence)

    def edges_by_id(self, ids: Iterable[str], *, evidence: bool = True) -> list[Edge]:
        """The edges with these ids (those that exist), in id order; `evidence=False` leaves their evidence empty."""
        ids = sorted(set(ids))
        rows: list[sqlite3.Row] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows += self._read(f"SELECT id, source, target, type, attrs FROM edges WHERE id IN ({','.join('?' * len(chunk))})"
                               " ORDER BY id", chunk)
        return self._edges_from(rows, evidence)

    def edge_ends(self, node_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(edge id, source, target) of the edges with an end among `node_ids`, in edge id order: what a walk needs,
        found through the edges_out / edges_in indexes, without parsing attributes or building edges."""
        ids = sorted(set(node_ids))
        rows: dict[str, tuple[str, str, str]] = {}
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            for end in ("source", "target"):
                rows.update((r[0], (r[0], r[1], r[2])) for r in self._read(
                    f"SELECT id, source, target FROM edges WHERE {end} IN ({','.join('?' * len(chunk))})", chunk))
        return [rows[k] for k in sorted(rows)]

    def edges_touching(self, node_ids: Iterable[str], types: Iterable[EdgeType | str] | None = None, *,
                       evidence: bool = True) -> list[Edge]:
        """Edges with an end among `node_ids` (of `types` only, when given), in id order; `evidence=False` leaves
        their evidence empty."""
        ids = sorted(set(node_ids))
        kinds = sorted({str(t) for t in types}) if types is not None else None
        typed = f" AND type IN ({','.join('?' * len(kinds))})" if kinds is not None else ""
        rows: list[sqlite3.Row] = []
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            marks = ",".join("?" * len(chunk))
            for end in ("source", "target"):  # two index searches: edges_out / edges_in (end, type)
                rows += self._read(
                    f"SELECT id, source, target, type, attrs FROM edges WHERE {end} IN ({marks}){typed}",
                    chunk + (kinds or []),
                )
        uniq = {r[0]: r for r in rows}
        return self._edges_from([uniq[k] for k in sorted(uniq)], evidence)

    def count_nodes(self, node_type: NodeType | str | None = None) -> int:
        if node_type is None:
            return int(self._read("SELECT COUNT(*) FROM nodes")[0][0])
        return int(self._read("SELECT COUNT(*) FROM nodes WHERE type = ?", (str(node_type),))[0][0])

    def count_edges(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM edges")[0][0])

    def counts_by_type(self) -> dict[str, dict[str, int]]:
        nodes = dict(self._read("SELECT type, COUNT(*) FROM nodes GROUP BY type ORDER BY type"))
        edges = dict(self._read("SELECT type, COUNT(*) FROM edges GROUP BY type ORDER BY type"))
        return {"nodes": nodes, "edges": edges}
