"""Our query tree evaluated term at a time over a whoosh index's postings, with whoosh's own BM25F scores.

whoosh walks a tree of matcher objects document by document, several Python calls per posting and field; a
word held by 15,000 passages of three fields cost 40-60 ms that way, and phrases of character pairs hundreds.
Here each term's postings are read a block at a time (one decompression and unpickling per 128 postings) and
scored with the same formula and statistics whoosh uses, into a plain dict of document number -> score; an
AND or a phrase reads its rarest part first and then only the blocks of the other parts that can hold one of
its documents. Every match is scored, so the number of matches is exact, and the best are taken with a heap.

The blocks are read by search/whoosh_postings.py; postings in another shape raise `Unsupported` there, and the
engine asks whoosh's own searcher instead.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from whoosh import query as wq
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from . import clauses as c
from .whoosh_postings import BlockPositions, Postings, Segment, decode_positions

#: whoosh's BM25F defaults (whoosh.scoring.BM25F), which the index's searchers use.
B, K1 = 0.75, 1.2
_LENGTHS = [byte_to_length(b) for b in range(256)]

Scores = dict[int, float]


class Evaluator:
    """Scores of the documents matching clauses of our query tree, over one whoosh searcher."""

    def __init__(self, searcher: Searcher, compile_clause: Callable[[c.Clause], wq.Query]) -> None:
        self.searcher = searcher
        self.compile = compile_clause
        self.segments = [Segment(s, offset) for s, offset in searcher.leaf_searchers()]
        self.deleted = {d + seg.offset for seg in self.segments for d in seg.deleted}
        self._memo: dict[int, Scores] | None = None
        """While `top` runs: each clause's scores, by the clause's identity (what `_exact` adds up again)."""
        self._phrases: dict[int, list[tuple[int, dict[int, BlockPositions]]]] | None = None
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
            first: tuple[c.Clause, ...] = ()) -> tuple[int, bool, list[tuple[float, int]]]:
        """(how many documents match, whether that count is exact, the best `limit` as (score, document number)),
        ties by document number as whoosh orders them. The narrower queries of `first` are asked first, in turn,
        and `query` only when none finds `limit` (the words they share are read once).

        A phrase's score is the sum of its words' scores, so the documents holding all its words are scored
        without their positions: an upper bound of a document's score, exact when its phrases hold. Documents
        are then taken best first, each one's phrases checked once (when one fails, the document goes back with
        what remains of its score), until `limit` hold. Only when every candidate was checked is the count
        exact; otherwise it is the number checked and found, a lower bound.
        """
        self._leaves, self._held = {}, {}
        try:
            for narrower in first:
                total, exact, best = self._top(narrower, allow, deny, limit)
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
        for d in scores.keys() & self.deleted:  # the intersection in C: a replaced shared passage leaves many
            del scores[d]
        if deny:
            for d in deny if len(deny) < len(scores) else [d for d in scores if d in deny]:
                scores.pop(d, None)
        if not self._phrases:
            return len(scores), True, _best(scores, limit)
        # the best bounds only, while they last: the best hundred are mostly among a few hundred candidates of
        # tens of thousands; the others join the heap when its best falls below theirs
        below = heapq.nlargest(4 * limit, scores.values())[-1] if len(scores) > 4 * limit else None
        heap = [(-s, d) for d, s in scores.items() if below is None or s >= below]
        heapq.heapify(heap)
        checked: set[int] = set()
        out: list[tuple[float, int]] = []
        back = 0  # checked candidates put back with their exact score, still in the heap
        while len(out) < limit:
            if below is not None and (not heap or -heap[0][0] < below):
                heap += [(-s, d) for d, s in scores.items() if s < below]
                heapq.heapify(heap)
                below = None
            if not heap:
                break
            bound, d = heapq.heappop(heap)
            if d in checked:
                out.append((-bound, d))
                back -= 1
                continue
            checked.add(d)
            exact = self._exact(query, d)
            if exact is None:
                continue
            if exact >= -bound:
                out.append((exact, d))
            else:
                heapq.heappush(heap, (-exact, d))
                back += 1
        return len(out) + back, not heap and below is None, out

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

    def _term(self, field: str, word: str, within: set[int] | None, values: dict[int, BlockPositions] | None = None) -> Scores:
        """The term's scores; with `values`, each matching document's block is put there too (its positions)."""
        if (field, word) not in self.searcher.reader():
            return {}
        if within is None and self._leaves is not None:
            key = (field, word, values is not None)
            if key not in self._leaves:
                kept: dict[int, BlockPositions] | None = {} if values is not None else None
                self._leaves[key] = (self._read_term(field, word, None, kept), kept)
            scores, kept = self._leaves[key]
            if values is not None:
                values.update(kept)
            return scores
        return self._read_term(field, word, within, values)

    def _read_term(self, field: str, word: str, within: set[int] | None, values: dict[int, BlockPositions] | None) -> Scores:
        """BM25 depends on a posting's weight and its document's length byte only: a block whose weights are
        all alike, or any block of a term with many postings (whose weights are a few sums of boosts), looks
        its scores up in a table per weight instead of computing them per posting."""
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
        many = self.searcher.doc_frequency(field, word) > 16 * 128
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
            elif many:
                for w in set(weights) - tables.keys():
                    table(w)
                out.update(zip(docs, [tables[w][lengths[d]] for d, w in zip(ids, weights)]))
            else:
                out.update(zip(docs, [idf * ((w * k) / (w + norms[lengths[d]])) for d, w in zip(ids, weights)]))
            if values is not None:
                values.update(dict.fromkeys(docs, BlockPositions(load, seg.offset)))
        return out

    def _phrase(self, clause: c.Phrase, within: set[int] | None, bounds: bool) -> Scores:
        """Documents holding the words at consecutive positions, scored as whoosh scores a phrase: the sum of
        its words' scores. With `bounds`, every document holding all the words (`_holds` checks one later).
        Only the phrase's whole words are read, each checked at its place (`Phrase.whole`): their pieces stand
        before them wherever they do, and a phrase of one whole word (生态环境, cut 生态 环境 生态环境) is that word.

        The words are read rarest first, each next one only where the ones before are; positions cost an
        unpickling per document and word, most of a phrase's time, so they are decoded last, for as few
        documents as can be.
        """
        field, at = clause.field, clause.whole or tuple(range(len(clause.words)))
        words = tuple(clause.words[i] for i in at)
        reader = self.searcher.reader()
        if any((field, w) not in reader for w in words):
            return {}
        if len(words) == 1:
            return self._term(field, words[0], within)
        if bounds and within is None and self._leaves is not None:
            key = (field, words, at)
            if key not in self._leaves:
                self._leaves[key] = self._phrase_bounds(field, words, at, within)
            scores, values = self._leaves[key]
        else:
            scores, values = self._phrase_bounds(field, words, at, within)
        if bounds:
            if scores:
                self._phrases[id(clause)] = values
            return scores
        return {d: s for d, s in scores.items() if _aligned(values, d)}

    def _phrase_bounds(self, field: str, words: tuple[str, ...], at: tuple[int, ...], within: set[int] | None) -> tuple[Scores, list]:
        """The documents holding every word with the phrase's score, and each word's positions in them (with the
        word's place in the phrase, `at`)."""
        order = sorted(range(len(words)), key=lambda i: self.searcher.doc_frequency(field, words[i]))
        scores: Scores = {}
        values: list[tuple[int, dict[int, BlockPositions]]] = []
        for i in order:
            values.append((at[i], {}))
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

    def _blocks(self, field: str, word: str, within: set[int] | None) -> Iterator[tuple[Segment, list[int], object, Callable[[bool], tuple]]]:
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
            for last, load in Postings(seg, field, word).blocks():
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


def _aligned(values: list[tuple[int, dict[int, BlockPositions]]], d: int) -> bool:
    """Whether a document's positions of each word (place in the phrase, document -> encoded positions) put
    every word at its place from one start somewhere."""
    starts: set[int] | None = None
    for i, vals in values:
        at = {p - i for p in decode_positions(vals[d].positions(d))}
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

