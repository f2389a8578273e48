"""The whoosh index beside the store: open or create it, add and delete a document's passages."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.query import Term

from policykg.graph.model import Edge, Node

from .passages import Passage, passages_for
from .schema import passage_schema

INDEX_DIR = "index"


class SearchIndex:
    """The full-text index stored in `<db>/index`. Writers serialize on whoosh's lock; readers never wait."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / INDEX_DIR
        self._ix: FileIndex | None = None

    @property
    def ix(self) -> FileIndex:
        if self._ix is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            if whoosh_index.exists_in(self.folder):
                self._ix = whoosh_index.open_dir(self.folder)
            else:
                self._ix = whoosh_index.create_in(self.folder, passage_schema())
        return self._ix

    def add_document(self, doc_id: str, text: str, nodes: list[Node], edges: list[Edge]) -> None:
        """Index one stored document: its nodes, with what its edges say about them (units, places, waters)."""
        self.add(passages_for(nodes, text, doc_id))

    def add(self, passages: list[Passage]) -> None:
        """Index the passages of one document in one commit (replacing any with the same ids)."""
        with self.ix.writer(timeout=60.0) as w:
            for p in passages:
                w.update_document(
                    id=p.id, type=p.type, doc=p.doc, label=p.label, text=p.text,
                    start=p.start, end=p.end, **({"year": p.year} if p.year else {}),
                )

    def delete_document(self, doc_id: str) -> int:
        with self.ix.writer(timeout=60.0) as w:
            return int(w.delete_by_query(Term("doc", doc_id)))

    def documents(self) -> set[str]:
        """Ids of the documents that have passages in the index."""
        with self.ix.searcher() as s:
            return {v.decode() if isinstance(v, bytes) else v for v in s.lexicon("doc")}
