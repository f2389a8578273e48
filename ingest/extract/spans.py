"""Spans of text a name takes: whether a new name overlaps those already taken, and the words around its edge."""

from __future__ import annotations

import logging
from functools import lru_cache

import jieba

from .gazetteer import NAME_CLASSES, word_classes

# jieba's classes of proper names, an organisation's among them.
_PROPER = (*NAME_CLASSES, "nt")
_WATER_ENDS = frozenset("河江湖溪湾")


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


def place_word_at(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] is one word of the dictionary's cut of the sentence around it, and a place's name there
    (威海 in 海洋是威海得天独厚: 是/威海/得天独厚), however the characters beside it read alone. A name ending like a
    water is left out: 黑河 and 三河 are as often the black-odorous rivers or the three kinds of river of a report."""
    lo = max(a - 6, 0)
    return word_classes().get(text[a:z], "") == "ns" and text[z - 1] not in _WATER_ENDS and \
        any(lo + x == a and lo + y == z for _w, x, y in _segmenter().tokenize(text[lo : z + 6], HMM=False))
