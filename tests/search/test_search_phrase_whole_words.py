"""A phrase is checked by its whole words at their places: a long word's pieces (生态 环境 before 生态环境) are
not read, yet the words must still stand in order, one right after the other, within one part of a passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.search import clauses as c
from policykg.search.index import SearchIndex
from policykg.search.passages import Passage
from policykg.search.postings import segment_passages
from policykg.search.query import parse
from policykg.search.searcher import search

DOC = "document:phrasecase00001"
#: Each phrase, its words in index order with the places of the whole ones, and the one passage holding it.
PHRASES = [
    ('"生态环境监管"', ("生态", "环境", "生态环境", "监管"), (2, 3)),
    ('"加强生态环境"', ("加强", "生态", "环境", "生态环境"), (0, 3)),
]


def _passage(pid: str, text: str, label: str = "", titled: bool = False) -> Passage:
    return Passage(pid, "measure", DOC, label or text[:6], text, 0, len(text), titled=titled)


PASSAGES = [
    _passage("measure:found", "各地加强生态环境监管工作。"),
    _passage("measure:reversed", "依法监管生态环境,生态环境加强。"),
    _passage("measure:apart", "改善生态环境的监管方式,加强了生态环境。"),
    _passage("measure:parts", "监管到位。", label="持续改善生态环境", titled=True),
    _passage("measure:parts2", "生态环境持续向好。", label="各方合力加强", titled=True),
]


@pytest.fixture(params=["whoosh", "tantivy"])
def phrase_index(tmp_path: Path, request: pytest.FixtureRequest) -> SearchIndex:
    ix = SearchIndex(tmp_path, engine=request.param)
    ix.add_segmented(segment_passages(PASSAGES, []))
    return ix


def _words_phrase(query: str) -> c.Phrase:
    found = [p for p in parse(query).query.parts[0].parts if isinstance(p, c.Phrase) and p.field == "words"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("query", "words", "whole"), PHRASES)
def test_the_phrase_names_its_whole_words(query: str, words: tuple[str, ...], whole: tuple[int, ...]) -> None:
    phrase = _words_phrase(query)
    assert (phrase.words, phrase.whole) == (words, whole)


def test_a_phrase_of_one_whole_word_is_that_word() -> None:
    words = [p for p in parse('"生态环境"').query.parts[0].parts if getattr(p, "field", "") == "words"]
    assert words == [c.Phrase("words", ("生态", "环境", "生态环境"), (2,))]


@pytest.mark.parametrize("query", [q for q, _w, _at in PHRASES])
def test_whole_words_match_at_their_places_only(phrase_index: SearchIndex, query: str) -> None:
    found = phrase_index.engine.match(_words_phrase(query), None, None, 10)
    assert [f["id"] for _s, f in found.hits] == ["measure:found"]


@pytest.mark.parametrize("query", [q for q, _w, _at in PHRASES])
def test_the_search_finds_the_phrase_and_not_its_words_apart(phrase_index: SearchIndex, query: str) -> None:
    assert [h.id for h in search(phrase_index, query).hits] == ["measure:found"]
    text = query.strip('"')
    both = {h.id for h in search(phrase_index, f"{text[:2]} AND {text[-2:]}").hits}
    assert "measure:found" in both and len(both) == 4  # reversed, apart and across a passage's parts as well
