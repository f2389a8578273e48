"""Push the sample into a real Virtuoso and read it back."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.remote import Endpoint, push
from policykg.graph.store import Store


def endpoint(v: dict[str, str], graph: str) -> Endpoint:
    return Endpoint(update_url=v["update"], query_url=v["query"], graph=graph, user=v["user"], password=v["password"])


def test_push_sends_every_triple_once_and_resumes_with_nothing_left(sample_db: Path, virtuoso: dict[str, str]) -> None:
    store = Store.open(sample_db)
    ep = endpoint(virtuoso, "https://example.org/graph/push-test")
    first = push(store, ep, batch_triples=500)
    assert first.documents == 1 and first.triples > 1000 and first.batches >= 2
    count = ep.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ep.graph}> {{ ?s ?p ?o }} }}")
    assert int(count[0]["n"]) == first.triples
    again = push(store, ep)
    assert (again.documents, again.skipped, again.triples) == (0, 1, 0)
