"""The index's words by the character pairs they hold: which longer indexed words hold a query word.

A measure is a sentence of its section, and only the section's passage indexes the text's character pairs (the
same pairs twice were a fifth of the index). A part of a word (湾长 in 湾长制) then reaches the measure
through the lexicon instead: the query asks, beside the word itself, for the indexed words that hold it.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Mapping

from .analyzer import yielded_inside
from .engine import Engine

#: At most this many holding words are asked for (the most frequent): a common stem (生态环境) is held by
#: hundreds of unit names, each a lookup; the section passages' character pairs still find the rest.
HOLDERS_MAX = 32


class Lexicon:
    """Indexed words, each with how many passages hold it, looked up by the character pairs they contain.

    >>> Lexicon({"湾长制": 3, "总湾长": 1, "湾区": 5}).holding("湾长")
    ['湾长制', '总湾长']
    """

    def __init__(self, words: Mapping[str, int]) -> None:
        self._count = words
        self._by_pair: dict[str, list[str]] = {}
        for w in words:
            for pair in {w[i : i + 2] for i in range(len(w) - 1)}:
                self._by_pair.setdefault(pair, []).append(w)

    def holding(self, text: str) -> list[str]:
        """The indexed words longer than `text` that hold it, most frequent first, at most HOLDERS_MAX; none
        when the segmenter yields `text` on its own wherever a longer word holds it (a word of two or three
        characters in jieba's dictionary), as the word itself then finds those passages."""
        if len(text) < 2 or yielded_inside(text):
            return []
        lists = [self._by_pair.get(text[i : i + 2], ()) for i in range(len(text) - 1)]
        fewest = min(lists, key=len)
        found = [w for w in fewest if text in w and w != text]
        found.sort(key=lambda w: (-self._count[w], w))
        return found[:HOLDERS_MAX]


_held: dict[str, tuple[Hashable, Lexicon]] = {}
_held_lock = threading.Lock()


def lexicon_of(engine: Engine) -> Lexicon:
    """The lexicon of an engine's index as it is now, made once per index version (per folder: the newest)."""
    folder, generation = str(engine.folder), engine.generation()
    with _held_lock:
        held = _held.get(folder)
    if held is not None and held[0] == generation:
        return held[1]
    lexicon = Lexicon(engine.words())
    with _held_lock:
        _held[folder] = (generation, lexicon)
    return lexicon
