"""Regulations and what was done with them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph.errors import NotFound
from policykg.graph.queries.seeds import node_by_id
from policykg.graph.queries.trace import trace_page
from policykg.graph.vocab import NodeType

from ..catalog import list_regulations
from ..deps import ServicesDep
from ..models import Action, Regulation
from ..pages import ItemId, Page, PageDep, paginate

router = APIRouter(tags=["regulations"])


@router.get("/regulations", summary="Regulations named in the documents, most acted on first")
def regulations(
    services: ServicesDep,
    page: PageDep,
    q: Annotated[str | None, Query(description="Only regulations whose title contains these characters.", examples=["湾长制"])] = None,
) -> Page[Regulation]:
    return paginate(list_regulations(services.graph, q), page)


@router.get("/regulations/{id}/trace", summary="Actions on one regulation in time order: who drafted, issued, implemented it, when")
def regulation_trace(services: ServicesDep, page: PageDep, id: ItemId) -> Page[Action]:
    node = node_by_id(services.graph, id)
    if node is None or node.type != NodeType.REGULATION:
        raise NotFound(f"no regulation {id!r}", "list them: GET /regulations?q=WORDS")
    actions, count = trace_page(services.graph, id, page.limit, page.offset)
    return {"data": actions, "count": count}
