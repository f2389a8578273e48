"""Posting values for the index's word and pair fields, computed straight from the segmenter.

whoosh builds each posting through its analyzer chain: a Token object per word, passed through a generator
per filter, then grouped by word. At index time that chain cost more than segmentation itself; these formats
group the same words (lower-cased jieba tokens, or character pairs, numbered consecutively from 0) directly
and encode them exactly as whoosh's Positions format does, so queries and older indexes read them alike.

The words themselves are made once per document, where it was extracted (an ingest worker process), by
`segment_passages`; the writer indexes the document inside `words_of(...)`, which hands each field value its
words back instead of segmenting it again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from whoosh.formats import Positions

from .analyzer import bigrams, document_segmenter, segment
from .passages import Passage

_given = threading.local()


def word_tokens(value: str) -> list[str]:
    """What `chinese_analyzer()` yields for a value, as strings (the words made for it already, if any)."""
    words = getattr(_given, "words", None)
    made = words.get(value) if words else None
    return list(made) if made is not None else [w.lower() for w, _a, _b in segment(value)]


def pair_tokens(value: str) -> list[str]:
    """What `bigram_analyzer()` yields for a value, as strings."""
    return [g for g, _a in bigrams(value)]


@dataclass(frozen=True)
class Segmented:
    """One document's passages and the words of every value its word fields index."""

    passages: list[Passage]
    names: list[str]
    """The names the document teaches the query segmenter."""
    words: dict[str, tuple[str, ...]]


def segment_passages(passages: list[Passage], names: list[str]) -> Segmented:
    """Segment a document's passages with the base dictionary and the document's own names.

    The words depend on the document alone (`analyzer.document_segmenter`), so any process can make them.
    """
    words: dict[str, tuple[str, ...]] = {}
    with document_segmenter(names) as seg:
        for p in passages:
            for value in (p.label, p.text, " ".join(p.names)):
                if value not in words:
                    words[value] = tuple(w.lower() for w, _a, _b in seg(value))
    return Segmented(passages, names, words)


@contextmanager
def words_of(segmented: Segmented) -> Iterator[None]:
    """While inside, this thread's `word_tokens` answers from the document's words made by `segment_passages`."""
    _given.words = segmented.words
    try:
        yield
    finally:
        _given.words = None


class DirectPositions(Positions):
    """whoosh's Positions format, fed by a function from text to its tokens instead of the field's analyzer."""

    def __init__(self, tokens: Callable[[str], list[str]], field_boost: float = 1.0) -> None:
        super().__init__(field_boost=field_boost)
        self.tokens = tokens

    def word_values(self, value, analyzer, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:  # noqa: ANN001
        poses: dict[str, list[int]] = {}
        for pos, word in enumerate(self.tokens(value)):
            poses.setdefault(word, []).append(pos)
        fb, encode, once = self.field_boost, self.encode, _ONE_POSITION
        for word, poslist in poses.items():
            if len(poslist) == 1:  # most words of a passage: their encoding is looked up, not pickled again
                pos = poslist[0]
                data = once.get(pos)
                if data is None:
                    data = once[pos] = encode(poslist)
                yield word, 1, fb, data
            else:
                yield word, len(poslist), len(poslist) * fb, encode(poslist)


#: The encoded posting of a word found once, at each position (the same bytes for every field and passage).
_ONE_POSITION: dict[int, bytes] = {}
