"""Index words depend on the document alone: its own names are kept whole, and leave the dictionary again."""

from __future__ import annotations

from policykg.search.analyzer import _document_tokenizer, document_segmenter
from policykg.search.passages import Passage
from policykg.search.postings import segment_passages, word_tokens, words_of

NAME = "青禾湾岸线联防办法"
TEXT = f"各县落实{NAME},开展岸线巡查。"


def _words(text: str, names: list[str]) -> list[str]:
    with document_segmenter(names) as segment:
        return [w for w, _a, _b in segment(text)]


def test_a_documents_names_stay_whole_only_while_it_is_segmented() -> None:
    dt = _document_tokenizer()
    total, size = dt.total, len(dt.FREQ)
    assert NAME in _words(TEXT, [NAME])
    assert NAME not in _words(TEXT, [])
    assert (dt.total, len(dt.FREQ)) == (total, size), "the dictionary is restored exactly"


def test_words_do_not_depend_on_the_documents_segmented_before() -> None:
    passage = Passage("m1", "measure", "d2", TEXT, TEXT, 0, len(TEXT))
    alone = segment_passages([passage], [])
    other = Passage("m0", "measure", "d1", NAME, NAME, 0, len(NAME))
    segment_passages([other], [NAME])
    after = segment_passages([passage], [])
    assert after.words == alone.words
    with words_of(after):
        assert word_tokens(TEXT) == list(after.words[TEXT])
