"""An incremental push keeps the remote store equal to the embedded one as documents come and go."""

from __future__ import annotations

import shutil
from pathlib import Path

from support import FIXTURES

from policykg.graph.remote import Endpoint, push
from policykg.graph.remote_graph import RemoteGraph
from policykg.graph.store import Store
from policykg.graph.vocab import NodeType
from policykg.ingest.batch import ingest_paths
from policykg.search.index import SearchIndex


def _same_regulations(store: Store, remote: RemoteGraph) -> None:
    local = store.nodes(NodeType.REGULATION)
    far = remote.nodes(NodeType.REGULATION)
    assert [(n.id, n.label, sorted(n.aliases), sorted(n.evidence)) for n in far] == [
        (n.id, n.label, sorted(n.aliases), sorted(n.evidence)) for n in local
    ]


def test_new_and_deleted_documents_reach_the_remote_store(sample_db: Path, virtuoso: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "db"
    shutil.copytree(sample_db, db)
    store = Store.open(db)
    ep = Endpoint(update_url=virtuoso["update"], query_url=virtuoso["query"],
                  graph="https://example.org/graph/incremental", user=virtuoso["user"], password=virtuoso["password"])
    remote = RemoteGraph(ep)
    assert push(store, ep).documents == 1

    ingest_paths(store, SearchIndex(db), [FIXTURES / "bay-chief-followup.txt"])
    shared = [n for n in store.nodes(NodeType.REGULATION) if len({e.doc for e in n.evidence}) == 2]
    assert shared and any("湾长制方案" in n.aliases for n in shared)
    second = push(store, ep)
    assert (second.documents, second.skipped, second.replaced) == (1, 1, False)
    _same_regulations(store, remote)

    new_doc = next(d["id"] for d in store.documents() if d["path"] == "bay-chief-followup.txt")
    store.delete_document(new_doc)
    third = push(store, ep)
    assert third.replaced and third.documents == 1
    _same_regulations(store, remote)
    assert all("湾长制方案" not in n.aliases for n in remote.nodes(NodeType.REGULATION))
