"""Graph export in every registered format."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from policykg.graph.export import FORMATS, MEDIA_TYPES, export as export_graph

from ..deps import ServicesDep
from ..limits import check_export
from ..subgraph import select

router = APIRouter(tags=["export"])


@router.get("/export", summary="The graph or a subgraph as JSON, GraphML, GEXF, CSV (zip), Turtle, N-Triples or JSON-LD")
def export(
    request: Request,
    services: ServicesDep,
    format: Annotated[str, Query(description=f"One of {', '.join(FORMATS)}.")] = "json",
    seed: Annotated[str | None, Query(description="Id or name to centre a subgraph on.")] = None,
    problem: Annotated[str | None, Query(description="Words of a problem's title: the problems, their measures and what those touch.")] = None,
    query: Annotated[str | None, Query(description="A full-text query: what it finds and its surroundings.")] = None,
    depth: Annotated[int, Query(ge=0, le=5, description="Hops around seed, problem or query.")] = 1,
    bom: Annotated[bool, Query(description="CSV: start each file with a UTF-8 byte order mark (for Excel).")] = False,
) -> Response:
    data = select(services, seed=seed, problem=problem, query=query, depth=depth)
    check_export(request.app.state.settings, data)
    payload = export_graph(data, format, bom=bom)
    ext = "zip" if format == "csv" else format
    return Response(payload, media_type=MEDIA_TYPES[format], headers={"Content-Disposition": f'attachment; filename="policykg.{ext}"'})
