"""The default engine: whoosh, pure Python, with word and character-pair postings written straight from jieba
by our bulk writer (search/whoosh_writer.py) and scored by our own reader (search/whoosh_scoring.py)."""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher

from policykg.graph.errors import StoreBusy

from . import clauses as c
from .engine import Engine, Matches, first_then
from .passages import Passage
from .schema import WORD_FIELDS, passage_schema
from .whoosh_postings import Unsupported
from .whoosh_scoring import Evaluator
from .whoosh_writer import BulkWriter

WRITER_WAIT_S = 60.0


def compile_clause(clause: c.Clause) -> wq.Query:
    """The whoosh query for a clause of our query tree."""
    match clause:
        case c.Term(field, text):
            return wq.Term(field, text)
        case c.Phrase(field, words, whole) if whole:
            # matched as every word in a row, scored by the whole words alone, as search/whoosh_scoring.py does
            return wq.Require(wq.And([wq.Term(field, words[i]) for i in whole]), wq.Phrase(field, list(words)))
        case c.Phrase(field, words):
            return wq.Phrase(field, list(words))
        case c.And(parts):
            return wq.And([compile_clause(p) for p in parts])
        case c.Or(parts):
            return wq.Or([compile_clause(p) for p in parts])
        case c.AndMaybe(required, optional):
            return wq.AndMaybe(compile_clause(required), compile_clause(optional))
        case c.AndNot(positive, negative):
            return wq.AndNot(compile_clause(positive), compile_clause(negative))
        case c.Every():
            return wq.Every()
        case c.NumericRange(field, low, high):
            return wq.NumericRange(field, low, high)
        case c.TermRange(field, low, high):
            return wq.TermRange(field, low, (high + "\uffff") if high else None)
        case c.Prefix(field, text):
            return wq.Prefix(field, text)
        case c.Contains(field, text):
            return wq.Wildcard(field, f"*{text}*")
    raise TypeError(f"not a query clause: {clause!r}")


class WhooshEngine(Engine):
    """A whoosh index in `folder`. whoosh searchers are not shared between threads: each thread keeps its own."""

    def __init__(self, folder: Path, create: bool) -> None:
        self.folder = folder
        if not create and not whoosh_index.exists_in(folder):
            raise FileNotFoundError(f"no whoosh index in {folder}")
        self.ix: FileIndex = (whoosh_index.create_in(folder, passage_schema()) if create
                              else whoosh_index.open_dir(folder))
        self._bulk = None
        """The open writer while `bulk()` runs, and how many documents it holds uncommitted."""
        self._bulk_docs = 0
        self._bulk_every = 0
        self._local = threading.local()
        self._segment_words: dict[str, dict[str, int]] = {}
        """`words` of each segment read so far, by the segment's id."""

    def _writer(self):  # noqa: ANN202 - a whoosh writer
        """A writer, once another process's writer is done; StoreBusy if it is not done in time."""
        try:
            return BulkWriter(self.ix, timeout=WRITER_WAIT_S)
        except LockError as e:
            raise StoreBusy(f"the search index at {self.folder} is busy: another ingest is writing",
                            "wait for it to finish, then run this again") from e

    def generation(self) -> Hashable:
        """whoosh's generation number with its table of contents' time, as a rebuilt index counts from zero again."""
        gen = self.ix.latest_generation()
        try:
            return gen, self.ix.last_modified()
        except OSError:  # a commit replaced the file in between: ask again
            return self.generation()

    def searcher(self) -> Searcher:
        """This thread's searcher, reopened only when the index has changed since."""
        return self._reading()[0]

    def _reading(self) -> tuple[Searcher, Evaluator]:
        """This thread's searcher and its evaluator, reopened only when the index has changed since.

        Opening them reads every segment's files and field lengths, which costs more than a query itself.
        """
        generation = self.generation()
        held: tuple[Hashable, Searcher, Evaluator] | None = getattr(self._local, "searcher", None)
        if held is not None and held[0] == generation:
            return held[1], held[2]
        if held is not None:
            held[1].close()
        s = self.ix.searcher()
        ev = Evaluator(s, compile_clause)
        self._local.searcher = (generation, s, ev)
        return s, ev

    @contextmanager
    def bulk(self, every: int) -> Iterator[None]:
        self._bulk, self._bulk_docs, self._bulk_every = self._writer(), 0, every
        try:
            yield
        except BaseException:
            self._bulk.cancel()
            raise
        else:
            self._bulk.commit()
        finally:
            self._bulk = None

    def add(self, passages: list[Passage]) -> None:
        if self._bulk is not None:
            self._write(self._bulk, passages)
            self._bulk_docs += 1
            if self._bulk_docs >= self._bulk_every:
                self._bulk.commit()
                self._bulk, self._bulk_docs = self._writer(), 0
            return
        with self._writer() as w:
            self._write(w, passages)

    @staticmethod
    def _write(w, passages: list[Passage]) -> None:  # noqa: ANN001 - a whoosh writer
        for p in passages:
            names = " ".join(p.names)
            fields = dict(
                id=p.id, type=p.type, doc=p.doc, label=p.label, text=p.text, names=names,
                words=(p.label if p.titled else "", p.text, names), start=p.start, end=p.end,
                unit=",".join(x.replace(",", " ") for x in p.units),
                place=",".join(x.replace(",", " ") for x in p.places),
                water=",".join(x.replace(",", " ") for x in p.waters),
            )
            if p.pairs:
                fields["grams"] = p.text
            if p.date:
                fields["date"] = p.date
            if p.year:
                fields["year"] = p.year
            w.update_document(**fields)

    def delete_document(self, doc_id: str) -> int:
        with self._writer() as w:
            return int(w.delete_by_query(wq.Term("doc", doc_id)))

    def documents(self) -> set[str]:
        """A deletion leaves the document's term in the lexicon until its segment is merged away, so each term is
        kept only when a live passage still carries it."""
        with self.ix.searcher() as s:
            reader = s.reader()
            ids = (v.decode() if isinstance(v, bytes) else v for v in reader.lexicon("doc"))
            return {d for d in ids if reader.postings("doc", d).is_active()}

    def stored(self) -> Iterator[dict]:
        with self.ix.searcher() as s:
            yield from s.all_stored_fields()

    def words(self) -> dict[str, int]:
        """Read segment by segment, each segment's once (segments never change; a commit adds or merges some)."""
        held: dict[str, dict[str, int]] = {}
        out: dict[str, int] = {}
        for leaf, _offset in self.searcher().leaf_searchers():
            reader = leaf.reader()
            if not reader.doc_count_all():  # an empty index: no segment
                continue
            key = reader.segment().segment_id()
            words = self._segment_words.get(key)
            if words is None:
                words = {}
                for f in WORD_FIELDS:
                    for raw, info in reader.iter_field(f):
                        w = raw.decode("utf-8")
                        words[w] = words.get(w, 0) + info.doc_frequency()
            held[key] = words
            for w, n in words.items():
                out[w] = out.get(w, 0) + n
        self._segment_words = held
        return out

    def merge_from(self, other: Engine) -> None:
        if not isinstance(other, WhooshEngine):
            raise ValueError(f"{other.folder} is not a whoosh index")
        with self._writer() as w:
            w.add_reader(other.ix.reader())

    def match(self, query: c.Clause, filter: c.Clause | None, exclude: c.Clause | None, limit: int,
              first: tuple[c.Clause, ...] = (), fetch: int | None = None) -> Matches:
        """The best passages by whoosh's BM25F formula (over the one word field and the pair field), and how many
        match: exactly, unless phrases were checked only as far as the best needed or `first` found enough (see
        search/whoosh_scoring.py)."""
        s, ev = self._reading()
        try:
            total, exact, best = ev.top(query, ev.documents(filter) if filter else None,
                                        ev.documents(exclude) if exclude else None, limit, first)
        except Unsupported:
            return first_then(lambda q: self._whoosh_match(s, q, filter, exclude, limit), query, first, limit)
        return Matches(total, [(score, s.stored_fields(d)) for score, d in best[:fetch]], exact, len(best))

    @staticmethod
    def _whoosh_match(s: Searcher, query: c.Clause, filter: c.Clause | None, exclude: c.Clause | None,
                      limit: int) -> Matches:
        """whoosh's own search, for postings whoosh_scoring cannot read. Past `limit` its count of matches falls
        short of the true number, so the total is then a lower bound."""
        results = s.search(compile_clause(query), limit=limit, optimize=False,
                           filter=compile_clause(filter) if filter else None,
                           mask=compile_clause(exclude) if exclude else None)
        hits = [(float(r.score), r.fields()) for r in results]
        return Matches(max(len(results), len(hits)), hits, exact=len(hits) < limit)
