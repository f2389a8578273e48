"""Store writes at scale: does writing a document cost as much at the end of a large corpus as at its start?

    python -m benchmarks.store_bench CORPUS_DIR [--repeat 100] [--record]

Extracts every file of CORPUS_DIR once, then writes each document `repeat` times under fresh ids into a fresh
store (shared entities keep theirs, as across a real corpus's reports: the 10x corpus repeated 100 times names
its units, places and regulations in 1,000 documents, as the 1000x corpus does). Each write is timed (wall, and
the writing thread's CPU, which other work on the machine changes less), with the SQLite virtual machine steps
it takes, the pages it adds to the write-ahead log (what its commit writes: the log is copied into the database
and emptied, as a writer does, once it passes the writer's size) and the statements that read claims back.
Prints the cost per document by tenth of the run; with --record, appends it to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from policykg.graph.ids import document_id
from policykg.graph.model import DocumentRecord, Evidence
from policykg.graph.schema import DB_FILE
from policykg.graph.store import WRITER_LOG_PAGES, Store
from policykg.graph.vocab import SHARED_TYPES
from policykg.ingest import pipeline
from policykg.ingest.batch import expand

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
STEPS_PER_CALL = 1000


def copy(record: DocumentRecord, k: int) -> DocumentRecord:
    """The same document under fresh ids: its own nodes (sections, measures ...) renamed, shared entities kept."""
    sha = hashlib.sha256(f"{record.sha256}:{k}".encode()).hexdigest()
    doc = document_id(sha)
    shared = {n.id for n in record.nodes if n.type in SHARED_TYPES}

    def nid(i: str) -> str:
        return doc if i == record.id else i if i in shared else f"{i}-{k}"

    def ev(spans: list[Evidence]) -> list[Evidence]:
        return [Evidence(doc, e.start, e.end) for e in spans]

    return replace(
        record,
        node=replace(record.node, id=doc, attrs={**record.node.attrs, "sha256": sha}, evidence=ev(record.node.evidence)),
        nodes=[replace(n, id=nid(n.id), evidence=ev(n.evidence)) for n in record.nodes],
        edges=[replace(e, source=nid(e.source), target=nid(e.target), evidence=ev(e.evidence), id="") for e in record.edges],
    )


def write_all(store: Store, records: list[DocumentRecord], repeat: int) -> list[tuple[float, int, int, int, float]]:
    """Write every record `repeat` times; per write: seconds, VM steps (thousands), statements reading claims,
    pages written to the log, thread CPU seconds."""
    conn: sqlite3.Connection = store._conn  # the writer's connection: the only place its work can be counted
    steps, reads = [0], [0]
    log = store.folder / f"{DB_FILE}-wal"
    frame = int(conn.execute("PRAGMA page_size").fetchone()[0]) + 24
    conn.execute("PRAGMA wal_autocheckpoint=0")  # emptied below, at the writer's size, so that growth is countable

    def count() -> int:
        steps[0] += 1
        return 0

    def trace(sql: str) -> None:
        reads[0] += "FROM node_claims" in sql or "FROM edge_claims" in sql

    conn.set_progress_handler(count, STEPS_PER_CALL)
    conn.set_trace_callback(trace)
    out = []
    for k in range(repeat):
        for record in records:
            steps[0] = reads[0] = 0
            size = log.stat().st_size if log.exists() else 0
            t, cpu = time.perf_counter(), time.thread_time()
            store.write_document(copy(record, k))
            out.append((time.perf_counter() - t, steps[0], reads[0], round((log.stat().st_size - size) / frame),
                        time.thread_time() - cpu))
            if log.stat().st_size > WRITER_LOG_PAGES * frame:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.set_progress_handler(None, STEPS_PER_CALL)
    conn.set_trace_callback(None)
    return out


def table(costs: list[tuple[float, int, int, int, float]]) -> str:
    tenth = max(1, len(costs) // 10)
    rows = ["| documents | ms per document (median) | CPU ms per document (median) | SQLite steps per document, "
            "thousands (median) | claim reads | pages written per document (median) |",
            "|---|---|---|---|---|---|"]
    for i in range(0, len(costs), tenth):
        part = costs[i : i + tenth]
        rows.append(f"| {i + 1}-{i + len(part)} | {statistics.median(c[0] for c in part) * 1000:.1f} | "
                    f"{statistics.median(c[4] for c in part) * 1000:.1f} | "
                    f"{statistics.median(c[1] for c in part):.0f} | {sum(c[2] for c in part)} | "
                    f"{statistics.median(c[3] for c in part):,.0f} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--repeat", type=int, default=100)
    ap.add_argument("--record", action="store_true", help="Append the table to benchmarks/RESULTS.md.")
    a = ap.parse_args()
    records = [pipeline.run(pipeline.load(f)) for f in expand([a.corpus])]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        t = time.perf_counter()
        costs = write_all(store, records, a.repeat)
        total = time.perf_counter() - t
        size = (Path(tmp) / "graph.sqlite").stat().st_size / 1e6
        nodes, edges = store.count_nodes(), store.count_edges()
        store.close()
    text = (f"{len(costs)} documents ({len(records)} extracted, each written {a.repeat} times), {total:.0f} s, "
            f"{nodes:,} nodes, {edges:,} edges, store {size:.0f} MB\n\n{table(costs)}\n")
    print(text)
    if a.record:
        when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write(f"\n## {when} — store writes by position in the corpus\n\nMachine: {platform.machine()}, "
                    f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}. Command: "
                    f"`python -m benchmarks.store_bench {a.corpus.name} --repeat {a.repeat}`\n\n{text}")


if __name__ == "__main__":
    main()
