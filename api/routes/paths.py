"""Shortest chains between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from policykg.graph.queries.walks import shortest_path

from ..deps import ServicesDep
from ..models import GraphOut
from .entities import graph_json

router = APIRouter(tags=["entities"])


@router.get("/path", summary="One shortest chain of edges between two entities (ids or names)")
def path(
    services: ServicesDep,
    source: Annotated[str, Query(description="Id or name of one end.", examples=["海南省生态环境厅"])],
    target: Annotated[str, Query(description="Id or name of the other end.", examples=["海南省全面推行“湾长制”实施方案"])],
    max_depth: Annotated[int, Query(ge=1, le=12, description="Longest chain to look for, in edges.")] = 6,
    types: Annotated[list[str] | None, Query(description="Node types the chain may pass through (repeat the parameter).")] = None,
) -> GraphOut:
    return graph_json(shortest_path(services.graph, source, target, max_depth, types))
