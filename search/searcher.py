"""Queries against the index; answers are our own dataclasses, never whoosh objects."""

from __future__ import annotations

import math
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from policykg.graph.errors import BadQuery

from .analyzer import chinese_analyzer
from .clauses import And, Term
from .engine import Matches
from .index import SearchIndex
from .lexicon import lexicon_of
from .query import ParsedQuery, parse

#: How many best-scored passages are re-ranked by coverage of the query words (and counted into facets).
CANDIDATES = 100
#: Answers remembered (see _candidates); each holds at most CANDIDATES passages' stored fields.
ANSWERS_KEPT = 256
FACET_FIELDS = ("type", "unit", "place", "water", "year")
SORTS = ("relevance", "date")


@dataclass
class Hit:
    id: str
    type: str
    label: str
    text: str
    score: float
    doc: str
    start: int
    end: int
    highlights: list[dict] = field(default_factory=list)
    """Matched characters: {"term", "start", "end"}, offsets into `text`."""

    def as_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "label": self.label, "text": self.text, "score": round(self.score, 4),
            "highlights": self.highlights, "doc": self.doc, "start": self.start, "end": self.end,
        }


@dataclass
class Result:
    total: int
    """How many passages match; when CANDIDATES or more do, it may be a lower bound (`total_exact` false)."""
    hits: list[Hit]
    facets: dict[str, dict[str, int]] | None = None
    """Per facet field, value -> number of matching passages (among the best CANDIDATES), when asked for."""
    total_exact: bool = True

    def as_dict(self) -> dict:
        out: dict = {"total": self.total, "total_exact": self.total_exact, "hits": [h.as_dict() for h in self.hits]}
        if self.facets is not None:
            out["facets"] = self.facets
        return out


@lru_cache(maxsize=4096)
def _parts(word: str) -> tuple[str, ...]:
    """The pieces a word is matched by: itself, or its jieba tokens when it is not found whole."""
    return (word, *(t.text for t in chinese_analyzer()(word) if len(t.text) > 1 and t.text != word))


def _covers(word: str, hay: str) -> float:
    """1 when the word occurs as typed, a share when only some of its tokens do."""
    if word.replace(" ", "") in hay:
        return 1.0
    toks = _parts(word)[1:]
    return 0.5 * sum(t in hay for t in toks) / len(toks) if toks else 0.0


def highlights(text: str, words: list[str]) -> list[dict]:
    """Every occurrence of a query word (or, failing that, of its tokens) in the text, left to right.

    >>> highlights("推行湾长制", ["湾长"])
    [{'term': '湾长', 'start': 2, 'end': 4}]
    """
    spans: list[tuple[int, int, str]] = []
    low = text.lower()
    for w in words:
        for piece in [w.replace(" ", "")] if w.replace(" ", "") in low else _parts(w)[1:]:
            i = low.find(piece)
            while i >= 0 and piece:
                spans.append((i, i + len(piece), text[i : i + len(piece)]))
                i = low.find(piece, i + len(piece))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[dict] = []
    for a, b, term in spans:
        if out and a < out[-1]["end"]:
            continue  # overlapping matches: keep the longer, earlier one
        out.append({"term": term, "start": a, "end": b})
    return out


def search(
    index: SearchIndex,
    query: str,
    *,
    node_type: str | None = None,
    limit: int = 10,
    offset: int = 0,
    sort: str = "relevance",
    facets: bool = False,
) -> Result:
    """Rank passages for a query: passages holding more of the words first (a rarer word counting more, see
    `_rarity`), then by BM25 score.

    >>> search(SearchIndex(db), "湾长制 考核 type:measure", limit=5).hits[0].type   # doctest: +SKIP
    'measure'
    """
    if sort not in SORTS:
        raise BadQuery(f"unknown sort {sort!r}", f"sorts: {', '.join(SORTS)}")
    if limit < 1 or offset < 0:
        raise BadQuery("limit must be at least 1 and offset not negative")
    pq: ParsedQuery = parse(query, lexicon_of(index.engine).holding)
    n = max(CANDIDATES, offset + limit)
    # the stored fields of every candidate are read only when they can change the page
    fetch = offset + limit if pq.by_score and not facets and sort == "relevance" else n
    found, rows = _candidates(index, query, pq, node_type, n, fetch)
    if sort == "date":
        rows = sorted(rows, key=lambda x: (x[2].get("date") or "", x[0], x[1]), reverse=True)
    else:
        rows = sorted(rows, key=lambda x: (x[0], x[1]), reverse=True)
    hits = [
        Hit(f["id"], f["type"], f["label"], f["text"], score, f["doc"], int(f["start"]), int(f["end"]),
            highlights(f["text"], pq.words))
        for _cov, score, f in rows[offset : offset + limit]
    ]
    return Result(total=found.total, hits=hits, facets=_facets(r for _c, _s, r in rows) if facets else None,
                  total_exact=found.exact)


_Rows = list[tuple[float, float, dict]]
_answers: OrderedDict[tuple, tuple[Matches, _Rows]] = OrderedDict()
_answers_lock = threading.Lock()
_computing: dict[tuple, threading.Event] = {}
"""Answers being computed: a thread asking the same question waits for it instead of computing it again."""


def forget_answers() -> None:
    """Drop every remembered answer (a benchmark timing the search itself calls this)."""
    with _answers_lock:
        _answers.clear()


def _candidates(index: SearchIndex, query: str, pq: ParsedQuery, node_type: str | None, n: int,
                fetch: int) -> tuple[Matches, _Rows]:
    """The engine's matches and the best `n` (of them the first `fetch`) as (coverage, score, stored fields),
    remembered per index version.

    Researchers page through an answer, come back to it, and many ask the same questions; an answer is kept
    until the index changes (its generation is part of the key), so those cost a dictionary lookup.
    """
    key = (str(index.folder), index.generation(), query, node_type, n, fetch)
    with _answers_lock:
        if key in _answers:
            _answers.move_to_end(key)
            return _answers[key]
        running = _computing.get(key)
        if running is None:
            _computing[key] = threading.Event()
    if running is not None:
        running.wait()
        with _answers_lock:
            if key in _answers:
                return _answers[key]
        return _match(index, pq, node_type, n, fetch)  # the first asker failed: answer on our own
    try:
        answer = _match(index, pq, node_type, n, fetch)
        with _answers_lock:
            _answers[key] = answer
            while len(_answers) > ANSWERS_KEPT:
                _answers.popitem(last=False)
        return answer
    finally:
        with _answers_lock:
            _computing.pop(key).set()


def _match(index: SearchIndex, pq: ParsedQuery, node_type: str | None, n: int, fetch: int) -> tuple[Matches, _Rows]:
    """Whole words first; the character pairs too when whole words find fewer than `n` passages."""
    flt = pq.filter
    if node_type:
        flt = And((flt, Term("type", node_type))) if flt else Term("type", node_type)
    found = index.engine.match(pq.query, flt, pq.exclude, n, first=pq.first, fetch=fetch)
    hays = [" ".join((f.get("label", ""), f.get("text", ""), f.get("names", ""))).lower() for _s, f in found.hits]
    weights = _rarity(pq.words, hays)
    rows = [(sum(wt * _covers(w, hay) for w, wt in zip(pq.words, weights)), score, f)
            for (score, f), hay in zip(found.hits, hays)]
    return found, rows


def _rarity(words: list[str], hays: list[str]) -> list[float]:
    """How much holding each word counts in the coverage ranking: the fewer candidates hold it whole, the more
    (an inverse document frequency over the candidates). A rare word (垂改, written once) then outranks a common
    one that many passages hold, as a reader asking for both expects; with one word the order is the score's.

    >>> [round(w, 2) for w in _rarity(["垂改", "改革"], ["协调垂改事项", "改革", "改革进展", "深化改革"])]
    [1.1, 0.69]
    """
    if len(words) < 2:
        return [1.0] * len(words)
    n = len(hays)
    return [math.log(1 + n / (1 + sum(w.replace(" ", "") in h for h in hays))) for w in words]


def _facets(rows) -> dict[str, dict[str, int]]:  # noqa: ANN001 - stored-field dicts
    counts: dict[str, Counter] = {name: Counter() for name in FACET_FIELDS}
    for f in rows:
        for name in FACET_FIELDS:
            v = f.get(name)
            if v in (None, ""):
                continue
            for x in str(v).split(",") if name in {"unit", "place", "water"} else [str(v)]:
                counts[name][x] += 1
    return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in counts.items()}
