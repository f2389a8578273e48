"""How a document's claims about nodes and edges become their merged rows (graph/merge.py merges the values):
written when a document comes, merged again from every claim when one goes or cannot be merged into the row."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from .merge import Merged, Unmergeable, add, merge_all, restore, start
from .names import NameSource, index_names
from .rank import RANKED, first_of, rank_of


def dumps(value: Any) -> str:
    """JSON as the store keeps it: keys sorted, Chinese as it is, so the same value is always the same text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: A merged row as stored, after its id: nodes (type, label, aliases, attrs), edges (source, target, type, attrs).
ROW = {"nodes": "type, label, aliases, attrs", "edges": "source, target, type, attrs"}
#: What a merged row keeps beside its columns (ROW): nodes and edges alike, then an edge's rank.
_KEPT = {"nodes": "first_doc, provenance, claimed, rank", "edges": "first_doc, provenance, claimed, rank"}
INSERT = {t: f"INSERT OR REPLACE INTO {t} (id, {cols}, {_KEPT[t]}) VALUES ({','.join('?' * (3 + cols.count(',') + _KEPT[t].count(',')))})"
          for t, cols in ROW.items()}
#: A claim as the claims tables hold it, by the table of its merged row.
_CLAIM = {"nodes": "INSERT OR REPLACE INTO node_claims VALUES (?,?,?,?,?,?)",
          "edges": "INSERT OR REPLACE INTO edge_claims VALUES (?,?,?,?,?,?)"}


def _stored_rows(c: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, tuple]:
    """The merged rows of these nodes or edges that exist: id -> (its ROW columns..., its _KEPT columns...)."""
    out: dict[str, tuple] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        sql = f"SELECT id, {ROW[table]}, {_KEPT[table]} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
        out.update((row[0], row[1:]) for row in c.execute(sql, chunk))
    return out


def _claims(c: sqlite3.Connection, table: str, ids: list[str]) -> Iterator[tuple[str, list[tuple]]]:
    """Every document's claim about each of these nodes or edges (table: nodes or edges):
    (id, [(doc, the ROW columns...), ...])."""
    key = table[:-1]
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        found: dict[str, list[tuple]] = {i: [] for i in chunk}
        sql = f"SELECT {key}, doc, {ROW[table]} FROM {key}_claims WHERE {key} IN ({','.join('?' * len(chunk))})"
        for row in c.execute(sql, chunk):
            found[row[0]].append(row[1:])
        yield from found.items()


def node_row(nid: str, m: Merged, claimed: int, first: str) -> tuple:
    return (nid, m.type, m.label, dumps(m.aliases), dumps(m.attrs), m.doc, m.provenance(), claimed,
            rank_of(m.type, m.attrs, first))


def edge_row(eid: str, ends: tuple[str, str], m: Merged, claimed: int, first: str) -> tuple:
    return (eid, *ends, m.type, dumps(m.attrs), m.doc, m.provenance(), claimed, rank_of(m.type, m.attrs, first))


def merged_node(claims: list[tuple]) -> Merged:
    """The merged row of a node's claims (doc, type, label, aliases JSON, attrs JSON)."""
    return merge_all([(d, t, label, json.loads(a), json.loads(attrs)) for d, t, label, a, attrs in claims])


def merged_edge(claims: list[tuple]) -> tuple[tuple[str, str], Merged]:
    """An edge's ends and the merged row of its claims (doc, source, target, type, attrs JSON)."""
    first = min(claims)
    return (first[1], first[2]), merge_all([(d, t, "", [], json.loads(attrs)) for d, _s, _t, t, attrs in claims])


def _write_nodes(c: sqlite3.Connection, rows: list[tuple], old: list[NameSource], new: list[NameSource]) -> None:
    """Write merged node rows, and the name rows of those whose names changed or are new (index_names)."""
    c.executemany(INSERT["nodes"], rows)
    index_names(c, old, new)


def merge_nodes(c: sqlite3.Connection, doc: str, claims: list[tuple[str, str, str, list[str], str]],
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
            rows.append((nid, node_type, label, dumps(m.aliases), attrs, doc, "", 0,
                         rank_of(node_type, json.loads(attrs), firsts[nid]) if node_type in RANKED else ""))
            named.append((nid, node_type, label, m.aliases))
            continue
        # claims are kept as a row holds them (aliases sorted, the label left out), so that the claims tables are
        # the same whichever document came first
        if not old[6]:  # the row was its one document's claim: write that claim out
            kept.append((old[4], nid, *old[:4]))
        kept.append((doc, nid, node_type, label, dumps(start(doc, node_type, label, aliases, {}).aliases), attrs))
        m = restore(old[4], old[0], old[1], json.loads(old[2]), json.loads(old[3]), old[5])
        try:
            add(m, doc, node_type, label, aliases, json.loads(attrs))
        except Unmergeable:
            again.append(nid)
            continue
        rows.append(node_row(nid, m, 1, first_of(old[7], firsts[nid])))
        if (m.label, m.aliases) != (old[1], json.loads(old[2])):
            renamed.append((nid, old[0], old[1], json.loads(old[2])))
            named.append((nid, m.type, m.label, m.aliases))
    c.executemany(_CLAIM["nodes"], kept)
    _write_nodes(c, rows, renamed, named)
    return again


def merge_edges(c: sqlite3.Connection, doc: str, claims: list[tuple[str, str, str, str, str]],
                 firsts: dict[str, str]) -> list[str]:
    """Merge one document's edge claims (id, source, target, type, attrs JSON) into their merged rows, as
    merge_nodes does; `firsts`: each edge's first span in this document (reader.first_span_key). The ids that need all
    their claims merged again."""
    stored = _stored_rows(c, "edges", [x[0] for x in claims])
    rows, again, kept = [], [], []
    for eid, source, target, edge_type, attrs in claims:
        old = stored.get(eid)
        if old is None:
            rows.append((eid, source, target, edge_type, attrs, doc, "", 0,
                         rank_of(edge_type, json.loads(attrs), firsts[eid]) if edge_type in RANKED else ""))
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
        rows.append(edge_row(eid, (source, target) if doc < old[4] else (old[0], old[1]), m, 1,
                              first_of(old[7], firsts[eid])))
    c.executemany(_CLAIM["edges"], kept)
    c.executemany(INSERT["edges"], rows)
    return again


def _first_spans(c: sqlite3.Connection, owners: list[str]) -> dict[str, str]:
    """first_span_key of each of these owners as the evidence table holds them ("" for those without)."""
    sql = """SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = ? ORDER BY doc, start, "end" LIMIT 1"""
    return {o: next(iter(c.execute(sql, (o,)).fetchone() or ()), "") for o in owners}


def remerge(c: sqlite3.Connection, node_ids: Iterable[str], edge_ids: Iterable[str]) -> None:
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
        merged_nodes.append((nid, merged_node(claims), len(claims)))
    firsts = _first_spans(c, [nid for nid, m, _n in merged_nodes if m.type in RANKED])
    rows = [node_row(nid, m, int(n > 1), firsts.get(nid, "")) for nid, m, n in merged_nodes]
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
        merged.append((eid, merged_edge(claims), len(claims)))
    firsts = _first_spans(c, [eid for eid, (_ends, m), _n in merged if m.type in RANKED])
    c.executemany("DELETE FROM edges WHERE id = ?", [(e,) for e in gone_edges])
    c.executemany("DELETE FROM edge_claims WHERE edge = ?", [(eid,) for eid, _m, n in merged if n == 1])
    c.executemany(INSERT["edges"], [edge_row(eid, ends, m, int(n > 1), firsts.get(eid, ""))
                                     for eid, (ends, m), n in merged])
    c.executemany("DELETE FROM evidence WHERE owner = ?", [(x,) for x in gone + gone_edges])
