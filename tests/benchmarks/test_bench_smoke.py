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
    for figure in ("jieba cut", "ingest MB/s", "peak RSS", "store MB / index MB", "search phrase p50",
                   "measures p50", "trace p50", "neighbourhood d2", "subgraph export", "serve cold start", "HTTP"):
        assert figure in run.stdout, figure
    assert re.search(r"ingest MB/s \(\d+ workers\)\s+\d+\.\d+", run.stdout)
    recorded = results.read_text(encoding="utf-8")
    assert "benchmark at scale 1x" in recorded and "Command: `python -m benchmarks.run --scale 1 " in recorded
    assert str(tmp_path) not in recorded, "no machine paths in the record"
    assert "| serve cold start s |" in recorded
