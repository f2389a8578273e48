"""Latency of the graph questions the API asks, on an ingested store: p50 / p95 / p99 per kind of question.

    python -m benchmarks.corpus --scale 100 --out /tmp/c100 && policykg ingest /tmp/c100 --db /tmp/db100
    python -m benchmarks.query_bench /tmp/db100

The questions go to the busiest entities, where the answers are largest: the regulations acted on most, the
units with most edges, and problems spread over the corpus. Names are looked up both exactly (a regulation's
title) and by a part of a name (a problem's words). Trace and entity page are timed whole (as the command line
asks) and by the page (as the API's paged routes ask); neighbourhoods whole and with the API's bound. Each
question is asked once to warm caches, then timed `--rounds` times; the first trace page of a freshly opened
store (its page cache empty, as after a write or a restart) is timed apart. The path between two regulations and
the whole-corpus timelines come last with their first (cache-building) call reported apart.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from policykg.graph.queries.entity_pages import entity_page, evidence_quotes
from policykg.graph.queries.problem_links import measures_for
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.timeline import timeline
from policykg.graph.queries.trace import trace, trace_page
from policykg.graph.queries.walks import neighbourhood, shortest_path
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

from .run import _time, quantiles

#: Items on one page of an API answer (the routes' default limit), and nodes /entities/{id}/neighbours gathers.
PAGE = 50
NEIGHBOURS = 500


def _busiest(store: Store, edge_type: EdgeType, count: int) -> list[str]:
    """Targets of `edge_type` with the most such edges (ties by id)."""
    tally: dict[str, int] = {}
    for e in store.edges(edge_type=edge_type, evidence=False):
        tally[e.target] = tally.get(e.target, 0) + 1
    return sorted(tally, key=lambda t: (-tally[t], t))[:count]


def cases(store: Store) -> dict[str, list[Callable[[], object]]]:
    """The questions to time, by kind, over entities picked from the store itself."""
    problems = sorted(store.nodes(NodeType.PROBLEM, evidence=False), key=lambda n: n.id)
    problems = problems[:: max(1, len(problems) // 5)][:5]
    regulations = _busiest(store, EdgeType.ACTS_ON, 5)
    units = _busiest(store, EdgeType.PERFORMED_BY, 3)
    titles = [store.node(r).label for r in regulations]
    words = [p.label[2:8] for p in problems if len(p.label) >= 8] or [p.label for p in problems]
    pages = (0, 2 * PAGE)
    return {
        "measures for a problem (id)": [lambda p=p: measures_for(store, p.id) for p in problems],
        "measures for a problem (words)": [lambda w=w: measures_for(store, w) for w in words],
        "trace, whole answer (id)": [lambda r=r: trace(store, r) for r in regulations],
        "trace, whole answer (title)": [lambda t=t: trace(store, t) for t in titles],
        f"trace, a page of {PAGE} (id; first and third page)": [
            lambda r=r, o=o: trace_page(store, r, PAGE, o) for r in regulations for o in pages],
        "entity page, whole answer (id)": [lambda x=x: entity_page(store, x) for x in regulations[:2] + units],
        f"entity page, a page of {PAGE} edges and spans (id; first and third page)": [
            lambda x=x, o=o: entity_page(store, x, PAGE, o) for x in regulations[:2] + units for o in pages],
        f"a node's own spans, a page of {PAGE} quoted (/entities/{{id}}/evidence)": [
            lambda x=x, o=o: evidence_quotes(store, x, PAGE, o) for x in regulations[:2] + units for o in pages],
        "find_seed (name)": [lambda t=t: find_seed(store, t) for t in titles + words],
        "neighbourhood depth 2 (problems)": [lambda p=p: neighbourhood(store, [p.id], depth=2) for p in problems[:3]],
        f"neighbours depth 2, {NEIGHBOURS} nodes at most (busiest regulation and units)": [
            lambda x=x: neighbourhood(store, [x], depth=2, max_nodes=NEIGHBOURS) for x in regulations[:1] + units[:2]],
        "timeline of a regulation, 100 items a period (the web page's)": [
            lambda r=r: timeline(store, regulation=r, items_per_period=100) for r in regulations[:3]],
    }


def first_trace_pages(db: Path, store: Store) -> list[float]:
    """ms of the first trace page of each busiest regulation in a freshly opened store: what the first reader
    after a restart waits for (schema 3 and older also computed the order of the actions then, after every write)."""
    times = []
    for r in _busiest(store, EdgeType.ACTS_ON, 5):
        fresh = Store.open(db, read_only=True)
        try:
            t = time.perf_counter()
            trace_page(fresh, r, PAGE, 0)
            times.append((time.perf_counter() - t) * 1000)
        finally:
            fresh.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path, help="The --db folder of an ingested store.")
    ap.add_argument("--rounds", type=int, default=20, help="Timed repetitions of each question.")
    a = ap.parse_args()
    store = Store.open(a.db, read_only=True)
    try:
        print(f"{store.count_nodes()} nodes, {store.count_edges()} edges, {len(store.documents())} documents\n")
        print("| question | n | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|")
        for kind, fns in cases(store).items():
            times: list[float] = []
            for fn in fns:
                times += _time(fn, a.rounds)
            p50, p95, p99 = quantiles(times)
            print(f"| {kind} | {len(times)} | {p50:.1f} | {p95:.1f} | {p99:.1f} |", flush=True)
        times = first_trace_pages(a.db, store)
        p50, p95, p99 = quantiles(times)
        print(f"| trace, the first page in a freshly opened store | {len(times)} | "
              f"{p50:.1f} | {p95:.1f} | {p99:.1f} |", flush=True)
        regs = _busiest(store, EdgeType.ACTS_ON, 6)
        for name, fn in [("shortest path between two regulations", lambda: shortest_path(store, regs[0], regs[-1])),
                         ("timeline, whole corpus by month", lambda: timeline(store)),
                         ("timeline, whole corpus by year, 100 items a period (the web page's)",
                          lambda: timeline(store, by="year", items_per_period=100))]:
            t = time.perf_counter()
            fn()
            first = (time.perf_counter() - t) * 1000
            p50, p95, _ = quantiles(_time(fn, 3))
            print(f"| {name} (first call {first:.0f} ms) | 3 | {p50:.1f} | {p95:.1f} | |", flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
