"""Measure nodes: one sentence of action, from the running text or from a ledger table's measure cell. A
ledger row (ingest/extract/ledger.py) states its problem in one cell and its measures in another, so each of
its measures addresses the row's problem directly."""

from __future__ import annotations

import re
from collections.abc import Callable

from policykg.graph.ids import local_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from ..extract.dates import find_dates
from ..extract.ledger import LedgerRow
from ..extract.status import find_status
from .builder import GraphBuilder, MeasureSpan
from .problem_index import DocumentProblems


def add_measure(b: GraphBuilder, text: str, a: int, z: int, sid: str | None, date: str,
                 fields: dict[str, str]) -> str:
    """The measure node of text[a:z], stated in section sid; `fields` (ledger fields) come before its own status."""
    sentence = text[a:z]
    mid = local_id("measure", b.doc, a, z)
    attrs = {"text": sentence, **({"date": date} if date else {}), **find_status(sentence), **fields}
    b.add_node(Node(mid, NodeType.MEASURE, sentence[:40], attrs=attrs, evidence=b.ev(a, z)))
    b.add_measure(MeasureSpan(mid, a, z, sid, date))
    if sid is not None:
        b.add_edge(mid, sid, EdgeType.STATED_IN, a, z)
    return mid


def quote_as_printed(b: GraphBuilder, printed: Callable[[int, int], list[str]]) -> None:
    """Give each measure whose sentence a reading aid stood in (加強(qiáng)監(jiān)管) its sentence as the file prints it.

    Matching reads the text with the aids dropped, and the evidence offsets point into that text; a reader quoting
    the measure, or searching the file for it, quotes the page. So `text` holds the printed sentence and `plain` the
    sentence of the evidence span, which the search index reads.
    """
    for node in b.nodes.values():
        if node.type != NodeType.MEASURE or not node.evidence:
            continue
        forms = printed(node.evidence[0].start, node.evidence[0].end)
        if forms:
            node.attrs["plain"] = node.attrs["text"]
            node.attrs["text"] = forms[0]


_CELL_SENTENCE = re.compile(r"[^。;;]+")
_CELL_ITEM = re.compile(r"\s*(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*")
MEASURE_MIN = 6
"""Fewer characters than this state no action: a ledger cell's 立即整改 or 已完成 restates the status, and a
dateline is cut from a sentence only when this much is left after it."""


def add_ledger_row(row: LedgerRow, text: str, b: GraphBuilder, problems: DocumentProblems) -> None:
    """A ledger row (ingest/extract/ledger.py): its problem with the row's status, deadline and responsible
    units, and each sentence of its measure cells as a measure that addresses it (basis "row")."""
    sid = b.section_at(row.start)
    deadline = row.text("deadline")
    dates = find_dates(deadline) if deadline else []
    fields = {k: v for k, v in (("status", row.status()), ("deadline", dates[0].iso if dates else deadline),
                                ("responsible", row.text("responsible"))) if v}
    pid = None
    for cell in row.get("problem")[:1]:
        pid = problems.add(cell.text, cell.start, cell.end, None, sid)
        b.nodes[pid].attrs.update(fields)
    done: list[str] = []
    for cell in row.get("measure"):
        for m in _CELL_SENTENCE.finditer(text, cell.start, cell.end):
            item = _CELL_ITEM.match(text, m.start(), m.end())
            a, z = item.end() if item else m.start(), m.end()
            while z > a and text[z - 1] in " ,,、":
                z -= 1
            if z - a < MEASURE_MIN:
                continue
            found = find_dates(text, a, z)
            mid = add_measure(b, text, a, z, sid, found[0].iso if found else "", fields)
            done.append(mid)
            if pid:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "row"})
    for cell in row.get("responsible"):
        b.performers.append((cell.start, cell.end, done))
