"""The ingest pipeline: a short ordered list of named steps over one document, and the build report.

Each step is a thin function that reads and fills a `Parsed` state; the logic lives in the pure modules it
calls. A step that fails turns the file into a rejection in the report; the batch goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg.graph.errors import RejectedFile, TooLarge
from policykg.graph.ids import document_id
from policykg.graph.model import DocumentRecord

from . import assemble
from .normalize import normalize
from .metadata import find_metadata
from .outline import Item, Section, parse_outline, parse_items
from .readers import Decoded, read
from .sentences import split_sentences

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Parsed:
    """What the steps know about one document so far."""

    path: Path
    data: bytes
    sha256: str
    doc_id: str
    decoded: Decoded | None = None
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    outline: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    """The 一是 / 二是 items inside paragraphs, each with the section it stands in."""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    """Title, issuer, date (ISO; its year dates bare 5月24日) and document number (ingest/metadata.py)."""
    record: DocumentRecord | None = None
    report: dict[str, Any] = field(default_factory=dict)


def step_read(p: Parsed) -> None:
    p.decoded = read(p.path, p.data)
    if not p.decoded.text.strip():
        raise RejectedFile("no text in the file")


def step_normalize(p: Parsed) -> None:
    assert p.decoded is not None
    p.text, p.offsets = normalize(p.decoded.text, reflow=p.decoded.format == "pdf")


def step_outline(p: Parsed) -> None:
    p.outline = parse_outline(p.text)
    p.items = parse_items(p.text, p.outline)


def step_sentences(p: Parsed) -> None:
    p.sentences = split_sentences(p.text, breaks=[x for s in p.outline for x in (s.start, s.title_end)])


def step_metadata(p: Parsed) -> None:
    assert p.decoded is not None
    p.metadata = find_metadata(p.text, p.outline, p.decoded.title)


def step_assemble(p: Parsed) -> None:
    assert p.decoded is not None
    p.record = assemble.build_record(p)


Step = Callable[[Parsed], None]

STEPS: list[tuple[str, Step]] = [
    ("read", step_read),
    ("normalize", step_normalize),
    ("outline", step_outline),
    ("sentences", step_sentences),
    ("metadata", step_metadata),
    ("assemble", step_assemble),
]


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Parsed:
    """Read a file's bytes, refusing what is over the size limit before reading it."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{size / 2**20:.1f} MB is over the {max_bytes / 2**20:g} MB limit", "raise it with --max-size")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    return Parsed(path=path, data=data, sha256=sha, doc_id=document_id(sha))


def run(p: Parsed) -> DocumentRecord:
    """Run every step on one loaded document; the report records each step's time."""
    for name, step in STEPS:
        t0 = time.perf_counter()
        step(p)
        p.report[name] = {"seconds": round(time.perf_counter() - t0, 4)}
    assert p.record is not None
    p.record.report = p.report
    return p.record
