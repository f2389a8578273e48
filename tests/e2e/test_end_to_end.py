"""A researcher's path: ingest the bundled sample, then ask each kind of question on the CLI and over HTTP."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import networkx as nx
import rdflib
from fastapi.testclient import TestClient

from policykg.api.app import create_app
from policykg.api.settings import Settings
from support import SAMPLE, policykg_command

BAY_CHIEF_SCHEME = "海南省全面推行“湾长制”实施方案"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*policykg_command(), *args], capture_output=True, text=True, check=False)


def cli_json(*args: str) -> object:
    p = cli(*args, "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_full_text_search_finds_the_plastics_ban_in_measures(sample_db: Path) -> None:
    answer = cli_json("search", "禁塑", "--db", str(sample_db))
    assert answer["total"] > 0
    hit = answer["hits"][0]
    assert set(hit) >= {"id", "type", "label", "text", "score", "highlights", "doc", "start", "end"}
    assert "禁塑" in hit["text"]


def test_measures_for_drinking_water_problem_come_from_its_section(sample_db: Path) -> None:
    rows = cli_json("measures", "--problem", "饮用水", "--db", str(sample_db))
    assert rows, "no measures for the drinking-water problem"
    assert all("饮用水" in r["problem"] for r in rows)
    assert any("水源地" in r["text"] for r in rows)


def test_trace_of_the_bay_chief_scheme_lists_its_2021_issuing(sample_db: Path) -> None:
    actions = cli_json("trace", BAY_CHIEF_SCHEME, "--db", str(sample_db))
    assert any(a["date"] == "2021-02-10" for a in actions)
    dated = [a["date"] for a in actions if a["date"]]
    assert dated == sorted(dated), "trace is not in time order"


def test_exports_parse_back_with_the_same_nodes(sample_db: Path, tmp_path: Path) -> None:
    for fmt in ("json", "graphml", "ttl"):
        p = cli("export", "--db", str(sample_db), "--format", fmt, "-o", str(tmp_path / f"g.{fmt}"))
        assert p.returncode == 0, p.stderr
    g = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == len(g["nodes"])
    r = rdflib.Graph().parse(tmp_path / "g.ttl", format="turtle")
    assert len(r) >= len(g["nodes"])


def test_ingesting_twice_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    graphs = []
    for _ in range(2):
        assert cli("ingest", str(SAMPLE), "--db", db).returncode == 0
        g = json.loads(cli("export", "--db", db, "--format", "json").stdout)
        graphs.append((sorted(n["id"] for n in g["nodes"]), sorted((e["source"], e["type"], e["target"]) for e in g["edges"])))
    assert graphs[0] == graphs[1]
    assert graphs[0][0], "the sample produced no nodes"


def test_every_question_kind_over_http(sample_db: Path) -> None:
    with TestClient(create_app(Settings(db=sample_db, ingest_sample_if_empty=False))) as client:
        search = client.get("/search", params={"q": "禁塑"}).json()
        assert search["total"] > 0
        measures = client.get("/measures", params={"problem": "饮用水"}).json()
        measures = measures.get("data", measures) if isinstance(measures, dict) else measures
        assert measures
        trace = client.get("/trace", params={"regulation": BAY_CHIEF_SCHEME}).json()
        trace = trace.get("data", trace) if isinstance(trace, dict) else trace
        assert any(a["date"] == "2021-02-10" for a in trace)
        exported = client.get("/export", params={"format": "json"}).json()
        assert {n["type"] for n in exported["nodes"]} >= {"document", "section", "problem", "measure", "regulation"}
        node_id = search["hits"][0]["id"]
        assert client.get(f"/entities/{node_id}").status_code == 200
