"""Conflicting statements of one document as conflict nodes, each `conflicts_with` the two statements.

A value conflict links the two figures; a repeated passage links the two measures (or, where a sentence is no
measure, carries the two spans as its evidence only). Figures of sibling sections named in parallel (甲水库 /
乙水库, each with its own 1. 2. 3.) and figures dated differently are different facts, not a conflict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policykg.graph.ids import local_id
from policykg.graph.model import Evidence, Node
from policykg.graph.vocab import EdgeType, NodeType

from ..extract.conflicts import repeated_passages, value_conflicts
from ..outline import in_heading
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed


def build(p: Parsed, b: GraphBuilder) -> None:
    text = p.text
    figures = [(fid, f) for fid, f in b.facts.get("figures", []) if f.kind == "quantity"]
    mentions = [f for _, f in figures]
    for c in value_conflicts(text, mentions, p.sentences):
        (fid, f), (gid, g) = figures[c.first], figures[c.second]
        if _parallel(b, f.start, g.start) or _dated_apart(b, fid, gid):
            continue
        subject = f.subject or g.subject
        attrs = {"kind": "value_conflict", "subject": subject, "values": [f.text, g.text],
                 "texts": [text[f.clause_start:f.clause_end], text[g.clause_start:g.clause_end]]}
        _add(b, f"{subject}: {f.text} / {g.text}", attrs, [(fid, f.clause_start, f.clause_end),
                                                             (gid, g.clause_start, g.clause_end)])
    spans = [(a, z) for a, z in p.sentences if not in_heading(p.outline, a)]
    for i, j in repeated_passages(text, spans):
        (a1, z1), (a2, z2) = spans[i], spans[j]
        m1, m2 = b.measure_at(a1, z1), b.measure_at(a2, z2)
        attrs = {"kind": "repeat", "texts": [text[a1:z1], text[a2:z2]]}
        _add(b, f"重复表述: {text[a1:z1][:24]}", attrs,
             [(m1.id if m1 else None, a1, z1), (m2.id if m2 else None, a2, z2)])


def _add(b: GraphBuilder, label: str, attrs: dict, sides: list[tuple[str | None, int, int]]) -> None:
    (_, a1, z1), (_, a2, z2) = sides
    cid = local_id("conflict", b.doc, a1, a2)
    evidence = [Evidence(b.doc, a1, z1), Evidence(b.doc, a2, z2)]
    b.add_node(Node(cid, NodeType.CONFLICT, label, attrs=attrs, evidence=evidence))
    for target, a, z in sides:
        if target:
            b.add_edge(cid, target, EdgeType.CONFLICTS_WITH, a, z)


def _parallel(b: GraphBuilder, x: int, y: int) -> bool:
    """Both positions stand in sibling sections named in parallel (甲水库清单内问题 / 乙水库清单内问题)."""
    sx, sy = b.section_at(x), b.section_at(y)
    if not sx or not sy or sx == sy:
        return False
    parent = {e.source: e.target for e in b.edges.values() if e.type == EdgeType.PART_OF}
    tx, ty = b.nodes[sx].label, b.nodes[sy].label
    return parent.get(sx) == parent.get(sy) and len(_common_suffix(tx, ty)) >= _PARALLEL_SUFFIX


_PARALLEL_SUFFIX = 2


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def _dated_apart(b: GraphBuilder, fid: str, gid: str) -> bool:
    d1, d2 = b.nodes[fid].attrs.get("as_of"), b.nodes[gid].attrs.get("as_of")
    return bool(d1 and d2 and d1 != d2)
