"""Indexes built on separate machines merge into one that answers like an index built in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.model import Evidence, Node
from policykg.search.index import SearchIndex
from policykg.search.searcher import search

OTHER_DOC = "document:fixture0000000002"
OTHER_TEXT = "某县湾长制推进情况\n县政府印发湾长制考核办法,推行湾长制巡查。\n"


def _other_shard(folder: Path, engine: str) -> SearchIndex:
    sentence = OTHER_TEXT.split("\n")[1]
    start = OTHER_TEXT.index(sentence)
    shard = SearchIndex(folder, engine)
    shard.add_document(OTHER_DOC, OTHER_TEXT, [
        Node(OTHER_DOC, "document", "某县湾长制推进情况"),
        Node("measure:other1", "measure", sentence[:20], attrs={"text": sentence},
             evidence=[Evidence(OTHER_DOC, start, start + len(sentence))]),
        Node("unit:county", "unit", "某县湾长办公室"),
    ], [])
    return shard


def test_merging_two_shards_finds_the_passages_of_both(tmp_path: Path, index: SearchIndex) -> None:
    other = _other_shard(tmp_path / "other", index.engine_name)
    merged = SearchIndex(tmp_path / "merged", index.engine_name)
    merged.merge_from(index)
    merged.merge_from(other)
    assert merged.documents() == index.documents() | {OTHER_DOC}
    assert search(merged, "湾长制").total == search(index, "湾长制").total + search(other, "湾长制").total
    assert set(index.userdict()) | set(other.userdict()) <= set(merged.userdict())
    assert "某县湾长办公室" in merged.userdict()


def test_a_shard_built_by_another_segmenter_is_refused(tmp_path: Path, index: SearchIndex) -> None:
    (index.folder / "segmenter.txt").write_text("other-segmenter\n", encoding="utf-8")
    with pytest.raises(ValueError, match="other-segmenter"):
        SearchIndex(tmp_path / "merged", index.engine_name).merge_from(index)
