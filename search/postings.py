"""Posting values for the index's word and pair fields, computed straight from the segmenter.

whoosh builds each posting through its analyzer chain: a Token object per word, passed through a generator
per filter, then grouped by word. At index time that chain cost more than segmentation itself; these formats
group the same words (lower-cased jieba tokens, or character pairs, numbered consecutively from 0) directly
and encode them exactly as whoosh's Positions format does, so queries and older indexes read them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from whoosh.formats import Positions

from .analyzer import bigrams, segment


def word_tokens(value: str) -> list[str]:
    """What `chinese_analyzer()` yields for a value, as strings."""
    return [w.lower() for w, _a, _b in segment(value)]


def pair_tokens(value: str) -> list[str]:
    """What `bigram_analyzer()` yields for a value, as strings."""
    return [g for g, _a in bigrams(value)]


class DirectPositions(Positions):
    """whoosh's Positions format, fed by a function from text to its tokens instead of the field's analyzer."""

    def __init__(self, tokens: Callable[[str], list[str]], field_boost: float = 1.0) -> None:
        super().__init__(field_boost=field_boost)
        self.tokens = tokens

    def word_values(self, value, analyzer, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:  # noqa: ANN001
        poses: dict[str, list[int]] = {}
        for pos, word in enumerate(self.tokens(value)):
            poses.setdefault(word, []).append(pos)
        fb, encode = self.field_boost, self.encode
        for word, poslist in poses.items():
            yield word, len(poslist), len(poslist) * fb, encode(poslist)
