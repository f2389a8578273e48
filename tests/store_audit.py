"""Audit a store after a crash: whole documents only, merged tables in step with the claims, index in step.

Shared by the crash and concurrency tests and by benchmarks/reliability_bench.py. It reads the SQLite file and
the index's stored passages directly, so it checks what is on disk, not what the product's own reads would show.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policykg.graph.schema import DB_FILE
from policykg.graph.store import Store
from policykg.search.index import SearchIndex


@dataclass(frozen=True)
class DocShape:
    """How much one document wrote: the nodes and edges it claims (a claim kept, or a row it alone names, which is
    its claim), evidence spans, index passages."""

    node_claims: int
    edge_claims: int
    evidence: int
    passages: int


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db / DB_FILE)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def passages_by_doc(db: Path) -> dict[str, int]:
    """Live (not deleted) index passages per document."""
    return dict(Counter(fields["doc"] for fields in SearchIndex(db).stored()))


def passage_ids(db: Path) -> set[str]:
    """Ids of every live passage in the index."""
    return {fields["id"] for fields in SearchIndex(db).stored()}


def shapes(db: Path) -> dict[str, DocShape]:
    """The shape of every document in the store (taken from a clean run, it is what a crash must not cut)."""
    count = lambda table: Counter(dict(_rows(db, f"SELECT doc, COUNT(*) FROM {table} GROUP BY doc")))  # noqa: E731

    def claimed(table: str) -> Counter[str]:
        out = count(f"{table[:-1]}_claims")
        out.update(dict(_rows(db, f"SELECT first_doc, COUNT(*) FROM {table} WHERE claimed = 0 GROUP BY first_doc")))
        return out

    nodes, edges, evidence, passages = claimed("nodes"), claimed("edges"), count("evidence"), passages_by_doc(db)
    return {d: DocShape(nodes.get(d, 0), edges.get(d, 0), evidence.get(d, 0), passages.get(d, 0))
            for (d,) in _rows(db, "SELECT id FROM documents")}


def graph_key(db: Path) -> tuple:
    """Everything a graph read can see, sorted: documents (without timestamps), nodes, edges, evidence."""
    return (
        _rows(db, "SELECT id, sha256, text FROM documents ORDER BY id"),
        _rows(db, "SELECT id, type, label, aliases, attrs FROM nodes ORDER BY id"),
        _rows(db, "SELECT id, source, target, type, attrs FROM edges ORDER BY id"),
        _rows(db, 'SELECT owner, doc, start, "end" FROM evidence ORDER BY owner, doc, start, "end"'),
    )


def audit(db: Path, clean: dict[str, DocShape], same_order: bool = True) -> list[str]:
    """What is wrong with the store at `db` compared with a clean run's shapes (empty when all holds).

    An entity named in several documents has one passage, indexed with the document that named it last; so
    unless the documents were ingested in the clean run's order (`same_order`), a document may hold fewer.
    """
    Store.open(db).close()  # the store opens (and creates its tables if a kill came before they were made)
    problems = []
    if _rows(db, "PRAGMA integrity_check") != [("ok",)]:
        problems.append("SQLite integrity check failed")
    passages = passages_by_doc(db)
    stored = shapes(db)
    for doc, shape in stored.items():
        want = clean.get(doc)
        if want is None:
            problems.append(f"{doc}: not a document of the corpus")
        elif (shape.node_claims, shape.edge_claims, shape.evidence) != (want.node_claims, want.edge_claims, want.evidence):
            problems.append(f"{doc}: half written: {shape} instead of {want}")
        elif shape.passages not in (0, want.passages) and (same_order or shape.passages > want.passages):
            problems.append(f"{doc}: {shape.passages} of {want.passages} index passages")
    for doc in set(passages) - set(stored):
        problems.append(f"{doc}: in the index but not in the store")
    orphans = [
        ("node claimed by no document", "SELECT id FROM nodes WHERE claimed = 1 AND id NOT IN (SELECT node FROM node_claims)"
                                        " OR claimed = 0 AND first_doc NOT IN (SELECT id FROM documents)"),
        ("claim without its node", "SELECT node FROM node_claims WHERE node NOT IN (SELECT id FROM nodes)"),
        ("edge claimed by no document", "SELECT id FROM edges WHERE claimed = 1 AND id NOT IN (SELECT edge FROM edge_claims)"
                                        " OR claimed = 0 AND first_doc NOT IN (SELECT id FROM documents)"),
        ("claim without its edge", "SELECT edge FROM edge_claims WHERE edge NOT IN (SELECT id FROM edges)"),
        ("evidence of nothing", "SELECT owner FROM evidence WHERE owner NOT IN (SELECT id FROM nodes UNION SELECT id FROM edges)"),
        ("evidence of a missing document", "SELECT owner FROM evidence WHERE doc NOT IN (SELECT id FROM documents)"),
    ]
    for what, sql in orphans:
        found = _rows(db, sql + " LIMIT 3")
        if found:
            problems.append(f"{what}: {[r[0] for r in found]}")
    return problems
