"""Uploads cannot write outside the store: a file name that climbs, is absolute, hides or smuggles separators is
refused or reduced to a plain name inside the store's uploads folder; an upload over the size limit is 413."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_reports import report

from policykg.api.app import create_app
from policykg.api.settings import Settings

HOSTILE_NAMES = [
    "../../escaped.txt", "../escaped.txt", "/tmp/escaped.txt", "..\\..\\escaped.txt", "C:\\escaped.txt",
    "uploads/../../escaped.txt", "%2e%2e%2fescaped.txt", "....//....//escaped.txt", ".escaped.txt",
    "escaped.txt\x00.pdf", "…/escaped.txt", "‥/escaped.txt", "escaped.txt/", "..", ".", "",
]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    db = tmp_path / "store" / "db"
    settings = Settings(db=db, ingest_sample_if_empty=False)
    settings.max_upload_bytes = 200_000
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client, tmp_path


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_climbing_or_hidden_file_name_never_writes_outside_the_uploads_folder(store: tuple[TestClient, Path], name: str) -> None:
    client, root = store
    r = client.post("/documents", files={"file": (name, report(len(name)).encode("utf-8"), "text/plain")})
    assert r.status_code in (200, 201, 400, 413, 422), r.text
    if r.status_code >= 400:
        assert set(r.json()["error"]) == {"code", "message", "hint"}
    uploads = (root / "store" / "db" / "uploads").resolve()
    written = [p.resolve() for p in root.rglob("*") if p.is_file() and "escaped" in p.name]
    assert all(p.parent == uploads and not p.name.startswith(".") for p in written), written
    if r.status_code in (200, 201):
        assert "/" not in r.json()["filename"] and "\\" not in r.json()["filename"] and ".." not in r.json()["filename"]


def test_an_upload_over_the_size_limit_is_answered_413_and_nothing_is_kept(store: tuple[TestClient, Path]) -> None:
    client, root = store
    r = client.post("/documents", files={"file": ("big.txt", ("治" * 100_000).encode("utf-8"), "text/plain")})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert not list(root.rglob("big.txt")) and not list(root.rglob("*-big.txt"))
