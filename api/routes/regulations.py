"""Regulations and what was done with them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph import queries
from policykg.graph.errors import NotFound
from policykg.graph.ids import name_key
from policykg.graph.reader import GraphReader
from policykg.graph.vocab import EdgeType, NodeType

from ..deps import ServicesDep
from ..models import Action, Regulation
from ..pages import Page, PageDep, paginate

router = APIRouter(tags=["regulations"])


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


@router.get("/regulations", summary="Regulations named in the documents, most acted on first")
def regulations(
    services: ServicesDep,
    page: PageDep,
    q: Annotated[str | None, Query(description="Only regulations whose title contains these characters.", examples=["湾长制"])] = None,
) -> Page[Regulation]:
    return paginate(list_regulations(services.graph, q), page)


@router.get("/regulations/{id}/trace", summary="Actions on one regulation in time order: who drafted, issued, implemented it, when")
def regulation_trace(services: ServicesDep, page: PageDep, id: str) -> Page[Action]:
    node = services.graph.find_node(id)
    if node is None or node.type != NodeType.REGULATION:
        raise NotFound(f"no regulation {id!r}", "list them: GET /regulations?q=WORDS")
    return paginate(queries.trace(services.graph, id), page)
