"""Commands that fill the store, move it elsewhere or serve it: ingest, documents, export, push, serve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import Progress

from policykg.graph.export import FORMATS, export as export_graph, write_csv_folder

from ..services import Services
from ..settings import Settings
from .options import DbOpt, JsonOpt
from .output import err, out, print_json, print_table


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

    with Services.open(db) as services:
        with Progress(console=err, disable=quiet or as_json or not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=None)
            report = ingest_paths(services.store, services.index, paths, workers=workers or default_workers(),
                                  max_bytes=int(max_size * 1024 * 1024), progress=lambda o: bar.advance(task))
    if as_json:
        print_json(report.as_dict())
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


def documents(
    db: DbOpt,
    delete: Annotated[Optional[list[str]], typer.Option("--delete", help="Delete this document id (repeatable) with what only it supports.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The documents in the store; --delete removes one (add documents with `policykg ingest`).

    Examples: policykg documents --json ; policykg documents --delete document:92f876c8eea430cf
    """
    from policykg.ingest.batch import remove_document

    with Services.open(db) as services:
        for doc_id in delete or []:
            remove_document(services.store, services.index, doc_id)
            err.print(f"deleted {doc_id}")
        rows = services.store.documents()
    if as_json:
        print_json(rows)
        return
    print_table(f"{len(rows)} documents", ["id", "title", "file", "ingested"],
                [[d["id"], (d["title"] or "")[:40], Path(d["path"] or "").name, d["ingested_at"]] for d in rows])


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
    from ..subgraph import select

    with Services.open(db) as services:
        data = select(services, seed=seed, problem=problem, query=query, depth=depth)
        if fmt == "csv" and output not in ("-", "") and not output.endswith(".zip"):
            write_csv_folder(data, Path(output), bom)
            return
        payload = export_graph(data, fmt, bom=bom)
    if output in ("-", ""):
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        Path(output).write_bytes(payload)


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

    endpoint = Endpoint(sparql_endpoint, query_endpoint, graph, user, password)
    with Services.open(db) as services:
        with Progress(console=err, disable=as_json or not err.is_terminal) as bar:
            task = bar.add_task("pushing", total=len(services.store.documents()))
            report = push_graph(services.store, endpoint, batch_triples=batch, full=full,
                                progress=lambda doc, n: bar.advance(task))
    if as_json:
        print_json(report.__dict__)
    else:
        replaced = "; the named graph was replaced" if report.replaced else ""
        out.print(f"pushed {report.documents} documents ({report.triples} triples in {report.batches} batches); "
                  f"{report.skipped} already there{replaced}")


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

    from ..app import create_app
    from ..services import remote_graph

    settings = Settings(db=db, graph_backend=graph_backend, sparql_endpoint=sparql_endpoint, sparql_graph=sparql_graph)
    remote_graph(settings)  # a misconfigured backend fails here, in one line, not in the server's start-up
    err.print(f"policykg serving {db} at http://{host}:{port}/  (API docs at /docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
