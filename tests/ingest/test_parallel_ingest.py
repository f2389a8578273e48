"""Ingest with worker processes stores and indexes exactly what a serial ingest does, in the same order."""

from __future__ import annotations

from pathlib import Path

from invented_reports import write_reports

from policykg.graph.store import Store
from policykg.ingest.batch import ingest_paths
from policykg.search.index import SearchIndex
from policykg.search.searcher import search


def _ingest(db: Path, corpus: Path, workers: int) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    store, index = Store.open(db), SearchIndex(db)
    try:
        report = ingest_paths(store, index, [corpus], workers=workers)
        nodes = sorted((n.id, n.label) for n in store.nodes())
        hits = [h.id for h in search(index, "排污口 整治", limit=20).hits]
        return [o.status + ":" + o.doc for o in report.outcomes], nodes, hits
    finally:
        store.close()


def test_two_workers_give_the_serial_graph_and_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = write_reports(corpus, 6)
    (corpus / "copy.txt").write_bytes(files[0].read_bytes())  # the same bytes twice in one run
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    serial = _ingest(tmp_path / "serial", corpus, workers=1)
    parallel = _ingest(tmp_path / "parallel", corpus, workers=2)
    assert parallel == serial
    statuses = [s.split(":")[0] for s in parallel[0]]
    assert statuses.count("ingested") == 6 and statuses.count("unchanged") == 1 and statuses.count("rejected") == 1
    assert parallel[2], "the index answers after a parallel ingest"


def test_a_second_parallel_run_finds_everything_unchanged(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_reports(corpus, 3)
    _ingest(tmp_path / "db", corpus, workers=2)
    again, _nodes, _hits = _ingest(tmp_path / "db", corpus, workers=2)
    assert {s.split(":")[0] for s in again} == {"unchanged"}
