"""The whoosh index beside the store: open or create it, add and delete a document's passages.

Beside whoosh's files the folder holds `segmenter.txt` (which analysis built the index: an index built by
another one is emptied, and the ingest's repair step refills it) and `userdict.txt` (the entity names jieba
must keep whole, loaded again by every process that opens the index).
"""

from __future__ import annotations

import shutil
import threading

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.query import Term

from policykg.graph.errors import StoreBusy
from policykg.graph.model import Edge, Node
from policykg.graph.vocab import NodeType

from .analyzer import SEGMENTER, add_words
from .passages import Passage, passages_for
from .schema import passage_schema

INDEX_DIR = "index"
SEGMENTER_FILE = "segmenter.txt"
USERDICT_FILE = "userdict.txt"
CREATION_LOCK = "index.lock"
"""Beside the index folder (which a rebuild removes): held while a process opens, creates or rebuilds the index,
so two processes starting on a new store never build it over each other."""
WRITER_WAIT_S = 60.0
#: Entities whose names become user-dictionary words.
_DICTIONARY_TYPES = frozenset({NodeType.REGULATION, NodeType.BAY, NodeType.RIVER, NodeType.UNIT, NodeType.PLACE})


def dictionary_names(nodes: list[Node]) -> list[str]:
    """The names among these nodes that jieba must keep whole (regulations, units, places, waters)."""
    return sorted({x for n in nodes if n.type in _DICTIONARY_TYPES for x in (n.label, *n.aliases)})


class SearchIndex:
    """The full-text index stored in `<db>/index`. Writers serialize on whoosh's lock; readers never wait.

    >>> ix = SearchIndex(tmp_path)                                      # doctest: +SKIP
    >>> ix.add_document(doc.id, text, nodes, edges)                     # doctest: +SKIP
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / INDEX_DIR
        self._ix: FileIndex | None = None
        self._bulk = None
        """The open whoosh writer while `bulk()` runs, and how many documents it holds uncommitted."""
        self._bulk_docs = 0
        self._bulk_every = 0
        self._local = threading.local()

    @property
    def segmenter(self) -> str:
        f = self.folder / SEGMENTER_FILE
        return f.read_text(encoding="utf-8").strip() if f.exists() else ""

    @property
    def ix(self) -> FileIndex:
        if self._ix is None:
            with _creation_lock(self.folder.parent / CREATION_LOCK):
                self.folder.mkdir(parents=True, exist_ok=True)
                if whoosh_index.exists_in(self.folder) and self.segmenter == SEGMENTER:
                    self._load_userdict()
                    self._ix = whoosh_index.open_dir(self.folder)
                else:
                    self._create()
        return self._ix

    def _writer(self, ix: FileIndex | None = None):  # noqa: ANN202 - a whoosh writer
        """A writer, once another process's writer is done; StoreBusy if it is not done in time."""
        try:
            return (ix or self.ix).writer(timeout=WRITER_WAIT_S)
        except LockError as e:
            raise StoreBusy(f"the search index at {self.folder} is busy: another ingest is writing",
                            "wait for it to finish, then run this again") from e

    def _create(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self._ix = whoosh_index.create_in(self.folder, passage_schema())
        (self.folder / SEGMENTER_FILE).write_text(SEGMENTER + "\n", encoding="utf-8")

    def generation(self) -> tuple[int, float]:
        """Changed by every commit: what a cached searcher or answer is checked against.

        whoosh's generation number with its table of contents' time, since an index rebuilt from scratch
        counts generations from zero again.
        """
        ix = self.ix
        gen = ix.latest_generation()
        try:
            return gen, ix.last_modified()
        except OSError:  # a commit replaced the file in between: ask again
            return self.generation()

    def searcher(self) -> Searcher:
        """This thread's searcher, reopened only when the index has changed since.

        Opening one reads every segment's files, which cost more than a query itself; whoosh searchers are not
        shared between threads, so each server thread keeps its own.
        """
        generation = self.generation()
        held: tuple[tuple[int, float], Searcher] | None = getattr(self._local, "searcher", None)
        if held is not None and held[0] == generation:
            return held[1]
        if held is not None:
            held[1].close()
        s = self.ix.searcher()
        self._local.searcher = (generation, s)
        return s

    def userdict(self) -> list[str]:
        """The words this index's documents taught jieba."""
        f = self.folder / USERDICT_FILE
        return [w for w in f.read_text(encoding="utf-8").split("\n") if w] if f.exists() else []

    def _load_userdict(self) -> None:
        add_words(self.userdict())

    def _learn_names(self, nodes: list[Node]) -> None:
        new = add_words(dictionary_names(nodes))
        if new:
            with (self.folder / USERDICT_FILE).open("a", encoding="utf-8") as f:
                f.write("".join(w + "\n" for w in new))

    def add_document(self, doc_id: str, text: str, nodes: list[Node], edges: list[Edge]) -> None:
        """Index one stored document: its nodes, with what its edges say about them (units, places, waters)."""
        ix = self.ix
        self._learn_names(nodes)
        self.add(passages_for(nodes, text, doc_id, edges), ix)

    @contextmanager
    def bulk(self, every: int = 50) -> Iterator[None]:
        """Keep one writer open for many documents, committing every `every` documents and at the end.

        Each commit writes a segment (every term's postings block) and may merge the small segments before it;
        one per document made that work grow with the number of documents. Documents stored but not yet
        committed here when a run is cut are restored by the next ingest's repair step.
        """
        ix = self.ix
        self._bulk, self._bulk_docs, self._bulk_every = self._writer(ix), 0, every
        try:
            yield
        except BaseException:
            self._bulk.cancel()
            raise
        else:
            self._bulk.commit()
        finally:
            self._bulk = None

    def add(self, passages: list[Passage], ix: FileIndex | None = None) -> None:
        """Index the passages of one document (replacing any with the same ids): one commit, or bulk's next."""
        if self._bulk is not None:
            self._write(self._bulk, passages)
            self._bulk_docs += 1
            if self._bulk_docs >= self._bulk_every:
                self._bulk.commit()
                self._bulk, self._bulk_docs = self._writer(), 0
            return
        with self._writer(ix) as w:
            self._write(w, passages)

    @staticmethod
    def _write(w, passages: list[Passage]) -> None:  # noqa: ANN001 - a whoosh writer
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

    def merge_from(self, shard: SearchIndex) -> None:
        """Take in the passages and dictionary words of an index built elsewhere (one shard of a split ingest)."""
        if shard.segmenter != SEGMENTER:
            raise ValueError(f"{shard.folder} was built by {shard.segmenter or 'an unknown segmenter'}, not {SEGMENTER}")
        ix = self.ix
        words = sorted(set(shard.userdict()) - set(self.userdict()))
        add_words(words)
        with (self.folder / USERDICT_FILE).open("a", encoding="utf-8") as f:
            f.write("".join(w + "\n" for w in words))
        with self._writer(ix) as w:
            w.add_reader(shard.ix.reader())

    def delete_document(self, doc_id: str) -> int:
        """Remove every passage of one document; returns how many."""
        with self._writer() as w:
            return int(w.delete_by_query(Term("doc", doc_id)))

    def documents(self) -> set[str]:
        """Ids of the documents that have passages in the index.

        A deletion leaves the document's term in the lexicon until its segment is merged away, so each term is
        kept only when a live passage still carries it.
        """
        with self.ix.searcher() as s:
            reader = s.reader()
            ids = (v.decode() if isinstance(v, bytes) else v for v in reader.lexicon("doc"))
            return {d for d in ids if reader.postings("doc", d).is_active()}


@contextmanager
def _creation_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (POSIX file lock; elsewhere none, as one process at a time is usual)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as f:
        if fcntl is not None:
            fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(f, fcntl.LOCK_UN)
