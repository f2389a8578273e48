"""One node: its page (edges, evidence sentences) and its neighbourhood."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph.queries.entity_pages import entity_page, evidence_quotes
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.views import GraphData

from ..deps import ServicesDep
from ..models import EntityPage, GraphOut, Quote
from ..pages import EntityRef, Page, PageDep

router = APIRouter(tags=["entities"])

#: Nodes a neighbourhood gathers unless asked for more, and at most: a unit that a thousand reports name has
#: thousands of neighbours at one step, more than a picture or a page can show.
NODES = 500
MAX_NODES = 20_000


def graph_json(data: GraphData) -> dict:
    return {"nodes": [n.as_dict() for n in data.nodes], "edges": [e.as_dict() | {"id": e.id} for e in data.edges],
            "truncated": data.truncated}


@router.get("/entities/{id}", summary="A node, its edges and the sentences that support it (edges and the node's own "
            "spans paged by limit and offset; edge_count and evidence_count count them all)")
def entity(services: ServicesDep, id: EntityRef, page: PageDep) -> EntityPage:
    return entity_page(services.graph, id, page.limit, page.offset)


@router.get("/entities/{id}/evidence", summary="The node's own source spans, quoted with a little context, in "
            "document order (paged by limit and offset)")
def evidence(services: ServicesDep, id: EntityRef, page: PageDep) -> Page[Quote]:
    node = find_seed(services.graph, id)
    quotes, count = evidence_quotes(services.graph, node.id, page.limit, page.offset)
    return {"data": quotes, "count": count}


@router.get("/entities/{id}/neighbours", summary="The nodes within `depth` edges of a node, and the edges among them")
def neighbours(
    services: ServicesDep,
    id: EntityRef,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the node (either direction).")] = 1,
    types: Annotated[list[str] | None, Query(description="Only walk through nodes of these types (repeat the parameter).",
                                             examples=[["unit", "regulation"]])] = None,
    max_nodes: Annotated[int, Query(ge=1, le=MAX_NODES, description="Nodes to gather at most, the nearest first; "
                                    "`truncated` says when there were more.")] = NODES,
) -> GraphOut:
    node = find_seed(services.graph, id)
    return graph_json(neighbourhood(services.graph, [node.id], depth, types, max_nodes))
