"""The extraction-scaling benchmark runs end to end on small sizes and records its table (real runs are not tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from support import ROOT


def test_extract_scaling_prints_and_records_every_shape_and_size(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.extract_scaling", "--sizes", "10", "20", "--record", "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    for shape in ("report", "ledger", "figures"):
        assert re.search(rf"{shape}\s+20 units\s+[\d,]+ chars\s+\d+\.\d\d s\s+exponent -?\d+\.\d\d", run.stdout), shape
    recorded = results.read_text(encoding="utf-8")
    assert "extraction time against document length" in recorded
    assert len(re.findall(r"^\| (report|ledger|figures) \| (10|20) \|", recorded, flags=re.M)) == 6
    assert str(tmp_path) not in recorded.split("Command:")[1], "no machine paths in the record"
