"""Latency of the graph queries (path, entity page, timeline) and of SPARQL on an ingested store.

    python -m benchmarks.corpus --scale 20 --out /tmp/c20 && policykg ingest /tmp/c20 --db /tmp/db20
    python benchmarks/query_bench.py /tmp/db20

Prints a Markdown table: the first call (which builds the cached networkx view or SPARQL dataset) and the median
of the next four.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from policykg.graph import queries, sparql
from policykg.graph.store import Store


def timed(name: str, fn: Callable[[], object], rounds: int = 5) -> None:
    ms = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - start) * 1000)
    print(f"| {name} | {ms[0]:.0f} | {statistics.median(ms[1:]):.1f} |")


def main() -> None:
    store = Store.open(Path(sys.argv[1]), read_only=True)
    print(f"{store.count_nodes()} nodes, {store.count_edges()} edges\n")
    print("| query | first ms | median ms |\n|---|---|---|")
    regs = sorted(store.nodes("regulation"), key=lambda n: -len(n.evidence))
    a, b = regs[0].id, regs[min(5, len(regs) - 1)].id
    timed("shortest_path between two regulations", lambda: queries.shortest_path(store, a, b))
    timed("entity_page of the most-cited regulation", lambda: queries.entity_page(store, a))
    timed("timeline, whole corpus by month", lambda: queries.timeline(store))
    timed("timeline of one regulation", lambda: queries.timeline(store, regulation=a))
    timed("SPARQL COUNT(*)", lambda: sparql.query(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", timeout_s=120, max_rows=10))


if __name__ == "__main__":
    main()
