"""Latency of the graph queries (path, entity page, timeline) and of SPARQL on an ingested store.

    python -m benchmarks.corpus --scale 20 --out /tmp/c20 && policykg ingest /tmp/c20 --db /tmp/db20
    python benchmarks/query_bench.py /tmp/db20

Prints a Markdown table: the first call (which builds the cached networkx view or SPARQL dataset) and the median
of the next four.
"""

import statistics
import sys
import time
from pathlib import Path
from policykg.graph.store import Store
from policykg.graph import queries as q, sparql
s = Store.open(Path(sys.argv[1]))
print(s.count_nodes(), "nodes", s.count_edges(), "edges")
regs = sorted(s.nodes("regulation"), key=lambda n: -len(n.evidence))
a, b = regs[0].id, regs[5].id
def t(name, f, n=5):
    xs=[]
    for _ in range(n):
        x=time.perf_counter(); f(); xs.append((time.perf_counter()-x)*1000)
    print(f"| {name} | {xs[0]:.0f} | {statistics.median(xs[1:]):.1f} |")
t("shortest_path (two regulations)", lambda: q.shortest_path(s, a, b))
t("entity_page (most-cited regulation)", lambda: q.entity_page(s, a))
t("timeline (whole corpus, by month)", lambda: q.timeline(s))
t("timeline (one regulation)", lambda: q.timeline(s, regulation=a))
t("sparql COUNT(*)", lambda: sparql.query(s, "SELECT (COUNT(*) AS ?n) {?s ?p ?o}", timeout_s=60, max_rows=10))
