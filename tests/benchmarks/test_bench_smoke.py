"""The benchmark command runs end to end at scale 1 and records its run (the real runs are not tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from support import ROOT


def test_bench_at_scale_one_prints_every_figure_and_appends_them(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--scale", "1", "--rounds", "1", "--wrk-seconds", "1",
         "--connections", "4", "--workdir", str(tmp_path / "work"), "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    searches = [f"search {kind} p50 / p95 / p99" for kind in ("word", "AND", "phrase", "filtered", "faceted")]
    graph = [f"{kind} p50 / p95 / p99" for kind in (
        "measures", "trace", "entity page", "neighbourhood d2", "subgraph export", "trace page of 50 (API)",
        "entity page of 50 (API)", "neighbours d2, 500 nodes (API)", "timeline of a regulation (API)")]
    for figure in ("jieba cut", "ingest MB/s", "peak RSS", "store MB / index MB", *searches, *graph,
                   "serve cold start", "HTTP"):
        assert figure in run.stdout, figure
    for kind in searches + graph:  # every latency row has three figures
        assert re.search(re.escape(kind) + r" ms\s+\d+\.\d / \d+\.\d / \d+\.\d", run.stdout), kind
    assert re.search(r"ingest MB/s \(\d+ workers\)\s+\d+\.\d+", run.stdout)
    recorded = results.read_text(encoding="utf-8")
    assert "benchmark at scale 1x" in recorded and "Command: `python -m benchmarks.run --scale 1 " in recorded
    assert str(tmp_path) not in recorded, "no machine paths in the record"
    assert "| serve cold start s |" in recorded
