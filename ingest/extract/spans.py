"""Spans of text a name takes: whether a new name overlaps those already taken, and the words around its edge."""

from __future__ import annotations

from collections.abc import Iterator
from math import log

from jieba import re_eng, re_han_default, re_skip_default

from .gazetteer import NAME_CLASSES, word_classes, word_counts

# jieba's classes of proper names, an organisation's among them.
_PROPER = (*NAME_CLASSES, "nt")
_WATER_ENDS = frozenset("河江湖溪湾")


def overlaps(spans: list[tuple[int, int]], a: int, z: int) -> bool:
    """Whether a..z overlaps one of the spans."""
    return any(x < z and a < y for x, y in spans)


def cuts(spans: list[tuple[int, int]], a: int, z: int, whole: bool) -> bool:
    """Whether a..z overlaps one of the spans, other than by holding it whole when `whole` allows that."""
    return any(x < z and a < y and not (whole and a <= x and y <= z) for x, y in spans)


def dictionary_words(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of jieba's default cut of text with its base dictionary and no HMM, with their offsets: the same as
    `jieba.Tokenizer().tokenize(text, HMM=False)`, worked out from the dictionary's counts the gazetteer reads anyway.
    Extractors cut only a few characters around a name at a time, so no Tokenizer of their own (and no search index's,
    which learns names) is loaded for it."""
    start = 0
    for block in re_han_default.split(text):
        if not block:
            continue
        if re_han_default.match(block):
            words: Iterator[str] = _cut_block(block)
        else:
            words = (w for part in re_skip_default.split(block)
                     for w in ((part,) if re_skip_default.match(part) else part))
        for word in words:
            yield word, start, start + len(word)
            start += len(word)


def _cut_block(block: str) -> Iterator[str]:
    """jieba's cut of one block of word characters without its HMM: the route through the dictionary's words that
    makes the likeliest sentence, single Latin letters and digits run together."""
    counts, total = word_counts()
    n = len(block)
    route: dict[int, tuple[float, int]] = {n: (0.0, 0)}
    log_total = log(total)
    for k in range(n - 1, -1, -1):
        ends = [i for i in range(k, n) if counts.get(block[k : i + 1])] or [k]
        route[k] = max((log(counts.get(block[k : x + 1]) or 1) - log_total + route[x + 1][0], x) for x in ends)
    x, run = 0, ""
    while x < n:
        y = route[x][1] + 1
        word = block[x:y]
        if re_eng.match(word) and len(word) == 1:
            run += word
        else:
            if run:
                yield run
                run = ""
            yield word
        x = y
    if run:
        yield run


def word_across(text: str, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The word that runs across the start of text[i] when text[lo:hi] is cut into the dictionary's words (以前 in
    治理以前甲乙河 across 前), if it is no proper name: a name written after it begins where that word ends, since a
    sentence never reads half a word as part of the next name."""
    lo = max(lo, 0)
    for word, a, z in dictionary_words(text[lo:hi]):
        if lo + a < i < lo + z:
            return None if word_classes().get(word, "") in _PROPER else (lo + a, lo + z)
    return None


def place_word_at(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] is one word of the dictionary's cut of the sentence around it, and a place's name there
    (威海 in 海洋是威海得天独厚: 是/威海/得天独厚), however the characters beside it read alone. A name ending like a
    water is left out: 黑河 and 三河 are as often the black-odorous rivers or the three kinds of river of a report."""
    lo = max(a - 6, 0)
    return word_classes().get(text[a:z], "") == "ns" and text[z - 1] not in _WATER_ENDS and \
        any(lo + x == a and lo + y == z for _w, x, y in dictionary_words(text[lo : z + 6]))
