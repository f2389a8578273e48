"""The HTTP API answers graph questions from a remote store exactly as from the embedded one."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from policykg.api.app import create_app
from policykg.api.settings import Settings
from policykg.graph.remote import Endpoint, push
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

GRAPH = "https://example.org/graph/api-test"


def test_measures_trace_and_entities_over_http_match(sample_db: Path, virtuoso: dict[str, str]) -> None:
    store = Store.open(sample_db, read_only=True)
    push(store, Endpoint(update_url=virtuoso["update"], query_url=virtuoso["query"], graph=GRAPH,
                         user=virtuoso["user"], password=virtuoso["password"]), full=True)
    problem = store.edges(edge_type=EdgeType.ADDRESSES)[0].target
    regulation = sorted({e.target for e in store.edges(edge_type=EdgeType.ACTS_ON)})[0]
    unit_or_reg = (store.nodes(NodeType.UNIT) or store.nodes(NodeType.REGULATION))[0].id
    paths = [f"/measures?problem={problem}", f"/trace?regulation={regulation}", f"/entities/{unit_or_reg}"]

    embedded = Settings(db=sample_db, ingest_sample_if_empty=False)
    remote = Settings(db=sample_db, ingest_sample_if_empty=False, graph_backend="sparql",
                      sparql_endpoint=virtuoso["query"], sparql_graph=GRAPH)
    with TestClient(create_app(embedded)) as here, TestClient(create_app(remote)) as there:
        for path in paths:
            local, far = here.get(path), there.get(path)
            assert local.status_code == far.status_code == 200, (path, far.text[:300])
            assert far.json() == local.json() and local.json()


def test_sparql_is_forwarded_read_only_with_the_same_rows(sample_db: Path, virtuoso: dict[str, str]) -> None:
    store = Store.open(sample_db, read_only=True)
    push(store, Endpoint(update_url=virtuoso["update"], query_url=virtuoso["query"], graph=GRAPH,
                         user=virtuoso["user"], password=virtuoso["password"]), full=True)
    remote = Settings(db=sample_db, ingest_sample_if_empty=False, graph_backend="sparql",
                      sparql_endpoint=virtuoso["query"], sparql_graph=GRAPH)
    embedded = Settings(db=sample_db, ingest_sample_if_empty=False)
    q = "SELECT ?r ?title WHERE { ?r a pkg:Regulation ; rdfs:label ?title } ORDER BY ?r"
    with TestClient(create_app(embedded)) as here, TestClient(create_app(remote)) as there:
        local = here.get("/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
        far = there.get("/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
        assert local.status_code == far.status_code == 200, far.text[:300]
        rows = lambda r: [(b["r"]["value"], b["title"]["value"]) for b in r.json()["results"]["bindings"]]  # noqa: E731
        assert rows(far) == rows(local) and rows(local)
        csv = there.get("/sparql", params={"query": q, "format": "csv"})
        assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
        refused = there.get("/sparql", params={"query": f"DROP GRAPH <{GRAPH}>"})
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "refused"
        broken = there.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
        assert broken.status_code == 400 and broken.json()["error"]["code"] == "bad_query"
    assert _triples_in_graph(virtuoso) > 0  # the refused DROP left the graph alone


def _triples_in_graph(virtuoso: dict[str, str]) -> int:
    ep = Endpoint(update_url=virtuoso["update"], query_url=virtuoso["query"], graph=GRAPH)
    return int(ep.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")[0]["n"])
