"""Turn the parsed pieces of one document into graph nodes and edges, each with its evidence.

`build_record` makes the document node, then runs the PARTS in order. Each part reads the parsed document,
calls pure extractors, and adds nodes and edges to one `GraphBuilder`. Later parts see what earlier ones
added: structure (sections, problems, measures) comes first, so entities and regulations can link measures;
entities come before regulations, so an action on a regulation can name the unit that acted; figures come
before conflicts, which compare them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from policykg.graph.model import DocumentRecord, Evidence, Node
from policykg.graph.vocab import NodeType

from . import conflicts, entities, figures, regulations, structure
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed

Part = Callable[["Parsed", GraphBuilder], None]

PARTS: list[tuple[str, Part]] = [
    ("structure", structure.build),
    ("entities", entities.build),
    ("regulations", regulations.build),
    ("figures", figures.build),
    ("conflicts", conflicts.build),
]


def build_record(p: Parsed) -> DocumentRecord:
    assert p.decoded is not None
    meta = p.metadata
    title = meta.get("title") or p.decoded.title or p.path.name
    attrs = {
        **{k: v for k, v in meta.items() if v},
        "title": title,
        "sha256": p.sha256,
        "path": p.path.name,
        "format": p.decoded.format,
        "encoding": p.decoded.encoding,
        "text": p.text,
    }
    doc_node = Node(p.doc_id, NodeType.DOCUMENT, title, attrs=attrs, evidence=[Evidence(p.doc_id, 0, len(p.text))])
    b = GraphBuilder(p.doc_id, p.text)
    for name, part in PARTS:
        part(p, b)
        p.report.setdefault("parts", {})[name] = b.counts()
    return DocumentRecord(
        node=doc_node, text=p.text, original=p.decoded.text, offsets=p.offsets,
        nodes=b.node_list(), edges=b.edge_list(),
    )
