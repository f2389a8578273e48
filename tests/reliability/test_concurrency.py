"""Writers and readers at once: the server answers correctly while an ingest writes, and two ingests into one
store either serialize or one fails clearly (StoreBusy), never leaving the store or the index corrupt."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_reports import write_reports
from store_audit import audit, graph_key, passage_ids, shapes
from support import policykg_command

from policykg.api.app import create_app
from policykg.api.settings import Settings


def _ingest(db: Path, *paths: Path, workers: int | None = None) -> subprocess.Popen:
    """`policykg ingest` in its own process, with its default number of workers unless told."""
    extra = ["--workers", str(workers)] if workers else []
    return subprocess.Popen([*policykg_command(), "ingest", *map(str, paths), "--db", str(db), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Two overlapping folders of invented reports (0-5 and 3-8), and all of them in a third."""
    root = tmp_path_factory.mktemp("concurrent")
    write_reports(root / "a", 6, first=0)
    write_reports(root / "b", 6, first=3)
    write_reports(root / "all", 9, first=0)
    return root / "a", root / "b", root / "all"


@pytest.fixture(scope="module")
def clean(corpora: tuple[Path, Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("clean") / "db"
    p = _ingest(db, corpora[2], workers=1)
    assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    return db


def test_two_ingests_at_once_serialize_or_one_fails_clearly_and_the_store_stays_whole(
    corpora: tuple[Path, Path, Path], clean: Path, tmp_path: Path
) -> None:
    a, b, _ = corpora
    db = tmp_path / "db"
    first, second = _ingest(db, a), _ingest(db, b)
    results = [(p.wait(timeout=300), *p.communicate()) for p in (first, second)]
    for code, out, err in results:
        assert "Traceback" not in err, err
        assert code == 0 or "busy" in (out + err).lower(), (code, out, err)
    assert not audit(db, shapes(clean), same_order=False)
    for folder, (code, _out, _err) in zip((a, b), results):
        if code != 0:  # the clear failure: running it again completes the store
            assert _ingest(db, folder, workers=1).wait(timeout=300) == 0
    assert graph_key(db) == graph_key(clean)
    assert _ingest(db, a, b, workers=1).wait(timeout=300) == 0  # repairs the index if a writer left it behind
    assert passage_ids(db) == passage_ids(clean)


def test_the_server_answers_correctly_while_an_ingest_writes(corpora: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, b, _ = corpora
    db = tmp_path / "db"
    assert _ingest(db, a, workers=1).wait(timeout=300) == 0
    app = create_app(Settings(db=db, ingest_sample_if_empty=False))
    with TestClient(app, raise_server_exceptions=False) as client:
        regulation = client.get("/search", params={"q": "工作方案", "type": "regulation", "limit": 1}).json()["hits"][0]
        before = client.get("/health").json()["documents"]
        writer = _ingest(db, b, workers=1)
        answered, documents = 0, [before]
        while writer.poll() is None or answered < 20:
            for path, params in [
                ("/health", {}),
                ("/search", {"q": "整改 专项行动", "limit": 5}),
                (f"/entities/{regulation['id']}", {}),
                ("/trace", {"regulation": regulation["label"]}),
                ("/export", {"format": "json", "seed": regulation["id"], "depth": 1}),
                ("/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a pkg:Measure }"}),
            ]:
                r = client.get(path, params=params)
                assert r.status_code == 200, (path, r.status_code, r.text[:300])
                answered += 1
                if path == "/health":
                    documents.append(r.json()["documents"])
                elif path == "/entities/" + regulation["id"]:
                    assert r.json()["node"]["label"] == regulation["label"]
        assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
        assert documents == sorted(documents), "a reader saw documents disappear"
        assert client.get("/health").json()["documents"] == 9
        hits = client.get("/search", params={"q": "第8号", "limit": 50}).json()["hits"]
        assert any("第8号" in h["text"] or "第8号" in h["label"] for h in hits), "the server's index did not see the new documents"
    print(f"{answered} requests answered during the ingest, documents {before} -> 9")
