"""A document's rows come with that document's evidence only, however many other documents name them."""

from __future__ import annotations

from pathlib import Path

from support import FIXTURES, SAMPLE

from policykg.graph.store import Store
from policykg.ingest.batch import ingest_paths
from policykg.search.index import SearchIndex


def test_shared_rows_of_a_document_carry_its_spans_alone(tmp_path: Path) -> None:
    db = tmp_path / "db"
    store = Store.open(db)
    ingest_paths(store, SearchIndex(db), [SAMPLE, FIXTURES / "bay-chief-followup.txt"], workers=1)
    later = next(d["id"] for d in store.documents() if d["path"].endswith("bay-chief-followup.txt"))

    nodes, edges = store.nodes_in_document(later), store.edges_in_document(later)
    full = {n.id: n for n in store.nodes(ids=[n.id for n in nodes])}
    shared = [n for n in nodes if len({e.doc for e in full[n.id].evidence}) > 1]
    assert shared, "the two reports share some unit, place or regulation"
    assert all(n.evidence and {e.doc for e in n.evidence} == {later} for n in [*nodes, *edges])
    # exactly the document's part of each row's evidence, in text order
    for n in nodes:
        assert n.evidence == sorted(e for e in full[n.id].evidence if e.doc == later)
