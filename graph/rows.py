"""Reading a store's rows: SQL run under the store's lock (one connection serves its threads), and rows turned
into the model's nodes and edges with their evidence. The store's reads (graph/lookups.py, names.py, pages.py,
documents.py) build on these."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from typing import Any

from .model import Edge, Evidence, Node
from .vocab import EdgeType, NodeType


class Rows:
    """What every read of a store needs: its connection, under its lock, and rows made into nodes and edges."""

    _conn: sqlite3.Connection
    _lock: threading.RLock
    schema_version: int

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.execute(sql, tuple(params))
            return cur.fetchall()

    def _count(self, sql: str, params: Iterable[Any]) -> int:
        return int(self._read(sql, params)[0][0])

    @property
    def version(self) -> int:
        rows = self._read("SELECT value FROM meta WHERE key = 'version'")
        return int(rows[0][0]) if rows else 0

    def get_meta(self, key: str, default: str = "") -> str:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def _evidence(self, owners: Iterable[str]) -> dict[str, list[Evidence]]:
        owners = list(dict.fromkeys(owners))
        out: dict[str, list[Evidence]] = {o: [] for o in owners}
        for i in range(0, len(owners), 500):
            chunk = owners[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for owner, doc, start, end in self._read(
                f'SELECT owner, doc, start, "end" FROM evidence WHERE owner IN ({marks}) ORDER BY doc, start, "end"', chunk
            ):
                out[owner].append(Evidence(doc, start, end))
        return out

    def _nodes_from(self, rows: list[sqlite3.Row], evidence: bool = True) -> list[Node]:
        ev = self._evidence(r[0] for r in rows) if evidence else {}
        return [
            Node(r[0], NodeType(r[1]), r[2], json.loads(r[3]), json.loads(r[4]), ev.get(r[0], []))
            for r in rows
        ]

    def _edges_from(self, rows: list[sqlite3.Row], evidence: bool = True) -> list[Edge]:
        ev = self._evidence(r[0] for r in rows) if evidence else {}
        return [Edge(r[1], r[2], EdgeType(r[3]), json.loads(r[4]), ev.get(r[0], []), id=r[0]) for r in rows]
