"""The accumulator the assemble parts share: nodes and edges of one document, merged by id."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from policykg.graph.model import Edge, Evidence, Node
from policykg.graph.vocab import EdgeType, NodeType


@dataclass
class MeasureSpan:
    """A measure the structure part created, so later parts can link what it mentions."""

    id: str
    start: int
    end: int
    section: str | None
    """Id of the innermost section holding it."""
    date: str = ""
    """The measure's own date (ISO, with precision), if the sentence or its context gives one."""


@dataclass
class GraphBuilder:
    doc: str
    text: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    measures: list[MeasureSpan] = field(default_factory=list)
    """Sorted by start."""
    sections: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, section id) of every section, in document order."""
    facts: dict[str, Any] = field(default_factory=dict)
    """What one part learned that a later part needs (e.g. the document's province)."""
    performers: list[tuple[int, int, list[str]]] = field(default_factory=list)
    """(start, end, measure ids): text outside those measures whose bodies performed them (a ledger row's
    责任单位 cell)."""
    _spans: dict[tuple[str, str], set[Evidence]] = field(default_factory=dict)
    """The evidence each merged node and edge already holds, by id: a node named a thousand times in a long
    report (its province) would otherwise compare every new span with all its earlier ones."""

    def ev(self, start: int, end: int) -> list[Evidence]:
        return [Evidence(self.doc, start, end)]

    def add_node(self, node: Node) -> Node:
        """Add a node, or merge evidence, aliases and missing attributes into the one with its id."""
        old = self.nodes.get(node.id)
        if old is None:
            self.nodes[node.id] = node
            return node
        self._merge_evidence(("node", old.id), old.evidence, node.evidence)
        old.aliases.extend(a for a in node.aliases if a not in old.aliases and a != old.label)
        if node.label != old.label and node.label not in old.aliases:
            old.aliases.append(node.label)
        for k, v in node.attrs.items():
            if k not in old.attrs or old.attrs[k] in (None, "", []):
                old.attrs[k] = v
            elif isinstance(old.attrs[k], list) and isinstance(v, list):
                old.attrs[k] += [x for x in v if x not in old.attrs[k]]
        return old

    def add_edge(self, source: str, target: str, edge_type: EdgeType, start: int, end: int,
                 attrs: dict[str, Any] | None = None, key: str = "") -> Edge:
        e = Edge(source, target, edge_type, dict(attrs or {}), self.ev(start, end), key=key)
        old = self.edges.get(e.id)
        if old is None:
            self.edges[e.id] = e
            return e
        self._merge_evidence(("edge", old.id), old.evidence, e.evidence)
        return old

    def _merge_evidence(self, key: tuple[str, str], held: list[Evidence], new: list[Evidence]) -> None:
        seen = self._spans.get(key)
        if seen is None:
            seen = self._spans[key] = set(held)
        for x in new:
            if x not in seen:
                seen.add(x)
                held.append(x)

    def add_measure(self, span: MeasureSpan) -> None:
        bisect.insort(self.measures, span, key=lambda m: m.start)

    def measure_at(self, start: int, end: int) -> MeasureSpan | None:
        """The measure whose span holds text[start:end]."""
        i = bisect.bisect_right(self.measures, start, key=lambda m: m.start) - 1
        if i >= 0 and self.measures[i].end >= end:
            return self.measures[i]
        return None

    def performed_at(self, start: int, end: int) -> list[str]:
        """The measures a body named in text[start:end] performed from outside their sentences."""
        return [mid for a, z, ids in self.performers if a <= start and end <= z for mid in ids]

    def section_at(self, pos: int) -> str | None:
        """Id of the innermost section holding `pos`."""
        k = bisect.bisect_right(self.sections, pos, key=lambda s: s[0])  # the sections that start at or before
        for i in range(k - 1, -1, -1):  # the latest to start of those that hold pos is the innermost
            if pos < self.sections[i][1]:
                return self.sections[i][2]
        return None

    def counts(self) -> dict[str, int]:
        c = Counter(str(n.type) for n in self.nodes.values())
        c.update(str(e.type) for e in self.edges.values())
        return dict(sorted(c.items()))

    def node_list(self) -> list[Node]:
        return [self.nodes[k] for k in sorted(self.nodes)]

    def edge_list(self) -> list[Edge]:
        return [self.edges[k] for k in sorted(self.edges)]

    def of_type(self, node_type: NodeType) -> list[Node]:
        return [n for n in self.nodes.values() if n.type == node_type]
