"""Malformed queries are told apart from failures: BadQuery, exit status 2, HTTP 400 in the one error shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from policykg.api.app import create_app
from policykg.api.settings import Settings
from policykg.graph.errors import BadQuery
from policykg.search.index import SearchIndex
from policykg.search.searcher import search


@pytest.mark.parametrize("query", [
    '"unbalanced', "foo:bar 禁塑", "x" * 10_000, "禁塑\x00", "禁塑\x1b[31m", "   ", "禁塑 NOT", "year:abc",
    "year:[2019 2021]", '""', "。。。", "date:[soon TO 2021]",
])
def test_malformed_query_is_a_bad_query(index: SearchIndex, query: str) -> None:
    with pytest.raises(BadQuery):
        search(index, query)


def test_bad_query_over_http_is_400_in_the_error_shape(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(db=tmp_path, ingest_sample_if_empty=False))) as client:
        bad = client.get("/search", params={"q": '"unbalanced'})
        missing = client.get("/entities/no-such-entity")
        ok = client.get("/search", params={"q": "禁塑", "facets": "true"})
    assert bad.status_code == 400
    assert set(bad.json()) == set(missing.json()) == {"error"}
    assert bad.json()["error"]["code"] == "bad_query"
    assert ok.status_code == 200 and {"total", "hits", "facets"} <= set(ok.json())
