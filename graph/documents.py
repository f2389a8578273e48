"""A store's documents: their rows, their texts (normalized and as published) and what each one states."""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from typing import Any

from .errors import NotFound
from .model import Edge, Evidence, Node
from .rows import Rows
from .vocab import EdgeType, NodeType

#: Characters of normalized text a store keeps in memory to quote spans from (document_slices): the whole
#: 1000x benchmark corpus, 20 million characters, is about 40 MB.
TEXT_CACHE_CHARS = 32_000_000


class DocumentReads(Rows):
    """A store's reads of its documents."""

    _texts: OrderedDict[str, str]
    _texts_version: int

    def nodes_in_document(self, doc_id: str) -> list[Node]:
        """Nodes with evidence in one document (the document node included), with that document's evidence only.

        A shared unit or place has spans in most documents of a large corpus; `nodes(ids=…)` reads them all.
        """
        spans = self._document_spans(doc_id)
        rows = self._read(
            "SELECT id, type, label, aliases, attrs FROM nodes WHERE id IN (SELECT DISTINCT owner FROM evidence WHERE doc = ?) ORDER BY id",
            (doc_id,),
        )
        return [Node(r[0], NodeType(r[1]), r[2], json.loads(r[3]), json.loads(r[4]), spans.get(r[0], [])) for r in rows]

    def edges_in_document(self, doc_id: str) -> list[Edge]:
        """Edges with evidence in one document, with that document's evidence only (as `nodes_in_document`)."""
        spans = self._document_spans(doc_id)
        rows = self._read(
            "SELECT id, source, target, type, attrs FROM edges WHERE id IN (SELECT DISTINCT owner FROM evidence WHERE doc = ?) ORDER BY id",
            (doc_id,),
        )
        return [Edge(r[1], r[2], EdgeType(r[3]), json.loads(r[4]), spans.get(r[0], []), id=r[0]) for r in rows]

    def _document_spans(self, doc_id: str) -> dict[str, list[Evidence]]:
        out: dict[str, list[Evidence]] = defaultdict(list)
        for owner, start, end in self._read(
            'SELECT owner, start, "end" FROM evidence WHERE doc = ? ORDER BY start, "end"', (doc_id,)
        ):
            out[owner].append(Evidence(doc_id, start, end))
        return out

    def documents(self) -> list[dict[str, Any]]:
        rows = self._read("SELECT id, sha256, path, title, ingested_at FROM documents ORDER BY id")
        return [dict(zip(("id", "sha256", "path", "title", "ingested_at"), r)) for r in rows]

    def document_text(self, doc_id: str) -> str:
        rows = self._read("SELECT text FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        return str(rows[0][0])

    def document_slices(self, ranges: list[tuple[str, int, int]]) -> list[str]:
        """The characters start..end of each (document, start, end) of the normalized texts ("" for an unknown
        document). Texts are kept in memory (TEXT_CACHE_CHARS, least recently used out) until the store changes:
        an entity page quotes spans of a hundred documents, and SQLite reads a text's every page to slice it."""
        version = self.version
        with self._lock:
            if version != self._texts_version:
                self._texts.clear()
                self._texts_version = version
            missing = sorted({doc for doc, _, _ in ranges}.difference(self._texts))
        for i in range(0, len(missing), 200):
            chunk = missing[i : i + 200]
            rows = self._read(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            with self._lock:
                self._texts.update((doc, str(text)) for doc, text in rows)
        with self._lock:
            texts = {doc: self._texts[doc] for doc, _, _ in ranges if doc in self._texts}
            for doc in texts:
                self._texts.move_to_end(doc)
            held = sum(map(len, self._texts.values()))
            while held > TEXT_CACHE_CHARS and len(self._texts) > 1:
                held -= len(self._texts.popitem(last=False)[1])
        return [texts.get(doc, "")[max(0, start) : end] for doc, start, end in ranges]

    def document_original(self, doc_id: str) -> tuple[str, list[int]]:
        """The text as published and the map from normalized offsets into it."""
        rows = self._read("SELECT original, offsets FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        return str(rows[0][0]), json.loads(rows[0][1])
