"""The ingest command: a size limit set on the command line, bad files reported one line each, the batch kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

from support import policykg_command


def test_files_over_max_size_and_bad_files_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("一、总体要求\n各地要加强饮用水水源地保护。", encoding="utf-8")
    (corpus / "big.txt").write_text("各地要加强监管。" * 100_000, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "README.md").write_text("本目录收录公告。", encoding="utf-8")
    run = subprocess.run([*policykg_command(), "ingest", str(corpus), "--db", str(tmp_path / "db"), "--max-size", "1"],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert "ingested 1, unchanged 0, rejected 2, skipped 1" in run.stdout
    lines = run.stderr.strip().splitlines()
    assert any("big.txt" in ln and "over the 1 MB limit" in ln for ln in lines)
    assert any("empty.txt" in ln and "empty file" in ln for ln in lines)
    strict = subprocess.run([*policykg_command(), "ingest", str(corpus), "--db", str(tmp_path / "db"), "--max-size", "1",
                             "--strict", "--quiet"], capture_output=True, text=True)
    assert strict.returncode == 1 and strict.stderr == ""
