"""/sparql speaks the SPARQL 1.1 Protocol: GET and POST (form or query body), results by Accept header or format,
updates refused in the one error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_graph import write_river_report

from policykg.api.app import create_app
from policykg.api.settings import Settings
from policykg.graph.store import Store

JOIN = """SELECT ?verb ?title ?issuer WHERE {
    ?m pkg:acts_on ?r . ?rel pkg:source ?m ; pkg:target ?r ; pkg:verb ?verb .
    ?r rdfs:label ?title ; pkg:issued_by ?u . ?u rdfs:label ?issuer } ORDER BY ?verb"""


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = Store.open(tmp_path)
    write_river_report(store)
    store.close()
    settings = Settings(db=tmp_path, ingest_sample_if_empty=False)
    settings.sparql_max_rows = 50
    with TestClient(create_app(settings)) as c:
        yield c


def test_get_answers_the_measure_regulation_unit_join_as_sparql_json(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": JOIN})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    rows = [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]
    assert rows == [{"verb": "印发", "title": "清河保护办法", "issuer": "市政府"},
                    {"verb": "起草", "title": "清河保护办法", "issuer": "市政府"}]


def test_the_accept_header_chooses_csv_or_tsv_and_format_overrides_it(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": JOIN}, headers={"Accept": "text/html, text/csv;q=0.9, */*;q=0.1"})
    assert r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0] == "verb,title,issuer"
    r = client.get("/sparql", params={"query": JOIN, "format": "tsv"}, headers={"Accept": "text/csv"})
    assert r.text.splitlines()[0] == "?verb\t?title\t?issuer"


def test_post_takes_a_form_or_a_query_body_and_construct_answers_turtle(client: TestClient) -> None:
    r = client.post("/sparql", data={"query": "ASK { ?r a pkg:Regulation }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = client.post("/sparql", content="CONSTRUCT { ?r rdfs:label ?l } WHERE { ?r a pkg:Regulation ; rdfs:label ?l }".encode(),
                    headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    assert r.headers["content-type"].startswith("text/turtle")
    assert "清河保护办法" in r.text


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql", params={"query": "DELETE WHERE { ?s ?p ?o }"}),
    lambda c: c.post("/sparql", data={"update": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"}),
    lambda c: c.post("/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
])
def test_updates_are_refused_in_the_error_shape(client: TestClient, send) -> None:
    r = send(client)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "refused"
    assert client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}).status_code == 200


def test_a_syntax_error_and_an_answer_over_the_row_limit_are_typed_errors(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_query"
    assert "1:" in r.json()["error"]["message"]
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert json.loads(client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 50"}).text)["results"]["bindings"]
