"""`policykg sparql` prints results in the format asked for, reads a query from a file, and refuses updates
with exit status 2 and a message on standard error."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

from support import policykg_command


def _run(sample_db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*policykg_command(), "sparql", *args, "--db", str(sample_db)], capture_output=True, text=True)


def test_a_select_answers_as_csv_and_a_file_query_as_json(sample_db: Path, tmp_path: Path) -> None:
    query = "SELECT ?title WHERE { ?r a pkg:Regulation ; rdfs:label ?title } ORDER BY ?title LIMIT 5"
    r = _run(sample_db, query, "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 5 and all(row["title"] for row in rows)
    (tmp_path / "q.rq").write_text("ASK { ?r a pkg:Regulation ; rdfs:label \"海南省全面推行“湾长制”实施方案\"@zh }", encoding="utf-8")
    r = _run(sample_db, f"@{tmp_path / 'q.rq'}")
    assert json.loads(r.stdout) == {"head": {}, "boolean": True}


def test_an_update_is_refused_with_status_2(sample_db: Path) -> None:
    r = _run(sample_db, "DELETE WHERE { ?s ?p ?o }")
    assert r.returncode == 2
    assert "read-only" in r.stderr
    assert _run(sample_db, "ASK { ?s ?p ?o }", "--format", "ttl").returncode == 2  # no Turtle for a yes/no answer
