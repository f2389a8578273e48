"""What a passage repeats of another is indexed once: a part of a word finds the sentences holding the whole
word though only sections index character pairs, and a measure's label (its first characters) is not indexed."""

from __future__ import annotations

from policykg.graph.model import Evidence, Node
from policykg.search import lexicon
from policykg.search.index import SearchIndex
from policykg.search.lexicon import Lexicon
from policykg.search.passages import passages_for
from policykg.search.searcher import search

OTHER = "document:fixture0000000003"
SENTENCE = "各乡镇全面推行滩长制巡查。"
OTHER_TEXT = "某县滩长制工作简报\n" + SENTENCE + "\n"


def _other_nodes() -> list[Node]:
    i = OTHER_TEXT.index(SENTENCE)
    return [
        Node(OTHER, "document", "某县滩长制工作简报"),
        Node("regulation:beach", "regulation", "滩长制"),  # a name the document teaches the segmenter
        Node("measure:t1", "measure", SENTENCE, attrs={"text": SENTENCE}, evidence=[Evidence(OTHER, i, i + len(SENTENCE))]),
    ]


def test_sentences_their_section_holds_are_indexed_without_character_pairs(report) -> None:  # noqa: ANN001
    doc, text, nodes, edges = report
    pairs = {p.id: p.pairs for p in passages_for(nodes, text, doc, edges)}
    assert not any(pairs[f"measure:m{k}"] for k in range(1, 6))
    assert pairs[doc] and all(pairs[f"section:s{k}"] for k in range(3))


def test_a_sentence_past_a_headingless_document_lead_keeps_its_pairs() -> None:
    doc = "document:fixture0000000004"
    sentence = "推行滩长制。"
    text = "简报\n" + "。".join(["开展日常巡查"] * 400) + "\n" + sentence
    i = text.index(sentence)
    nodes = [Node(doc, "document", "简报"),
             Node("measure:late", "measure", sentence, attrs={"text": sentence}, evidence=[Evidence(doc, i, i + 6)])]
    assert {p.id: p.pairs for p in passages_for(nodes, text, doc)} == {doc: True, "measure:late": True}


def test_part_of_a_word_split_across_two_tokens_finds_the_section_holding_the_sentence(index: SearchIndex) -> None:
    # jieba cuts 提及湾长制宣传 into 湾 | 长制: no indexed word holds 湾长, and the sentence has no pairs of its own
    found = {h.id for h in search(index, "湾长", limit=20).hits}
    assert "section:s2" in found and "measure:m3" not in found


def test_a_quoted_part_of_a_word_finds_the_measure(index: SearchIndex) -> None:
    assert "measure:m1" in {h.id for h in search(index, '"湾长"', node_type="measure").hits}


def test_a_new_documents_words_answer_parts_of_them_after_its_commit(index: SearchIndex) -> None:
    assert search(index, "滩长", node_type="measure").total == 0
    index.add_document(OTHER, OTHER_TEXT, _other_nodes(), [])
    assert [h.id for h in search(index, "滩长", node_type="measure").hits] == ["measure:t1"]


def test_a_word_the_segmenter_yields_inside_longer_words_is_not_expanded() -> None:
    assert Lexicon({"生态环境厅": 4, "环境": 9}).holding("环境") == []


def test_holding_words_are_the_most_frequent_and_bounded(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(lexicon, "HOLDERS_MAX", 2)
    lex = Lexicon({"滩长制": 5, "总滩长": 9, "滩长们": 1, "滩区": 7})
    assert lex.holding("滩长") == ["总滩长", "滩长制"]
    assert lex.holding("滩") == []


def test_a_measures_label_repeating_its_text_is_shown_not_indexed_again(index: SearchIndex, report) -> None:  # noqa: ANN001
    doc, text, nodes, edges = report
    titled = {p.id: p.titled for p in passages_for(nodes, text, doc, edges)}
    assert not any(titled[f"measure:m{k}"] for k in range(1, 6))
    assert titled[doc] and all(titled[f"section:s{k}"] for k in range(3))
    [hit] = search(index, "牵头", node_type="measure").hits
    assert hit.label == "我厅牵头制定《某省全面推行湾长制实施方案"
