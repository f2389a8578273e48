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
from rich.text import Text
from typer.exceptions import TyperException

from policykg.graph.errors import BadQuery, PolicykgError
from policykg.graph.export import FORMATS, export as export_graph, write_csv_folder
from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.problem_links import measures_for
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.timeline import timeline as timeline_by_period
from policykg.graph.queries.trace import trace as trace_regulation
from policykg.graph.queries.walks import neighbourhood, shortest_path

from .services import Services
from .settings import Settings, default_db

app = typer.Typer(
    help="policykg: Chinese government documents on problems and measures, as a knowledge graph and a search. "
         "Every command has --help with examples, query commands have --json; add --debug to see the traceback of an error.",
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


def _table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    t = Table(title=title)
    for col in columns:
        t.add_column(col, overflow="fold")  # ids stay whole, to copy into the next command
    for row in rows:
        t.add_row(*(Text(cell) for cell in row))  # text as written: a [bracket] in a title is not markup
    out.print(t)


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

    with Services.open(db) as services:
        with Progress(console=err, disable=quiet or as_json or not err.is_terminal) as bar:
            task = bar.add_task("ingesting", total=None)
            report = ingest_paths(services.store, services.index, paths, workers=workers or default_workers(),
                                  max_bytes=int(max_size * 1024 * 1024), progress=lambda o: bar.advance(task))
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

    with Services.open(db) as services:
        result = run_search(services.index, query, node_type=node_type, limit=limit, offset=offset, sort=sort,
                            facets=facets)
    if as_json:
        _print_json(result.as_dict())
        return
    _table(f"{result.total} hits for {query}", ["type", "label", "score"], [[h.type, h.text[:80], f"{h.score:.2f}"] for h in result.hits])
    for name, counts in (result.facets or {}).items():
        out.print(f"{name}: " + ", ".join(f"{v} ({n})" for v, n in list(counts.items())[:10]), markup=False)


@app.command()
def measures(
    db: DbOpt,
    problem: Annotated[str, typer.Option("--problem", help="Words of the problem's title, or its id.")],
    as_json: JsonOpt = False,
) -> None:
    """Measures that addressed a problem (sub-problems included).

    Example: policykg measures --problem 饮用水 --json
    """
    with Services.open(db) as services:
        rows = measures_for(services.store, problem)
    if as_json:
        _print_json(rows)
        return
    _table(f"measures for {problem}", ["problem", "date", "measure"], [[r["problem"][:30], r["date"], r["text"][:80]] for r in rows])


@app.command()
def trace(
    regulation: Annotated[str, typer.Argument(help="The regulation's title (without 《》), part of it, or its id.")],
    db: DbOpt,
    as_json: JsonOpt = False,
) -> None:
    """What was done with a regulation, in time order: who drafted, issued, implemented it, and when.

    Example: policykg trace 海南省全面推行“湾长制”实施方案 --json
    """
    with Services.open(db) as services:
        rows = trace_regulation(services.store, regulation)
    if as_json:
        _print_json(rows)
        return
    _table(f"trace of {regulation}", ["date", "verb", "unit", "sentence"], [[r["date"], r["verb"], r["unit"], r["text"][:70]] for r in rows])


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

    endpoint = Endpoint(sparql_endpoint, query_endpoint, graph, user, password)
    with Services.open(db) as services:
        with Progress(console=err, disable=as_json or not err.is_terminal) as bar:
            task = bar.add_task("pushing", total=len(services.store.documents()))
            report = push_graph(services.store, endpoint, batch_triples=batch, full=full,
                                progress=lambda doc, n: bar.advance(task))
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
    with Services.open(db) as services:
        result = run_query(services.store, text, timeout_s=timeout, max_rows=max_rows)
    media = result.media_types[0]
    if fmt:
        media = FORMAT_NAMES.get(fmt, "")
        if media not in result.media_types:
            names = [k for k, v in FORMAT_NAMES.items() if v in result.media_types]
            raise BadQuery(f"format {fmt!r} does not fit {result.description}", f"choose one of {', '.join(names)}")
    payload = result.serialize(media)
    sys.stdout.buffer.write(payload if payload.endswith(b"\n") else payload + b"\n")
    sys.stdout.flush()



@app.command()
def problems(
    db: DbOpt,
    query: Annotated[Optional[str], typer.Argument(help="Only problems whose title contains this.")] = None,
    measures_of: Annotated[Optional[str], typer.Option("--measures", help="Instead, list the measures of this problem id, with units, dates and status.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Problems found in the documents, with their parent and number of measures.

    Examples: policykg problems 饮用水 ; policykg problems --measures problem:7729b6ddad6e7ff3 --json
    """
    from .catalog import list_problems, problem_measures

    with Services.open(db) as services:
        rows = problem_measures(services.store, measures_of) if measures_of else list_problems(services.store, query)
    if as_json:
        _print_json(rows)
    elif measures_of:
        _table(f"measures of {measures_of}", ["date", "units", "status", "measure"],
               [[r["date"], "、".join(r["units"]), r["status"], r["text"][:80]] for r in rows])
    else:
        _table(f"{len(rows)} problems", ["id", "problem", "parent", "measures", "status"],
               [[r["id"], r["title"][:40], r["parent_title"][:20], str(r["measures"]), r["status"]] for r in rows])


@app.command()
def regulations(
    db: DbOpt,
    query: Annotated[Optional[str], typer.Argument(help="Only regulations whose title contains this.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Regulations named in the documents, most acted on first, with issuers and dates.

    Example: policykg regulations 湾长制 --json
    """
    from .catalog import list_regulations

    with Services.open(db) as services:
        rows = list_regulations(services.store, query)
    if as_json:
        _print_json(rows)
        return
    _table(f"{len(rows)} regulations", ["id", "regulation", "issuers", "actions", "dates"],
           [[r["id"], f"《{r['title']}》", "、".join(r["issuers"]), str(r["actions"]),
             r["first_date"] + (f" – {r['last_date']}" if r["last_date"] != r["first_date"] else "")] for r in rows])


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Id or name of the node.")],
    db: DbOpt,
    as_json: JsonOpt = False,
) -> None:
    """One node: its attributes, its edges, and the source sentences that support it.

    Example: policykg entity 海南省生态环境厅 --json
    """
    with Services.open(db) as services:
        page = entity_page(services.store, name)
    if as_json:
        _print_json(page)
        return
    node = page["node"]
    out.print(Text(node["label"], style="bold"), f" ({node['type']}, {node['id']})", soft_wrap=True)
    for key, value in node["attrs"].items():
        out.print(f"  {key}: {value}", soft_wrap=True, markup=False)
    _table("edges", ["", "type", "other end", "verb / date"],
           [["→" if x["direction"] == "out" else "←", x["edge"]["type"], f"{x['other']['label'][:50]} ({x['other']['type']})",
             f"{x['edge']['attrs'].get('verb', '')} {x['edge']['attrs'].get('date', '')}".strip()] for x in page["edges"]])
    _table("evidence", ["doc", "span", "sentence"],
           [[q["doc"], f"{q['start']}-{q['end']}", f"…{q['before'][-15:]}【{q['text']}】{q['after'][:15]}…"] for q in page["evidence"]])


def _graph_table(title: str, nodes: list, edges: list) -> None:
    _table(title, ["id", "type", "label"], [[n.id, str(n.type), n.label[:60]] for n in nodes])
    labels = {n.id: n.label for n in nodes}
    _table("edges", ["source", "type", "target"],
           [[labels.get(e.source, e.source)[:40], str(e.type), labels.get(e.target, e.target)[:40]] for e in edges])


@app.command()
def neighbours(
    name: Annotated[str, typer.Argument(help="Id or name of the node.")],
    db: DbOpt,
    depth: Annotated[int, typer.Option(min=1, max=5, help="Hops from the node (either direction).")] = 1,
    types: Annotated[Optional[list[str]], typer.Option("--type", help="Only walk through nodes of this type (repeatable).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The nodes within --depth edges of a node, and the edges among them (JSON: the export's node-link shape).

    Example: policykg neighbours 海南省生态环境厅 --depth 2 --type measure --type regulation
    """
    with Services.open(db) as services:
        seed = find_seed(services.store, name)
        data = neighbourhood(services.store, [seed.id], depth, types)
    if as_json:
        _print_json({"nodes": [n.as_dict() for n in data.nodes], "edges": [e.as_dict() | {"id": e.id} for e in data.edges]})
        return
    _graph_table(f"{len(data.nodes)} nodes around {seed.label}", data.nodes, data.edges)


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="Id or name of one end.")],
    target: Annotated[str, typer.Argument(help="Id or name of the other end.")],
    db: DbOpt,
    max_depth: Annotated[int, typer.Option(help="Longest chain to look for, in edges.")] = 6,
    types: Annotated[Optional[list[str]], typer.Option("--type", help="Node types the chain may pass through (repeatable).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """One shortest chain of edges between two entities.

    Example: policykg path 海南省生态环境厅 海南省全面推行“湾长制”实施方案 --json
    """
    with Services.open(db) as services:
        data = shortest_path(services.store, source, target, max_depth, types)
    if as_json:
        _print_json({"nodes": [n.as_dict() for n in data.nodes], "edges": [e.as_dict() | {"id": e.id} for e in data.edges]})
        return
    labels = {n.id: f"{n.label[:30]} ({n.type})" for n in data.nodes}
    out.print(f"{len(data.edges)} edges:", soft_wrap=True)
    here = data.nodes[0].id
    out.print(f"  {labels[here]}", soft_wrap=True, markup=False)
    for e in data.edges:
        arrow, here = (f"-[{e.type}]->", e.target) if e.source == here else (f"<-[{e.type}]-", e.source)
        out.print(f"  {arrow} {labels[here]}", soft_wrap=True, markup=False)


@app.command()
def timeline(
    db: DbOpt,
    regulation: Annotated[Optional[str], typer.Option(help="Only actions on regulations matching this title or id.")] = None,
    problem: Annotated[Optional[str], typer.Option(help="Only measures addressing problems matching this.")] = None,
    unit: Annotated[Optional[str], typer.Option(help="Only what units matching this did.")] = None,
    by: Annotated[str, typer.Option(help="Period: year, month or day.")] = "month",
    as_json: JsonOpt = False,
) -> None:
    """Dated actions on regulations and dated measures, grouped by period, in time order.

    Examples: policykg timeline --regulation 湾长制 ; policykg timeline --unit 生态环境厅 --by year --json
    """
    with Services.open(db) as services:
        periods = timeline_by_period(services.store, regulation=regulation, problem=problem, unit=unit, by=by)
    if as_json:
        _print_json(periods)
        return
    _table("timeline", ["period", "date", "verb", "unit", "text"],
           [[p["period"] if i == 0 else "", item["date"], item["verb"], item["unit"][:20], item["text"][:60]]
            for p in periods for i, item in enumerate(p["items"])])


@app.command()
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
        _print_json(rows)
        return
    _table(f"{len(rows)} documents", ["id", "title", "file", "ingested"],
           [[d["id"], (d["title"] or "")[:40], Path(d["path"] or "").name, d["ingested_at"]] for d in rows])


def _fail(message: str, hint: str, code: int) -> None:
    """One line on standard error, however wide the terminal: `error: message  (hint: ...)`."""
    line = f"error: {message}" + (f"  (hint: {hint})" if hint else "")
    sys.stderr.write(" ".join(line.split()) + "\n")
    sys.exit(code)


def main() -> None:
    """Run the command line. Errors print one line with a hint; `--debug` (anywhere) shows tracebacks instead."""
    args = sys.argv[1:]
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"] or ["--help"]
    try:
        code = app(args=args, prog_name="policykg", standalone_mode=False)
    except typer.Abort:
        _fail("interrupted", "", 130)
    except TyperException as e:  # usage errors: a missing argument, an unknown command or option
        names = {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}
        command = next((a for a in args if a in names), "")
        _fail(e.format_message(), f"policykg {command} --help" if command else "policykg --help", e.exit_code)
    except PolicykgError as e:
        if debug:
            raise
        _fail(e.message, e.hint, 2)
    except Exception as e:  # noqa: BLE001 - anything unexpected still ends in one line
        if debug:
            raise
        _fail(f"unexpected {type(e).__name__}: {e}", "run again with --debug to see the traceback", 1)
    sys.exit(code if isinstance(code, int) else 0)
