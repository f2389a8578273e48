"""PDF files (.pdf): the text layer, page by page (pypdf).

A scanned PDF has no text layer and is rejected with a hint to run OCR first. Page numbers standing alone on a
line (— 3 —, - 3 -, 第3页) are page furniture and left out. Lines broken by the page width are joined later, by
normalization, so that evidence still points at the text as extracted.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from policykg.graph.errors import RejectedFile

if TYPE_CHECKING:
    from . import Decoded

_HINT = "check that the file downloaded completely, or save it from its viewer as text"
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4})\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters some fonts' Unicode maps put into the text layer (a NUL before every character)."""
_MIN_CHARS = 20
"""Fewer visible characters than this in the whole file means there is no text layer worth reading."""


def read(data: bytes) -> Decoded:
    from . import Decoded

    if not data[:1024].lstrip().startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise RejectedFile("not a PDF file (no %PDF- header)", _HINT)
    if b"%%EOF" not in data[-2048:]:
        raise RejectedFile("the PDF is truncated (no end-of-file marker)", _HINT)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedFile("the PDF is encrypted with a password", "remove the password and ingest it again")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as e:
        raise RejectedFile(f"not a readable PDF (damaged or truncated): {type(e).__name__}", _HINT) from e
    pages = [_CONTROL.sub("", page) for page in pages]
    lines = [ln.rstrip() for page in pages for ln in page.split("\n") if not _PAGE_NUMBER.match(ln)]
    text = "\n".join(lines).strip("\n")
    if sum(not ch.isspace() for ch in text) < _MIN_CHARS:
        raise RejectedFile("the PDF has no text layer (a scanned image?)", "run OCR on it first, then ingest the text")
    return Decoded(text=text, format="pdf", encoding="pdf-text", title=title)
