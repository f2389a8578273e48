"""The steps that bring a store an older schema wrote up to date (graph/schema.py runs them when a store opens)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from itertools import groupby

from .claims import INSERT, ROW, dumps, edge_row, merged_edge, merged_node, node_row
from .merge import start
from .names import name_rows
from .rank import RANK_SQL

#: Columns later schemas added to the merged tables, with their definitions (a migration adds those missing).
_ADDED_COLUMNS = {
    "nodes": [("first_doc", "TEXT NOT NULL DEFAULT ''"), ("provenance", "TEXT NOT NULL DEFAULT ''"),
              ("claimed", "INTEGER NOT NULL DEFAULT 1"), ("rank", "TEXT NOT NULL DEFAULT ''")],
    "edges": [("first_doc", "TEXT NOT NULL DEFAULT ''"), ("provenance", "TEXT NOT NULL DEFAULT ''"),
              ("claimed", "INTEGER NOT NULL DEFAULT 1"), ("rank", "TEXT NOT NULL DEFAULT ''")],
}


def _add_columns(c: sqlite3.Connection) -> None:
    """Add to the merged tables the columns later schemas gave them (_ADDED_COLUMNS), where missing."""
    for table, added in _ADDED_COLUMNS.items():
        have = {r[1] for r in c.execute(f"PRAGMA table_info({table})")}
        for column, definition in added:
            if column not in have:
                c.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


def _migrate_to_2(c: sqlite3.Connection) -> None:
    """Version 2 adds the name tables: fill them from the merged nodes."""
    for nid, node_type, label, aliases in c.execute("SELECT id, type, label, aliases FROM nodes").fetchall():
        names, pairs = name_rows(nid, node_type, label, json.loads(aliases))
        c.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        c.executemany("INSERT OR IGNORE INTO name_pairs VALUES (?,?,?)", pairs)


def _migrate_to_3(c: sqlite3.Connection) -> None:
    """Version 3 keeps each merged row's first document and provenance: every row is merged again from its
    claims, read in key order a batch at a time (every claim kept, as version 3 did; version 4 then lets rows
    one document names go without)."""
    _add_columns(c)
    for table, claims in (("nodes", "node_claims"), ("edges", "edge_claims")):
        key = claims.split("_")[0]
        rows: list[tuple] = []
        reader = c.cursor().execute(f"SELECT {key}, doc, {ROW[table]} FROM {claims} ORDER BY {key}, doc")
        for oid, group in groupby(reader, key=lambda r: r[0]):
            own = [r[1:] for r in group]
            rows.append(node_row(oid, merged_node(own), 1, "") if key == "node" else edge_row(oid, *merged_edge(own), 1, ""))
            if len(rows) >= 10_000:
                c.executemany(INSERT[table], rows)
                rows = []
        c.executemany(INSERT[table], rows)


def _migrate_to_4(c: sqlite3.Connection) -> None:
    """Version 4 keeps no claim for a row one document alone names (the row is that claim: merged from it alone,
    it holds all it said), keeps the claims' aliases as rows hold them (sorted, the label left out), ranks actions
    and measures in time (edges_trace and measures_rank, made after the migrations) and drops the index of action
    dates edges_trace replaces."""
    _add_columns(c)
    c.execute("DROP INDEX IF EXISTS edges_date")
    for table, key in (("nodes", "node"), ("edges", "edge")):
        c.execute(f"UPDATE {table} SET claimed = 0 WHERE id IN "
                  f"(SELECT {key} FROM {key}_claims GROUP BY {key} HAVING count(*) = 1)")
        c.execute(f"DELETE FROM {key}_claims WHERE {key} IN (SELECT id FROM {table} WHERE claimed = 0)")
    kept = c.execute("SELECT doc, node, type, label, aliases FROM node_claims").fetchall()
    c.executemany("UPDATE node_claims SET aliases = ? WHERE doc = ? AND node = ?", [
        (as_kept, doc, node) for doc, node, node_type, label, aliases in kept
        if (as_kept := dumps(start(doc, node_type, label, json.loads(aliases), {}).aliases)) != aliases])
    c.execute(f"UPDATE edges SET rank = {RANK_SQL.format(t='edges')} WHERE type = 'acts_on'")
    c.execute(f"UPDATE nodes SET rank = {RANK_SQL.format(t='nodes')} WHERE type = 'measure'")


def _migrate_to_5(c: sqlite3.Connection) -> None:
    """Version 5 finds rows by type through (type, first_doc) indexes instead of (type, label) and (type, target),
    and a node's edges through indexes that hold their other end (edges_out, edges_in): made after the migrations
    (schema.py), in place of four dropped here. Name pairs lose their index by node (index_names)."""
    for index in ("nodes_type", "edges_type", "edges_source", "edges_target", "name_pairs_node"):
        c.execute(f"DROP INDEX IF EXISTS {index}")


#: Steps that bring a store written by an older schema up to date: MIGRATIONS[v] turns version v-1 into v.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4, 5: _migrate_to_5}
