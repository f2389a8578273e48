"""The durable store: one SQLite database, the only place where truth lives, and its only writer.

Schema (written down here and nowhere else):

* ``documents``   one row per ingested file: id, sha256 of the original bytes, path, the normalized text every
                  evidence offset refers to, the original text, the offset map between them, attributes.
* ``node_claims`` what each document says about each node (label, aliases, attributes), for the nodes two or
                  more documents name: a node mentioned in three documents has three claims. A node one document
                  alone names (its sections, problems, measures ...) keeps no claim: its merged row is the claim.
* ``edge_claims`` the same for edges.
* ``nodes``, ``edges``  the merged view of the claims, kept in step with them in the same transaction, so reads
                  never merge. Each row also keeps ``first_doc`` (the smallest document id among its claims),
                  ``provenance`` (which document gave which attribute, graph/merge.py) and ``claimed`` (1: every
                  document's claim is in the claims table; 0: ``first_doc`` alone names it and keeps no claim),
                  so a new document's claim is merged into the row alone: writing a document costs its own
                  claims, however many other documents name the same units and places. When a second document
                  names a row, the first one's claim is written out from the row; when a delete leaves one claim,
                  it goes back into the row, so the tables hold the same whatever order documents came in.
                  An action (acts_on edge) and a measure also keep ``rank``, their place in time: undated after
                  dated, by date, then the document and position of their first span (``_rank``): a regulation's
                  trace and the timeline read them in that order.
* ``evidence``    (owner, doc, start, end): the spans that justify a node or an edge.

Every read the queries make is an index search: edges by (source, type) and (target, type) with their other end
(``edges_out`` / ``edges_in``), the actions on a
regulation in trace order (``edges_trace``, over actions alone), evidence by owner, nodes by id, names below, a
document's rows that keep no claim by ``first_doc`` (``nodes_lone`` / ``edges_lone``, over those rows alone), a
type's rows by (type, first_doc) (``nodes_by_type`` / ``edges_by_type``: a document's rows sit together in them).
Paged reads walk an index in the order they answer in (edge_page, evidence_pages, action_page), so a page costs
its size, not the node's degree.
* ``names``       the name key (ids.name_key) of every node's label and aliases, for lookups by name.
* ``name_pairs``  each two neighbouring characters of the names of nodes whose labels are names, not sentences
                  (every type but those in SENTENCE_TYPES), so that a lookup by part of a name reads the nodes
                  holding its rarest pair instead of every label. A name's last character is a one-character pair.
* ``meta``        schema version and a counter that grows with every write (views are cached on it).

Opening a store written by an older schema migrates it in one transaction (``MIGRATIONS``); nothing is dropped.

Every document is written in one transaction: after a crash a document is either wholly present or absent.
Deleting a document removes its claims and evidence and merges again, from all their claims, the rows it touched;
the rows it alone named go.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby, islice
from pathlib import Path
from typing import Any

from .errors import NotFound, StoreBusy
from .ids import name_key
from .merge import Merged, Unmergeable, add, merge_all, restore, start
from .model import DocumentRecord, Edge, Evidence, Node
from .reader import DatedItem, dated_items_read, first_span_key
from .vocab import EdgeType, NodeType

SCHEMA_VERSION = 5
DB_FILE = "graph.sqlite"
#: A writer's page cache (KiB) and how many pages the write-ahead log holds before it is copied into the database.
#: A document's claims, evidence and name rows touch pages all over the tables' indexes: with SQLite's 2 MB cache
#: most of a store's write time went to reading those pages back, and the default 1,000-page log was copied
#: (and synced) every document or two. Past a few hundred documents a document's ~24,000 row and index insertions
#: land on as many pages, so a 10,000-page log was still copied and synced at every commit; 100,000 pages (a log
#: of up to 400 MB while a writer has the store open) copies each page once for several documents.
WRITER_CACHE_KIB = 256 * 1024
WRITER_LOG_PAGES = 100_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    original TEXT NOT NULL,
    offsets TEXT NOT NULL,
    report TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS node_claims (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node TEXT NOT NULL,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    aliases TEXT NOT NULL,
    attrs TEXT NOT NULL,
    PRIMARY KEY (node, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_claims_doc ON node_claims(doc);
CREATE TABLE IF NOT EXISTS edge_claims (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    edge TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    attrs TEXT NOT NULL,
    PRIMARY KEY (edge, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_claims_doc ON edge_claims(doc);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    aliases TEXT NOT NULL,
    attrs TEXT NOT NULL,
    first_doc TEXT NOT NULL DEFAULT '',
    provenance TEXT NOT NULL DEFAULT '',
    claimed INTEGER NOT NULL DEFAULT 1,
    rank TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edges (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    attrs TEXT NOT NULL,
    first_doc TEXT NOT NULL DEFAULT '',
    provenance TEXT NOT NULL DEFAULT '',
    claimed INTEGER NOT NULL DEFAULT 1,
    rank TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (
    owner TEXT NOT NULL,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (owner, doc, start, "end")
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence(doc);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (key, type, node)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_node ON names(node);
CREATE TABLE IF NOT EXISTS name_pairs (
    pair TEXT NOT NULL,
    type TEXT NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (pair, type, node)
) WITHOUT ROWID;
"""

#: Indexes over columns that schema 4 added: made after the migrations, which add the columns to older stores.
#: The partial ones hold the rows they are read for alone, so that most rows' writes do not touch them. Rows by
#: type (a type's every node or edge: the catalog, counts) are keyed (type, first_doc), not (type, label or
#: target): a document's new rows then sit together in them and its commit writes a few pages of each, not one
#: page for each of its 2,000 edges (schema 5). A node's edges out and in hold the other end too, so that a walk
#: (edge_ends) reads these indexes alone, not a row of the table for each edge (schema 5).
_INDEXES = """
CREATE INDEX IF NOT EXISTS edges_out ON edges(source, type, id, target);
CREATE INDEX IF NOT EXISTS edges_in ON edges(target, type, id, source);
CREATE INDEX IF NOT EXISTS nodes_by_type ON nodes(type, first_doc);
CREATE INDEX IF NOT EXISTS edges_by_type ON edges(type, first_doc);
CREATE INDEX IF NOT EXISTS nodes_lone ON nodes(first_doc) WHERE claimed = 0;
CREATE INDEX IF NOT EXISTS edges_lone ON edges(first_doc) WHERE claimed = 0;
CREATE INDEX IF NOT EXISTS edges_trace ON edges(target, type, rank, id, source) WHERE type = 'acts_on';
CREATE INDEX IF NOT EXISTS measures_rank ON nodes(type, rank) WHERE type = 'measure';
"""

#: Columns later schemas added to the merged tables, with their definitions (a migration adds those missing).
_ADDED_COLUMNS = {
    "nodes": [("first_doc", "TEXT NOT NULL DEFAULT ''"), ("provenance", "TEXT NOT NULL DEFAULT ''"),
              ("claimed", "INTEGER NOT NULL DEFAULT 1"), ("rank", "TEXT NOT NULL DEFAULT ''")],
    "edges": [("first_doc", "TEXT NOT NULL DEFAULT ''"), ("provenance", "TEXT NOT NULL DEFAULT ''"),
              ("claimed", "INTEGER NOT NULL DEFAULT 1"), ("rank", "TEXT NOT NULL DEFAULT ''")],
}

#: Node types whose labels are sentences or values, not names: found by id, by their whole label, or through
#: full-text search, but not by a part of their label (their pairs would outnumber all others).
SENTENCE_TYPES = frozenset({NodeType.MEASURE, NodeType.FIGURE, NodeType.CONFLICT})

#: Separates an action's date from its first span in its rank (below every character a date or an id holds).
_RANK_SEP = "\x1f"

#: Characters of normalized text a store keeps in memory to quote spans from (document_slices): the whole
#: 1000x benchmark corpus, 20 million characters, is about 40 MB.
TEXT_CACHE_CHARS = 32_000_000

#: Pairs a lookup counts, at most, to find the rarest of a name's pairs.
_PAIR_COUNT_CAP = 2000


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _name_pairs(key: str) -> set[str]:
    """Each two neighbouring characters of a name key, and its last character alone."""
    return {key[i : i + 2] for i in range(len(key))}


def _name_rows(node: str, node_type: str, label: str, aliases: Iterable[str]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The rows of `names` and `name_pairs` for one node."""
    keys = {k for k in map(name_key, [label, *aliases]) if k}
    pairs = set().union(*map(_name_pairs, keys)) if node_type not in SENTENCE_TYPES and keys else set()
    return [(k, node_type, node) for k in sorted(keys)], [(p, node_type, node) for p in sorted(pairs)]


#: A node as its name rows are made from it: (id, type, label, aliases).
NameSource = tuple[str, str, str, list[str]]


def _index_names(c: sqlite3.Connection, old: list[NameSource], new: list[NameSource]) -> None:
    """Remove the name rows nodes had (`old`: their rows before a change, or of nodes gone) and write those they
    have now (`new`). Names go by node; name pairs by their whole key, made again from the old row, as no index
    holds them by node (it would take a random page for each of a document's 1,800 pairs)."""
    c.executemany("DELETE FROM names WHERE node = ?", [(o[0],) for o in old])
    c.executemany("DELETE FROM name_pairs WHERE pair = ? AND type = ? AND node = ?",
                  [r for o in old for r in _name_rows(*o)[1]])
    rows = [_name_rows(*m) for m in new]
    c.executemany("INSERT INTO names VALUES (?,?,?)", [r for names, _pairs in rows for r in names])
    c.executemany("INSERT INTO name_pairs VALUES (?,?,?)", [r for _names, pairs in rows for r in pairs])


#: A merged row as stored, after its id: nodes (type, label, aliases, attrs), edges (source, target, type, attrs).
_ROW = {"nodes": "type, label, aliases, attrs", "edges": "source, target, type, attrs"}
#: What a merged row keeps beside its columns (_ROW): nodes and edges alike, then an edge's rank.
_KEPT = {"nodes": "first_doc, provenance, claimed, rank", "edges": "first_doc, provenance, claimed, rank"}
_INSERT = {t: f"INSERT OR REPLACE INTO {t} (id, {cols}, {_KEPT[t]}) VALUES ({','.join('?' * (3 + cols.count(',') + _KEPT[t].count(',')))})"
           for t, cols in _ROW.items()}
#: A claim as the claims tables hold it, by the table of its merged row.
_CLAIM = {"nodes": "INSERT OR REPLACE INTO node_claims VALUES (?,?,?,?,?,?)",
          "edges": "INSERT OR REPLACE INTO edge_claims VALUES (?,?,?,?,?,?)"}


#: The kinds of rows that keep a rank: actions and measures.
RANKED = frozenset({EdgeType.ACTS_ON, NodeType.MEASURE})


def _rank(kind: str, attrs: dict[str, Any], first: str) -> str:
    """An action's or a measure's place in time (edges_trace, measures_rank): dated before undated, by date, then
    by its first span (reader.first_span_key). Other rows have none ("")."""
    if kind not in RANKED:
        return ""
    date = attrs.get("date")
    return f"0{date}{_RANK_SEP}{first}" if date not in (None, "") else f"1{_RANK_SEP}{first}"


#: _rank in SQL over a row of the table `{t}` (the migration to schema 4 ranks existing rows with it).
_RANK_SQL = f"""CASE WHEN coalesce(json_extract({{t}}.attrs, '$.date'), '') = '' THEN '1' ELSE '0' || json_extract({{t}}.attrs, '$.date') END
    || char({ord(_RANK_SEP)}) || coalesce((SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = {{t}}.id
                                          ORDER BY doc, start, "end" LIMIT 1), '')"""


def _date_of(rank: str) -> str:
    """A rank's date ("" when undated or without a rank)."""
    return rank[1 : rank.index(_RANK_SEP)] if rank[:1] == "0" else ""


def _first_of(rank: str, first: str) -> str:
    """The earlier of a row's first span, as its rank holds it, and another first span ("" for none)."""
    return min(filter(None, (rank.rpartition(_RANK_SEP)[2], first)), default="")


def _stored_rows(c: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, tuple]:
    """The merged rows of these nodes or edges that exist: id -> (its _ROW columns..., its _KEPT columns...)."""
    out: dict[str, tuple] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        sql = f"SELECT id, {_ROW[table]}, {_KEPT[table]} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
        out.update((row[0], row[1:]) for row in c.execute(sql, chunk))
    return out


def _claims(c: sqlite3.Connection, table: str, ids: list[str]) -> Iterator[tuple[str, list[tuple]]]:
    """Every document's claim about each of these nodes or edges (table: nodes or edges):
    (id, [(doc, the _ROW columns...), ...])."""
    key = table[:-1]
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        found: dict[str, list[tuple]] = {i: [] for i in chunk}
        sql = f"SELECT {key}, doc, {_ROW[table]} FROM {key}_claims WHERE {key} IN ({','.join('?' * len(chunk))})"
        for row in c.execute(sql, chunk):
            found[row[0]].append(row[1:])
        yield from found.items()


def _node_row(nid: str, m: Merged, claimed: int, first: str) -> tuple:
    return (nid, m.type, m.label, _dumps(m.aliases), _dumps(m.attrs), m.doc, m.provenance(), claimed,
            _rank(m.type, m.attrs, first))


def _edge_row(eid: str, ends: tuple[str, str], m: Merged, claimed: int, first: str) -> tuple:
    return (eid, *ends, m.type, _dumps(m.attrs), m.doc, m.provenance(), claimed, _rank(m.type, m.attrs, first))


def _merged_node(claims: list[tuple]) -> Merged:
    """The merged row of a node's claims (doc, type, label, aliases JSON, attrs JSON)."""
    return merge_all([(d, t, label, json.loads(a), json.loads(attrs)) for d, t, label, a, attrs in claims])


def _merged_edge(claims: list[tuple]) -> tuple[tuple[str, str], Merged]:
    """An edge's ends and the merged row of its claims (doc, source, target, type, attrs JSON)."""
    first = min(claims)
    return (first[1], first[2]), merge_all([(d, t, "", [], json.loads(attrs)) for d, _s, _t, t, attrs in claims])


def _write_nodes(c: sqlite3.Connection, rows: list[tuple], old: list[NameSource], new: list[NameSource]) -> None:
    """Write merged node rows, and the name rows of those whose names changed or are new (_index_names)."""
    c.executemany(_INSERT["nodes"], rows)
    _index_names(c, old, new)


def _merge_nodes(c: sqlite3.Connection, doc: str, claims: list[tuple[str, str, str, list[str], str]],
                 firsts: dict[str, str]) -> list[str]:
    """Merge one document's node claims (id, type, label, aliases, attrs JSON) into their merged rows; `firsts`:
    each node's first span in this document (reader.first_span_key). The ids that need all their claims merged again
    (graph/merge.Unmergeable). A node no document named before keeps no claim (its row is the claim); one named
    before keeps every document's claim."""
    stored = _stored_rows(c, "nodes", [x[0] for x in claims])
    rows, again, kept = [], [], []
    renamed: list[NameSource] = []  # as they were
    named: list[NameSource] = []  # as they are now: renamed and new
    for nid, node_type, label, aliases, attrs in claims:
        old = stored.get(nid)
        if old is None:
            m = start(doc, node_type, label, aliases, {})
            rows.append((nid, node_type, label, _dumps(m.aliases), attrs, doc, "", 0,
                         _rank(node_type, json.loads(attrs), firsts[nid]) if node_type in RANKED else ""))
            named.append((nid, node_type, label, m.aliases))
            continue
        # claims are kept as a row holds them (aliases sorted, the label left out), so that the claims tables are
        # the same whichever document came first
        if not old[6]:  # the row was its one document's claim: write that claim out
            kept.append((old[4], nid, *old[:4]))
        kept.append((doc, nid, node_type, label, _dumps(start(doc, node_type, label, aliases, {}).aliases), attrs))
        m = restore(old[4], old[0], old[1], json.loads(old[2]), json.loads(old[3]), old[5])
        try:
            add(m, doc, node_type, label, aliases, json.loads(attrs))
        except Unmergeable:
            again.append(nid)
            continue
        rows.append(_node_row(nid, m, 1, _first_of(old[7], firsts[nid])))
        if (m.label, m.aliases) != (old[1], json.loads(old[2])):
            renamed.append((nid, old[0], old[1], json.loads(old[2])))
            named.append((nid, m.type, m.label, m.aliases))
    c.executemany(_CLAIM["nodes"], kept)
    _write_nodes(c, rows, renamed, named)
    return again


def _merge_edges(c: sqlite3.Connection, doc: str, claims: list[tuple[str, str, str, str, str]],
                 firsts: dict[str, str]) -> list[str]:
    """Merge one document's edge claims (id, source, target, type, attrs JSON) into their merged rows, as
    _merge_nodes does; `firsts`: each edge's first span in this document (reader.first_span_key). The ids that need all
    their claims merged again."""
    stored = _stored_rows(c, "edges", [x[0] for x in claims])
    rows, again, kept = [], [], []
    for eid, source, target, edge_type, attrs in claims:
        old = stored.get(eid)
        if old is None:
            rows.append((eid, source, target, edge_type, attrs, doc, "", 0,
                         _rank(edge_type, json.loads(attrs), firsts[eid]) if edge_type in RANKED else ""))
            continue
        if not old[6]:
            kept.append((old[4], eid, *old[:4]))
        kept.append((doc, eid, source, target, edge_type, attrs))
        m = restore(old[4], old[2], "", [], json.loads(old[3]), old[5])
        try:
            add(m, doc, edge_type, "", [], json.loads(attrs))
        except Unmergeable:
            again.append(eid)
            continue
        rows.append(_edge_row(eid, (source, target) if doc < old[4] else (old[0], old[1]), m, 1,
                              _first_of(old[7], firsts[eid])))
    c.executemany(_CLAIM["edges"], kept)
    c.executemany(_INSERT["edges"], rows)
    return again


def _first_spans(c: sqlite3.Connection, owners: list[str]) -> dict[str, str]:
    """first_span_key of each of these owners as the evidence table holds them ("" for those without)."""
    sql = """SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = ? ORDER BY doc, start, "end" LIMIT 1"""
    return {o: next(iter(c.execute(sql, (o,)).fetchone() or ()), "") for o in owners}


def _remerge(c: sqlite3.Connection, node_ids: Iterable[str], edge_ids: Iterable[str]) -> None:
    """Merge the rows of these nodes and edges again from all their claims; rows no claim supports go, with
    their names and evidence; a row one claim is left for keeps it as the row (no claim)."""
    gone: list[str] = []
    merged_nodes: list[tuple[str, Merged, int]] = []
    ids = sorted(node_ids)
    was = [(nid, old[0], old[1], json.loads(old[2])) for nid, old in _stored_rows(c, "nodes", ids).items()]
    for nid, claims in _claims(c, "nodes", ids):
        if not claims:
            gone.append(nid)
            continue
        merged_nodes.append((nid, _merged_node(claims), len(claims)))
    firsts = _first_spans(c, [nid for nid, m, _n in merged_nodes if m.type in RANKED])
    rows = [_node_row(nid, m, int(n > 1), firsts.get(nid, "")) for nid, m, n in merged_nodes]
    named = [(nid, m.type, m.label, m.aliases) for nid, m, _n in merged_nodes]
    lone = [(nid,) for nid, _m, n in merged_nodes if n == 1]
    c.executemany("DELETE FROM nodes WHERE id = ?", [(n,) for n in gone])
    c.executemany("DELETE FROM node_claims WHERE node = ?", lone)
    _write_nodes(c, rows, was, named)
    gone_edges: list[str] = []
    merged: list[tuple[str, tuple[tuple[str, str], Merged], int]] = []
    for eid, claims in _claims(c, "edges", sorted(edge_ids)):
        if not claims:
            gone_edges.append(eid)
            continue
        merged.append((eid, _merged_edge(claims), len(claims)))
    firsts = _first_spans(c, [eid for eid, (_ends, m), _n in merged if m.type in RANKED])
    c.executemany("DELETE FROM edges WHERE id = ?", [(e,) for e in gone_edges])
    c.executemany("DELETE FROM edge_claims WHERE edge = ?", [(eid,) for eid, _m, n in merged if n == 1])
    c.executemany(_INSERT["edges"], [_edge_row(eid, ends, m, int(n > 1), firsts.get(eid, ""))
                                     for eid, (ends, m), n in merged])
    c.executemany("DELETE FROM evidence WHERE owner = ?", [(x,) for x in gone + gone_edges])


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
        names, pairs = _name_rows(nid, node_type, label, json.loads(aliases))
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
        reader = c.cursor().execute(f"SELECT {key}, doc, {_ROW[table]} FROM {claims} ORDER BY {key}, doc")
        for oid, group in groupby(reader, key=lambda r: r[0]):
            own = [r[1:] for r in group]
            rows.append(_node_row(oid, _merged_node(own), 1, "") if key == "node" else _edge_row(oid, *_merged_edge(own), 1, ""))
            if len(rows) >= 10_000:
                c.executemany(_INSERT[table], rows)
                rows = []
        c.executemany(_INSERT[table], rows)


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
        if (as_kept := _dumps(start(doc, node_type, label, json.loads(aliases), {}).aliases)) != aliases])
    c.execute(f"UPDATE edges SET rank = {_RANK_SQL.format(t='edges')} WHERE type = 'acts_on'")
    c.execute(f"UPDATE nodes SET rank = {_RANK_SQL.format(t='nodes')} WHERE type = 'measure'")


def _migrate_to_5(c: sqlite3.Connection) -> None:
    """Version 5 finds rows by type through (type, first_doc) indexes instead of (type, label) and (type, target),
    and a node's edges through indexes that hold their other end (edges_out, edges_in): made after the migrations
    (_INDEXES), in place of four dropped here. Name pairs lose their index by node (_index_names)."""
    for index in ("nodes_type", "edges_type", "edges_source", "edges_target", "name_pairs_node"):
        c.execute(f"DROP INDEX IF EXISTS {index}")


#: Steps that bring a store written by an older schema up to date: MIGRATIONS[v] turns version v-1 into v.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4, 5: _migrate_to_5}


def _write_ahead_log(conn: sqlite3.Connection, path: Path, timeout: float) -> None:
    """Put the database in WAL mode. Two processes creating one store at once both ask for it, and SQLite answers
    the second "locked" at once, without waiting (the switch takes an exclusive lock): it asks again until the
    first is done, and after `timeout` fails as StoreBusy."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if time.monotonic() > deadline:
                conn.close()
                raise StoreBusy(f"the store at {path.parent} is busy: {e}", "another ingest is writing; try again") from e
            time.sleep(0.05)


class Store:
    """The database behind one `--db` folder.

    >>> import tempfile; s = Store.open(Path(tempfile.mkdtemp()))
    >>> s.count_nodes()
    0
    """

    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self._conn = conn
        self._lock = threading.RLock()
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._texts_version = -1
        """document_slices's texts by document id, least recently used first, for the store's version."""
        self.schema_version = SCHEMA_VERSION
        """The schema the database holds: older than SCHEMA_VERSION only when opened read-only, unmigrated."""

    # ---------- opening ----------

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False, timeout: float = 60.0) -> Store:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / DB_FILE
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        _write_ahead_log(conn, path, timeout)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        store = cls(folder, conn)
        conn.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")  # readers too: a page reads all over the indexes
        if not read_only:
            conn.execute(f"PRAGMA wal_autocheckpoint={WRITER_LOG_PAGES}")
            with store._write():
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('version', '0')")
                found = int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
                for step in range(found + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[step](conn)
                    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(step),))
                for stmt in _INDEXES.split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
        store.schema_version = int(store.get_meta("schema_version", "0"))
        return store

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; the busy timeout makes a second writer wait, then fail clearly."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as e:
                raise StoreBusy(f"the store at {self.folder} is busy: {e}", "another ingest is writing; try again") from e
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.execute(sql, tuple(params))
            return cur.fetchall()

    # ---------- writing ----------

    def has_document(self, sha256: str) -> bool:
        return bool(self._read("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)))

    def write_document(self, record: DocumentRecord) -> bool:
        """Store one document and everything extracted from it, atomically. False if it was already there."""
        with self._write() as c:
            if c.execute("SELECT 1 FROM documents WHERE sha256 = ?", (record.sha256,)).fetchone():
                return False
            doc = record.id
            c.execute(
                "INSERT INTO documents (id, sha256, path, title, text, original, offsets, report) VALUES (?,?,?,?,?,?,?,?)",
                (doc, record.sha256, str(record.node.attrs.get("path", "")), record.node.label, record.text,
                 record.original, json.dumps(record.offsets), _dumps(record.report)),
            )
            nodes = [record.node, *record.nodes]
            node_claims = [(n.id, str(n.type), n.label, n.aliases, _dumps(n.attrs)) for n in nodes]
            edge_claims = [(e.id, e.source, e.target, str(e.type), _dumps(e.attrs)) for e in record.edges]
            spans = [(n.id, ev) for n in nodes for ev in n.evidence] + [(e.id, ev) for e in record.edges for ev in e.evidence]
            c.executemany(
                'INSERT OR IGNORE INTO evidence (owner, doc, start, "end") VALUES (?,?,?,?)',
                [(owner, ev.doc, ev.start, ev.end) for owner, ev in spans],
            )
            firsts: dict[str, list[Evidence]] = {}
            for x in [*nodes, *record.edges]:
                firsts.setdefault(x.id, []).extend(x.evidence)
            first = {x: first_span_key(s) for x, s in firsts.items()}
            again_nodes = _merge_nodes(c, doc, node_claims, first)
            again_edges = _merge_edges(c, doc, edge_claims, first)
            _remerge(c, again_nodes, again_edges)
            self._bump(c)
        return True

    def delete_document(self, doc_id: str) -> None:
        """Remove a document with its claims and evidence; nodes and edges no other document claims go too."""
        with self._write() as c:
            if not c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                raise NotFound(f"no document {doc_id}")
            node_ids, edge_ids = (
                {r[0] for r in c.execute(f"SELECT {key} FROM {key}_claims WHERE doc = ?", (doc_id,))}
                | {r[0] for r in c.execute(f"SELECT id FROM {key}s WHERE first_doc = ? AND claimed = 0", (doc_id,))}
                for key in ("node", "edge"))
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            _remerge(c, node_ids, edge_ids)
            self._bump(c)

    @staticmethod
    def _bump(c: sqlite3.Connection) -> None:
        c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")

    # ---------- reading ----------

    @property
    def version(self) -> int:
        rows = self._read("SELECT value FROM meta WHERE key = 'version'")
        return int(rows[0][0]) if rows else 0

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

    def evidence_pages(self, owners: Iterable[str], limit: int | None = None, offset: int = 0
                       ) -> dict[str, tuple[list[Evidence], int]]:
        """For each node or edge id, `limit` of its spans from `offset` on in document order, and how many it has:
        a page walks the owner's part of the evidence key, so it costs its size, not the owner's thousands."""
        if limit is None and not offset:  # all of them: one read for every owner
            return {o: (spans, len(spans)) for o, spans in self._evidence(owners).items()}
        owners = list(dict.fromkeys(owners))
        counts: dict[str, int] = dict.fromkeys(owners, 0)
        for i in range(0, len(owners), 500):
            chunk = owners[i : i + 500]
            counts.update(self._read(
                f"SELECT owner, count(*) FROM evidence WHERE owner IN ({','.join('?' * len(chunk))}) GROUP BY owner", chunk))
        end = None if limit is None else offset + limit
        whole = self._evidence(o for o in owners if offset < counts[o] <= (end or 0))  # few spans: one read for all
        sql = 'SELECT doc, start, "end" FROM evidence WHERE owner = ? ORDER BY doc, start, "end" LIMIT ? OFFSET ?'
        out: dict[str, tuple[list[Evidence], int]] = {}
        for o in owners:
            if o in whole:
                out[o] = (whole[o][offset:end], counts[o])
            elif counts[o] > offset:  # many: read the page alone
                out[o] = ([Evidence(*r) for r in self._read(sql, (o, -1 if limit is None else limit, offset))], counts[o])
            else:
                out[o] = ([], counts[o])
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

    def nodes_named(self, text: str, node_type: NodeType | str | None = None, *, evidence: bool = True) -> list[Node]:
        """The nodes named `text` (label or alias, compared as name keys: ids.name_key) when there are any, else
        those with a name that contains it, shortest label first. Nodes of SENTENCE_TYPES match only by a whole
        label or alias. `evidence=False` leaves their evidence empty.

        Reads the nodes holding the rarest character pair of `text` (the `name_pairs` index), never every name.

        >>> import tempfile; Store.open(Path(tempfile.mkdtemp())).nodes_named("湾长制")
        []
        """
        key = name_key(text)
        if not key:
            return []
        if self.schema_version < 2:  # an old store opened read-only has no name tables yet
            return self._nodes_like(text, node_type)
        typed, params = (" AND type = ?", [str(node_type)]) if node_type is not None else ("", [])
        exact = {r[0] for r in self._read(f"SELECT node FROM names WHERE key = ?{typed}", [key, *params])}
        ids = exact or self._names_containing(key, typed, params)
        return sorted(self.nodes(ids=ids, evidence=evidence), key=lambda n: (len(n.label), n.id))

    def _names_containing(self, key: str, typed: str, params: list[str]) -> set[str]:
        """Ids of nodes with a name key containing `key` (typed/params: an optional type condition)."""
        if len(key) == 1:  # every character of a name starts one of its pairs
            return {r[0] for r in self._read(
                f"SELECT node FROM name_pairs WHERE pair >= ? AND pair < ?{typed}", [key, key + "\U0010ffff", *params])}
        counts = {
            p: int(self._read(f"SELECT count(*) FROM (SELECT 1 FROM name_pairs WHERE pair = ?{typed} LIMIT ?)",
                              [p, *params, _PAIR_COUNT_CAP])[0][0])
            for p in {key[i : i + 2] for i in range(len(key) - 1)}
        }
        rarest = min(sorted(counts), key=counts.__getitem__)
        if not counts[rarest]:
            return set()
        return {r[0] for r in self._read(
            f"SELECT node FROM names WHERE node IN (SELECT node FROM name_pairs WHERE pair = ?{typed}) AND instr(key, ?) > 0",
            [rarest, *params, key])}

    def _nodes_like(self, text: str, node_type: NodeType | str | None = None) -> list[Node]:
        """nodes_named by a substring scan of labels and aliases, for a store without name tables."""
        like = f"%{text.replace('%', '').replace('_', '')}%"
        sql = "SELECT id, type, label, aliases, attrs FROM nodes WHERE (label LIKE ? OR aliases LIKE ?)"
        params: list[Any] = [like, like]
        if node_type is not None:
            sql += " AND type = ?"
            params.append(str(node_type))
        return self._nodes_from(self._read(sql + " ORDER BY length(label), id", params))

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

    def _count(self, sql: str, params: Iterable[Any]) -> int:
        return int(self._read(sql, params)[0][0])

    def _window(self, parts: list[tuple[str, list[Any], int]], limit: int | None, offset: int,
                evidence: bool = True) -> list[Edge]:
        """`limit` edges from `offset` on, over parts read one after another: (query, its parameters, its count).
        Each query takes two more parameters, LIMIT and OFFSET, and reads only what the window needs."""
        rows: list[sqlite3.Row] = []
        for sql, params, count in parts:
            want = -1 if limit is None else limit - len(rows)
            if want == 0:
                break
            if offset < count:
                rows += self._read(sql, [*params, want, offset])
            offset = max(0, offset - count)
        return self._edges_from(rows, evidence)

    def edge_page(self, node_id: str, limit: int | None = None, offset: int = 0, *,
                  evidence: bool = True) -> tuple[list[Edge], int]:
        """A node's edges in the order its entity page lists them, out before in, each by type then edge id (the
        order of the edges_out / edges_in indexes): `limit` of them from `offset` on, and how many there
        are. A page costs its own size, not the node's degree. An edge from the node to itself is in both lists.
        `evidence=False` leaves their evidence empty."""
        out = self._count("SELECT count(*) FROM edges WHERE source = ?", (node_id,))
        into = self._count("SELECT count(*) FROM edges WHERE target = ?", (node_id,))
        columns = "SELECT id, source, target, type, attrs FROM edges"
        return self._window([
            (f"{columns} WHERE source = ? ORDER BY type, id LIMIT ? OFFSET ?", [node_id], out),
            (f"{columns} WHERE target = ? ORDER BY type, id LIMIT ? OFFSET ?", [node_id], into),
        ], limit, offset, evidence), out + into

    def action_page(self, regulation_ids: list[str], limit: int | None = None, offset: int = 0) -> tuple[list[Edge], int]:
        """The acts_on edges into these regulations in time order: by date (undated last), then the document and
        position of their first evidence, then the regulations' order as given and edge id. `limit` of them from
        `offset` on, and how many there are.

        Each regulation's actions are read in that order from the edges_trace index (their rank, then id), the
        ids alone up to the page's end, and merged; then the page's edges are read by id."""
        regs = list(dict.fromkeys(regulation_ids))
        end = None if limit is None else offset + limit
        if self.schema_version < 4:  # an old store opened read-only has no ranks yet
            order = self._action_order_unranked(regs)
            total, ids = len(order), order[offset:end]
        else:
            total = sum(self._count("SELECT count(*) FROM edges WHERE target = ? AND type = 'acts_on'", (r,)) for r in regs)
            walk = ("SELECT rank, id FROM edges INDEXED BY edges_trace WHERE target = ? AND type = 'acts_on' "
                    "ORDER BY rank, id LIMIT ? OFFSET ?")
            if len(regs) == 1:
                ids = [r[1] for r in self._read(walk, (regs[0], -1 if limit is None else limit, offset))]
            else:
                ranked = [[(rank, i, eid) for rank, eid in self._read(walk, (r, -1 if end is None else end, 0))]
                          for i, r in enumerate(regs)]
                ids = [eid for _rank, _i, eid in islice(heapq.merge(*ranked), offset, end)]
        rows: dict[str, sqlite3.Row] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows.update((r[0], r) for r in self._read(
                f"SELECT id, source, target, type, attrs FROM edges WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return self._edges_from([rows[i] for i in ids if i in rows]), total

    def _action_order_unranked(self, regulation_ids: list[str]) -> list[str]:
        """Ids of the actions on these regulations in action_page's order, sorted in one read (a store of schema
        3 or older, opened read-only, has no ranks)."""
        date = "json_extract(e.attrs, '$.date')"
        first = """(SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = e.id ORDER BY doc, start, "end" LIMIT 1)"""
        return [r[0] for r in self._read(
            f"""SELECT e.id FROM edges e JOIN json_each(?) r ON e.target = r.value AND e.type = 'acts_on'
                ORDER BY coalesce({date}, '') = '', {date}, {first}, r.key, e.id""",
            [json.dumps(regulation_ids)])]

    def dated_items(self) -> list[DatedItem]:
        """Every item of the whole corpus's timeline in time order (reader.dated_items_read), from the ranks of
        actions and measures: one walk of each one's index (edges_trace, measures_rank), joined here (most actions
        take their date from their measure), without a span, a JSON value or an edge built."""
        if self.schema_version < 4:  # an old store opened read-only has no ranks yet
            return dated_items_read(self)
        measures = dict(self._read("SELECT id, rank FROM nodes INDEXED BY measures_rank WHERE type = 'measure'"))
        out: list[DatedItem] = []
        acting: set[str] = set()
        for eid, source, rank in self._read("SELECT id, source, rank FROM edges INDEXED BY edges_trace WHERE type = 'acts_on'"):
            acting.add(source)
            date = _date_of(rank) or _date_of(measures.get(source, ""))
            if date:
                out.append((date, rank.rpartition(_RANK_SEP)[2], "action", source, eid))
        out += [(_date_of(rank), rank.rpartition(_RANK_SEP)[2], "measure", mid, mid)
                for mid, rank in measures.items() if rank[:1] == "0" and mid not in acting]
        return sorted(out)

    def nodes_in_document(self, doc_id: str) -> list[Node]:
        """Nodes with evidence in one document (the document node included), with that document's evidence only.

        A shared unit or place has spans in most documents of a large corpus; `nodes(ids=…)` reads them all.
        """
        spans = self._document_spans(doc_id)
        rows = self._read(
            "SELECT id, type, label, aliases, attrs FROM nodes WHERE id IN (SELECT DISTINCT owner FROM evidence WHERE doc = ?) ORDER BY id",
            (doc_id,),
        )
        return [Node(r[0], NodeType(r[1]), r[2], json.loads(r[3]), json.loads(r[4]), spans.get(r[0], [])) for r in rows]

    def edges_in_document(self, doc_id: str) -> list[Edge]:
        """Edges with evidence in one document, with that document's evidence only (as `nodes_in_document`)."""
        spans = self._document_spans(doc_id)
        rows = self._read(
            "SELECT id, source, target, type, attrs FROM edges WHERE id IN (SELECT DISTINCT owner FROM evidence WHERE doc = ?) ORDER BY id",
            (doc_id,),
        )
        return [Edge(r[1], r[2], EdgeType(r[3]), json.loads(r[4]), spans.get(r[0], []), id=r[0]) for r in rows]

    def _document_spans(self, doc_id: str) -> dict[str, list[Evidence]]:
        out: dict[str, list[Evidence]] = defaultdict(list)
        for owner, start, end in self._read(
            'SELECT owner, start, "end" FROM evidence WHERE doc = ? ORDER BY start, "end"', (doc_id,)
        ):
            out[owner].append(Evidence(doc_id, start, end))
        return out

    def get_meta(self, key: str, default: str = "") -> str:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def documents(self) -> list[dict[str, Any]]:
        rows = self._read("SELECT id, sha256, path, title, ingested_at FROM documents ORDER BY id")
        return [dict(zip(("id", "sha256", "path", "title", "ingested_at"), r)) for r in rows]

    def document_text(self, doc_id: str) -> str:
        rows = self._read("SELECT text FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        return str(rows[0][0])

    def document_slices(self, ranges: list[tuple[str, int, int]]) -> list[str]:
        """The characters start..end of each (document, start, end) of the normalized texts ("" for an unknown
        document). Texts are kept in memory (TEXT_CACHE_CHARS, least recently used out) until the store changes:
        an entity page quotes spans of a hundred documents, and SQLite reads a text's every page to slice it."""
        version = self.version
        with self._lock:
            if version != self._texts_version:
                self._texts.clear()
                self._texts_version = version
            missing = sorted({doc for doc, _, _ in ranges}.difference(self._texts))
        for i in range(0, len(missing), 200):
            chunk = missing[i : i + 200]
            rows = self._read(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            with self._lock:
                self._texts.update((doc, str(text)) for doc, text in rows)
        with self._lock:
            texts = {doc: self._texts[doc] for doc, _, _ in ranges if doc in self._texts}
            for doc in texts:
                self._texts.move_to_end(doc)
            held = sum(map(len, self._texts.values()))
            while held > TEXT_CACHE_CHARS and len(self._texts) > 1:
                held -= len(self._texts.popitem(last=False)[1])
        return [texts.get(doc, "")[max(0, start) : end] for doc, start, end in ranges]

    def document_original(self, doc_id: str) -> tuple[str, list[int]]:
        """The text as published and the map from normalized offsets into it."""
        rows = self._read("SELECT original, offsets FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        return str(rows[0][0]), json.loads(rows[0][1])

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
