"""The durable store: one SQLite database, the only place where truth lives, and its only writer.

Every document is written in one transaction: after a crash a document is either wholly present or absent.
Deleting a document removes its claims and evidence and merges again, from all their claims, the rows it touched;
the rows it alone named go.

Its parts: the tables and their migrations (graph/schema.py, migrations.py), a document's claims merged into
rows (claims.py), names and ranks (names.py, rank.py), and the reads (rows.py, lookups.py, pages.py,
documents.py).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .claims import dumps, merge_edges, merge_nodes, remerge
from .documents import DocumentReads
from .errors import NotFound, StoreBusy
from .model import DocumentRecord, Evidence
from .names import NameLookups
from .pages import PagedReads
from .reader import first_span_key
from .schema import DB_FILE, SCHEMA_VERSION, bring_up_to_date

#: A writer's page cache (KiB) and how many pages the write-ahead log holds before it is copied into the database.
#: A document's claims, evidence and name rows touch pages all over the tables' indexes: with SQLite's 2 MB cache
#: most of a store's write time went to reading those pages back, and the default 1,000-page log was copied
#: (and synced) every document or two. Past a few hundred documents a document's ~24,000 row and index insertions
#: land on as many pages, so a 10,000-page log was still copied and synced at every commit; 100,000 pages (a log
#: of up to 400 MB while a writer has the store open) copies each page once for several documents.
WRITER_CACHE_KIB = 256 * 1024
WRITER_LOG_PAGES = 100_000


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


class Store(NameLookups, PagedReads, DocumentReads):
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
                bring_up_to_date(conn)
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
                 record.original, json.dumps(record.offsets), dumps(record.report)),
            )
            nodes = [record.node, *record.nodes]
            node_claims = [(n.id, str(n.type), n.label, n.aliases, dumps(n.attrs)) for n in nodes]
            edge_claims = [(e.id, e.source, e.target, str(e.type), dumps(e.attrs)) for e in record.edges]
            spans = [(n.id, ev) for n in nodes for ev in n.evidence] + [(e.id, ev) for e in record.edges for ev in e.evidence]
            c.executemany(
                'INSERT OR IGNORE INTO evidence (owner, doc, start, "end") VALUES (?,?,?,?)',
                [(owner, ev.doc, ev.start, ev.end) for owner, ev in spans],
            )
            firsts: dict[str, list[Evidence]] = {}
            for x in [*nodes, *record.edges]:
                firsts.setdefault(x.id, []).extend(x.evidence)
            first = {x: first_span_key(s) for x, s in firsts.items()}
            again_nodes = merge_nodes(c, doc, node_claims, first)
            again_edges = merge_edges(c, doc, edge_claims, first)
            remerge(c, again_nodes, again_edges)
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
            remerge(c, node_ids, edge_ids)
            self._bump(c)

    @staticmethod
    def _bump(c: sqlite3.Connection) -> None:
        c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
