"""Word documents (.docx): paragraphs and table rows in document order (python-docx).

Each paragraph is one line, led by the marker Word's automatic numbering shows for it; a table row is one line
with its cells joined by " | " (a merged cell once).
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from policykg.graph.errors import RejectedFile

from .docx_numbering import Numbering

if TYPE_CHECKING:
    from . import Decoded

_HINT = "open it in a word processor and save it again as .docx, or save it as text"
_MAX_EXPANDED = 200 * 1024 * 1024
_MAX_RATIO = 100
"""Text-heavy .docx parts compress about 5-10 times; over 100 times and 200 MB is not a document."""


def read(data: bytes) -> Decoded:
    from . import Decoded

    _refuse_bombs(data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_lines(document))
        title = _declared_title(document, data)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, EOFError) as e:
        raise RejectedFile(f"not a readable Word .docx file (damaged or truncated): {type(e).__name__}", _HINT) from e
    return Decoded(text="\n".join(lines), format="docx", encoding="utf-8", title=title)


def _refuse_bombs(data: bytes) -> None:
    """A .docx is a zip: refuse one whose parts would expand far beyond any real document before inflating it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            expanded = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as e:
        raise RejectedFile(f"not a readable Word .docx file (damaged or truncated): {type(e).__name__}", _HINT) from e
    if expanded > max(_MAX_EXPANDED, _MAX_RATIO * len(data)):
        raise RejectedFile(f"the .docx would expand to {expanded / 1e6:.0f} MB (a zip bomb?)", _HINT)


def _declared_title(document: docx.document.Document, data: bytes) -> str:
    """The core-properties title, when the file has that part (python-docx invents "Word Document" otherwise)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if "docProps/core.xml" not in z.namelist():
            return ""
    return (document.core_properties.title or "").strip()


def _lines(document: docx.document.Document):
    numbering = Numbering.of(document)
    for child in _blocks(document.element.body):
        if etree.QName(child).localname == "p":
            paragraph = Paragraph(child, document.part)
            yield numbering.marker(paragraph) + paragraph.text
        else:
            yield from _table_lines(Table(child, document.part))


def _blocks(parent):
    """Paragraphs and tables in order, including those inside content controls (w:sdt) and custom XML."""
    for child in parent.iterchildren():
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if tag in ("p", "tbl"):
            yield child
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _blocks(child)


def _table_lines(table: Table):
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        yield " | ".join(cells)
