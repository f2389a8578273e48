"""Lists of problems and regulations, and a problem's measures with their units: what the API's list routes and
the command line's tables show."""

from __future__ import annotations

from policykg.graph.errors import NotFound
from policykg.graph.ids import name_key
from policykg.graph.queries.problem_links import measures_for
from policykg.graph.reader import GraphReader
from policykg.graph.vocab import EdgeType, NodeType


def list_problems(graph: GraphReader, q: str | None = None) -> list[dict]:
    """Problems whose title contains `q` (all without it), with their parent and how many measures address them."""
    problems = graph.nodes(NodeType.PROBLEM)
    if q:
        key = name_key(q)
        problems = [p for p in problems if key in name_key(p.label)]
    titles = {p.id: p.label for p in graph.nodes(NodeType.PROBLEM)}
    parent = {e.source: e.target for e in graph.edges(edge_type=EdgeType.SUB_PROBLEM_OF)}
    counts: dict[str, int] = {}
    for e in graph.edges(edge_type=EdgeType.ADDRESSES):
        if e.attrs.get("basis") != "subtree":
            counts[e.target] = counts.get(e.target, 0) + 1
    rows = [{
        "id": p.id, "title": p.label, "parent": parent.get(p.id), "parent_title": titles.get(parent.get(p.id, ""), ""),
        "measures": counts.get(p.id, 0), "status": str(p.attrs.get("status", "")),
        "evidence": [ev.as_dict() for ev in sorted(p.evidence)],
    } for p in problems]
    rows.sort(key=lambda r: (r["evidence"][0]["doc"] if r["evidence"] else "", r["evidence"][0]["start"] if r["evidence"] else 0, r["id"]))
    return rows


def problem_measures(graph: GraphReader, problem_id: str) -> list[dict]:
    """measures_for one problem, each with the units that performed it and its stated status."""
    node = graph.find_node(problem_id)
    if node is None or node.type != NodeType.PROBLEM:
        raise NotFound(f"no problem {problem_id!r}", "list them: GET /problems?q=WORDS")
    rows = measures_for(graph, problem_id)
    ids = [r["measure_id"] for r in rows]
    nodes = {n.id: n for n in graph.nodes(ids=ids)}
    units = {u.id: u.label for u in graph.nodes(NodeType.UNIT)}
    performers: dict[str, list[str]] = {}
    for e in graph.edges(edge_type=EdgeType.PERFORMED_BY):
        if e.source in nodes and e.target in units:
            performers.setdefault(e.source, []).append(units[e.target])
    for r in rows:
        m = nodes.get(r["measure_id"])
        r["units"] = sorted(performers.get(r["measure_id"], []))
        r["status"] = str(m.attrs.get("status", "")) if m else ""
    return rows


def list_regulations(graph: GraphReader, q: str | None = None) -> list[dict]:
    """Regulations whose title contains `q`, with issuers and the span of dates of the actions on them."""
    regs = graph.nodes(NodeType.REGULATION)
    if q:
        key = name_key(q)
        regs = [r for r in regs if key in name_key(r.label) or any(key in name_key(a) for a in r.aliases)]
    units = {u.id: u.label for u in graph.nodes(NodeType.UNIT)}
    issuers: dict[str, list[str]] = {}
    for e in graph.edges(edge_type=EdgeType.ISSUED_BY):
        if e.target in units:
            issuers.setdefault(e.source, []).append(units[e.target])
    dates: dict[str, list[str]] = {}
    actions: dict[str, int] = {}
    for e in graph.edges(edge_type=EdgeType.ACTS_ON):
        actions[e.target] = actions.get(e.target, 0) + 1
        if e.attrs.get("date"):
            dates.setdefault(e.target, []).append(str(e.attrs["date"]))
    rows = [{
        "id": r.id, "title": r.label, "kind": str(r.attrs.get("kind", "")), "issuers": sorted(issuers.get(r.id, [])),
        "actions": actions.get(r.id, 0), "first_date": min(dates.get(r.id, [""])), "last_date": max(dates.get(r.id, [""])),
    } for r in regs]
    rows.sort(key=lambda r: (-r["actions"], r["title"], r["id"]))
    return rows
