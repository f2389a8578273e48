"""The full-text index beside the store: open or create it, add and delete a document's passages.

Beside the engine's files the folder holds `engine.txt` (which engine wrote the index: whoosh or tantivy),
`segmenter.txt` (which analysis built it) and `userdict.txt` (the entity names jieba must keep whole, loaded
again by every process that opens the index). An index written by another engine or segmenter than the one
asked for is emptied, and the ingest's repair step (or the server at start) refills it from the store.
"""

from __future__ import annotations

import shutil

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

from policykg.graph.model import Edge, Node
from policykg.graph.vocab import NodeType

from .analyzer import SEGMENTER, add_words
from .engine import DEFAULT_ENGINE, Engine, check_engine, opener
from .passages import Passage, passages_for
from .postings import Segmented, segment_passages, words_of

INDEX_DIR = "index"
ENGINE_FILE = "engine.txt"
SEGMENTER_FILE = "segmenter.txt"
USERDICT_FILE = "userdict.txt"
CREATION_LOCK = "index.lock"
"""Beside the index folder (which a rebuild removes): held while a process opens, creates or rebuilds the index,
so two processes starting on a new store never build it over each other."""
#: Entities whose names become user-dictionary words.
_DICTIONARY_TYPES = frozenset({NodeType.REGULATION, NodeType.BAY, NodeType.RIVER, NodeType.UNIT, NodeType.PLACE})


def dictionary_names(nodes: list[Node]) -> list[str]:
    """The names among these nodes that jieba must keep whole (regulations, units, places, waters)."""
    return sorted({x for n in nodes if n.type in _DICTIONARY_TYPES for x in (n.label, *n.aliases)})


class SearchIndex:
    """The full-text index stored in `<db>/index`, written by one engine (`engine`: the one that wrote an
    existing index, else whoosh, when not named). Writers serialize between processes; readers never wait.

    >>> ix = SearchIndex(tmp_path)                                      # doctest: +SKIP
    >>> ix.add_document(doc.id, text, nodes, edges)                     # doctest: +SKIP
    """

    def __init__(self, folder: Path, engine: str | None = None) -> None:
        self.folder = Path(folder) / INDEX_DIR
        self._wanted = check_engine(engine) if engine else None
        self._engine: Engine | None = None
        self._recorded_words: set[str] | None = None

    def _recorded(self, name: str) -> str:
        f = self.folder / name
        return f.read_text(encoding="utf-8").strip() if f.exists() else ""

    @property
    def segmenter(self) -> str:
        return self._recorded(SEGMENTER_FILE)

    @property
    def engine_name(self) -> str:
        """The engine that wrote this index (whoosh for an index from before engines were recorded)."""
        return self._recorded(ENGINE_FILE) or (DEFAULT_ENGINE if self.segmenter else "")

    @property
    def outdated(self) -> bool:
        """An index is there, written by another engine or segmenter than this one asks for: opening empties it."""
        recorded = self.engine_name
        return bool(recorded) and (self.segmenter != SEGMENTER or recorded != (self._wanted or recorded))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with _creation_lock(self.folder.parent / CREATION_LOCK):
                self.folder.mkdir(parents=True, exist_ok=True)
                name = self._wanted or self.engine_name or DEFAULT_ENGINE
                engine_class = opener(name)  # before anything is emptied: the engine may not be installed
                usable = self.segmenter == SEGMENTER and self.engine_name == name
                if usable:
                    try:
                        self._engine = engine_class(self.folder, False)
                    except FileNotFoundError:
                        usable = False
                if usable:
                    add_words(self.userdict())
                else:
                    self._create(engine_class, name)
        return self._engine

    def _create(self, engine_class: Callable[[Path, bool], Engine], name: str) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self._engine = engine_class(self.folder, True)
        (self.folder / SEGMENTER_FILE).write_text(SEGMENTER + "\n", encoding="utf-8")
        (self.folder / ENGINE_FILE).write_text(name + "\n", encoding="utf-8")
        self._recorded_words = None

    def generation(self) -> Hashable:
        """Changed by every commit: what a cached searcher or answer is checked against."""
        return self.engine.generation()

    def userdict(self) -> list[str]:
        """The words this index's documents taught jieba."""
        f = self.folder / USERDICT_FILE
        return [w for w in f.read_text(encoding="utf-8").split("\n") if w] if f.exists() else []

    def _learn(self, words: list[str]) -> None:
        """Teach jieba the words and record those this index has not recorded yet (another index opened in the
        same process may have taught jieba some of them already)."""
        add_words(words)
        if self._recorded_words is None:
            self._recorded_words = set(self.userdict())
        new = [w for w in dict.fromkeys(words) if w and "\n" not in w and w not in self._recorded_words]
        if new:
            self._recorded_words.update(new)
            with (self.folder / USERDICT_FILE).open("a", encoding="utf-8") as f:
                f.write("".join(w + "\n" for w in new))

    def add_document(self, doc_id: str, text: str, nodes: list[Node], edges: list[Edge]) -> None:
        """Index one stored document: its nodes, with what its edges say about them (units, places, waters)."""
        self.add_segmented(segment_passages(passages_for(nodes, text, doc_id, edges), dictionary_names(nodes)))

    def add_segmented(self, segmented: Segmented) -> None:
        """Index one document's passages, segmented already (`postings.segment_passages`, maybe in another process)."""
        engine = self.engine
        self._learn(segmented.names)
        with words_of(segmented):
            engine.add(segmented.passages)

    @contextmanager
    def bulk(self, every: int = 50) -> Iterator[None]:
        """Keep one writer open for many documents, committing every `every` documents and at the end.

        Each commit writes a segment and may merge the small segments before it; one per document made that work
        grow with the number of documents. Documents stored but not yet committed here when a run is cut are
        restored by the next ingest's repair step.
        """
        with self.engine.bulk(every):
            yield

    def add(self, passages: list[Passage]) -> None:
        """Index the passages of one document (replacing any with the same ids): one commit, or bulk's next."""
        self.engine.add(passages)

    def merge_from(self, shard: SearchIndex) -> None:
        """Take in the passages and dictionary words of an index built elsewhere (one shard of a split ingest)."""
        if shard.segmenter != SEGMENTER:
            raise ValueError(f"{shard.folder} was built by {shard.segmenter or 'an unknown segmenter'}, not {SEGMENTER}")
        engine = self.engine
        if shard.engine_name != self.engine_name:
            raise ValueError(f"{shard.folder} was written by {shard.engine_name}, not {self.engine_name}")
        words = sorted(set(shard.userdict()) - set(self.userdict()))
        add_words(words)
        with (self.folder / USERDICT_FILE).open("a", encoding="utf-8") as f:
            f.write("".join(w + "\n" for w in words))
        engine.merge_from(shard.engine)

    def delete_document(self, doc_id: str) -> int:
        """Remove every passage of one document; returns how many."""
        return self.engine.delete_document(doc_id)

    def documents(self) -> set[str]:
        """Ids of the documents that have passages in the index."""
        return self.engine.documents()

    def stored(self) -> Iterator[dict]:
        """The stored fields of every passage in the index (id, type, doc, label, text, ...)."""
        return self.engine.stored()


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
