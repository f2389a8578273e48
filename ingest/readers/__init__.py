"""Readers turn the bytes of one file into text. One module per format; READERS maps a suffix to its reader.

A reader validates at the edge: it raises RejectedFile with a message a user can act on, and never returns
mojibake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from policykg.graph.errors import RejectedFile

from . import docx, html, pdf, text


@dataclass(frozen=True)
class Decoded:
    """The text of a file as published, and how it was read."""

    text: str
    format: str
    """txt, html, docx, pdf."""
    encoding: str
    """The detected character encoding (utf-8, gb18030, big5, utf-16 ...) or the container's own."""
    title: str = ""
    """A title the container declares (HTML <title>, DOCX core properties), if any."""


Reader = Callable[[bytes], Decoded]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": text.read,
    ".text": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".shtml": html.read,
    ".xhtml": html.read,
    ".docx": docx.read,
    ".pdf": pdf.read,
}


def read(path: Path, data: bytes) -> Decoded:
    """Decode `data` with the reader registered for the file's suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise RejectedFile(f"unsupported file type {path.suffix or '(none)'!r}", f"policykg reads {known}")
    if not data:
        raise RejectedFile("empty file")
    return reader(data)
