"""The whoosh index beside the store: open or create it, add and delete a document's passages.

Beside whoosh's files the folder holds `segmenter.txt` (which analysis built the index: an index built by
another one is emptied, and the ingest's repair step refills it) and `userdict.txt` (the entity names jieba
must keep whole, loaded again by every process that opens the index).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.query import Term

from policykg.graph.model import Edge, Node
from policykg.graph.vocab import NodeType

from .analyzer import SEGMENTER, add_words
from .passages import Passage, passages_for
from .schema import passage_schema

INDEX_DIR = "index"
SEGMENTER_FILE = "segmenter.txt"
USERDICT_FILE = "userdict.txt"
#: Entities whose names become user-dictionary words.
_DICTIONARY_TYPES = frozenset({NodeType.REGULATION, NodeType.BAY, NodeType.RIVER, NodeType.UNIT, NodeType.PLACE})


class SearchIndex:
    """The full-text index stored in `<db>/index`. Writers serialize on whoosh's lock; readers never wait.

    >>> ix = SearchIndex(tmp_path)                                      # doctest: +SKIP
    >>> ix.add_document(doc.id, text, nodes, edges)                     # doctest: +SKIP
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / INDEX_DIR
        self._ix: FileIndex | None = None

    @property
    def segmenter(self) -> str:
        f = self.folder / SEGMENTER_FILE
        return f.read_text(encoding="utf-8").strip() if f.exists() else ""

    @property
    def ix(self) -> FileIndex:
        if self._ix is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            if whoosh_index.exists_in(self.folder) and self.segmenter == SEGMENTER:
                self._load_userdict()
                self._ix = whoosh_index.open_dir(self.folder)
            else:
                self._create()
        return self._ix

    def _create(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self._ix = whoosh_index.create_in(self.folder, passage_schema())
        (self.folder / SEGMENTER_FILE).write_text(SEGMENTER + "\n", encoding="utf-8")

    def _load_userdict(self) -> None:
        f = self.folder / USERDICT_FILE
        if f.exists():
            add_words(f.read_text(encoding="utf-8").split("\n"))

    def _learn_names(self, nodes: list[Node]) -> None:
        names = {x for n in nodes if n.type in _DICTIONARY_TYPES for x in (n.label, *n.aliases)}
        new = add_words(sorted(names))
        if new:
            with (self.folder / USERDICT_FILE).open("a", encoding="utf-8") as f:
                f.write("".join(w + "\n" for w in new))

    def add_document(self, doc_id: str, text: str, nodes: list[Node], edges: list[Edge]) -> None:
        """Index one stored document: its nodes, with what its edges say about them (units, places, waters)."""
        ix = self.ix
        self._learn_names(nodes)
        self.add(passages_for(nodes, text, doc_id, edges), ix)

    def add(self, passages: list[Passage], ix: FileIndex | None = None) -> None:
        """Index the passages of one document in one commit (replacing any with the same ids)."""
        with (ix or self.ix).writer(timeout=60.0) as w:
            for p in passages:
                names = " ".join(p.names)
                fields = dict(
                    id=p.id, type=p.type, doc=p.doc, label=p.label, text=p.text, names=names,
                    grams=p.text, start=p.start, end=p.end,
                    unit=",".join(x.replace(",", " ") for x in p.units),
                    place=",".join(x.replace(",", " ") for x in p.places),
                    water=",".join(x.replace(",", " ") for x in p.waters),
                )
                if p.date:
                    fields["date"] = p.date
                if p.year:
                    fields["year"] = p.year
                w.update_document(**fields)

    def delete_document(self, doc_id: str) -> int:
        """Remove every passage of one document; returns how many."""
        with self.ix.writer(timeout=60.0) as w:
            return int(w.delete_by_query(Term("doc", doc_id)))

    def documents(self) -> set[str]:
        """Ids of the documents that have passages in the index."""
        with self.ix.searcher() as s:
            return {v.decode() if isinstance(v, bytes) else v for v in s.lexicon("doc")}
