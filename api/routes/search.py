"""Full-text search."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from policykg.search.searcher import search as run_search

from ..deps import ServicesDep

router = APIRouter(tags=["search"])


@router.get("/search", summary="Full-text search in Chinese", description=(
    "`total` counts the matching passages; when 100 or more match it may be a lower bound, and `total_exact` is "
    "false: the whoosh engine does not count past its best 100 exactly, and when 100 or more passages hold the "
    "query's words whole, passages holding a word only inside a longer word (湾长 in text segmented 湾长制) are "
    "left out of the count and the hits."))
def search(
    services: ServicesDep,
    q: Annotated[str, Query(description="Words, \"a phrase\", AND / OR / NOT, filters type: unit: place: water: "
                                        "year: date: (year:[2019 TO 2021]).", examples=["禁塑"])],
    type: Annotated[str | None, Query(description="Only passages of this node type.")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="How many hits.")] = 10,
    offset: Annotated[int, Query(ge=0, le=10000, description="Hits to skip (pagination).")] = 0,
    sort: Annotated[Literal["relevance", "date"], Query(description="Order of the hits.")] = "relevance",
    facets: Annotated[bool, Query(description="Add counts per type, unit, place, water and year.")] = False,
) -> dict:
    return run_search(services.index, q, node_type=type, limit=limit, offset=offset, sort=sort, facets=facets).as_dict()
