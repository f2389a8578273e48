"""Recall: no word of a passage is missed, whatever the script, segmentation or name used."""

from __future__ import annotations

import jieba
import pytest

from policykg.search.index import SearchIndex
from policykg.search.searcher import search


def ids(ix: SearchIndex, q: str) -> set[str]:
    return {h.id for h in search(ix, q, limit=50).hits}


def test_every_two_character_word_of_the_report_is_found(index: SearchIndex, report_text: str) -> None:
    words = {w for w in jieba.cut(report_text) if len(w) == 2 and all("\u4e00" <= c <= "\u9fff" for c in w)}
    assert len(words) > 20
    missed = [w for w in sorted(words) if not any(w in h.text for h in search(index, w, limit=50).hits)]
    assert missed == []


def test_part_of_a_word_finds_the_whole_word(index: SearchIndex) -> None:
    assert "measure:m1" in ids(index, "湾长")


def test_words_apart_find_the_longer_phrase(index: SearchIndex) -> None:
    assert "measure:m2" in ids(index, "海洋碳汇")


@pytest.mark.parametrize("query", ["灣長制", "海洋生態系統碳匯"])
def test_traditional_script_finds_simplified_text(index: SearchIndex, query: str) -> None:
    assert search(index, query).hits, query


def test_alias_finds_the_canonical_unit_passages(index: SearchIndex) -> None:
    assert "measure:m1" in ids(index, "某省生态环境厅")
    assert "measure:m1" in ids(index, "省生态环境厅")


def test_short_name_finds_the_regulation_full_name(index: SearchIndex) -> None:
    assert "measure:m3" in ids(index, "禁止一次性不可降解塑料制品")


def test_document_passage_holds_its_preamble_and_deleting_removes_everything(index: SearchIndex) -> None:
    assert index.documents() == {"document:fixture0000000001"}
    assert index.delete_document("document:fixture0000000001") > 5
    assert search(index, "湾长制").total == 0


def test_index_records_the_segmenter_and_rebuilds_when_it_changes(index: SearchIndex, tmp_path) -> None:
    assert index.segmenter.startswith("jieba-")
    (index.folder / "segmenter.txt").write_text("other\n", encoding="utf-8")
    reopened = SearchIndex(tmp_path)
    assert reopened.documents() == set()


def test_entity_names_become_whole_tokens(index: SearchIndex) -> None:
    assert "某省生态环境厅" in jieba.lcut("我们和某省生态环境厅一起")
