"""Full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.search.searcher import search as run_search

from ..deps import ServicesDep

router = APIRouter(tags=["search"])


@router.get("/search", summary="Full-text search in Chinese")
def search(
    services: ServicesDep,
    q: Annotated[str, Query(description="Words, \"a phrase\", AND / OR / NOT.", examples=["禁塑"])],
    type: Annotated[str | None, Query(description="Only passages of this node type.")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="How many hits.")] = 10,
) -> dict:
    return run_search(services.index, q, node_type=type, limit=limit).as_dict()
