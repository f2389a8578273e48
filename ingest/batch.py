"""Ingest a batch of files into a store and its index: one transaction per document, bad files reported."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from policykg.graph.errors import PolicykgError
from policykg.graph.model import DocumentRecord
from policykg.graph.store import Store
from policykg.graph.vocab import SHARED_TYPES
from policykg.search.index import SearchIndex, dictionary_names
from policykg.search.passages import passages_for
from policykg.search.postings import Segmented, segment_passages

from . import pipeline


@dataclass
class FileOutcome:
    path: str
    status: str
    """ingested, unchanged (already in the store), rejected, or skipped (housekeeping found in a folder)."""
    doc: str = ""
    message: str = ""
    nodes: int = 0
    edges: int = 0


@dataclass
class Report:
    outcomes: list[FileOutcome] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    """Documents whose index entries were restored after an interrupted run."""

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    def as_dict(self) -> dict:
        return {
            "ingested": self.count("ingested"),
            "unchanged": self.count("unchanged"),
            "rejected": self.count("rejected"),
            "skipped": self.count("skipped"),
            "repaired_index": self.repaired,
            "files": [o.__dict__ for o in self.outcomes],
        }


_HOUSEKEEPING = re.compile(r"^(?:readme|sources?|license|licence|copying|changelog)(?:\.\w+)?$", re.I)
"""Files a corpus folder keeps about itself, not documents; ingested only when named explicitly."""
_ANNOTATION = re.compile(r"(?:^|[._-])(?:gold|annotations?|manifest)(?:[._-].*)?\.json$", re.I)


def is_housekeeping(name: str) -> bool:
    """README, SOURCES, LICENSE, CHANGELOG ... and gold/annotation/manifest .json files.

    >>> [is_housekeeping(n) for n in ("README.md", "SOURCES.txt", "gold.json", "report-2023.txt")]
    [True, True, True, False]
    """
    return bool(_HOUSEKEEPING.match(name) or _ANNOTATION.search(name))


def expand(paths: Iterable[Path], skipped: list[Path] | None = None) -> Iterator[Path]:
    """Files named, and the files inside folders named (sorted; hidden and housekeeping files left out).

    Housekeeping files found in a folder are appended to `skipped`; a file named explicitly is always yielded.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if is_housekeeping(f.name):
                    if skipped is not None:
                        skipped.append(f)
                    continue
                yield f
        else:
            yield p


def prepare(store: Store, path: Path, max_bytes: int = pipeline.DEFAULT_MAX_BYTES) -> pipeline.Parsed | FileOutcome:
    """Read one file's bytes: a loaded document to extract, or its outcome already (unchanged or rejected)."""
    try:
        if not path.is_file():
            return FileOutcome(str(path), "rejected", message="not a file")
        parsed = pipeline.load(path, max_bytes)
    except PolicykgError as e:
        return FileOutcome(str(path), "rejected", message=e.message)
    except OSError as e:
        return FileOutcome(str(path), "rejected", message=f"{type(e).__name__}: {e}")
    if store.has_document(parsed.sha256):
        return FileOutcome(str(path), "unchanged", doc=parsed.doc_id)
    return parsed


@dataclass
class Extracted:
    """A document's graph and its index passages, segmented: all a worker process makes for the one writer."""

    record: DocumentRecord
    passages: Segmented


def extract(parsed: pipeline.Parsed) -> Extracted | FileOutcome:
    """Run the pipeline on a loaded document and segment its passages. Never raises for a bad file: it becomes
    a rejection."""
    try:
        record = pipeline.run(parsed)
    except PolicykgError as e:
        return FileOutcome(str(parsed.path), "rejected", message=e.message)
    except (OSError, ValueError, RecursionError, MemoryError) as e:
        return FileOutcome(str(parsed.path), "rejected", message=f"{type(e).__name__}: {e}")
    nodes = [record.node, *record.nodes]
    passages = passages_for(nodes, record.text, record.id, record.edges)
    return Extracted(record, segment_passages(passages, dictionary_names(nodes)))


def write(store: Store, index: SearchIndex, path: Path, extracted: Extracted) -> FileOutcome:
    """Store one extracted document and index it."""
    record = extracted.record
    store.write_document(record)
    index.add_segmented(extracted.passages)
    return FileOutcome(str(path), "ingested", doc=record.id, nodes=len(record.nodes) + 1, edges=len(record.edges))


def ingest_file(store: Store, index: SearchIndex, path: Path, max_bytes: int = pipeline.DEFAULT_MAX_BYTES) -> FileOutcome:
    """Read, extract, store and index one file. Never raises for a bad file: it becomes a rejection."""
    parsed = prepare(store, path, max_bytes)
    if isinstance(parsed, FileOutcome):
        return parsed
    record = extract(parsed)
    return record if isinstance(record, FileOutcome) else write(store, index, path, record)


def remove_document(store: Store, index: SearchIndex, doc_id: str) -> None:
    """Delete a document from the store and the index, keeping the passages of shared entities others still name.

    A shared entity (a regulation cited by several reports) has one passage, filed under whichever document
    indexed it last; deleting that document must not take the entity out of search while the graph keeps it, so
    survivors are indexed again from a document that still names them.
    """
    shared = [n.id for n in store.nodes_in_document(doc_id) if n.type in SHARED_TYPES]
    store.delete_document(doc_id)
    index.delete_document(doc_id)
    by_doc: dict[str, list] = defaultdict(list)
    for node in store.nodes(ids=shared):
        docs = sorted({ev.doc for ev in node.evidence})
        if docs:
            by_doc[docs[0]].append(node)
    for doc, nodes in sorted(by_doc.items()):
        wanted = {n.id for n in nodes}
        edges = store.edges_touching(wanted)
        linked = store.nodes(ids={x for e in edges for x in (e.source, e.target)} - wanted)
        passages = passages_for([*nodes, *linked], store.document_text(doc), doc, edges)
        kept = [p for p in passages if p.id in wanted]
        index.add_segmented(segment_passages(kept, dictionary_names([*nodes, *linked])))


def repair_index(store: Store, index: SearchIndex) -> list[str]:
    """Make the index hold exactly the store's documents (after a crash between the two commits)."""
    in_store = {d["id"] for d in store.documents()}
    in_index = index.documents()
    for doc in sorted(in_index - in_store):
        index.delete_document(doc)
    missing = sorted(in_store - in_index)
    for doc in missing:
        # the document's own edges, as its ingest indexed them: the edges touching its shared units and places
        # would span the whole corpus
        nodes = store.nodes_in_document(doc)
        index.add_document(doc, store.document_text(doc), nodes, store.edges_in_document(doc))
    return missing


def ingest_paths(
    store: Store,
    index: SearchIndex,
    paths: Iterable[Path],
    *,
    max_bytes: int = pipeline.DEFAULT_MAX_BYTES,
    progress: Callable[[FileOutcome], None] | None = None,
    workers: int = 1,
) -> Report:
    """Ingest files and folders; with `workers` > 1, extraction runs in that many processes (ingest/parallel.py)."""
    report = Report(repaired=repair_index(store, index))
    skipped: list[Path] = []
    files = list(expand(paths, skipped))
    with index.bulk():
        if workers > 1 and len(files) > 1:
            from .parallel import ingest_parallel

            outcomes: Iterable[FileOutcome] = ingest_parallel(store, index, files, max_bytes=max_bytes, workers=workers)
        else:
            outcomes = (ingest_file(store, index, f, max_bytes) for f in files)
        for outcome in outcomes:
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)
    report.outcomes.extend(FileOutcome(str(f), "skipped", message="not a document (folder housekeeping)") for f in skipped)
    return report
