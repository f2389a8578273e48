"""Problems and the measures that addressed them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..catalog import list_problems, problem_measures
from ..deps import ServicesDep
from ..models import Problem, ProblemMeasure
from ..pages import ItemId, Page, PageDep, paginate

router = APIRouter(tags=["problems"])


@router.get("/problems", summary="Problems found in the documents, with their parent and number of measures")
def problems(
    services: ServicesDep,
    page: PageDep,
    q: Annotated[str | None, Query(description="Only problems whose title contains these characters.", examples=["饮用水"])] = None,
) -> Page[Problem]:
    return paginate(list_problems(services.graph, q), page)


@router.get("/problems/{id}/measures", summary="Measures that addressed a problem (sub-problems included), with units, dates and status")
def measures_of_problem(services: ServicesDep, page: PageDep, id: ItemId) -> Page[ProblemMeasure]:
    return paginate(problem_measures(services.graph, id), page)
