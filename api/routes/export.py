"""Graph export in every registered format."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from policykg.graph import queries
from policykg.graph.export import FORMATS, MEDIA_TYPES, export as export_graph
from policykg.graph.views import whole

from ..deps import ServicesDep

router = APIRouter(tags=["export"])


@router.get("/export", summary="The graph or a subgraph as JSON, GraphML, GEXF, CSV (zip), Turtle, N-Triples or JSON-LD")
def export(
    services: ServicesDep,
    format: Annotated[str, Query(description=f"One of {', '.join(FORMATS)}.")] = "json",
    seed: Annotated[str | None, Query(description="Id or name to centre a subgraph on.")] = None,
    depth: Annotated[int, Query(ge=0, le=5)] = 1,
) -> Response:
    store = services.store
    data = queries.neighbourhood(store, [queries.find_seed(store, seed).id], depth) if seed else whole(store)
    payload = export_graph(data, format)
    ext = "zip" if format == "csv" else format
    return Response(payload, media_type=MEDIA_TYPES[format], headers={"Content-Disposition": f'attachment; filename="policykg.{ext}"'})
