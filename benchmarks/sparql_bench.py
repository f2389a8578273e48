"""SPARQL engines on the graph's RDF view: rdflib's in-memory evaluator, rdflib over Oxigraph (oxrdflib), and
Oxigraph queried directly (pyoxigraph). Prints load time and per-query latency at the sample's size and at N copies.

    python benchmarks/sparql_bench.py --db DIR --copies 100 --rounds 3

The store at --db must hold an ingested corpus (policykg ingest data/corpus --db DIR). Copies are the same triples
under renamed IRIs, so joins stay as selective as in one corpus.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from policykg.graph.store import Store
from policykg.graph.views import RES, to_rdf, whole

PREFIXES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

QUERIES = {
    "count triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "measure -> regulation join": """SELECT ?text ?title ?verb ?date WHERE {
        ?rel pkg:relation pkg:acts_on ; pkg:source ?m ; pkg:target ?r ; pkg:verb ?verb .
        OPTIONAL { ?rel pkg:date ?date }
        ?m pkg:text ?text . ?r rdfs:label ?title } LIMIT 1000""",
    "filter on label": """SELECT ?p ?label WHERE { ?p a pkg:Problem ; rdfs:label ?label .
        FILTER(CONTAINS(STR(?label), "督察")) }""",
    "group by regulation": """SELECT ?r (COUNT(?m) AS ?n) WHERE { ?m pkg:acts_on ?r }
        GROUP BY ?r ORDER BY DESC(?n) LIMIT 20""",
    "sub-problem path": """SELECT ?m ?top WHERE { ?m pkg:addresses/pkg:sub_problem_of* ?top .
        ?top a pkg:Problem . FILTER NOT EXISTS { ?top pkg:sub_problem_of ?up } } LIMIT 1000""",
}


def copies(nt: str, n: int) -> str:
    """`n` copies of an N-Triples text, each with its own resource IRIs."""
    base = str(RES)
    return "".join(nt.replace(base, f"{base}c{i}-") for i in range(n))


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def run(nt: str, rounds: int, label: str) -> None:
    data = nt.encode("utf-8")
    t = time.perf_counter()
    mem = Graph()
    mem.parse(data=nt, format="nt")
    load_mem = time.perf_counter() - t
    t = time.perf_counter()
    oxg = Graph(store="Oxigraph")
    oxg.parse(data=nt, format="ox-nt")
    load_oxr = time.perf_counter() - t
    t = time.perf_counter()
    oxs = ox.Store()
    oxs.bulk_load(data, ox.RdfFormat.N_TRIPLES)
    load_ox = time.perf_counter() - t
    print(f"\n### {label}: {len(mem):,} triples")
    print(f"load s: rdflib memory {load_mem:.2f}, rdflib+oxrdflib {load_oxr:.2f}, pyoxigraph {load_ox:.2f}\n")
    print("| query | rdflib memory ms (median / max) | rdflib+oxrdflib ms | pyoxigraph ms | rows |")
    print("|---|---|---|---|---|")
    for name, body in QUERIES.items():
        q = PREFIXES + body
        rows = len(list(oxs.query(q)))
        cells = []
        for fn in (lambda: list(mem.query(q)), lambda: list(oxg.query(q)), lambda: list(oxs.query(q))):
            med, worst = timed(fn, rounds)
            cells.append(f"{med:.1f} / {worst:.1f}")
        print(f"| {name} | {' | '.join(cells)} | {rows} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    store = Store.open(args.db, read_only=True)
    nt = to_rdf(whole(store)).serialize(format="nt")
    run(nt, args.rounds, "sample")
    run(copies(nt, args.copies), max(1, args.rounds // 2 + 1), f"sample x{args.copies}")


if __name__ == "__main__":
    main()
