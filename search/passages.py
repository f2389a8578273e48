"""Which graph nodes become passages in the index, and with what text."""

from __future__ import annotations

from dataclasses import dataclass

from policykg.graph.model import Node
from policykg.graph.vocab import PASSAGE_TYPES, NodeType


@dataclass(frozen=True)
class Passage:
    id: str
    type: str
    doc: str
    label: str
    text: str
    start: int
    end: int
    year: int | None = None


def passages_for(nodes: list[Node], doc_text: str, doc_id: str) -> list[Passage]:
    """One passage per measure, section, problem and regulation mention span in one document.

    A section's passage holds its heading and the text it governs, so a question about a topic finds the
    section even when no single sentence carries all its words.
    """
    out = []
    for n in nodes:
        if n.type == NodeType.DOCUMENT:
            out.append(Passage(n.id, str(n.type), doc_id, n.label, n.label, 0, 0))
            continue
        if n.type not in PASSAGE_TYPES:
            continue
        spans = [e for e in n.evidence if e.doc == doc_id]
        if not spans:
            continue
        first = min(spans)
        text = n.attrs.get("text") or doc_text[first.start : first.end]
        if n.type == "section" and n.attrs.get("end"):
            text = doc_text[first.start : int(n.attrs["end"])]
        date = str(n.attrs.get("date") or "")
        year = int(date[:4]) if date[:4].isdigit() else None
        out.append(Passage(n.id, str(n.type), doc_id, n.label, text, first.start, first.end, year))
    return out
