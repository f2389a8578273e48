"""Posting values for the index's word and pair fields, computed straight from the segmenter.

whoosh builds each posting through its analyzer chain: a Token object per word, passed through a generator
per filter, then grouped by word. At index time that chain cost more than segmentation itself; these formats
group the same words (lower-cased jieba tokens of a passage's parts, or character pairs of its text) directly
and encode them exactly as whoosh's Positions format does, so whoosh's readers and ours read them alike.

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


#: Positions left empty between two parts of a passage in the word field: no phrase matches across them.
PART_GAP = 1


class PartPositions(Positions):
    """whoosh's Positions format for the word field, whose value is a passage's parts (label, text, names):
    each part's words (`word_tokens`) numbered on from the part before after a gap, each occurrence weighing its
    part's boost. Positions are encoded exactly as whoosh's Positions format encodes them."""

    def __init__(self, boosts: tuple[float, ...]) -> None:
        super().__init__()
        self.boosts = boosts

    def word_values(self, value, analyzer=None, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:  # noqa: ANN001
        parts = (value,) if isinstance(value, str) else value
        entries: dict[str, list] = {}  # word -> [weight, position, position ...]
        get = entries.get
        pos = 0
        for part, boost in zip(parts, self.boosts):
            if not part:
                continue
            for word in word_tokens(part):
                e = get(word)
                if e is None:
                    entries[word] = [boost, pos]
                else:
                    e[0] += boost
                    e.append(pos)
                pos += 1
            pos += PART_GAP
        yield from _encoded(entries, self.encode)


class PairPositions(Positions):
    """whoosh's Positions format for the character-pair field: a text's pairs (`pair_tokens`), numbered from 0."""

    def __init__(self, boost: float) -> None:
        super().__init__(field_boost=boost)

    def word_values(self, value, analyzer=None, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:  # noqa: ANN001
        boost = self.field_boost
        entries: dict[str, list] = {}
        get = entries.get
        for pos, word in enumerate(pair_tokens(value)):
            e = get(word)
            if e is None:
                entries[word] = [boost, pos]
            else:
                e[0] += boost
                e.append(pos)
        yield from _encoded(entries, self.encode)


def _encoded(entries: dict[str, list], encode: Callable[[list[int]], bytes]) -> Iterator[tuple[str, int, float, bytes]]:
    """(word, frequency, weight, encoded positions) of each word; a word found once (most words of a passage)
    has its encoding looked up by its position, not pickled again."""
    once = _ONE_POSITION
    for word, e in entries.items():
        if len(e) == 2:
            data = once.get(e[1])
            if data is None:
                data = once[e[1]] = encode(e[1:])
            yield word, 1, e[0], data
        else:
            yield word, len(e) - 1, e[0], encode(e[1:])


#: The encoded posting of a word found once, at each position (the same bytes for every field and passage).
_ONE_POSITION: dict[int, bytes] = {}
