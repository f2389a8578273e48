"""The optional engine: tantivy (native code), fed the same jieba words and character pairs as whoosh.

Word and pair fields hold the segmenter's tokens joined by spaces and are split again by tantivy's whitespace
tokenizer, so index and query words agree exactly with the whoosh engine's; positions are consecutive, as
there, so phrases match alike. A passage's stored fields travel as one JSON value. The passage's parts (label,
text, names) stay three fields here, each its own BM25 with the part's boost applied to its clauses: a query
word in the one word field of the whoosh schema is asked in all three (tantivy scores every match natively, so
the one field's saving, a posting list per word instead of three, matters little here).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

import tantivy

from policykg.graph.errors import StoreBusy

from . import clauses as c
from .engine import Engine, Matches, first_then
from .passages import Passage
from .postings import pair_tokens, word_tokens
from .schema import GRAM_BOOST, GRAM_FIELDS, PARTS, WORD_FIELDS

WRITER_WAIT_S = 60.0
WRITER_HEAP = 64_000_000
#: Field boosts, as the whoosh schema's parts and pairs carry them (search/schema.py).
BOOSTS = {**dict(PARTS), **dict.fromkeys(GRAM_FIELDS, GRAM_BOOST)}
#: A word field of the query -> the fields it is asked in here.
_FIELDS = dict.fromkeys(WORD_FIELDS, tuple(part for part, _boost in PARTS))
_META = "meta.json"
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_OPEN_LOW, _OPEN_HIGH = -(2**62), 2**62


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    for name in ("id", "type", "doc", "date", "unit", "place", "water"):
        b.add_text_field(name, tokenizer_name="raw")
    for name in BOOSTS:
        b.add_text_field(name, tokenizer_name="whitespace")
    b.add_integer_field("year", indexed=True, fast=True)
    b.add_integer_field("date_key", indexed=True, fast=True)
    b.add_bytes_field("stored", stored=True)
    return b.build()


def date_key(date: str, high: bool = False) -> int | None:
    """An ISO date of any precision as a number ordered as the dates are; `high` fills missing parts upwards.

    >>> date_key("2021-03"), date_key("2021", high=True)
    (20210300, 20219999)
    """
    m = _DATE.match(date)
    if not m:
        return None
    fill = 99 if high else 0
    y, mo, d = m.groups()
    return int(y) * 10000 + (int(mo) if mo else fill) * 100 + (int(d) if d else fill)


def _stored(p: Passage) -> dict:
    return {
        "id": p.id, "type": p.type, "doc": p.doc, "label": p.label, "text": p.text, "names": " ".join(p.names),
        "start": p.start, "end": p.end, "date": p.date, "year": p.year, "pairs": p.pairs, "titled": p.titled,
        "unit": ",".join(x.replace(",", " ") for x in p.units),
        "place": ",".join(x.replace(",", " ") for x in p.places),
        "water": ",".join(x.replace(",", " ") for x in p.waters),
    }


class TantivyEngine(Engine):
    """A tantivy index in `folder`: one writer between processes (tantivy's lock file), searchers per thread."""

    def __init__(self, folder: Path, create: bool) -> None:
        self.folder = folder
        if not create and not (folder / _META).exists():
            raise FileNotFoundError(f"no tantivy index in {folder}")
        self.ix = tantivy.Index(_schema(), path=str(folder), reuse=False) if create else tantivy.Index.open(str(folder))
        self.schema = self.ix.schema
        self._bulk: tantivy.IndexWriter | None = None
        self._bulk_docs = 0
        self._bulk_every = 0
        self._local = threading.local()

    # writing

    def _writer(self) -> tantivy.IndexWriter:
        """A writer, once another process's writer is done; StoreBusy if it is not done in time."""
        deadline = time.monotonic() + WRITER_WAIT_S
        while True:
            try:
                return self.ix.writer(WRITER_HEAP, 1)
            except ValueError as e:
                if "LockBusy" not in str(e):
                    raise
                if time.monotonic() > deadline:
                    raise StoreBusy(f"the search index at {self.folder} is busy: another ingest is writing",
                                    "wait for it to finish, then run this again") from e
                time.sleep(0.05)

    @contextmanager
    def _one_writer(self) -> Iterator[tantivy.IndexWriter]:
        w = self._writer()
        try:
            yield w
        except BaseException:
            w.rollback()
            raise
        else:
            w.commit()
        finally:
            w.wait_merging_threads()

    @contextmanager
    def bulk(self, every: int) -> Iterator[None]:
        self._bulk, self._bulk_docs, self._bulk_every = self._writer(), 0, every
        try:
            yield
        except BaseException:
            self._bulk.rollback()
            raise
        else:
            self._bulk.commit()
        finally:
            self._bulk.wait_merging_threads()
            self._bulk = None

    def add(self, passages: list[Passage]) -> None:
        if self._bulk is not None:
            self._write(self._bulk, passages)
            self._bulk_docs += 1
            if self._bulk_docs >= self._bulk_every:
                self._bulk.commit()
                self._bulk_docs = 0
            return
        with self._one_writer() as w:
            self._write(w, passages)

    def _write(self, w: tantivy.IndexWriter, passages: list[Passage]) -> None:
        for p in passages:
            w.delete_documents_by_term("id", p.id)
            doc = tantivy.Document()
            doc.add_text("id", p.id)
            doc.add_text("type", p.type)
            doc.add_text("doc", p.doc)
            for name, value in (("label", p.label if p.titled else ""), ("text", p.text), ("names", " ".join(p.names))):
                if value:
                    doc.add_text(name, " ".join(word_tokens(value)))
            if p.text and p.pairs:
                doc.add_text("grams", " ".join(pair_tokens(p.text)))
            if p.date:
                doc.add_text("date", p.date)
                key = date_key(p.date)
                if key is not None:
                    doc.add_integer("date_key", key)
            if p.year:
                doc.add_integer("year", p.year)
            for name, values in (("unit", p.units), ("place", p.places), ("water", p.waters)):
                for v in values:
                    doc.add_text(name, v.replace(",", " "))
            doc.add_bytes("stored", json.dumps(_stored(p), ensure_ascii=False).encode())
            w.add_document(doc)

    def delete_document(self, doc_id: str) -> int:
        before = self._count(self._term("doc", doc_id))
        with self._one_writer() as w:
            w.delete_documents_by_term("doc", doc_id)
        return before

    def merge_from(self, other: Engine) -> None:
        if not isinstance(other, TantivyEngine):
            raise ValueError(f"{other.folder} is not a tantivy index")
        passages = [Passage(**{k: v for k, v in f.items() if k not in {"names", "unit", "place", "water"}},
                            names=tuple(f["names"].split(" ")) if f["names"] else (),
                            units=tuple(x for x in f["unit"].split(",") if x),
                            places=tuple(x for x in f["place"].split(",") if x),
                            waters=tuple(x for x in f["water"].split(",") if x))
                    for f in other.stored()]
        with self._one_writer() as w:
            self._write(w, passages)

    # reading

    def generation(self) -> Hashable:
        """The commit's meta file: every commit writes a new one in its place."""
        try:
            st = (self.folder / _META).stat()
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def searcher(self) -> tantivy.Searcher:
        """This thread's searcher, reloaded only when the index has changed since."""
        generation = self.generation()
        held = getattr(self._local, "searcher", None)
        if held is not None and held[0] == generation:
            return held[1]
        self.ix.reload()
        s = self.ix.searcher()
        self._local.searcher = (generation, s)
        return s

    def _term(self, field: str, text: str) -> tantivy.Query:
        return tantivy.Query.term_query(self.schema, field, text)

    def _count(self, q: tantivy.Query) -> int:
        return self.searcher().search(q, 1, count=True).count

    def documents(self) -> set[str]:
        terms = self.searcher().terms_with_prefix("doc", "", filter_query=tantivy.Query.all_query())
        return {t for t, n in terms if n > 0}

    def stored(self) -> Iterator[dict]:
        s = self.searcher()
        for _score, address in s.search(tantivy.Query.all_query(), max(1, s.num_docs), count=False).hits:
            yield json.loads(s.doc(address)["stored"][0].decode())

    def words(self) -> dict[str, int]:
        out: dict[str, int] = {}
        s = self.searcher()
        for f in _FIELDS[WORD_FIELDS[0]]:
            for w, n in s.terms_with_prefix(f, ""):
                out[w] = out.get(w, 0) + n
        return out

    def compile(self, clause: c.Clause) -> tantivy.Query:
        """The tantivy query for a clause of our query tree."""
        Q, occur = tantivy.Query, tantivy.Occur
        match clause:
            case c.Term(field, text) | c.Phrase(field, (text,)) if field in _FIELDS:
                return Q.boolean_query([(occur.Should, self.compile(c.Term(f, text))) for f in _FIELDS[field]])
            case c.Phrase(field, words) if field in _FIELDS:
                return Q.boolean_query([(occur.Should, self.compile(c.Phrase(f, words))) for f in _FIELDS[field]])
            case c.Term(field, text):
                return self._boosted(field, self._term(field, text))
            case c.Phrase(field, words):
                q = Q.phrase_query(self.schema, field, list(words)) if len(words) > 1 else self._term(field, words[0])
                return self._boosted(field, q)
            case c.And(parts):
                return Q.boolean_query([(occur.Must, self.compile(p)) for p in parts])
            case c.Or(parts):
                return Q.boolean_query([(occur.Should, self.compile(p)) for p in parts])
            case c.AndMaybe(required, optional):
                return Q.boolean_query([(occur.Must, self.compile(required)), (occur.Should, self.compile(optional))])
            case c.AndNot(positive, negative):
                return Q.boolean_query([(occur.Must, self.compile(positive)), (occur.MustNot, self.compile(negative))])
            case c.Every():
                return Q.all_query()
            case c.NumericRange(field, low, high):
                return Q.range_query(self.schema, field, tantivy.FieldType.Integer,
                                     _OPEN_LOW if low is None else low, _OPEN_HIGH if high is None else high)
            case c.TermRange("date", low, high):
                lo = date_key(low) if low else _OPEN_LOW
                hi = date_key(high, high=True) if high else _OPEN_HIGH
                if lo is None or hi is None:
                    return Q.empty_query()
                return Q.range_query(self.schema, "date_key", tantivy.FieldType.Integer, lo, hi)
            case c.Prefix(field, text):
                return Q.regex_query(self.schema, field, re.escape(text) + ".*")
            case c.Contains(field, text):
                return Q.regex_query(self.schema, field, ".*" + re.escape(text) + ".*")
        raise TypeError(f"not a query clause the tantivy engine knows: {clause!r}")

    @staticmethod
    def _boosted(field: str, q: tantivy.Query) -> tantivy.Query:
        boost = BOOSTS.get(field, 1.0)
        return q if boost == 1.0 else tantivy.Query.boost_query(q, boost)

    def match(self, query: c.Clause, filter: c.Clause | None, exclude: c.Clause | None, limit: int,
              first: tuple[c.Clause, ...] = (), fetch: int | None = None) -> Matches:
        return first_then(lambda q: self._match(q, filter, exclude, limit, fetch), query, first, limit)

    def _match(self, query: c.Clause, filter: c.Clause | None, exclude: c.Clause | None, limit: int,
               fetch: int | None) -> Matches:
        """The best passages by BM25, and the exact number of matches (tantivy counts them as it goes)."""
        occur = tantivy.Occur
        parts = [(occur.Must, self.compile(query))]
        if filter is not None:
            parts.append((occur.Must, tantivy.Query.const_score_query(self.compile(filter), 0.0)))
        if exclude is not None:
            parts.append((occur.MustNot, self.compile(exclude)))
        q = parts[0][1] if len(parts) == 1 else tantivy.Query.boolean_query(parts)
        s = self.searcher()
        result = s.search(q, limit, count=True)
        hits = [(float(score), json.loads(s.doc(address)["stored"][0].decode()))
                for score, address in result.hits[:fetch]]
        return Matches(result.count, hits, ranked=len(result.hits))
