"""The command line: `policykg COMMAND --help` shows examples for each command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from policykg.graph import queries
from policykg.graph.errors import BadQuery, PolicykgError
from policykg.graph.export import FORMATS, export as export_graph, write_csv_folder

from .services import Services
from .settings import Settings, default_db

app = typer.Typer(
    help="policykg: Chinese government documents on problems and measures, as a knowledge graph and a search.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

DbOpt = Annotated[Path, typer.Option("--db", help="Folder of the store (default: a per-user data folder, or $POLICYKG_DB).", default_factory=default_db, show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .html .docx .pdf).")],
    db: DbOpt,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any file is rejected.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary.")] = False,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Processes extracting documents (default: one per core).")] = None,
    max_size: Annotated[float, typer.Option("--max-size", min=0.001, help="Largest file to read, in MB; larger ones are rejected.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Read documents into the graph and the search index.

    Example: policykg ingest reports/ --db ./kg
    """
    from policykg.ingest.batch import ingest_paths
    from policykg.ingest.parallel import default_workers

    services = Services.open(db)
    try:
        with Progress(console=err, disable=quiet or as_json or not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=None)
            report = ingest_paths(services.store, services.index, paths, workers=workers or default_workers(),
                                  max_bytes=int(max_size * 1024 * 1024), progress=lambda o: bar.advance(task))
    finally:
        services.close()
    if as_json:
        _print_json(report.as_dict())
    else:
        if not quiet:
            for o in report.outcomes:
                if o.status == "rejected":
                    err.print(f"[red]rejected[/red] {o.path}: {o.message}", soft_wrap=True)  # one line per file
        skipped = f", skipped {report.count('skipped')} (README, SOURCES, gold ...)" if report.count("skipped") else ""
        out.print(f"ingested {report.count('ingested')}, unchanged {report.count('unchanged')}, rejected {report.count('rejected')}{skipped} into {db}")
        if report.repaired:
            err.print(f"restored the search index entries of {len(report.repaired)} documents an interrupted ingest had stored")
    if strict and report.count("rejected"):
        raise typer.Exit(1)


@app.command()
def export(
    db: DbOpt,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "json",
    output: Annotated[str, typer.Option("-o", "--output", help="File (or folder for csv); - or nothing for standard output.")] = "-",
    seed: Annotated[Optional[str], typer.Option(help="Export only the subgraph around this id or name.")] = None,
    problem: Annotated[Optional[str], typer.Option(help="Export only the problems matching this, their measures and what those touch.")] = None,
    query: Annotated[Optional[str], typer.Option(help="Export only what a full-text search for this finds, and its surroundings.")] = None,
    depth: Annotated[int, typer.Option(help="Hops around --seed, --problem or --query.")] = 1,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte order mark, so Excel shows Chinese.")] = False,
) -> None:
    """Export the graph (or a subgraph) for Gephi, R, pandas or a triple store.

    Examples: policykg export --format gexf -o kg.gexf ;
    policykg export --seed 海南省全面推行“湾长制”实施方案 --depth 2 --format ttl ;
    policykg export --problem 饮用水 --format csv --bom -o tables/
    """
    from .subgraph import select

    services = Services.open(db)
    try:
        data = select(services, seed=seed, problem=problem, query=query, depth=depth)
        if fmt == "csv" and output not in ("-", "") and not output.endswith(".zip"):
            write_csv_folder(data, Path(output), bom)
            return
        payload = export_graph(data, fmt, bom=bom)
    finally:
        services.close()
    if output in ("-", ""):
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        Path(output).write_bytes(payload)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words, \"a phrase\", AND / OR / NOT.")],
    db: DbOpt,
    node_type: Annotated[Optional[str], typer.Option("--type", help="Only passages of this type (measure, section, problem, regulation).")] = None,
    limit: Annotated[int, typer.Option(help="How many hits.")] = 10,
    offset: Annotated[int, typer.Option(help="Hits to skip (pagination).")] = 0,
    sort: Annotated[str, typer.Option(help="relevance or date.")] = "relevance",
    facets: Annotated[bool, typer.Option("--facets", help="Add counts per type, unit, place, water and year.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search in Chinese: words, "a phrase", AND / OR / NOT, type: unit: place: water: year: date:.

    Example: policykg search '禁塑 方案 year:2021' --type measure --json
    """
    from policykg.search.searcher import search as run_search

    services = Services.open(db)
    try:
        result = run_search(services.index, query, node_type=node_type, limit=limit, offset=offset, sort=sort,
                            facets=facets)
    finally:
        services.close()
    if as_json:
        _print_json(result.as_dict())
        return
    t = Table(title=f"{result.total} hits for {query}")
    for col in ("type", "label", "score"):
        t.add_column(col)
    for h in result.hits:
        t.add_row(h.type, h.text[:80], f"{h.score:.2f}")
    out.print(t)
    for name, counts in (result.facets or {}).items():
        out.print(f"{name}: " + ", ".join(f"{v} ({n})" for v, n in list(counts.items())[:10]))


@app.command()
def measures(
    db: DbOpt,
    problem: Annotated[str, typer.Option("--problem", help="Words of the problem's title, or its id.")],
    as_json: JsonOpt = False,
) -> None:
    """Measures that addressed a problem (sub-problems included).

    Example: policykg measures --problem 饮用水 --json
    """
    services = Services.open(db)
    try:
        rows = queries.measures_for(services.store, problem)
    finally:
        services.close()
    if as_json:
        _print_json(rows)
        return
    t = Table(title=f"measures for {problem}")
    for col in ("problem", "date", "measure"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["problem"][:30], r["date"], r["text"][:80])
    out.print(t)


@app.command()
def trace(
    regulation: Annotated[str, typer.Argument(help="The regulation's title (without 《》), part of it, or its id.")],
    db: DbOpt,
    as_json: JsonOpt = False,
) -> None:
    """What was done with a regulation, in time order: who drafted, issued, implemented it, and when.

    Example: policykg trace 海南省全面推行“湾长制”实施方案 --json
    """
    services = Services.open(db)
    try:
        rows = queries.trace(services.store, regulation)
    finally:
        services.close()
    if as_json:
        _print_json(rows)
        return
    t = Table(title=f"trace of {regulation}")
    for col in ("date", "verb", "unit", "sentence"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["date"], r["verb"], r["unit"], r["text"][:70])
    out.print(t)


@app.command()
def serve(
    db: DbOpt,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    graph_backend: Annotated[str, typer.Option(
        help="Where graph questions are answered: embedded (the store) or sparql (a store `push` filled).",
        envvar="POLICYKG_GRAPH_BACKEND")] = "embedded",
    sparql_endpoint: Annotated[str, typer.Option(
        help="Query URL of the remote SPARQL store (sparql backend).", envvar="POLICYKG_SPARQL_ENDPOINT")] = "",
    sparql_graph: Annotated[str, typer.Option(
        help="Named graph holding the graph there (push's default if empty).", envvar="POLICYKG_SPARQL_GRAPH")] = "",
) -> None:
    """Serve the HTTP API and the web page; an empty store first ingests the bundled sample.

    Example: policykg serve --port 8000, then open http://127.0.0.1:8000/

    With --graph-backend sparql, measures, trace, neighbours, entity pages, paths, timelines and /sparql read the
    remote store (search and documents stay local):
    policykg serve --graph-backend sparql --sparql-endpoint http://localhost:8890/sparql
    """
    import uvicorn

    from .app import create_app
    from .services import remote_graph

    settings = Settings(db=db, graph_backend=graph_backend, sparql_endpoint=sparql_endpoint, sparql_graph=sparql_graph)
    remote_graph(settings)  # a misconfigured backend fails here, in one line, not in the server's start-up
    err.print(f"policykg serving {db} at http://{host}:{port}/  (API docs at /docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command()
def push(
    db: DbOpt,
    sparql_endpoint: Annotated[str, typer.Option("--sparql-endpoint", help="SPARQL 1.1 Update URL of the remote store.")],
    query_endpoint: Annotated[str, typer.Option(help="Its query URL, if different (Virtuoso: /sparql beside /sparql-auth).")] = "",
    graph: Annotated[str, typer.Option("--graph", help="Named graph IRI to load into.")] = "https://w3id.org/policykg/graph/default",
    user: Annotated[str, typer.Option(help="User for HTTP digest or basic authentication.")] = "",
    password: Annotated[str, typer.Option(help="Password (or set $POLICYKG_SPARQL_PASSWORD).", envvar="POLICYKG_SPARQL_PASSWORD")] = "",
    batch: Annotated[int, typer.Option(help="Triples per INSERT DATA request.")] = 2000,
    full: Annotated[bool, typer.Option("--full", help="Replace the named graph: drop it, then send every document.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Load the graph into a SPARQL 1.1 store (Virtuoso, GraphDB, Fuseki, Oxigraph ...), resuming where it stopped.

    Only documents the store lacks are sent; the shared entities they touch get their current names. When
    documents were deleted since the last push, the named graph is replaced whole.

    Example: policykg push --sparql-endpoint http://localhost:8890/sparql-auth --user dba --password dba
    """
    from policykg.graph.remote import Endpoint, push as push_graph

    services = Services.open(db)
    endpoint = Endpoint(sparql_endpoint, query_endpoint, graph, user, password)
    try:
        with Progress(console=err, disable=as_json or not err.is_terminal) as bar:
            task = bar.add_task("pushing", total=len(services.store.documents()))
            report = push_graph(services.store, endpoint, batch_triples=batch, full=full,
                                progress=lambda doc, n: bar.advance(task))
    finally:
        services.close()
    if as_json:
        _print_json(report.__dict__)
    else:
        replaced = "; the named graph was replaced" if report.replaced else ""
        out.print(f"pushed {report.documents} documents ({report.triples} triples in {report.batches} batches); "
                  f"{report.skipped} already there{replaced}")


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="The query; - reads it from standard input, @FILE from a file.")],
    db: DbOpt,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="json, csv or tsv (SELECT/ASK); ttl, nt or jsonld (CONSTRUCT/DESCRIBE).")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds the query may run.")] = 60.0,
    max_rows: Annotated[int, typer.Option(help="Most rows (or triples) to answer with.")] = 100_000,
) -> None:
    """Ask the graph a read-only SPARQL 1.1 query (prefixes pkg: res: rdf: rdfs: xsd: skos: dcterms: prov: nif: eli: are declared).

    Example: policykg sparql 'SELECT ?title WHERE { ?r a pkg:Regulation ; rdfs:label ?title } LIMIT 10' --format csv
    """
    from policykg.graph.sparql import FORMAT_NAMES, query as run_query

    text = sys.stdin.read() if query == "-" else Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    services = Services.open(db)
    try:
        result = run_query(services.store, text, timeout_s=timeout, max_rows=max_rows)
    finally:
        services.close()
    media = result.media_types[0]
    if fmt:
        media = FORMAT_NAMES.get(fmt, "")
        if media not in result.media_types:
            names = [k for k, v in FORMAT_NAMES.items() if v in result.media_types]
            raise BadQuery(f"format {fmt!r} does not fit {result.description}", f"choose one of {', '.join(names)}")
    payload = result.serialize(media)
    sys.stdout.buffer.write(payload if payload.endswith(b"\n") else payload + b"\n")
    sys.stdout.flush()


def main() -> None:
    try:
        app()
    except PolicykgError as e:
        err.print(f"[red]error:[/red] {e.message}" + (f"  (hint: {e.hint})" if e.hint else ""))
        sys.exit(2)


