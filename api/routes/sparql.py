"""SPARQL 1.1 Protocol: read-only queries over the graph's RDF view, GET or POST, results by content negotiation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from policykg.graph.errors import BadQuery, Refused
from policykg.graph.sparql import FORMAT_NAMES, GRAPH_TYPES, SELECT_TYPES, Result, query as run_query

from ..deps import ServicesDep

router = APIRouter(tags=["sparql"])

_ALIASES = {"application/json": "application/sparql-results+json", "text/plain": "application/n-triples",
            "application/x-turtle": "text/turtle"}
DESCRIPTION = (
    "SELECT, ASK, CONSTRUCT or DESCRIBE over the graph (prefixes pkg: res: rdf: rdfs: xsd: skos: dcterms: prov: nif: eli: "
    "are predeclared). SELECT/ASK answer as application/sparql-results+json, text/csv or text/tab-separated-values; "
    "CONSTRUCT/DESCRIBE as text/turtle, application/n-triples or application/ld+json. Pick with the Accept header "
    "or `format` (json, csv, tsv, ttl, nt, jsonld). Updates and SERVICE are refused; time and row limits apply."
)


def negotiate(result: Result, accept: str, fmt: str | None) -> str:
    """The media type to answer in: `format` first, then the Accept header in order of preference, else the default."""
    offered = result.media_types
    if fmt:
        wanted = FORMAT_NAMES.get(fmt)
        if wanted not in offered:
            names = [k for k, v in FORMAT_NAMES.items() if v in offered]
            raise BadQuery(f"format {fmt!r} does not fit {result.description}", f"choose one of {', '.join(names)}")
        return wanted
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (x.strip() for x in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, _ALIASES.get(media.lower(), media.lower())))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
    return offered[0]


def _answer(request: Request, services: ServicesDep, text: str, fmt: str | None) -> Response:
    settings = request.app.state.settings
    if not text.strip():
        raise BadQuery("no query given", "send ?query=SELECT ... or POST it")
    if services.remote is not None:
        if fmt and fmt not in FORMAT_NAMES:
            raise BadQuery(f"unknown format {fmt!r}", f"choose one of {', '.join(FORMAT_NAMES)}")
        accept = FORMAT_NAMES[fmt] if fmt else request.headers.get("accept", "")
        body, media = services.remote.sparql(text, accept, settings.sparql_timeout_s)
        return Response(body, media_type=media)
    result = run_query(services.store, text, timeout_s=settings.sparql_timeout_s, max_rows=settings.sparql_max_rows)
    media = negotiate(result, request.headers.get("accept", ""), fmt)
    charset = "; charset=utf-8" if media in SELECT_TYPES or media in GRAPH_TYPES else ""
    return Response(result.serialize(media), media_type=media + charset)


@router.get("/sparql", summary="SPARQL query (read-only)", description=DESCRIPTION)
def sparql_get(
    request: Request,
    services: ServicesDep,
    query: Annotated[str, Query(description="The SPARQL query.", examples=["SELECT ?r ?title WHERE { ?r a pkg:Regulation ; rdfs:label ?title } LIMIT 10"])] = "",
    format: Annotated[str | None, Query(description="json, csv, tsv (SELECT/ASK) or ttl, nt, jsonld (CONSTRUCT/DESCRIBE).")] = None,
) -> Response:
    return _answer(request, services, query, format)


@router.post("/sparql", summary="SPARQL query (read-only), as a form field or an application/sparql-query body",
             description=DESCRIPTION)
async def sparql_post(request: Request, services: ServicesDep, format: str | None = None) -> Response:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/sparql-update":
        raise Refused("SPARQL updates are refused: this endpoint is read-only", "ask with SELECT, ASK, CONSTRUCT or DESCRIBE")
    if kind == "application/sparql-query":
        text = (await request.body()).decode("utf-8", "replace")
    elif kind in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        if "update" in form:
            raise Refused("SPARQL updates are refused: this endpoint is read-only", "ask with SELECT, ASK, CONSTRUCT or DESCRIBE")
        text = str(form.get("query", ""))
        format = format or (str(form["format"]) if "format" in form else None)
    else:
        raise BadQuery(f"cannot read a query sent as {kind or 'no content type'}",
                       "send application/sparql-query or a form with a query field")
    return await run_in_threadpool(_answer, request, services, text, format)
