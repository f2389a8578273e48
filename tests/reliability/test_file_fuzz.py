"""A batch of hostile files (random bytes, wrong encodings, truncated Word and PDF files, zip bombs, deep
nesting, runs of rule characters, a file over the size limit) is ingested without a crash: every file is
ingested or rejected with a message, and the store stays whole.

`POLICYKG_TEST_FUZZ_FILES` sets how many files; benchmarks/reliability_bench.py runs a long version.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from hostile_files import hostile_files, oversized_text
from store_audit import audit, shapes

from policykg.graph.store import Store
from policykg.ingest.batch import ingest_paths
from policykg.search.index import SearchIndex

FILES = int(os.environ.get("POLICYKG_TEST_FUZZ_FILES", "48"))


def test_hostile_files_are_each_ingested_or_rejected_and_the_store_stays_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "hostile"
    files = hostile_files(corpus, FILES, seed=3)
    big = oversized_text(corpus, 2 * 1024 * 1024)
    db = tmp_path / "db"
    store, index = Store.open(db), SearchIndex(db)
    t0 = time.perf_counter()
    try:
        report = ingest_paths(store, index, [corpus], max_bytes=1024 * 1024)
    finally:
        store.close()
    elapsed = time.perf_counter() - t0
    outcomes = {Path(o.path).name: o for o in report.outcomes}
    assert len(outcomes) == len(files) + 1
    assert {o.status for o in outcomes.values()} <= {"ingested", "rejected", "unchanged"}
    assert all(o.message for o in outcomes.values() if o.status == "rejected")
    assert "limit" in outcomes[big.name].message
    kind = {f.name: f.stem.split("-", 1)[1] for f in files}
    rejected = {kind[name] for name, o in outcomes.items() if o.status == "rejected" and name in kind}
    assert {"zip_bomb", "truncated_docx", "random_bytes"} <= rejected and len(set(kind.values())) == 8
    assert not audit(db, shapes(db))
    assert elapsed < 120, f"{elapsed:.0f} s for {len(outcomes)} files"
    print(f"{len(outcomes)} hostile files in {elapsed:.1f} s: {report.count('ingested')} ingested, "
          f"{report.count('rejected')} rejected, 0 crashes")
