"""The graph queries give the same answers from a real Virtuoso as from the embedded store."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.problem_links import measures_for
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.timeline import timeline
from policykg.graph.queries.trace import trace
from policykg.graph.queries.walks import neighbourhood, shortest_path
from policykg.graph.remote import Endpoint, push
from policykg.graph.remote_graph import RemoteGraph
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType


@pytest.fixture(scope="module")
def both(sample_db: Path, virtuoso: dict[str, str]) -> tuple[Store, RemoteGraph]:
    store = Store.open(sample_db, read_only=True)
    ep = Endpoint(update_url=virtuoso["update"], query_url=virtuoso["query"],
                  graph="https://example.org/graph/backend-test", user=virtuoso["user"], password=virtuoso["password"])
    push(store, ep, full=True)
    return store, RemoteGraph(ep)


def test_nodes_and_edges_read_back_with_their_evidence(both: tuple[Store, RemoteGraph]) -> None:
    store, remote = both
    regs = store.nodes(NodeType.REGULATION)
    assert regs and [n.id for n in remote.nodes(NodeType.REGULATION)] == [n.id for n in regs]
    for local in regs[:5]:
        far = remote.node(local.id)
        assert (far.type, far.label, sorted(far.aliases)) == (local.type, local.label, sorted(local.aliases))
        assert sorted(far.evidence) == sorted(local.evidence)
        assert far.attrs.get("kind") == local.attrs.get("kind")
    acts = store.edges(edge_type=EdgeType.ACTS_ON)
    assert acts and {e.id for e in remote.edges(edge_type=EdgeType.ACTS_ON)} == {e.id for e in acts}
    doc = store.documents()[0]["id"]
    assert remote.document_text(doc) == store.document_text(doc)


def test_measures_for_a_problem_are_the_same(both: tuple[Store, RemoteGraph]) -> None:
    store, remote = both
    problems = [p for p in store.nodes(NodeType.PROBLEM) if store.edges(target=p.id, edge_type=EdgeType.ADDRESSES)]
    assert len(problems) >= 3
    for p in problems[:4]:
        local = measures_for(store, p.id)
        assert local and measures_for(remote, p.id) == local
    words = problems[0].label[:6]
    assert measures_for(remote, words) == measures_for(store, words)


def test_regulation_trace_is_the_same(both: tuple[Store, RemoteGraph]) -> None:
    store, remote = both
    acted_on = sorted({e.target for e in store.edges(edge_type=EdgeType.ACTS_ON)})
    assert acted_on
    for reg_id in acted_on[:4]:
        local = trace(store, reg_id)
        assert local and trace(remote, reg_id) == local
    name = store.node(acted_on[0]).label
    assert trace(remote, name) == trace(store, name)


def test_neighbourhood_is_the_same(both: tuple[Store, RemoteGraph]) -> None:
    store, remote = both
    seed = find_seed(store, store.nodes(NodeType.REGULATION)[0].label)
    assert find_seed(remote, seed.label).id == seed.id
    local = neighbourhood(store, [seed.id], depth=2)
    far = neighbourhood(remote, [seed.id], depth=2)
    assert len(local.nodes) > 1
    assert sorted(n.id for n in far.nodes) == sorted(n.id for n in local.nodes)
    assert sorted(e.id for e in far.edges) == sorted(e.id for e in local.edges)


def test_reads_page_through_results_larger_than_a_page(both: tuple[Store, RemoteGraph], monkeypatch: pytest.MonkeyPatch) -> None:
    from policykg.graph import remote_graph

    monkeypatch.setattr(remote_graph, "PAGE", 50)
    monkeypatch.setattr(remote_graph, "CHUNK", 7)
    store, remote = both
    local = store.nodes(NodeType.MEASURE)
    assert len(local) > 120
    assert [n.id for n in remote.nodes(NodeType.MEASURE)] == [n.id for n in local]
    ids = [n.id for n in local[:30]]
    assert {e.id for e in remote.edges_touching(ids)} == {e.id for e in store.edges_touching(ids)}


def test_entity_page_path_and_timeline_are_the_same(both: tuple[Store, RemoteGraph]) -> None:
    store, remote = both
    reg = sorted({e.target for e in store.edges(edge_type=EdgeType.ACTS_ON)})[0]
    page = entity_page(store, reg)
    assert page["evidence"] and entity_page(remote, reg) == page
    measure = store.edges(target=reg, edge_type=EdgeType.ACTS_ON)[0].source
    doc = store.node(measure).evidence[0].doc
    local_path = shortest_path(store, reg, doc)
    far_path = shortest_path(remote, reg, doc)
    assert len(local_path.nodes) >= 2
    assert [n.id for n in far_path.nodes] == [n.id for n in local_path.nodes]
    assert timeline(remote, regulation=reg) == timeline(store, regulation=reg)
    whole = timeline(store, by="year", items_per_period=3)
    assert whole and timeline(remote, by="year", items_per_period=3) == whole  # store ranks vs general reads
