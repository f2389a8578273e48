"""Measures for a problem and the trace of a regulation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph import queries

from ..deps import ServicesDep

router = APIRouter(tags=["problems", "regulations"])


@router.get("/measures", summary="Measures that addressed the problems matching a query")
def measures(services: ServicesDep, problem: Annotated[str, Query(description="Words of a problem title, or its id.", examples=["饮用水"])]) -> list[dict]:
    return queries.measures_for(services.graph, problem)


@router.get("/trace", summary="Actions on a regulation in time order")
def trace(services: ServicesDep, regulation: Annotated[str, Query(description="Title (without 《》) or id.", examples=["海南省全面推行“湾长制”实施方案"])]) -> list[dict]:
    return queries.trace(services.graph, regulation)
