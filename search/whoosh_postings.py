"""whoosh's postings read straight from its files, a block (128 postings) at a time.

whoosh-reloaded 2.7's codec (`W3LeafMatcher`) keeps each term's postings in blocks: a small header (the last
document number, the count) and a zlib-compressed pickle of (document-number gaps, weights, encoded positions).
Scoring needs only the first two; the positions are most of a block's bytes and of its unpickling, so a block
is decompressed and unpickled only up to where they start, and its positions only when a phrase checks one of
its documents. Postings in another shape raise `Unsupported` (the engine then asks whoosh's own searcher).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate
from pickle import loads

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import ListMatcher
from whoosh.searching import Searcher


class Unsupported(Exception):
    """Postings this module cannot read directly (another whoosh codec)."""


class Segment:
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


class Postings:
    """One term's postings in one segment, a block at a time: (last document number, loader of its data)."""

    def __init__(self, segment: Segment, field: str, word: str) -> None:
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
                part = without_positions(block.head(), count)
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


class BlockPositions:
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


def without_positions(raw: bytes, count: int) -> tuple[tuple, object] | None:
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


@lru_cache(maxsize=1 << 16)
def decode_positions(value: bytes) -> tuple[int, ...]:
    """whoosh's Positions encoding: a 4-byte count, then the pickled gaps between positions. Remembered: most
    words stand once or twice in a passage, so a phrase checking thousands of passages meets the same few
    encodings again and again."""
    return tuple(accumulate(loads(value[4:] if value.endswith(b".") else value[4:] + b".")))
