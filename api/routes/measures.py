"""Measures (by problem, or one by id) and the trace of a regulation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph.errors import NotFound
from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.problem_links import measures_for, problems_for
from policykg.graph.queries.seeds import node_by_id
from policykg.graph.queries.trace import trace as trace_regulation
from policykg.graph.vocab import NodeType

from ..deps import ServicesDep
from ..models import MeasurePage
from ..pages import ItemId, PageDep

router = APIRouter(tags=["problems", "regulations"])


@router.get("/measures", summary="Measures that addressed the problems matching a query")
def measures(services: ServicesDep, problem: Annotated[str, Query(description="Words of a problem title, or its id.", examples=["饮用水"])]) -> list[dict]:
    return measures_for(services.graph, problem)


@router.get("/trace", summary="Actions on a regulation in time order")
def trace(services: ServicesDep, regulation: Annotated[str, Query(description="Title (without 《》) or id.", examples=["海南省全面推行“湾长制”实施方案"])]) -> list[dict]:
    return trace_regulation(services.graph, regulation)


@router.get("/measures/{id}", summary="One measure: its sentence, the problems it addresses, its units, regulations, places and evidence")
def measure(services: ServicesDep, id: ItemId, page: PageDep) -> MeasurePage:
    graph = services.graph
    node = node_by_id(graph, id)
    if node is None or node.type != NodeType.MEASURE:
        raise NotFound(f"no measure {id!r}", "find one: GET /search?q=WORDS&type=measure")
    return entity_page(graph, id, page.limit, page.offset) | {"problems": problems_for(graph, id)}
