"""One request/response test per route of the HTTP API, and the one error shape for 400, 404, 413 and 422."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_graph import CITY, DOC, REG, TEXT, WATER, write_river_report

from policykg.api.app import create_app
from policykg.api.routes.documents import safe_filename
from policykg.api.settings import Settings
from policykg.graph.errors import BadQuery
from policykg.graph.store import Store

REPORT = ("关于东溪整治工作的报告\n一、东溪黑臭水体问题\n2023年5月6日,县环保局印发《东溪水质提升方案》。"
          "县环保局开展东溪沿岸排污口排查整治。\n").encode("utf-8")


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = Store.open(tmp_path)
    ids = write_river_report(store)
    store.close()
    settings = Settings(db=tmp_path, ingest_sample_if_empty=False, max_body_bytes=2000, max_upload_bytes=5000,
                        cors_origins=["https://example.org"])
    with TestClient(create_app(settings)) as c:
        c.ids = ids  # type: ignore[attr-defined]
        yield c


def _error(r, status: int, code: str) -> dict:  # noqa: ANN001 - an httpx response
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_health_and_stats(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok", "documents": 1}
    stats = client.get("/stats").json()
    assert stats["nodes"]["measure"] == 4 and stats["edges"]["acts_on"] == 2


def test_problems_list_with_counts_and_filter(client: TestClient) -> None:
    body = client.get("/problems").json()
    assert body["count"] == 1
    assert body["data"][0] | {"evidence": []} == {"id": client.ids["problem"], "title": "河道垃圾清理不及时问题", "parent": None,
                                                   "parent_title": "", "measures": 2, "status": "", "evidence": []}
    assert client.get("/problems", params={"q": "大气"}).json() == {"data": [], "count": 0}


def test_problem_measures_with_units_and_dates(client: TestClient) -> None:
    body = client.get(f"/problems/{client.ids['problem']}/measures").json()
    assert body["count"] == 2
    patrol = next(m for m in body["data"] if m["measure_id"] == client.ids["patrol"])
    assert patrol["units"] == ["市水务局"] and patrol["date"] == "2022-04" and patrol["text"].startswith("2022年4月,")
    page = client.get(f"/problems/{client.ids['problem']}/measures", params={"limit": 1, "offset": 1}).json()
    assert page["count"] == 2 and len(page["data"]) == 1


def test_one_measure_with_its_problem_and_evidence(client: TestClient) -> None:
    body = client.get(f"/measures/{client.ids['patrol']}").json()
    assert body["node"]["attrs"]["verbs"] == ["建立"]
    assert [p["problem"] for p in body["problems"]] == ["河道垃圾清理不及时问题"]
    assert any(q["text"] == "市水务局" for q in body["evidence"])


def test_measures_and_trace_keep_their_design_shapes(client: TestClient) -> None:
    rows = client.get("/measures", params={"problem": "垃圾清理"}).json()
    assert {r["measure_id"] for r in rows} == {client.ids["patrol"], client.ids["shore"]}
    trace = client.get("/trace", params={"regulation": "清河保护办法"}).json()
    assert [(a["verb"], a["date"]) for a in trace] == [("起草", "2022-03-05"), ("印发", "2022-04-01")]


def test_regulations_list_and_trace(client: TestClient) -> None:
    body = client.get("/regulations").json()
    assert body == {"count": 1, "data": [{"id": REG, "title": "清河保护办法", "kind": "", "issuers": ["市政府"], "actions": 2,
                                          "first_date": "2022-03-05", "last_date": "2022-04-01"}]}
    trace = client.get(f"/regulations/{REG}/trace").json()
    assert trace["count"] == 2 and [a["unit"] for a in trace["data"]] == ["市水务局", "市政府"]


def test_entity_page_quotes_its_evidence(client: TestClient) -> None:
    body = client.get(f"/entities/{WATER}").json()
    assert body["node"]["label"] == "市水务局"
    assert {x["direction"] for x in body["edges"]} == {"in"} and len(body["edges"]) == 2
    for q in body["evidence"]:
        assert TEXT[q["start"]:q["end"]] == q["text"] and q["doc"] == DOC
    assert body["evidence_count"] == len(body["node"]["evidence"]) and all(x["evidence_count"] for x in body["edges"])


def test_entity_evidence_pages_through_the_nodes_own_spans(client: TestClient) -> None:
    page = client.get(f"/entities/{WATER}").json()
    whole = client.get(f"/entities/{WATER}/evidence").json()
    assert whole["count"] == page["evidence_count"] >= 1
    assert [(q["start"], q["end"]) for q in whole["data"]] == [(x["start"], x["end"]) for x in page["node"]["evidence"]]
    assert all(TEXT[q["start"]:q["end"]] == q["text"] and q["owner"] == WATER for q in whole["data"])
    first = client.get(f"/entities/{WATER}/evidence", params={"limit": 1}).json()
    assert first == {"data": whole["data"][:1], "count": whole["count"]}
    past = client.get(f"/entities/{WATER}/evidence", params={"offset": whole["count"]}).json()
    assert past == {"data": [], "count": whole["count"]}
    _error(client.get("/entities/nothing-like-this/evidence"), 404, "not_found")


def test_neighbours_of_an_entity(client: TestClient) -> None:
    body = client.get(f"/entities/{CITY}/neighbours").json()
    assert {n["id"] for n in body["nodes"]} == {CITY, REG}
    assert [e["type"] for e in body["edges"]] == ["issued_by"]
    wider = client.get(f"/entities/{CITY}/neighbours", params={"depth": 2}).json()
    assert len(wider["nodes"]) > 2 and body["truncated"] is wider["truncated"] is False
    cut = client.get(f"/entities/{CITY}/neighbours", params={"depth": 2, "max_nodes": 2}).json()
    assert cut["truncated"] is True and {n["id"] for n in cut["nodes"]} == {CITY, REG}


def test_path_between_two_names(client: TestClient) -> None:
    body = client.get("/path", params={"source": "市政府", "target": "市水务局"}).json()
    assert body["nodes"][0]["id"] == CITY and body["nodes"][-1]["id"] == WATER
    assert len(body["edges"]) == len(body["nodes"]) - 1 == 3


def test_timeline_by_month(client: TestClient) -> None:
    body = client.get("/timeline", params={"regulation": "清河保护办法"}).json()
    assert [p["period"] for p in body["data"]] == ["2022-03", "2022-04"] and body["count"] == 2
    by_year = client.get("/timeline", params={"by": "year"}).json()
    assert [p["period"] for p in by_year["data"]] == ["2022"] and len(by_year["data"][0]["items"]) == 3
    first = client.get("/timeline", params={"by": "year", "items": 1}).json()["data"][0]
    assert first["items"] == by_year["data"][0]["items"][:1]
    assert (first["count"], first["actions"] + first["measures"]) == (3, 3)


def test_upload_search_read_and_delete_a_document(client: TestClient, tmp_path: Path) -> None:
    r = client.post("/documents", files={"file": ("../../东溪报告.txt", REPORT, "text/plain")})
    assert r.status_code == 201, r.text
    added = r.json()
    assert added["status"] == "ingested" and added["filename"] == "东溪报告.txt"
    stored = list((tmp_path / "uploads").iterdir())
    assert len(stored) == 1 and stored[0].name.endswith("-东溪报告.txt")
    assert not (tmp_path.parent / "东溪报告.txt").exists()
    assert client.post("/documents", files={"file": ("again.txt", REPORT, "text/plain")}).json()["status"] == "unchanged"
    assert client.get("/documents").json()["count"] == 2
    text = client.get(f"/documents/{added['doc']}").json()["text"]
    assert "东溪水质提升方案" in text
    hits = client.get("/search", params={"q": "排污口"}).json()["hits"]
    assert hits and all(h["doc"] == added["doc"] for h in hits)
    assert client.get("/regulations", params={"q": "东溪"}).json()["count"] == 1
    assert client.delete(f"/documents/{added['doc']}").status_code == 204
    assert client.get("/documents").json()["count"] == 1
    assert client.get("/search", params={"q": "排污口"}).json()["hits"] == []
    _error(client.delete(f"/documents/{added['doc']}"), 404, "not_found")


def test_safe_filenames() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\temp\\报告 (1).docx") == "报告_(1).docx"
    assert safe_filename("..hidden.txt") == "hidden.txt"
    with pytest.raises(BadQuery):
        safe_filename("../")


def test_export_of_a_seed_as_gexf(client: TestClient) -> None:
    r = client.get("/export", params={"format": "gexf", "seed": "清河保护办法"})
    assert r.status_code == 200 and b"<gexf" in r.content and "清河保护办法" in r.content.decode("utf-8")


def test_search_answers_its_design_shape(client: TestClient) -> None:
    client.post("/documents", files={"file": ("r.txt", REPORT, "text/plain")})
    body = client.get("/search", params={"q": "东溪", "facets": True}).json()
    assert body["total"] > 0 and {"id", "type", "label", "text", "score", "highlights", "doc", "start", "end"} <= set(body["hits"][0])
    assert "type" in body["facets"]


def test_page_is_served_with_vendored_scripts(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'src="/static/vendor/cytoscape.min.js"' in page.text
    script = client.get("/static/vendor/cytoscape.min.js", headers={"Accept-Encoding": "gzip"})
    assert script.status_code == 200 and script.headers["content-encoding"] == "gzip"


def test_cors_allows_the_configured_origin_only(client: TestClient) -> None:
    ok = client.get("/health", headers={"Origin": "https://example.org"})
    assert ok.headers["access-control-allow-origin"] == "https://example.org"
    assert "access-control-allow-origin" not in client.get("/health", headers={"Origin": "https://evil.example"}).headers


def test_openapi_documents_every_parameter(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    mine = [p for p in spec["paths"] if not p.startswith("/sparql")]
    assert {"/problems/{id}/measures", "/measures/{id}", "/regulations/{id}/trace", "/entities/{id}/neighbours", "/documents/{id}",
            "/path", "/timeline"} <= set(mine)
    for path in mine:
        for op in spec["paths"][path].values():
            for param in op.get("parameters", []):
                assert param.get("description"), (path, param["name"])


def test_error_shapes(client: TestClient) -> None:
    _error(client.get("/search", params={"q": '"unclosed'}), 400, "bad_query")
    _error(client.get("/problems", params={"limit": 10_000}), 400, "refused")
    _error(client.get("/entities/nothing-like-this"), 404, "not_found")
    _error(client.get(f"/regulations/{WATER}/trace"), 404, "not_found")
    _error(client.get("/no/such/route"), 404, "not_found")
    _error(client.post("/sparql", content="x" * 3000, headers={"Content-Type": "application/sparql-query"}), 413, "too_large")
    _error(client.post("/documents", files={"file": ("big.txt", b"a" * 6000, "text/plain")}), 413, "too_large")
    invalid = _error(client.get("/problems", params={"limit": "many"}), 422, "invalid_request")
    assert "limit" in invalid["message"]
    _error(client.get("/path", params={"source": "市政府"}), 422, "invalid_request")
    _error(client.post("/documents", files={"file": ("notes.exe", b"MZ", "application/octet-stream")}), 422, "rejected_file")
