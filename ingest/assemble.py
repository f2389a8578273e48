"""Turn the parsed pieces of one document into graph nodes and edges, each with its evidence."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from policykg.graph.ids import entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.vocab import EdgeType, NodeType

from .extract.dates import find_dates
from .outline import Section

if TYPE_CHECKING:
    from .pipeline import Parsed

_PROBLEM = re.compile(r"^在.+方面|方面[。.]?$")
_VERBS = ("审议通过", "印发实施", "起草", "印发", "制定", "修订", "出台", "发布", "签署", "实施", "编制", "报送", "下发", "贯彻", "落实", "执行", "根据", "依据")
_TITLE_HINT = re.compile(r"(关于.+的(?:公告|通知|报告|通报|意见|决定|方案|函))|(.+(?:公告|通知|报告|通报))$")


def _title(text: str, outline: list[Section]) -> str:
    head = text[: outline[0].start] if outline else text[:400]
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:4]
    for ln in lines:
        if _TITLE_HINT.search(ln) and len(ln) <= 80:
            return ln
    return lines[0][:80] if lines else ""


def build_record(p: Parsed) -> DocumentRecord:
    assert p.decoded is not None
    doc = p.doc_id
    text = p.text
    ev = lambda a, b: [Evidence(doc, a, b)]  # noqa: E731
    title = p.decoded.title or _title(text, p.outline) or p.path.name
    doc_node = Node(
        doc,
        NodeType.DOCUMENT,
        title,
        attrs={
            "title": title,
            "sha256": p.sha256,
            "path": p.path.name,
            "format": p.decoded.format,
            "encoding": p.decoded.encoding,
            "text": text,
        },
        evidence=ev(0, len(text)),
    )
    nodes: list[Node] = []
    edges: list[Edge] = []

    section_ids: list[str] = []
    problem_of: dict[int, str] = {}
    for i, s in enumerate(p.outline):
        sid = local_id("section", doc, s.start, s.title_end)
        section_ids.append(sid)
        label = s.title.rstrip("。")
        nodes.append(Node(sid, NodeType.SECTION, label, attrs={"level": s.level, "marker": s.marker, "title": s.title, "end": s.end}, evidence=ev(s.start, s.title_end)))
        parent = section_ids[s.parent] if s.parent is not None else doc
        edges.append(Edge(sid, parent, EdgeType.PART_OF, evidence=ev(s.start, s.title_end)))
        if _PROBLEM.search(label):
            pid = local_id("problem", doc, s.title_start, s.title_end)
            parent_problem = problem_of.get(s.parent) if s.parent is not None else None
            attrs = {"title": label, **({"parent": parent_problem} if parent_problem else {})}
            nodes.append(Node(pid, NodeType.PROBLEM, label, attrs=attrs, evidence=ev(s.title_start, s.title_end)))
            edges.append(Edge(pid, sid, EdgeType.STATED_IN, evidence=ev(s.title_start, s.title_end)))
            if parent_problem:
                edges.append(Edge(pid, parent_problem, EdgeType.SUB_PROBLEM_OF, evidence=ev(s.title_start, s.title_end)))
            problem_of[i] = pid
        elif s.parent is not None and s.parent in problem_of:
            problem_of[i] = problem_of[s.parent]

    starts = [s.start for s in p.outline]
    heading_spans = [(s.start, s.title_end) for s in p.outline]
    body_start = p.outline[0].start if p.outline else 0

    def section_at(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0 and p.outline[i].end <= pos:
            i = p.outline[i].parent if p.outline[i].parent is not None else -1
        return i if i >= 0 else None

    regs_by_pos = sorted(((m.start, m.end, m) for m in p.mentions), key=lambda x: x[0])
    reg_nodes: dict[str, Node] = {}
    for m in p.mentions:
        rid = entity_id(m.type, m.name)
        node = reg_nodes.get(rid)
        if node is None:
            node = reg_nodes[rid] = Node(rid, NodeType(m.type), m.name, attrs={"title": m.name})
        node.evidence.append(Evidence(doc, m.start, m.end))

    year = None
    for a, b in p.sentences:
        if a < body_start or any(h0 <= a < h1 for h0, h1 in heading_spans):
            continue
        sec = section_at(a)
        sentence = text[a:b]
        dates = find_dates(text, a, b, year)
        for d in dates:
            if d.explicit_year:
                year = int(d.iso[:4])
        mid = local_id("measure", doc, a, b)
        attrs: dict = {"text": sentence}
        if dates:
            attrs["date"] = dates[0].iso
        nodes.append(Node(mid, NodeType.MEASURE, sentence[:40], attrs=attrs, evidence=ev(a, b)))
        if sec is not None:
            edges.append(Edge(mid, section_ids[sec], EdgeType.STATED_IN, evidence=ev(a, b)))
            if sec in problem_of:
                edges.append(Edge(mid, problem_of[sec], EdgeType.ADDRESSES, evidence=ev(a, b)))
        for r0, r1, m in regs_by_pos:
            if a <= r0 and r1 <= b:
                before = sentence[: r0 - a]
                verb = next((v for v in sorted(_VERBS, key=lambda v: -before.rfind(v) if v in before else 1) if v in before), "")
                date = next((d.iso for d in reversed(dates) if d.start < r0), dates[0].iso if dates else "")
                rid = entity_id(m.type, m.name)
                edges.append(Edge(mid, rid, EdgeType.ACTS_ON, attrs={"verb": verb, "date": date}, evidence=ev(a, b), key=verb))

    nodes.extend(reg_nodes.values())
    return DocumentRecord(node=doc_node, text=text, original=p.decoded.text, offsets=p.offsets, nodes=nodes, edges=edges)
