"""Push throughput into a real Virtuoso, and graph-query latency through the remote backend next to the embedded one.

Starts a throwaway Virtuoso on loopback (Debian package virtuoso-opensource), pushes the store, then times the
same questions (measures for a problem, regulation trace, neighbourhood depth 2, entity lookup) against the
embedded SQLite store and the remote SPARQL store. Prints a table; `--record` appends it to RESULTS.md.

Usage: python benchmarks/remote_bench.py [--db STORE] [--rounds 5] [--record]
(without --db, the bundled sample is ingested into a temporary store first)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from virtuoso_server import running_virtuoso  # noqa: E402

from benchmarks.run import quantiles  # noqa: E402

from policykg import __version__  # noqa: E402
from policykg.api.settings import sample_corpus  # noqa: E402
from policykg.graph.queries.problem_links import measures_for  # noqa: E402
from policykg.graph.queries.trace import trace  # noqa: E402
from policykg.graph.queries.walks import neighbourhood  # noqa: E402
from policykg.graph.reader import GraphReader  # noqa: E402
from policykg.graph.remote import Endpoint, push  # noqa: E402
from policykg.graph.remote_graph import RemoteGraph  # noqa: E402
from policykg.graph.store import Store  # noqa: E402
from policykg.graph.vocab import EdgeType, NodeType  # noqa: E402


def workload(store: Store) -> dict[str, list[Callable[[GraphReader], object]]]:
    """Ten questions of each kind, chosen from what the store holds."""
    problems = [e.target for e in store.edges(edge_type=EdgeType.ADDRESSES)]
    regs = sorted({e.target for e in store.edges(edge_type=EdgeType.ACTS_ON)})
    units = [n.id for n in store.nodes(NodeType.UNIT)] or regs
    pick = lambda xs: sorted(set(xs))[:10]  # noqa: E731
    return {
        "measures for a problem": [lambda g, p=p: measures_for(g, p) for p in pick(problems)],
        "regulation trace": [lambda g, r=r: trace(g, r) for r in pick(regs)],
        "neighbourhood depth 2": [lambda g, s=s: neighbourhood(g, [s], depth=2) for s in pick(units)],
        "node by id": [lambda g, s=s: g.node(s) for s in pick(regs + units)],
    }


def time_queries(graph: GraphReader, work: dict[str, list[Callable[[GraphReader], object]]], rounds: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for kind, calls in work.items():
        ms = []
        for _ in range(rounds):
            for call in calls:
                t = time.perf_counter()
                call(graph)
                ms.append((time.perf_counter() - t) * 1000)
        out[kind] = ms
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing store (default: the bundled sample, ingested now)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--record", action="store_true", help="append the table to benchmarks/RESULTS.md")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from policykg.ingest.batch import ingest_paths
            from policykg.search.index import SearchIndex

            db = Path(tmp) / "db"
            store = Store.open(db)
            ingest_paths(store, SearchIndex(db), sample_corpus())
            store.close()
        store = Store.open(db, read_only=True)
        work = workload(store)
        with running_virtuoso(Path(tmp) / "virtuoso") as v:
            ep = Endpoint(update_url=v["update"], query_url=v["query"], user=v["user"], password=v["password"],
                          graph="https://example.org/graph/bench")
            t = time.perf_counter()
            report = push(store, ep, full=True)
            push_s = time.perf_counter() - t
            embedded = time_queries(store, work, args.rounds)
            remote = time_queries(RemoteGraph(ep), work, args.rounds)

    docs = len(store.documents())
    lines = [
        f"## {dt.date.today().isoformat()} — push and remote graph backend (Virtuoso on loopback)",
        "",
        f"Machine: {os.cpu_count()} cores {platform.machine()}, {platform.system()}, Python {platform.python_version()}, "
        f"policykg {__version__}. Command: `python benchmarks/remote_bench.py{' --db STORE' if args.db else ''} "
        f"--rounds {args.rounds}`. Store: {docs} documents.",
        "",
        f"Push: {report.triples:,} triples in {report.batches} batches, {push_s:.1f} s = "
        f"**{report.triples / push_s:,.0f} triples/s** (SPARQL Update INSERT DATA, 2,000 triples a batch).",
        "",
        "| query | n | embedded p50 ms | p95 | remote p50 ms | p95 |",
        "|---|---|---|---|---|---|",
    ]
    for kind in work:
        e50, e95, _ = quantiles(embedded[kind])
        r50, r95, _ = quantiles(remote[kind])
        lines.append(f"| {kind} | {len(embedded[kind])} | {e50:.1f} | {e95:.1f} | {r50:.1f} | {r95:.1f} |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.record:
        with (ROOT / "benchmarks" / "RESULTS.md").open("a", encoding="utf-8") as f:
            f.write("\n" + table)


if __name__ == "__main__":
    main()
