"""The records every layer exchanges: nodes, edges and the evidence that ties them to source characters."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from .ids import edge_id
from .vocab import EdgeType, NodeType


@dataclass(frozen=True, order=True)
class Evidence:
    """A span of a document's normalized text that justifies a node or an edge."""

    doc: str
    """Id of the document node."""
    start: int
    """Offset of the first character, in the document's normalized text."""
    end: int
    """Offset one past the last character."""

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


#: Evidence in document order, as the dataclass orders it but without its slow generated comparisons (a shared
#: entity's page sorts thousands of spans).
span_order = attrgetter("doc", "start", "end")


@dataclass
class Node:
    """One thing in the graph: a document, section, problem, measure or a named entity."""

    id: str
    """Stable id (graph/ids.py): the same thing gets the same id in every run and every document."""
    type: NodeType
    label: str
    """What a reader calls it: a title, a name, or the first characters of a measure."""
    aliases: list[str] = field(default_factory=list)
    """Other names the text uses for the same thing (我厅 for 海南省生态环境厅)."""
    attrs: dict[str, Any] = field(default_factory=dict)
    """Type-specific attributes (shared/DESIGN.md, Vocabulary); JSON-serializable values only."""
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.type = NodeType(self.type)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": str(self.type),
            "label": self.label,
            "aliases": list(self.aliases),
            "attrs": dict(self.attrs),
            "evidence": [e.as_dict() for e in sorted(set(self.evidence), key=span_order)],
        }


@dataclass
class Edge:
    """A typed, directed link between two nodes, with its own evidence."""

    source: str
    target: str
    type: EdgeType
    attrs: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    key: str = ""
    """Tells apart parallel edges of one type between the same nodes (two acts_on verbs, say)."""
    id: str = ""
    """Stable id, derived from source, type, target and key when not given."""

    def __post_init__(self) -> None:
        self.type = EdgeType(self.type)
        if not self.id:
            self.id = edge_id(self.source, self.type, self.target, self.key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "type": str(self.type),
            "attrs": dict(self.attrs),
            "evidence": [e.as_dict() for e in sorted(set(self.evidence), key=span_order)],
        }


@dataclass
class DocumentRecord:
    """Everything ingest learned from one file, ready to be written in one transaction."""

    node: Node
    """The document node (attrs: title, issuer, date, sha256, path, format, encoding)."""
    text: str
    """The normalized text that every evidence offset of this document refers to."""
    original: str
    """The decoded text as published, before normalization."""
    offsets: list[int]
    """offsets[i] is the index in `original` of normalized character i (len(text) + 1 entries)."""
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    """What each pipeline step did (counts, warnings); kept with the document for the build report."""

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def sha256(self) -> str:
        return str(self.node.attrs["sha256"])
