"""Our query tree evaluated term at a time over a whoosh index's postings, with whoosh's own BM25F scores.

whoosh walks a tree of matcher objects document by document, several Python calls per posting and field; a
word held by 15,000 passages of three fields cost 40-60 ms that way, and phrases of character pairs hundreds.
Here each term's postings are read a block at a time (one decompression and unpickling per 128 postings) and
scored with the same formula and statistics whoosh uses, into a plain dict of document number -> score; an
AND or a phrase reads its rarest part first and then only the blocks of the other parts that can hold one of
its documents. Every match is scored, so the number of matches is exact, and the best are taken with a heap.

Reading whoosh's blocks needs its codec's internals (whoosh-reloaded 2.7's `W3LeafMatcher`); a field whose
postings come in another shape makes `Unsupported` raise, and the engine asks whoosh's own searcher instead.
"""

from __future__ import annotations

import heapq
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate
from pickle import loads

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import ListMatcher
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from . import clauses as c

#: whoosh's BM25F defaults (whoosh.scoring.BM25F), which the index's searchers use.
B, K1 = 0.75, 1.2
_LENGTHS = [byte_to_length(b) for b in range(256)]

Scores = dict[int, float]


class Unsupported(Exception):
    """Postings this module cannot read directly (another whoosh codec)."""


class _Segment:
    """One segment's reader with what scoring reads from it for every posting: field lengths, deletions."""

    def __init__(self, searcher: Searcher, offset: int) -> None:
        self.reader = searcher.reader()
        self.offset = offset
        self.count = self.reader.doc_count_all()
        self._lengths: dict[str, bytes] = {}
        self.deleted = frozenset(self.reader.segment().deleted_docs()) if self.reader.has_deletions() else frozenset()

    def lengths(self, field: str) -> bytes:
        """Each document's length in the field, as whoosh stores it: one byte (a rounded length), read once."""
        raw = self._lengths.get(field)
        if raw is None:
            column = self.reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)  # noqa: SLF001
            if column is not None and getattr(column, "_fixedlen", None) != 1:
                raise Unsupported(f"the lengths of {field} are not one byte each")
            raw = column._dbfile.get(column._basepos, column._count) if column is not None else b""  # noqa: SLF001
            raw = self._lengths[field] = raw + bytes(self.count - len(raw))
        return raw


class _Postings:
    """One term's postings in one segment, a block at a time: (last document number, loader of its data)."""

    def __init__(self, segment: _Segment, field: str, word: str) -> None:
        m = segment.reader.postings(field, word)
        self.matcher = getattr(m, "child", m)  # past whoosh's wrapper that hides deleted documents
        if not isinstance(self.matcher, (W3LeafMatcher, ListMatcher)):
            raise Unsupported(type(self.matcher).__name__)

    def blocks(self) -> Iterator[tuple[int, Callable[[bool], tuple]]]:
        """(last document number, loader of (document numbers, weights, encoded positions)) per block; the
        loader leaves positions out (None) unless asked for them."""
        m = self.matcher
        if isinstance(m, ListMatcher):
            ids = list(m._ids)  # noqa: SLF001 - inlined postings of a rare term
            yield ids[-1], lambda _values: (ids, m._weights, m._values)  # noqa: SLF001
            return
        while True:
            yield m._maxid, self._loader(m._nextoffset - m._dataoffset, m._dataoffset, m._compression,  # noqa: SLF001
                                         m._blocklength)  # noqa: SLF001
            if m._lastblock:  # noqa: SLF001
                return
            m._goto(m._nextoffset)  # noqa: SLF001 - reads the next block's header only

    def _loader(self, length: int, offset: int, compressed: int, count: int) -> Callable[[bool], tuple]:
        postfile = self.matcher._postfile  # noqa: SLF001

        block = _Raw(postfile.get(offset, length), compressed)

        def load(values: bool) -> tuple[list[int], object, object]:
            if not values:
                part = _without_positions(block.head(), count)
                if part is not None:
                    return list(accumulate(part[0])), part[1], None
            ids, weights, vals = loads(block.whole())
            return list(accumulate(ids)), weights, vals

        return load


class _Raw:
    """A block's pickle, decompressed only as far as asked: its head (document numbers and weights come before
    the positions, several times their size) or the whole; kept while the query runs, as a phrase may come back
    for the positions."""

    __slots__ = ("_data", "_rest")

    #: Bytes decompressed at a time while looking for where the positions start.
    STEP = 2048

    def __init__(self, data: bytes, compressed: int) -> None:
        self._rest = zlib.decompressobj() if compressed else None
        self._data = self._rest.decompress(data, self.STEP) if self._rest else data

    def head(self) -> bytes:
        """At least the block up to where its positions start (or the whole, if they never do)."""
        while self._rest is not None and _POSITIONS not in self._data:
            self._more()
        return self._data

    def whole(self) -> bytes:
        while self._rest is not None:
            self._more()
        return self._data

    def _more(self) -> None:
        rest = self._rest
        if rest.unconsumed_tail:
            self._data += rest.decompress(rest.unconsumed_tail, self.STEP)
        else:
            self._data += rest.flush()
            self._rest = None


class _Block:
    """A block of postings whose positions are decoded when a phrase first checks one of its documents."""

    __slots__ = ("_load", "_offset", "_positions")

    def __init__(self, load: Callable[[bool], tuple], offset: int) -> None:
        self._load, self._offset = load, offset
        self._positions: dict[int, bytes] | None = None

    def positions(self, doc: int) -> bytes:
        """The encoded positions of the word in a document of the block (by its number in the index)."""
        if self._positions is None:
            ids, _weights, values = self._load(True)
            self._positions = dict(zip(map(self._offset.__add__, ids), values))
        return self._positions[doc]


#: How a block's pickle starts its positions: each value is bytes, which pickle protocol 2 rebuilds by a call to
#: `_codecs.encode`, one per posting: six times the cost of the block's document numbers and weights together.
_POSITIONS = b"(c_codecs\nencode\n"


def _without_positions(raw: bytes, count: int) -> tuple[tuple, object] | None:
    """A block's document-number gaps and weights, its pickle cut where the positions start (the block is a
    pickled (gaps, weights, positions) tuple); None when it is not laid out so."""
    cut = raw.find(_POSITIONS)
    if cut < 0:
        return None
    try:
        gaps, weights, _ = loads(raw[:cut] + b"N\x87.")  # None for the positions, TUPLE3, STOP
    except Exception:  # noqa: BLE001 - not the layout expected: read the whole block
        return None
    if not isinstance(gaps, tuple) or len(gaps) != count or (isinstance(weights, tuple) and len(weights) != count):
        return None
    return gaps, weights


def _positions(value: bytes) -> list[int]:
    """whoosh's Positions encoding: a 4-byte count, then the pickled gaps between positions."""
    return list(accumulate(loads(value[4:] if value.endswith(b".") else value[4:] + b".")))


class Evaluator:
    """Scores of the documents matching clauses of our query tree, over one whoosh searcher."""

    def __init__(self, searcher: Searcher, compile_clause: Callable[[c.Clause], wq.Query]) -> None:
        self.searcher = searcher
        self.compile = compile_clause
        self.segments = [_Segment(s, offset) for s, offset in searcher.leaf_searchers()]
        self.deleted = {d + seg.offset for seg in self.segments for d in seg.deleted}
        self._memo: dict[int, Scores] | None = None
        """While `top` runs: each clause's scores, by the clause's identity (what `_exact` adds up again)."""
        self._phrases: dict[int, list[tuple[int, dict[int, _Block]]]] | None = None
        """While `top` runs: the phrases counted as matched unchecked, with their words' encoded positions."""
        self._leaves: dict | None = None
        """While `top` runs: what each term and phrase read over the whole index, for the query after `first`."""
        self._held: dict[tuple[int, int], bool] | None = None
        """While `top` runs: which phrases were checked in which documents, and whether they hold."""

    # the public part

    def documents(self, clause: c.Clause) -> set[int]:
        """Numbers of the documents matching a filter clause (deleted ones among them: `top` leaves those out).

        whoosh expands a range, prefix or wildcard into the terms it covers; their postings are read here, as
        whoosh's own matchers took most of a filtered query's time.
        """
        return self._filter(self.compile(clause).simplify(self.searcher.reader()))

    def _filter(self, q: wq.Query) -> set[int]:
        if isinstance(q, wq.Term):
            return {d + seg.offset for seg, ids, _w, _l in self._blocks(q.fieldname, q.text, None) for d in ids}
        if isinstance(q, wq.Or):
            return set().union(*map(self._filter, q.subqueries))
        if isinstance(q, wq.And):
            return set.intersection(*map(self._filter, q.subqueries)) if q.subqueries else set()
        if isinstance(q, wq.ConstantScoreQuery):
            return self._filter(q.child)
        simpler = q.simplify(self.searcher.reader())
        if simpler != q:
            return self._filter(simpler)
        return set(self.searcher.docs_for_query(q))

    def top(self, query: c.Clause, allow: set[int] | None, deny: set[int] | None, limit: int,
            first: c.Clause | None = None) -> tuple[int, bool, list[tuple[float, int]]]:
        """(how many documents match, whether that count is exact, the best `limit` as (score, document number)),
        ties by document number as whoosh orders them. With `first`, that narrower query is asked first, and
        `query` only when it finds fewer than `limit` (the words both share are read once).

        A phrase's score is the sum of its words' scores, so the documents holding all its words are scored
        without their positions: an upper bound of a document's score, exact when its phrases hold. Documents
        are then taken best first, each one's phrases checked once (when one fails, the document goes back with
        what remains of its score), until `limit` hold. Only when every candidate was checked is the count
        exact; otherwise it is the number checked and found, a lower bound.
        """
        self._leaves, self._held = {}, {}
        try:
            if first is not None:
                total, exact, best = self._top(first, allow, deny, limit)
                if len(best) >= limit:
                    return total, False, best
            return self._top(query, allow, deny, limit)
        finally:
            self._memo = self._phrases = self._leaves = self._held = None

    def _top(self, query: c.Clause, allow: set[int] | None, deny: set[int] | None, limit: int) -> tuple[int, bool, list[tuple[float, int]]]:
        self._memo, self._phrases = {}, {}
        # a filter holding many documents is cheaper applied to the scores than checked at every posting
        few = allow is not None and len(allow) < self.searcher.doc_count_all() // 8
        scores = self.scores(query, allow if few else None, bounds=True)
        if allow is not None and not few:
            scores = {d: s for d, s in scores.items() if d in allow}
        for d in self.deleted:
            scores.pop(d, None)
        if deny:
            for d in deny if len(deny) < len(scores) else [d for d in scores if d in deny]:
                scores.pop(d, None)
        if not self._phrases:
            return len(scores), True, _best(scores, limit)
        heap = [(-s, d) for d, s in scores.items()]
        heapq.heapify(heap)
        checked: set[int] = set()
        out: list[tuple[float, int]] = []
        while heap and len(out) < limit:
            bound, d = heapq.heappop(heap)
            if d in checked:
                out.append((-bound, d))
                continue
            checked.add(d)
            exact = self._exact(query, d)
            if exact is None:
                continue
            if exact >= -bound:
                out.append((exact, d))
            else:
                heapq.heappush(heap, (-exact, d))
        found = len(out) + sum(1 for _b, d in heap if d in checked)
        return found, not heap, out

    def scores(self, clause: c.Clause, within: set[int] | None = None, bounds: bool = False) -> Scores:
        """Document number -> score for the documents matching `clause` (only those in `within`, when given).

        With `bounds`, phrases outside exclusions count as matched wherever all their words are (see `top`).
        """
        out = self._scores(clause, within, bounds)
        if self._memo is not None:
            self._memo[id(clause)] = out
        return out

    def _scores(self, clause: c.Clause, within: set[int] | None, bounds: bool) -> Scores:
        match clause:
            case c.Term(field, text) if self._scored(field):
                return self._term(field, text, within)
            case c.Phrase(field, words) if self._scored(field):
                return self._phrase(clause, within, bounds)
            case c.Or(parts):
                out: Scores = {}
                for p in parts:
                    _add(out, self.scores(p, within, bounds))
                return out
            case c.And(parts):
                ordered = sorted(parts, key=self.estimate)
                out = dict(self.scores(ordered[0], within, bounds))
                for p in ordered[1:]:
                    if not out:
                        break
                    more = self.scores(p, set(out), bounds)
                    out = {d: s + more[d] for d, s in out.items() if d in more}
                return out
            case c.AndMaybe(required, optional):
                out = dict(self.scores(required, within, bounds))
                if out:
                    more = self.scores(optional, set(out), bounds)
                    for d, s in more.items():
                        out[d] += s
                return out
            case c.AndNot(positive, negative):
                out = dict(self.scores(positive, within, bounds))
                if out:
                    for d in self.scores(negative, set(out)):
                        out.pop(d, None)
                return out
            case c.Every():
                live = (d + seg.offset for seg in self.segments for d in range(seg.count) if d not in seg.deleted)
                return dict.fromkeys((d for d in live if within is None or d in within), 1.0)
        if within is not None:
            return dict.fromkeys(self.documents(clause) & within, 1.0)
        return dict.fromkeys(self.documents(clause), 1.0)

    def _exact(self, clause: c.Clause, d: int) -> float | None:
        """A candidate's score with its phrases checked; None when it does not match after all."""
        bound = self._memo.get(id(clause), {}).get(d)
        if bound is None:  # not even all the words: no match (or a part of an AND never read, as it was empty)
            return None
        match clause:
            case c.Phrase() if id(clause) in self._phrases:
                return bound if self._holds(clause, d) else None
            case c.Or(parts):
                found = [x for x in (self._exact(p, d) for p in parts) if x is not None]
                return sum(found) if found else None
            case c.And(parts):
                found = [self._exact(p, d) for p in parts]
                return None if None in found else sum(found)
            case c.AndMaybe(required, optional):
                r = self._exact(required, d)
                return None if r is None else r + (self._exact(optional, d) or 0.0)
            case c.AndNot(positive, _negative):
                return self._exact(positive, d)
        return bound

    def estimate(self, clause: c.Clause) -> int:
        """About how many documents a clause matches (postings counts), to read the rarest part first."""
        match clause:
            case c.Term(field, text):
                return self.searcher.doc_frequency(field, text)
            case c.Phrase(field, words):
                return min(self.searcher.doc_frequency(field, w) for w in words)
            case c.Or(parts):
                return sum(map(self.estimate, parts))
            case c.And(parts):
                return min(map(self.estimate, parts))
            case c.AndMaybe(required, _) | c.AndNot(required, _):
                return self.estimate(required)
        return self.searcher.doc_count_all()

    # terms and phrases

    def _scored(self, field: str) -> bool:
        return field in self.searcher.schema and self.searcher.schema[field].scorable

    def _statistics(self, field: str, word: str) -> tuple[float, float]:
        """The term's idf and the field's average length, from the whole index as whoosh takes them."""
        s = self.searcher
        return s.idf(field, word), s.avg_field_length(field) or 1

    def _term(self, field: str, word: str, within: set[int] | None, values: dict[int, _Block] | None = None) -> Scores:
        """The term's scores; with `values`, each matching document's block is put there too (its positions)."""
        if (field, word) not in self.searcher.reader():
            return {}
        if within is None and self._leaves is not None:
            key = (field, word, values is not None)
            if key not in self._leaves:
                kept: dict[int, _Block] | None = {} if values is not None else None
                self._leaves[key] = (self._read_term(field, word, None, kept), kept)
            scores, kept = self._leaves[key]
            if values is not None:
                values.update(kept)
            return scores
        return self._read_term(field, word, within, values)

    def _read_term(self, field: str, word: str, within: set[int] | None, values: dict[int, _Block] | None) -> Scores:
        """BM25 depends on a posting's weight and its document's length byte only: a block whose weights are
        all alike looks its scores up in a table per weight instead of computing them per posting."""
        idf, avg = self._statistics(field, word)
        k = K1 + 1
        norms = [K1 * ((1 - B) + B * _LENGTHS[b] / avg) for b in range(256)]
        tables: dict[float, list[float]] = {}

        def table(w: float) -> list[float]:
            t = tables.get(w)
            if t is None:
                t = tables[w] = [idf * ((w * k) / (w + n)) for n in norms]
            return t

        out: Scores = {}
        for seg, ids, weights, load in self._blocks(field, word, within):
            lengths, docs = seg.lengths(field), list(map(seg.offset.__add__, ids))
            if within is not None:
                keep = [n for n, g in enumerate(docs) if g in within]
                if len(keep) < len(docs):
                    ids, docs = [ids[n] for n in keep], [docs[n] for n in keep]
                    if isinstance(weights, tuple | list):
                        weights = [weights[n] for n in keep]
            if weights is None or isinstance(weights, float):
                t = table(weights or 1.0)
                out.update(zip(docs, map(t.__getitem__, map(lengths.__getitem__, ids))))
            else:
                out.update(zip(docs, [idf * ((w * k) / (w + norms[lengths[d]])) for d, w in zip(ids, weights)]))
            if values is not None:
                values.update(dict.fromkeys(docs, _Block(load, seg.offset)))
        return out

    def _phrase(self, clause: c.Phrase, within: set[int] | None, bounds: bool) -> Scores:
        """Documents holding the words at consecutive positions, scored as whoosh scores a phrase: the sum of
        its words' scores. With `bounds`, every document holding all the words (`_holds` checks one later).

        The words are read rarest first, each next one only where the ones before are; positions cost an
        unpickling per document and word, most of a phrase's time, so they are decoded last, for as few
        documents as can be.
        """
        field, words = clause.field, clause.words
        reader = self.searcher.reader()
        if any((field, w) not in reader for w in words):
            return {}
        if len(words) == 1:
            return self._term(field, words[0], within)
        if bounds and within is None and self._leaves is not None:
            key = (field, words)
            if key not in self._leaves:
                self._leaves[key] = self._phrase_bounds(field, words, within)
            scores, values = self._leaves[key]
        else:
            scores, values = self._phrase_bounds(field, words, within)
        if bounds:
            if scores:
                self._phrases[id(clause)] = values
            return scores
        return {d: s for d, s in scores.items() if _aligned(values, d)}

    def _phrase_bounds(self, field: str, words: tuple[str, ...], within: set[int] | None) -> tuple[Scores, list]:
        """The documents holding every word with the phrase's score, and each word's positions in them."""
        order = sorted(range(len(words)), key=lambda i: self.searcher.doc_frequency(field, words[i]))
        scores: Scores = {}
        values: list[tuple[int, dict[int, _Block]]] = []
        for i in order:
            values.append((i, {}))
            more = self._term(field, words[i], set(scores) if scores else within, values[-1][1])
            scores = {d: s + more[d] for d, s in scores.items() if d in more} if scores else more
            if not scores:
                break
        return scores, values

    def _holds(self, clause: c.Phrase, d: int) -> bool:
        values = self._phrases[id(clause)]
        key = (id(values), d)
        if key not in self._held:
            self._held[key] = _aligned(values, d)
        return self._held[key]

    def _blocks(self, field: str, word: str, within: set[int] | None) -> Iterator[tuple[_Segment, list[int], object, Callable[[bool], tuple]]]:
        """The term's postings, block by block (skipping blocks holding none of `within` when it is small): the
        segment, document numbers in it, weights as whoosh keeps them (None: all 1, a float: all alike, else one
        each) and the block's loader (to read its positions when a phrase needs them)."""
        for seg in self.segments:
            if (field, word) not in seg.reader:
                continue
            wanted = None
            if within is not None and len(within) < seg.count // 8:
                wanted = sorted(d - seg.offset for d in within if seg.offset <= d < seg.offset + seg.count)
                if not wanted:
                    continue
            low = -1
            for last, load in _Postings(seg, field, word).blocks():
                if wanted is not None and bisect_right(wanted, last) == bisect_left(wanted, low + 1):
                    low = last
                    continue
                low = last
                ids, weights, _ = load(False)
                yield seg, ids, weights, load


def _best(scores: Scores, limit: int) -> list[tuple[float, int]]:
    """The `limit` best (score, document), ties by document number: the cut-off score is found among bare
    floats first, so only the documents at or above it are sorted."""
    if len(scores) <= limit:
        return sorted(((s, d) for d, s in scores.items()), key=lambda x: (-x[0], x[1]))
    cut = heapq.nlargest(limit, scores.values())[-1]
    return sorted([(s, d) for d, s in scores.items() if s >= cut], key=lambda x: (-x[0], x[1]))[:limit]


def _aligned(values: list[tuple[int, dict[int, _Block]]], d: int) -> bool:
    """Whether a document's positions of each word (index in the phrase, document -> encoded positions) put
    the words one after the other somewhere."""
    starts: set[int] | None = None
    for i, vals in values:
        at = {p - i for p in _positions(vals[d].positions(d))}
        starts = at if starts is None else starts & at
        if not starts:
            return False
    return True


def _add(out: Scores, more: Scores) -> None:
    if not out:
        out.update(more)
        return
    get = out.get
    for d, s in more.items():
        out[d] = get(d, 0.0) + s

