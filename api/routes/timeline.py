"""Dated actions and measures grouped by period."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from policykg.graph.queries.timeline import timeline as timeline_by_period

from ..deps import ServicesDep
from ..models import Period
from ..pages import Page, PageDep, paginate

router = APIRouter(tags=["timeline"])


@router.get("/timeline", summary="Dated actions on regulations and dated measures, by period, in time order")
def timeline(
    services: ServicesDep,
    page: PageDep,
    regulation: Annotated[str | None, Query(description="Only actions on regulations matching this title or id.")] = None,
    problem: Annotated[str | None, Query(description="Only measures addressing problems matching this title or id.")] = None,
    unit: Annotated[str | None, Query(description="Only what units matching this name or id did.")] = None,
    by: Annotated[Literal["year", "month", "day"], Query(description="Length of a period.")] = "month",
    items: Annotated[int | None, Query(ge=1, description="Items shown in each period, the first ones (all when "
                                       "omitted); a period's counts count them all.")] = None,
) -> Page[Period]:
    return paginate(timeline_by_period(services.graph, regulation=regulation, problem=problem, unit=unit, by=by,
                                     items_per_period=items), page)
