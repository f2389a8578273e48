"""Both search engines on the same passages: index build and query latency, whoosh beside tantivy.

    python -m benchmarks.search_bench --db STORE [--engines whoosh,tantivy] [--rounds 10] [--repeat 1] [--keep DIR]
                                      [--record]
    python -m benchmarks.search_bench --db STORE --existing [--cpu] [--rounds 10] [--record]

STORE is a store `policykg ingest` filled (e.g. from `python -m benchmarks.corpus --scale 100`). Each engine
gets a fresh index in a temporary folder (or DIR/ENGINE with --keep, to be timed again later), built from the
store's documents by one bulk writer committing every 50 documents as an ingest does; the passages are
segmented once beforehand, so the build times are the index writer's alone (with --repeat, each document is
indexed that many times under fresh ids: a 100x store repeated 10 times makes a 1000x index). Then every
query kind is timed with remembered answers dropped before each query. With --existing, the index already
beside STORE is timed as it is (whichever engine wrote it; no build). --cpu times the process's CPU instead of
the wall clock: steadier on a machine other jobs share. Prints a Markdown table; --record appends it to
benchmarks/RESULTS.md with the date, machine and versions.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from policykg.graph.store import Store
from policykg.graph.vocab import SHARED_TYPES
from policykg.search.analyzer import add_words
from policykg.search.index import SearchIndex, dictionary_names
from policykg.search.passages import Passage, passages_for
from policykg.search.postings import Segmented, segment_passages
from policykg.search.schema import GRAM_FIELDS, PARTS, WORD_FIELDS
from policykg.search.searcher import forget_answers, search

from .run import HERE, _machine, quantiles

QUERIES = {
    "word": ["整改", "巡视", "生态环境", "饮用水", "排污口"],
    "multi-word": ["饮用水水源地 划定 保护区 万人千吨", "湾长 湾长制 总湾长", "2021年 印发 发布 实施方案"],
    "AND": ["整改 AND 督察", "巡视 AND 责任", "生态 AND 保护"],
    "phrase": ['"巡视整改"', '"生态环境厅"', '"主体责任"'],
    "filtered": ["整改 type:measure", "督察 year:[2019 TO 2022]", "保护 type:section"],
    "faceted": ["整改", "保护区"],
}


def _documents(db: Path) -> Iterator[tuple[str, str, list, list]]:
    """Every stored document as (id, text, nodes, edges): what the ingest hands the index, read one at a time
    (a 1000x store's documents do not all fit in memory at once)."""
    store = Store.open(db, read_only=True)
    try:
        for d in sorted(store.documents(), key=lambda d: d["id"]):
            nodes = store.nodes_in_document(d["id"])
            yield d["id"], store.document_text(d["id"]), nodes, store.edges_in_document(d["id"])
    finally:
        store.close()


def _copy(segmented: Segmented, k: int) -> Segmented:
    """A document's passages under fresh ids (shared entities keep theirs, as across a real corpus's reports)."""
    if not k:
        return segmented

    def nid(p: Passage) -> str:
        return p.id if p.type in SHARED_TYPES else f"{p.id}-{k}"

    return Segmented([replace(p, id=nid(p), doc=f"{p.doc}-{k}") for p in segmented.passages], segmented.names,
                     segmented.words)


def segment(docs: Iterable[tuple[str, str, list, list]]) -> Iterator[Segmented]:
    """Every document's passages, segmented as an ingest's worker segments them."""
    for doc, text, nodes, edges in docs:
        yield segment_passages(passages_for(nodes, text, doc, edges), dictionary_names(nodes))


def build(engine: str, folder: Path, documents: Callable[[], Iterable[Segmented]], repeat: int, every: int = 50,
          clock: Callable[[], float] = time.perf_counter) -> tuple[SearchIndex, float]:
    """A fresh index of every document (`repeat` times, under fresh ids), committed every `every` documents;
    seconds of the writer's work alone (`clock`), the documents' reading and segmentation left out."""
    index = SearchIndex(folder, engine)
    index.engine  # noqa: B018 - created before the clock starts, and jieba loaded
    add_words([])
    spent = 0.0
    with index.bulk(every=every):
        for k in range(repeat):
            for s in documents():
                t = clock()
                index.add_segmented(_copy(s, k))
                spent += clock() - t
        t = clock()
    return index, spent + clock() - t  # with the last commit


def latencies(index: SearchIndex, rounds: int, clock: Callable[[], float] = time.perf_counter) -> dict[str, tuple[float, float, float]]:
    out = {}
    for kind, qs in QUERIES.items():
        times: list[float] = []
        for q in qs:
            search(index, q, facets=kind == "faceted")  # warm: searcher open, words segmented once
            for _ in range(rounds):
                forget_answers()
                t = clock()
                search(index, q, facets=kind == "faceted")
                times.append((clock() - t) * 1000)
        out[kind] = quantiles(times)
    return out


def postings(index: SearchIndex) -> dict[str, int]:
    """(word, passage) pairs per indexed text field: what the index writer files one by one."""
    engine = index.engine
    if index.engine_name == "whoosh":
        with engine.ix.searcher() as s:
            r = s.reader()
            return {f: sum(info.doc_frequency() for _w, info in r.iter_field(f)) for f in (*WORD_FIELDS, *GRAM_FIELDS)}
    fields = (*(part for part, _boost in PARTS), *GRAM_FIELDS)  # the tantivy engine keeps the parts apart
    return {f: sum(n for _w, n in engine.searcher().terms_with_prefix(f, "")) for f in fields}


def _versions(engines: list[str]) -> str:
    from importlib.metadata import version

    names = {"whoosh": "Whoosh-Reloaded", "tantivy": "tantivy"}
    return ", ".join(f"{names[e]} {version(names[e])}" for e in engines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True, help="A store filled by policykg ingest.")
    ap.add_argument("--engines", default="whoosh,tantivy")
    ap.add_argument("--rounds", type=int, default=10, help="Timed repetitions of each query.")
    ap.add_argument("--repeat", type=int, default=1,
                    help="Index every document this many times under fresh ids (a 100x store repeated 10 times: 1000x).")
    ap.add_argument("--keep", type=Path, help="Build each engine's index in KEEP/ENGINE and leave it there.")
    ap.add_argument("--existing", action="store_true", help="Time the index beside STORE as it is, without a build.")
    ap.add_argument("--cpu", action="store_true", help="Time the process's CPU, not the wall clock.")
    ap.add_argument("--record", action="store_true", help="Append the table to benchmarks/RESULTS.md.")
    a = ap.parse_args()
    machine = _machine()
    clock = time.process_time if a.cpu else time.perf_counter
    if a.existing:
        _time_existing(a, machine, clock)
        return
    engines = a.engines.split(",")
    counts = {"documents": 0, "passages": 0, "chars": 0}

    def counted(docs: Iterable[Segmented]) -> Iterator[Segmented]:
        for d in docs:
            counts["documents"] += 1
            counts["passages"] += len(d.passages)
            counts["chars"] += sum(len(p.label) + len(p.text) + sum(map(len, p.names)) for p in d.passages)
            yield d

    if a.repeat > 1:  # segmented once, kept for every copy and engine
        t = time.perf_counter()
        kept = list(counted(segment(_documents(a.db))))
        print(f"{counts['documents']} documents segmented in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        documents: Callable[[], Iterable[Segmented]] = lambda: kept  # noqa: E731
    else:  # read and segmented again for each engine, one document at a time
        documents = lambda: counted(segment(_documents(a.db)))  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for engine in engines:
            folder = a.keep / engine if a.keep else Path(tmp) / engine
            if a.repeat == 1:
                counts.update(documents=0, passages=0, chars=0)  # counted again as they are read again
            index, seconds = build(engine, folder, documents, a.repeat, clock=clock)
            size = sum(f.stat().st_size for f in index.folder.rglob("*") if f.is_file()) / 1e6
            results[engine] = (seconds, size, postings(index), latencies(index, a.rounds, clock))
            print(f"{engine}: built in {seconds:.1f} s", file=sys.stderr)
    lines = [f"| measure | {' | '.join(engines)} |", f"|---|{'---|' * len(engines)}"]
    lines.append("| index build s (M chars/s) | " + " | ".join(
        f"{s:.1f} ({counts['chars'] * a.repeat / 1e6 / s:.2f})" for s, _z, _p, _l in results.values()) + " |")
    lines.append("| index MB | " + " | ".join(f"{z:.0f}" for _s, z, _p, _l in results.values()) + " |")
    lines.append("| postings, thousands (per field) | " + " | ".join(
        " / ".join(f"{f} {n / 1000:.0f}" for f, n in p.items()) for _s, _z, p, _l in results.values()) + " |")
    for kind in QUERIES:
        lines.append(f"| {kind} p50 / p95 / p99 ms | " + " | ".join(
            "{:.1f} / {:.1f} / {:.1f}".format(*lat[kind]) for _s, _z, _p, lat in results.values()) + " |")
    table = "\n".join(lines)
    print(table)
    docs, passages = counts["documents"], counts["passages"]
    if a.record:
        _record("search engines side by side", machine, engines,
                f"`python -m benchmarks.search_bench --db STORE --engines {a.engines} --rounds {a.rounds} --repeat "
                f"{a.repeat}{' --cpu' if a.cpu else ''}`; store: {docs} documents, {passages} passage "
                f"writes, each indexed {a.repeat} time(s)", table)


def _time_existing(a: argparse.Namespace, machine: str, clock: Callable[[], float]) -> None:
    index = SearchIndex(a.db)
    if not index.engine_name:
        raise SystemExit(f"no index beside {a.db}")
    engine = index.engine_name
    passages = sum(1 for _ in index.stored())
    lines = [f"| measure | {engine} |", "|---|---|", f"| passages | {passages} |",
             "| postings, thousands (per field) | "
             + " / ".join(f"{f} {n / 1000:.0f}" for f, n in postings(index).items()) + " |"]
    lines += [f"| {kind} p50 / p95 / p99 ms | " + "{:.1f} / {:.1f} / {:.1f}".format(*lat) + " |"
              for kind, lat in latencies(index, a.rounds, clock).items()]
    table = "\n".join(lines)
    print(table)
    if a.record:
        _record(f"search latency, {engine}, an existing index", machine, [engine],
                f"`python -m benchmarks.search_bench --db STORE --existing --rounds {a.rounds}"
                f"{' --cpu' if a.cpu else ''}`", table)


def _record(title: str, machine: str, engines: list[str], command: str, table: str) -> None:
    """Append a dated record to RESULTS.md: its title, the machine and versions, the command and the table."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with (HERE / "RESULTS.md").open("a", encoding="utf-8") as f:
        f.write(f"\n## {stamp} — {title}\n\nMachine: {machine}. {_versions(engines)}.\nCommand: {command}.\n\n{table}\n")


if __name__ == "__main__":
    main()
