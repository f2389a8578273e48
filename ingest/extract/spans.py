"""Spans of text a name takes: whether a new name overlaps those already taken, and the words around its edge."""

from __future__ import annotations

import logging
from functools import lru_cache

import jieba

from .gazetteer import word_classes

# jieba's classes of proper names (a place's, a person's, an organisation's, another's).
_PROPER = ("ns", "nr", "nt", "nz")


def overlaps(spans: list[tuple[int, int]], a: int, z: int) -> bool:
    """Whether a..z overlaps one of the spans."""
    return any(x < z and a < y for x, y in spans)


def cuts(spans: list[tuple[int, int]], a: int, z: int, whole: bool) -> bool:
    """Whether a..z overlaps one of the spans, other than by holding it whole when `whole` allows that."""
    return any(x < z and a < y and not (whole and a <= x and y <= z) for x, y in spans)


@lru_cache(maxsize=1)
def _segmenter() -> jieba.Tokenizer:
    """A jieba of the extractors' own, with its base dictionary only: the search index adds the gazetteer and
    learned names to jieba's shared one, and an extractor's answer must not depend on what was indexed before."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def word_across(text: str, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The word that runs across the start of text[i] when text[lo:hi] is cut into the dictionary's words (以前 in
    治理以前甲乙河 across 前), if it is no proper name: a name written after it begins where that word ends, since a
    sentence never reads half a word as part of the next name."""
    lo = max(lo, 0)
    for word, a, z in _segmenter().tokenize(text[lo:hi], HMM=False):
        if lo + a < i < lo + z:
            return None if word_classes().get(word, "") in _PROPER else (lo + a, lo + z)
    return None
