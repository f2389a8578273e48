"""Chinese analysis for the index: jieba segmentation with token positions numbered consecutively.

jieba's own whoosh analyzer records character offsets as positions, which breaks phrase queries; this one
numbers tokens 0, 1, 2 ... and keeps character offsets for highlighting.
"""

from __future__ import annotations

import logging
import threading
import unicodedata

import jieba
from whoosh.analysis import Composable, LowercaseFilter, Token, Tokenizer

_init_lock = threading.Lock()
_ready = False


def _ensure_jieba() -> None:
    global _ready
    with _init_lock:
        if not _ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _ready = True


def normalize_query_text(s: str) -> str:
    """The same width unification the ingest normalizer applies, so queries meet indexed text."""
    return unicodedata.normalize("NFKC", s)


class JiebaTokenizer(Tokenizer):
    """jieba search-mode tokens; positions consecutive, offsets in characters."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):  # noqa: ANN001, D102
        _ensure_jieba()
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        for word, a, b in jieba.tokenize(value, mode="search"):
            if not word.strip():
                continue
            t.original = t.text = word
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar, t.endchar = start_char + a, start_char + b
            yield t


def chinese_analyzer() -> Composable:
    return JiebaTokenizer() | LowercaseFilter()
