"""Remembered answers and per-thread searchers never outlive a change to the index."""

from __future__ import annotations

import threading

from policykg.graph.model import Evidence, Node
from policykg.search.index import SearchIndex
from policykg.search.searcher import search

OTHER = "document:fixture0000000003"
OTHER_TEXT = "某区湾长制简报\n区里推行湾长制巡湾。\n"


def _other_nodes() -> list[Node]:
    sentence = OTHER_TEXT.split("\n")[1]
    i = OTHER_TEXT.index(sentence)
    return [Node(OTHER, "document", "某区湾长制简报"),
            Node("measure:c1", "measure", sentence, attrs={"text": sentence}, evidence=[Evidence(OTHER, i, i + len(sentence))])]


def test_an_answer_asked_again_is_the_same_until_a_document_arrives_or_leaves(index: SearchIndex) -> None:
    first = search(index, "湾长制", limit=3).as_dict()
    assert search(index, "湾长制", limit=3).as_dict() == first
    assert search(index, "湾长制", limit=3, offset=1).hits[0].id == first["hits"][1]["id"]
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    after = search(index, "湾长制", limit=50)
    assert after.total == first["total"] + 2 and "measure:c1" in {h.id for h in after.hits}
    index.delete_document(OTHER)
    gone = search(index, "湾长制", limit=50)
    assert gone.total == first["total"] and "measure:c1" not in {h.id for h in gone.hits}


def test_each_thread_answers_from_the_current_index(index: SearchIndex) -> None:
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(search(index, "巡湾", node_type="measure").total)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [1, 1, 1, 1]
