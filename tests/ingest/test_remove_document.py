"""Deleting a document keeps in search the shared entities that other documents still name."""

from __future__ import annotations

from pathlib import Path

from support import FIXTURES, SAMPLE

from policykg.graph.store import Store
from policykg.graph.vocab import NodeType
from policykg.ingest.batch import ingest_paths, remove_document
from policykg.search.index import SearchIndex
from policykg.search.searcher import search


def test_a_shared_regulation_stays_searchable_after_the_document_that_indexed_it_last_goes(tmp_path: Path) -> None:
    db = tmp_path / "db"
    store, index = Store.open(db), SearchIndex(db)
    ingest_paths(store, index, [SAMPLE], workers=1)
    ingest_paths(store, index, [FIXTURES / "bay-chief-followup.txt"], workers=1)
    later = next(d["id"] for d in store.documents() if d["path"].endswith("bay-chief-followup.txt"))
    shared = [n for n in store.nodes(NodeType.REGULATION) if later in {e.doc for e in n.evidence} and len({e.doc for e in n.evidence}) == 2]
    assert shared
    reg = shared[0]
    before = [h for h in search(index, reg.label, limit=50).hits if h.id == reg.id]
    assert before and before[0].doc == later  # the later document filed the shared passage

    remove_document(store, index, later)

    assert store.find_node(reg.id) is not None
    after = [h for h in search(index, reg.label, limit=50).hits if h.id == reg.id]
    assert after and after[0].doc != later
    assert later not in index.documents()
