"""Chinese analysis for the index: jieba segmentation with token positions numbered consecutively.

jieba's own whoosh analyzer records character offsets as positions, which breaks phrase queries; this one
numbers tokens 0, 1, 2 ... and keeps character offsets for highlighting. A second analyzer cuts text into
overlapping character pairs, so a 2-character or partial query finds text that jieba segmented differently.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import jieba
from whoosh.analysis import Composable, LowercaseFilter, Token, Tokenizer

#: Written into the index folder; an index built by another segmenter is rebuilt rather than half-matched.
#: bigram-v3: character pairs only for the passages that hold the others' text (search/passages.py); v4: no
#: label field for passages whose label is the start of their text; v5: label, text and names in one word field
#: (search/schema.py).
SEGMENTER = f"jieba-{jieba.__version__}/search-mode+userdict+gazetteer;bigram-v5"
#: The shipped gazetteers: the first column of each file is a name (a division, a water, a body) kept whole.
GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

_init_lock = threading.Lock()
_ready = False
_added: set[str] = set()
#: Of those, the names documents taught (the index's segmenter knows only its own document's).
_learned: set[str] = set()
#: jieba only ever yields tokens made of these characters, so a user word outside them could never match whole.
_JIEBA_WORD = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]{2,30}")
_CJK = re.compile(r"[\u3400-\u9FFF]")
#: jieba's own block pattern: it segments each such run on its own, so a run's tokens never depend on the text
#: around it and can be reused wherever the run occurs again (a section and the measures inside it).
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_segments: dict[str, tuple[tuple[str, int, int], ...]] = {}
#: Past this many remembered runs the memory is emptied (a document's runs are what repeats).
_MAX_SEGMENTS = 200_000


def _ensure_jieba() -> None:
    global _ready
    with _init_lock:
        if not _ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            for w in _gazetteer_names():
                jieba.add_word(w, freq=max(jieba.get_FREQ(w) or 0, 2000))
                _added.add(w)
            _ready = True


def _is_word(w: str) -> bool:
    return bool(_JIEBA_WORD.fullmatch(w) and _CJK.search(w))


def _gazetteer_names() -> list[str]:
    """Names in the first column of data/gazetteer/*.tsv (their header row apart)."""
    names = set()
    for f in sorted(GAZETTEER.glob("*.tsv")):
        rows = f.read_text(encoding="utf-8").split("\n")[1:]
        names.update(r.split("\t", 1)[0] for r in rows)
    return sorted(w for w in names if _is_word(w))


def add_words(words: Iterable[str]) -> list[str]:
    """Teach jieba entity names (湾长制, 三线一单, regulation titles) so they stay whole tokens; returns the new ones."""
    _ensure_jieba()
    new = []
    with _init_lock:
        for w in words:
            if w not in _added and _is_word(w):
                jieba.add_word(w, freq=max(jieba.get_FREQ(w) or 0, 2000))
                _added.add(w)
                _learned.add(w)
                new.append(w)
        if new:
            _segments.clear()  # a new word may join characters that earlier runs split
    return sorted(new)


def yielded_inside(word: str) -> bool:
    """Whether the index holds `word` as a token wherever a longer token holding it is: jieba's search mode
    yields a long token's two- and three-character parts that its base dictionary (or the gazetteer) knows.

    >>> yielded_inside("环境"), yielded_inside("湾长")
    (True, False)
    """
    _ensure_jieba()
    return 2 <= len(word) <= 3 and bool(jieba.dt.FREQ.get(word)) and word not in _learned


def _run_tokens(run: str) -> tuple[tuple[str, int, int], ...]:
    toks = _segments.get(run)
    if toks is None:
        if len(_segments) >= _MAX_SEGMENTS:
            _segments.clear()
        toks = _segments[run] = tuple(jieba.tokenize(run, mode="search"))
    return toks


def segment(text: str) -> list[tuple[str, int, int]]:
    """jieba search-mode tokens of a text with character offsets, whitespace left out.

    The same tokens as `jieba.tokenize(text, mode="search")`, but each run of word characters is segmented once
    per process (until the dictionary changes) and reused wherever it occurs again.

    >>> segment("推行湾长制。")[-1]
    ('。', 5, 6)
    """
    _ensure_jieba()
    return _segment(text, _run_tokens)


def _segment(text: str, run_tokens: Callable[[str], tuple[tuple[str, int, int], ...]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    i = 0
    for m in _BLOCK.finditer(text):
        out.extend((c, k, k + 1) for k, c in enumerate(text[i : m.start()], i) if not c.isspace())
        a = m.start()
        out.extend((w, a + s, a + e) for w, s, e in run_tokens(m.group()))
        i = m.end()
    out.extend((c, k, k + 1) for k, c in enumerate(text[i:], i) if not c.isspace())
    return out


_document_lock = threading.Lock()
_document_jieba: jieba.Tokenizer | None = None


def _document_tokenizer() -> jieba.Tokenizer:
    """A jieba of this process's own for indexing: the base dictionary and the gazetteer, nothing learned."""
    global _document_jieba
    if _document_jieba is None:
        jieba.setLogLevel(logging.WARNING)
        dt = jieba.Tokenizer()
        dt.initialize()
        for w in _gazetteer_names():
            dt.add_word(w, freq=max(dt.FREQ.get(w) or 0, 2000))
        _document_jieba = dt
    return _document_jieba


@contextmanager
def document_segmenter(names: Iterable[str]) -> Iterator[Callable[[str], list[tuple[str, int, int]]]]:
    """`segment` for the passages of one document: the base dictionary, the gazetteer and this document's names.

    Index tokens then depend on the document alone, not on which documents a process indexed before it, so
    they can be made in any worker process in any order and equal a serial run's. The names are taken out of
    the dictionary again on leaving (jieba's word table and total restored exactly). Queries segment with
    every name the index has learned (`add_words`); a name learned from another document and split here is
    still found through the character-pair field.
    """
    with _document_lock:
        dt = _document_tokenizer()
        total = dt.total
        before: dict[str, int | None] = {}
        for w in dict.fromkeys(names):
            if not _is_word(w) or (dt.FREQ.get(w) or 0) >= 2000:  # a gazetteer or common word already
                continue
            for k in range(1, len(w) + 1):
                before.setdefault(w[:k], dt.FREQ.get(w[:k]))
            dt.add_word(w, freq=max(dt.FREQ.get(w) or 0, 2000))
        runs: dict[str, tuple[tuple[str, int, int], ...]] = {}

        def run_tokens(run: str) -> tuple[tuple[str, int, int], ...]:
            toks = runs.get(run)
            if toks is None:
                toks = runs[run] = tuple(dt.tokenize(run, mode="search"))
            return toks

        try:
            yield lambda text: _segment(text, run_tokens)
        finally:
            for w, freq in before.items():
                if freq is None:
                    del dt.FREQ[w]
                else:
                    dt.FREQ[w] = freq
            dt.total = total


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalize_query_text(s: str) -> str:
    """Unify width as the ingest normalizer does, and convert traditional script to simplified (documents are)."""
    return _t2s().convert(unicodedata.normalize("NFKC", s))


def bigrams(text: str) -> list[tuple[str, int]]:
    """Overlapping character pairs of each run of Chinese characters or of letters and digits, with offsets.

    A run of a single character yields itself, so one-character words are findable too.
    """
    out = []
    for m in re.finditer(r"[\u3400-\u9FFF]+|[a-z0-9.%]+", text.lower()):
        run, a = m.group(), m.start()
        if len(run) == 1:
            out.append((run, a))
        out.extend((run[i : i + 2], a + i) for i in range(len(run) - 1))
    return out


def _emit(t: Token, word: str, pos: int, a: int, b: int, positions: bool, chars: bool) -> Token:
    t.original = t.text = word
    t.boost = 1.0
    t.stopped = False
    if positions:
        t.pos = pos
    if chars:
        t.startchar, t.endchar = a, b
    return t


class JiebaTokenizer(Tokenizer):
    """jieba search-mode tokens; positions consecutive, offsets in characters."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):  # noqa: ANN001, D102
        _ensure_jieba()
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield _emit(t, value, start_pos, start_char, start_char + len(value), positions, chars)
            return
        pos = start_pos
        for word, a, b in segment(value):
            yield _emit(t, word, pos, start_char + a, start_char + b, positions, chars)
            pos += 1


class BigramTokenizer(Tokenizer):
    """Character pairs with consecutive positions, so a phrase of pairs spells out any substring."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):  # noqa: ANN001, D102
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield _emit(t, value, start_pos, start_char, start_char + len(value), positions, chars)
            return
        for i, (gram, a) in enumerate(bigrams(value)):
            yield _emit(t, gram, start_pos + i, start_char + a, start_char + a + len(gram), positions, chars)


def chinese_analyzer() -> Composable:
    return JiebaTokenizer() | LowercaseFilter()


def bigram_analyzer() -> Composable:
    return BigramTokenizer()
