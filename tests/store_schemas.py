"""Stores as older schemas wrote them, made from a store of the current one, for the migration tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from policykg.graph.schema import DB_FILE


def schema_four(folder: Path) -> None:
    """Turn a store into what schema 4 wrote: rows by type through (type, label) and (type, target), a node's edges
    through (source, type) and (target, type), name pairs also by node; version 4."""
    conn = sqlite3.connect(folder / DB_FILE)
    conn.executescript("""
        DROP INDEX nodes_by_type; DROP INDEX edges_by_type; DROP INDEX edges_out; DROP INDEX edges_in;
        CREATE INDEX nodes_type ON nodes(type, label); CREATE INDEX edges_type ON edges(type, target);
        CREATE INDEX edges_source ON edges(source, type); CREATE INDEX edges_target ON edges(target, type);
        CREATE INDEX name_pairs_node ON name_pairs(node);
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
    """)
    conn.commit()
    conn.close()


def schema_three(folder: Path) -> None:
    """Turn a store into what schema 3 wrote: schema 4's with every document's claim kept (also for rows one
    document names), no claimed flag, no ranks of actions and measures, and the index of action dates; version 3."""
    schema_four(folder)
    conn = sqlite3.connect(folder / DB_FILE)
    conn.execute("INSERT INTO node_claims SELECT first_doc, id, type, label, aliases, attrs FROM nodes WHERE claimed = 0")
    # claims as their documents gave them: aliases in their own order, the label among them
    for doc, node, label, aliases in conn.execute("SELECT doc, node, label, aliases FROM node_claims").fetchall():
        given = json.dumps([label, *reversed(json.loads(aliases))], ensure_ascii=False)
        conn.execute("UPDATE node_claims SET aliases = ? WHERE doc = ? AND node = ?", (given, doc, node))
    conn.execute("INSERT INTO edge_claims SELECT first_doc, id, source, target, type, attrs FROM edges WHERE claimed = 0")
    conn.executescript("""
        DROP INDEX nodes_lone; DROP INDEX edges_lone; DROP INDEX edges_trace; DROP INDEX measures_rank;
        ALTER TABLE nodes DROP COLUMN claimed; ALTER TABLE edges DROP COLUMN claimed;
        ALTER TABLE nodes DROP COLUMN rank; ALTER TABLE edges DROP COLUMN rank;
        CREATE INDEX edges_date ON edges(target, type, json_extract(attrs, '$.date'));
        UPDATE meta SET value = '3' WHERE key = 'schema_version';
    """)
    conn.commit()
    conn.close()


def schema_two(folder: Path) -> None:
    """Turn a store into what schema 2 wrote: schema 3's, with merged rows without their first document and
    provenance; version 2."""
    schema_three(folder)
    conn = sqlite3.connect(folder / DB_FILE)
    for table in ("nodes", "edges"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN first_doc")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN provenance")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def first_schema(folder: Path) -> None:
    """Turn a store into what the first schema wrote: schema 2's without the name index; version 1."""
    schema_two(folder)
    conn = sqlite3.connect(folder / DB_FILE)
    conn.executescript("DROP TABLE names; DROP TABLE name_pairs; UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    conn.close()
