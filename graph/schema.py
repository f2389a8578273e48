"""The store's tables and indexes, and a store an older schema wrote brought up to date.

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
                  dated, by date, then the document and position of their first span (graph/rank.py): a regulation's
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
                  (every type but those in names.SENTENCE_TYPES), so that a lookup by part of a name reads the nodes
                  holding its rarest pair instead of every label. A name's last character is a one-character pair.
* ``meta``        schema version and a counter that grows with every write (views are cached on it).

Opening a store written by an older schema migrates it in one transaction (``MIGRATIONS``); nothing is dropped.
"""

from __future__ import annotations

import sqlite3

from .migrations import MIGRATIONS

SCHEMA_VERSION = 5
DB_FILE = "graph.sqlite"

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


def bring_up_to_date(conn: sqlite3.Connection) -> None:
    """Create the tables and indexes a store lacks and migrate one an older schema wrote (MIGRATIONS), inside
    the caller's write transaction."""
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
