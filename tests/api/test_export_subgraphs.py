"""/export and `policykg export` cut subgraphs by seed, problem or full-text query, and write CSV with a BOM on request."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

from fastapi.testclient import TestClient
from support import policykg_command

from policykg.api.app import create_app
from policykg.api.settings import Settings


def _sizes(body: bytes) -> tuple[int, int]:
    g = json.loads(body)
    return len(g["nodes"]), len(g["edges"])


def test_each_kind_of_subgraph_is_a_part_of_the_whole(sample_db: Path) -> None:
    with TestClient(create_app(Settings(db=sample_db, ingest_sample_if_empty=False))) as c:
        whole = _sizes(c.get("/export").content)
        for params in ({"seed": "海南省全面推行“湾长制”实施方案", "depth": 2}, {"problem": "督察"}, {"query": "湾长制"}):
            r = c.get("/export", params=params)
            assert r.status_code == 200, r.text
            nodes, edges = _sizes(r.content)
            assert 3 <= nodes < whole[0] and edges < whole[1], params
        r = c.get("/export", params={"seed": "湾长制", "problem": "督察"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_query"
        r = c.get("/export", params={"problem": "没有这样的问题方面"})
        assert r.status_code == 404
        with zipfile.ZipFile(io.BytesIO(c.get("/export", params={"format": "csv", "bom": "true"}).content)) as z:
            assert z.read("edges.csv").startswith(b"\xef\xbb\xbf")


def test_the_command_line_writes_a_problem_subgraph_as_csv_tables_with_a_bom(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    subprocess.run([*policykg_command(), "export", "--db", str(sample_db), "--problem", "督察", "--format", "csv",
                    "--bom", "-o", str(out)], check=True, capture_output=True)
    text = (out / "nodes.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and "problem".encode() in text
