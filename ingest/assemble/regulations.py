"""Regulations named in 《》 and the actions measures take on them (acts_on with verb and date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from policykg.graph.ids import entity_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from ..extract import regulations
from ..extract.dates import find_dates
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed

_VERBS = ("审议通过", "印发实施", "起草", "印发", "制定", "修订", "出台", "发布", "签署", "实施", "编制", "报送", "下发", "根据", "依据")


def build(p: Parsed, b: GraphBuilder) -> None:
    text = p.text
    for m in regulations.find_titles(text):
        rid = entity_id("regulation", m.name)
        b.add_node(Node(rid, NodeType.REGULATION, m.name, attrs={"title": m.name}, evidence=b.ev(m.start, m.end)))
        ms = b.measure_at(m.start, m.end)
        if ms is None:
            sid = b.section_at(m.start)
            if sid:
                b.add_edge(sid, rid, EdgeType.MENTIONS, m.start, m.end)
            continue
        before = text[ms.start : m.start]
        verb = max((v for v in _VERBS if v in before), key=lambda v: (before.rfind(v), len(v)), default="")
        dates = [d for d in find_dates(text, ms.start, ms.end) if d.start < m.start]
        date = dates[-1].iso if dates else ms.date
        b.add_edge(ms.id, rid, EdgeType.ACTS_ON, ms.start, ms.end, {"verb": verb, "date": date}, key=verb)
