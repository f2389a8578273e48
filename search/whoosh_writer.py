"""whoosh's segment writer with the postings filed term by term and written a block at a time.

whoosh's own writer sends every posting through its pool as a tuple (field, word, document, weight, value),
sorts them all at commit, and hands them one at a time to the codec's postings writer, which checks and
appends each to a block: at 400,000-odd postings per 0.6 MB of text that was most of an ingest's index time.
Here a document's postings go straight into one list per word as it is added (documents are numbered in
order, so each list is sorted already), and at commit each list is cut into blocks of whoosh's size whose
statistics are taken with builtins, then whoosh's own block writer pickles, compresses and files each one.
The files are whoosh's W3 format, byte for byte what its writer makes of the same documents (a test checks),
so whoosh's readers and search/whoosh_postings.py read them as before.

Passages replace those with the same id: one committed earlier (as `update_document` does) and, which
whoosh's writer cannot, one added earlier to the same uncommitted segment (a shared regulation's passage,
indexed again by every document of a bulk that names it).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable

from whoosh.analysis import CommaSeparatedTokenizer, IDTokenizer
from whoosh.fields import ID, KEYWORD, FieldType
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.writing import IndexingError, SegmentWriter

from .postings import PairPositions, PartPositions

Items = Iterable[tuple[str, int, float, bytes]]
_COMMAS = re.compile(r"[^,]+")


def direct_values(field: FieldType) -> Callable[[str], Items] | None:
    """What `field.index` yields for a value, words as text, made without whoosh's analyzer chain (a Token and
    a generator per filter, for fields holding one or a few words): our word and pair formats, an ID field, a
    comma-separated KEYWORD field. None for other fields (whoosh's own `index` then)."""
    fmt = field.format
    if isinstance(fmt, (PartPositions, PairPositions)):
        return fmt.word_values
    fb = fmt.field_boost if fmt else 1.0
    if isinstance(field, ID) and type(fmt) is Existence and type(field.analyzer) is IDTokenizer:
        return lambda value: ((value, 1, fb, b""),)
    if isinstance(field, KEYWORD) and type(fmt) is Frequency and field.analyzer == CommaSeparatedTokenizer():
        def keywords(value: str) -> Items:
            counts = Counter(w.strip() for w in _COMMAS.findall(value))
            return ((w, n, n * fb, pack_uint(n)) for w, n in counts.items())
        return keywords
    return None


class BulkWriter(SegmentWriter):
    """A whoosh SegmentWriter for the passage schema (no vectors, spelling fields or per-field boosts)."""

    def __init__(self, ix, **kwargs) -> None:  # noqa: ANN001 - a whoosh FileIndex
        super().__init__(ix, **kwargs)
        self._terms: dict[str, dict] = {name: {} for name in self.schema.names()}
        """Field -> word -> [(document number, weight, encoded value)], in document order."""
        self._direct = {name: direct_values(field) for name, field in self.schema.items()}
        """Field -> its words as text, where made directly (those fields' words are filed as text, then encoded)."""
        self._encoded = False
        self._numbers: dict[str, int] = {}
        """Passage id -> its document number in the segment being written."""
        self._readers: list[tuple] | None = None

    def update_document(self, **fields) -> None:
        """Add a passage, deleting any passage with the same id, committed or added to this writer before."""
        pid = fields["id"]
        earlier = self._numbers.get(pid)
        if earlier is not None:
            self.newsegment.delete_document(earlier)
        for reader, offset in self._committed():
            if ("id", pid) in reader:  # a lookup in the segment's term table: most passages are new
                for d in reader.postings("id", pid).all_ids():
                    self.delete_document(offset + d)
        self._numbers[pid] = self.docnum
        self.add_document(**fields)

    def _committed(self) -> list[tuple]:
        """(reader, first document number) of each committed segment (whoosh's `update_document` ran a query
        over all of them per passage)."""
        if self._readers is None:
            self._readers = [(leaf.reader(), offset) for leaf, offset in self.searcher().leaf_searchers()] \
                if self.segments else []
        return self._readers

    def add_document(self, **fields) -> None:
        self._check_state()
        if self._encoded:
            raise IndexingError("a document added after segments were merged into this writer")
        pdw, schema, docnum, terms = self.perdocwriter, self.schema, self.docnum, self._terms
        pdw.start_doc(docnum)
        try:
            for name in sorted(k for k in fields if not k.startswith("_")):
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    direct = self._direct[name]
                    items = direct(value) if direct else field.index(value)
                    lists, get, scorable = terms[name], terms[name].get, field.scorable
                    for word, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        postings = get(word)
                        if postings is None:
                            lists[word] = postings = []
                        postings.append((docnum, weight, vbytes))
                stored = fields.get(f"_stored_{name}", value)
                pdw.add_field(name, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    pdw.add_column_value(name, field.column_type, field.to_column_value(stored))
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self._added = True  # SegmentWriter's flag: the commit writes this segment
        self.docnum += 1

    def _by_bytes(self) -> dict[str, dict[bytes, list]]:
        """The words of every field as bytes (those made directly are kept as text while documents come in)."""
        if not self._encoded:
            for name, lists in self._terms.items():
                if self._direct[name]:
                    self._terms[name] = {w.encode("utf-8"): p for w, p in lists.items()}
            self._encoded = True
        return self._terms

    def add_postings_to_pool(self, reader, startdoc, docmap) -> None:  # noqa: ANN001 - a segment being merged in
        """A merged segment's postings, numbered after this writer's documents, appended to the same lists."""
        terms = self._by_bytes()
        for fieldname, btext, docnum, weight, vbytes in self._process_posts(reader.iter_postings(), startdoc, docmap):
            terms[fieldname].setdefault(btext, []).append((docnum, weight, vbytes))

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = self.per_document_reader()
        try:
            fw = self.fieldwriter
            for name, lists in sorted(self._by_bytes().items()):
                if not lists:
                    continue
                field = self.schema[name]
                lengths = _lengths(pdr, name) if field.scorable else None
                fw.start_field(name, field)
                for btext in sorted(lists):
                    fw.start_term(btext)
                    _write_term(fw._postwriter, lists[btext], lengths)  # noqa: SLF001
                    fw.finish_term()
                fw.finish_field()
            fw.close()
        finally:
            pdr.close()


def _lengths(pdr, field: str) -> list[int]:  # noqa: ANN001 - a whoosh per-document reader
    """Each document's length in a field, read once (whoosh's writer read it again for every posting)."""
    read = pdr.doc_field_length
    return [read(d, field, 0) for d in range(pdr.doc_count_all())]


def _write_term(pw, postings: list[tuple[int, float, bytes]], lengths: list[int] | None) -> None:  # noqa: ANN001
    """One word's postings into whoosh's postings writer (W3PostingsWriter), a block at a time: its buffers and
    statistics set as its `add_posting` would leave them, every block but the last written here, the last by
    the term's `finish_term`."""
    size = pw._blocklimit  # noqa: SLF001
    for start in range(0, len(postings), size):
        ids, weights, values = zip(*postings[start : start + size])
        pw._ids = array("I", ids)  # noqa: SLF001
        pw._weights = array("f", weights)  # noqa: SLF001
        pw._values = [v for v in values if v]  # noqa: SLF001
        pw._maxweight = max(0, max(weights))  # noqa: SLF001
        if lengths is None:
            pw._minlength, pw._maxlength = None, 0  # noqa: SLF001
        else:
            found = [n for n in map(lengths.__getitem__, ids) if n]
            pw._minlength = min(found) if found else None  # noqa: SLF001
            pw._maxlength = max(found) if found else 0  # noqa: SLF001
        if start + size < len(postings):
            pw._write_block()  # noqa: SLF001
