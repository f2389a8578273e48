"""An index that lost a stored document's entries gets them back from that document's own rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FIXTURES, SAMPLE

from policykg.graph.store import Store
from policykg.ingest.batch import ingest_paths, repair_index
from policykg.search.index import SearchIndex
from policykg.search.searcher import search


def test_a_document_missing_from_the_index_is_indexed_again_from_its_own_edges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db"
    store, index = Store.open(db), SearchIndex(db)
    ingest_paths(store, index, [SAMPLE, FIXTURES / "bay-chief-followup.txt"], workers=1)
    later = next(d["id"] for d in store.documents() if d["path"].endswith("bay-chief-followup.txt"))
    query = "湾长制"
    before = sorted((h.id, h.doc) for h in search(index, query, limit=100).hits if h.doc == later)
    assert before
    index.delete_document(later)
    assert later not in index.documents()

    given: list = []
    add_document = index.add_document
    monkeypatch.setattr(index, "add_document", lambda doc, text, nodes, edges: (
        given.append((doc, edges)), add_document(doc, text, nodes, edges)))
    assert repair_index(store, index) == [later]

    # the edges of its ingest, not every edge of the units and places it shares with the rest of the corpus
    [(doc, edges)] = given
    assert doc == later and edges
    assert all(any(ev.doc == later for ev in e.evidence) for e in edges)
    assert sorted((h.id, h.doc) for h in search(index, query, limit=100).hits if h.doc == later) == before
