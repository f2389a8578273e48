"""Query latency of the full-text index on the bundled sample repeated N times (default 100).

Each copy gets its own document and node ids, so the index holds N times the passages. Prints p50/p95/p99
in milliseconds per kind of query. Usage: python benchmarks/search_bench.py [--copies 100] [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from policykg.api.settings import sample_corpus
from policykg.graph.model import Edge, Evidence, Node
from policykg.ingest import pipeline
from policykg.search.index import SearchIndex
from policykg.search.searcher import search

QUERIES = {
    "word": ["禁塑", "湾长制", "入海排污口", "饮用水", "整改"],
    "multi-word": ["饮用水水源地 划定 保护区 万人千吨", "湾长 湾长制 总湾长", "2021年 印发 发布 实施方案"],
    "and": ["湾长制 AND 实施方案", "禁塑 AND 执法"],
    "phrase": ['"全面推行湾长制"', '"入海排污口"'],
    "filtered": ["禁塑 type:measure year:2021", "整改 year:[2020 TO 2022]"],
    "faceted": ["禁塑", "整改"],
}


def _copy(nodes: list[Node], edges: list[Edge], k: int) -> tuple[str, list[Node], list[Edge]]:
    """The same document under fresh ids (shared entities keep theirs, as in a real corpus)."""
    shared = {n.id for n in nodes if n.type in {"regulation", "unit", "place", "bay", "river"}}

    def nid(i: str) -> str:
        return i if i in shared else f"{i}-{k}"

    def ev(es: list[Evidence]) -> list[Evidence]:
        return [replace(e, doc=nid(e.doc)) for e in es]

    ns = [replace(n, id=nid(n.id), evidence=ev(n.evidence)) for n in nodes]
    es = [Edge(nid(e.source), nid(e.target), e.type, dict(e.attrs), ev(e.evidence), e.key) for e in edges]
    return nid(nodes[0].id), ns, es


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    records = [pipeline.run(pipeline.load(f, pipeline.DEFAULT_MAX_BYTES)) for f in sample_corpus()]
    with tempfile.TemporaryDirectory() as tmp:
        ix = SearchIndex(Path(tmp))
        t0 = time.perf_counter()
        for k in range(a.copies):
            for r in records:
                doc, ns, es = _copy([r.node, *r.nodes], r.edges, k)
                ix.add_document(doc, r.text, ns, es)
        with ix.ix.searcher() as s:
            passages = s.doc_count()
        print(f"indexed {passages} passages ({a.copies} copies) in {time.perf_counter() - t0:.1f} s")
        for kind, qs in QUERIES.items():
            for q in qs:  # warm caches once, as a running server would be
                search(ix, q, facets=kind == "faceted")
            times = []
            for _ in range(a.rounds):
                for q in qs:
                    t = time.perf_counter()
                    search(ix, q, facets=kind == "faceted")
                    times.append((time.perf_counter() - t) * 1000)
            qs_ = statistics.quantiles(times, n=100)
            print(f"{kind:<11} n={len(times):<4} p50 {qs_[49]:7.1f} ms  p95 {qs_[94]:7.1f} ms  p99 {qs_[98]:7.1f} ms")


if __name__ == "__main__":
    main()
