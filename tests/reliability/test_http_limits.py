"""Limits on one request: body size, query length, page size and export size answer a clear 4xx in the one
error shape; SPARQL updates are refused and an explosive query stops within its limits; nothing unexpected
reaches a client as a stack trace."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from policykg.api.app import create_app
from policykg.api.settings import Settings


def _settings(db: Path, **limits: object) -> Settings:
    settings = Settings(db=db, ingest_sample_if_empty=False)
    for name, value in limits.items():
        setattr(settings, name, value)
    return settings


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    settings = _settings(sample_db, max_body_bytes=2000, max_query_chars=300, max_page_size=50,
                         max_export_items=40, sparql_timeout_s=2.0, sparql_max_rows=500)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def _error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_a_body_over_the_limit_is_answered_413_before_it_is_read(client: TestClient) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * 5000
    err = _error(client.post("/sparql", content=query, headers={"content-type": "application/sparql-query"}),
                 413, "too_large")
    assert "2000 bytes" in err["message"]


def test_a_streamed_body_without_a_length_is_counted_and_stopped(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"SELECT * WHERE { ?s ?p ?o } #"
        for _ in range(10):
            yield b"x" * 1000

    r = client.post("/sparql", content=chunks(), headers={"content-type": "application/sparql-query"})
    assert 400 <= r.status_code < 500 and "error" in r.json()


def test_a_query_string_over_the_limit_is_refused(client: TestClient) -> None:
    err = _error(client.get("/search", params={"q": "海湾" * 200}), 400, "refused")
    assert "300 characters" in err["message"] and err["hint"]


def test_a_page_over_the_limit_is_refused_and_one_within_it_answers(client: TestClient) -> None:
    err = _error(client.get("/search", params={"q": "整改", "limit": 51}), 400, "refused")
    assert "50" in err["message"] and "offset" in err["hint"]
    assert client.get("/search", params={"q": "整改", "limit": 50}).status_code == 200


def test_an_export_over_the_size_limit_is_answered_413_and_a_small_one_answers(client: TestClient) -> None:
    err = _error(client.get("/export", params={"format": "json"}), 413, "too_large")
    assert "over the limit of 40" in err["message"] and "subgraph" in err["hint"]
    node = client.get("/search", params={"q": "方案", "type": "regulation", "limit": 1}).json()["hits"][0]["id"]
    assert client.get("/export", params={"format": "json", "seed": node, "depth": 0}).status_code == 200


@pytest.mark.parametrize("text", [
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR DEFAULT",
    "DROP ALL",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_sparql_updates_loads_and_federation_are_refused_over_http(client: TestClient, text: str) -> None:
    _error(client.get("/sparql", params={"query": text}), 400, "refused")
    r = client.post("/sparql", data={"query": text})
    assert r.status_code == 400 and r.json()["error"]["code"] == "refused"


def test_an_explosive_sparql_query_ends_with_a_clear_error_within_its_limit(client: TestClient) -> None:
    explosive = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t0 = time.perf_counter()
    r = client.post("/sparql", content=explosive, headers={"content-type": "application/sparql-query"})
    elapsed = time.perf_counter() - t0
    assert r.status_code in (413, 503), r.text
    assert r.json()["error"]["code"] in ("too_large", "timed_out")
    assert elapsed < 2.0 + 3.0, f"answered after {elapsed:.1f} s"
    counted = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.perf_counter()
    r = client.post("/sparql", content=counted, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "timed_out", r.text
    assert time.perf_counter() - t0 < 2.0 + 3.0


def test_an_unexpected_failure_answers_500_in_the_error_shape_without_a_stack_trace(sample_db: Path) -> None:
    app = create_app(_settings(sample_db))

    @app.get("/fails")
    def fails() -> None:
        raise RuntimeError("secret internals at /srv/x.py line 3")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/fails")
    err = _error(r, 500, "internal_error")
    assert "Traceback" not in r.text and "secret" not in r.text and "RuntimeError" not in r.text
    assert err["hint"]


def test_a_page_size_in_non_ascii_digits_is_a_client_error(client: TestClient) -> None:
    """'²' is a digit to str.isdigit but not to int(): the limit check must not crash on it."""
    r = client.get("/timeline", params={"limit": "²"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
