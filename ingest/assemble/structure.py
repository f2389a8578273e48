"""Sections, problems and measures: the outline turned into the graph's backbone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.graph.ids import local_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from ..extract.dates import find_dates
from .builder import GraphBuilder, MeasureSpan

if TYPE_CHECKING:
    from ..pipeline import Parsed

_PROBLEM = re.compile(r"^在.+方面|方面[。.]?$")


def build(p: Parsed, b: GraphBuilder) -> None:
    doc, text = p.doc_id, p.text
    section_ids: list[str] = []
    problem_of: dict[int, str] = {}
    for i, s in enumerate(p.outline):
        sid = local_id("section", doc, s.start, s.title_end)
        section_ids.append(sid)
        b.sections.append((s.start, s.end, sid))
        label = s.title.rstrip("。")
        attrs = {"level": s.level, "marker": s.marker, "title": s.title, "end": s.end}
        b.add_node(Node(sid, NodeType.SECTION, label, attrs=attrs, evidence=b.ev(s.start, s.title_end)))
        parent = section_ids[s.parent] if s.parent is not None else doc
        b.add_edge(sid, parent, EdgeType.PART_OF, s.start, s.title_end)
        if _PROBLEM.search(label):
            pid = local_id("problem", doc, s.title_start, s.title_end)
            parent_problem = problem_of.get(s.parent) if s.parent is not None else None
            attrs = {"title": label, **({"parent": parent_problem} if parent_problem else {})}
            b.add_node(Node(pid, NodeType.PROBLEM, label, attrs=attrs, evidence=b.ev(s.title_start, s.title_end)))
            b.add_edge(pid, sid, EdgeType.STATED_IN, s.title_start, s.title_end)
            if parent_problem:
                b.add_edge(pid, parent_problem, EdgeType.SUB_PROBLEM_OF, s.title_start, s.title_end)
            problem_of[i] = pid
        elif s.parent is not None and s.parent in problem_of:
            problem_of[i] = problem_of[s.parent]

    heading_spans = [(s.start, s.title_end) for s in p.outline]
    body_start = p.outline[0].start if p.outline else 0
    index_of = {sid: i for i, sid in enumerate(section_ids)}
    year = None
    for a, z in p.sentences:
        if a < body_start or any(h0 <= a < h1 for h0, h1 in heading_spans):
            continue
        dates = find_dates(text, a, z, year)
        for d in dates:
            if d.explicit_year:
                year = int(d.iso[:4])
        sentence = text[a:z]
        mid = local_id("measure", doc, a, z)
        date = dates[0].iso if dates else ""
        b.add_node(Node(mid, NodeType.MEASURE, sentence[:40], attrs={"text": sentence, **({"date": date} if date else {})}, evidence=b.ev(a, z)))
        sid = b.section_at(a)
        b.add_measure(MeasureSpan(mid, a, z, sid, date))
        if sid is not None:
            b.add_edge(mid, sid, EdgeType.STATED_IN, a, z)
            i = index_of[sid]
            if i in problem_of:
                b.add_edge(mid, problem_of[i], EdgeType.ADDRESSES, a, z)
