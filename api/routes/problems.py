"""Problems and the measures that addressed them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph import queries
from policykg.graph.errors import NotFound
from policykg.graph.ids import name_key
from policykg.graph.reader import GraphReader
from policykg.graph.vocab import EdgeType, NodeType

from ..deps import ServicesDep
from ..models import Problem, ProblemMeasure
from ..pages import Page, PageDep, paginate

router = APIRouter(tags=["problems"])


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
    rows = queries.measures_for(graph, problem_id)
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


@router.get("/problems", summary="Problems found in the documents, with their parent and number of measures")
def problems(
    services: ServicesDep,
    page: PageDep,
    q: Annotated[str | None, Query(description="Only problems whose title contains these characters.", examples=["饮用水"])] = None,
) -> Page[Problem]:
    return paginate(list_problems(services.graph, q), page)


@router.get("/problems/{id}/measures", summary="Measures that addressed a problem (sub-problems included), with units, dates and status")
def measures_of_problem(services: ServicesDep, page: PageDep, id: str) -> Page[ProblemMeasure]:
    return paginate(problem_measures(services.graph, id), page)
