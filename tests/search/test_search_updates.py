"""Incremental updates: a new document needs no rebuild, and readers keep answering while a writer commits."""

from __future__ import annotations

import pytest

from policykg.graph.errors import StoreBusy
from policykg.graph.model import Evidence, Node
from policykg.search.index import SearchIndex
from policykg.search.searcher import search

OTHER = "document:fixture0000000002"
OTHER_TEXT = "某市河长制工作简报\n组织开展入河排污口排查整治。\n"


def _other_nodes() -> list[Node]:
    sentence = "组织开展入河排污口排查整治。"
    i = OTHER_TEXT.index(sentence)
    return [
        Node(OTHER, "document", "某市河长制工作简报"),
        Node("measure:o1", "measure", sentence, attrs={"text": sentence}, evidence=[Evidence(OTHER, i, i + len(sentence))]),
    ]


def test_new_document_is_found_without_rebuilding_and_the_old_one_stays(index: SearchIndex) -> None:
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    assert index.documents() == {"document:fixture0000000001", OTHER}
    assert [h.id for h in search(index, "入河排污口", node_type="measure").hits] == ["measure:o1"]
    assert search(index, "湾长制", node_type="measure").total >= 2


def test_readers_keep_answering_while_a_writer_holds_uncommitted_passages(index: SearchIndex) -> None:
    with index.bulk():
        index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
        assert search(index, "入河排污口").total == 0
        assert search(index, "湾长制", node_type="measure").total >= 2
    assert [h.id for h in search(index, "入河排污口", node_type="measure").hits] == ["measure:o1"]


def test_reindexing_a_document_replaces_its_passages(index: SearchIndex) -> None:
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    assert search(index, "入河排污口", node_type="measure").total == 1


def test_a_second_writer_waits_its_turn_then_is_told_the_index_is_busy(index: SearchIndex, monkeypatch) -> None:
    engine = index.engine
    monkeypatch.setattr(type(engine).__module__ + ".WRITER_WAIT_S", 0.2)
    with index.bulk():
        index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
        with pytest.raises(StoreBusy):
            SearchIndex(index.folder.parent).delete_document(OTHER)
    assert index.delete_document(OTHER) == 2
