"""Commands that ask the store: search, measures, trace, problems, regulations, entity, neighbours, path,
timeline, sparql."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from policykg.graph.errors import BadQuery
from policykg.graph.queries.entity_pages import entity_page
from policykg.graph.queries.problem_links import measures_for
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.timeline import timeline as timeline_by_period
from policykg.graph.queries.trace import trace as trace_regulation
from policykg.graph.queries.walks import neighbourhood, shortest_path

from ..services import Services
from .options import DbOpt, JsonOpt
from .output import out, print_json, print_table


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
        print_json(result.as_dict())
        return
    print_table(f"{result.total} hits for {query}", ["type", "label", "score"], [[h.type, h.text[:80], f"{h.score:.2f}"] for h in result.hits])
    for name, counts in (result.facets or {}).items():
        out.print(f"{name}: " + ", ".join(f"{v} ({n})" for v, n in list(counts.items())[:10]), markup=False)


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
        print_json(rows)
        return
    print_table(f"measures for {problem}", ["problem", "date", "measure"], [[r["problem"][:30], r["date"], r["text"][:80]] for r in rows])


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
        print_json(rows)
        return
    print_table(f"trace of {regulation}", ["date", "verb", "unit", "sentence"], [[r["date"], r["verb"], r["unit"], r["text"][:70]] for r in rows])


def problems(
    db: DbOpt,
    query: Annotated[Optional[str], typer.Argument(help="Only problems whose title contains this.")] = None,
    measures_of: Annotated[Optional[str], typer.Option("--measures", help="Instead, list the measures of this problem id, with units, dates and status.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Problems found in the documents, with their parent and number of measures.

    Examples: policykg problems 饮用水 ; policykg problems --measures problem:7729b6ddad6e7ff3 --json
    """
    from ..catalog import list_problems, problem_measures

    with Services.open(db) as services:
        rows = problem_measures(services.store, measures_of) if measures_of else list_problems(services.store, query)
    if as_json:
        print_json(rows)
    elif measures_of:
        print_table(f"measures of {measures_of}", ["date", "units", "status", "measure"],
                    [[r["date"], "、".join(r["units"]), r["status"], r["text"][:80]] for r in rows])
    else:
        print_table(f"{len(rows)} problems", ["id", "problem", "parent", "measures", "status"],
                    [[r["id"], r["title"][:40], r["parent_title"][:20], str(r["measures"]), r["status"]] for r in rows])


def regulations(
    db: DbOpt,
    query: Annotated[Optional[str], typer.Argument(help="Only regulations whose title contains this.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Regulations named in the documents, most acted on first, with issuers and dates.

    Example: policykg regulations 湾长制 --json
    """
    from ..catalog import list_regulations

    with Services.open(db) as services:
        rows = list_regulations(services.store, query)
    if as_json:
        print_json(rows)
        return
    print_table(f"{len(rows)} regulations", ["id", "regulation", "issuers", "actions", "dates"],
                [[r["id"], f"《{r['title']}》", "、".join(r["issuers"]), str(r["actions"]),
                  r["first_date"] + (f" – {r['last_date']}" if r["last_date"] != r["first_date"] else "")] for r in rows])


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
        print_json(page)
        return
    node = page["node"]
    out.print(Text(node["label"], style="bold"), f" ({node['type']}, {node['id']})", soft_wrap=True)
    for key, value in node["attrs"].items():
        out.print(f"  {key}: {value}", soft_wrap=True, markup=False)
    print_table("edges", ["", "type", "other end", "verb / date"],
                [["→" if x["direction"] == "out" else "←", x["edge"]["type"], f"{x['other']['label'][:50]} ({x['other']['type']})",
                  f"{x['edge']['attrs'].get('verb', '')} {x['edge']['attrs'].get('date', '')}".strip()] for x in page["edges"]])
    print_table("evidence", ["doc", "span", "sentence"],
                [[q["doc"], f"{q['start']}-{q['end']}", f"…{q['before'][-15:]}【{q['text']}】{q['after'][:15]}…"] for q in page["evidence"]])


def _graph_table(title: str, nodes: list, edges: list) -> None:
    print_table(title, ["id", "type", "label"], [[n.id, str(n.type), n.label[:60]] for n in nodes])
    labels = {n.id: n.label for n in nodes}
    print_table("edges", ["source", "type", "target"],
                [[labels.get(e.source, e.source)[:40], str(e.type), labels.get(e.target, e.target)[:40]] for e in edges])


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
        print_json({"nodes": [n.as_dict() for n in data.nodes], "edges": [e.as_dict() | {"id": e.id} for e in data.edges]})
        return
    _graph_table(f"{len(data.nodes)} nodes around {seed.label}", data.nodes, data.edges)


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
        print_json({"nodes": [n.as_dict() for n in data.nodes], "edges": [e.as_dict() | {"id": e.id} for e in data.edges]})
        return
    labels = {n.id: f"{n.label[:30]} ({n.type})" for n in data.nodes}
    out.print(f"{len(data.edges)} edges:", soft_wrap=True)
    here = data.nodes[0].id
    out.print(f"  {labels[here]}", soft_wrap=True, markup=False)
    for e in data.edges:
        arrow, here = (f"-[{e.type}]->", e.target) if e.source == here else (f"<-[{e.type}]-", e.source)
        out.print(f"  {arrow} {labels[here]}", soft_wrap=True, markup=False)


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
        print_json(periods)
        return
    print_table("timeline", ["period", "date", "verb", "unit", "text"],
                [[p["period"] if i == 0 else "", item["date"], item["verb"], item["unit"][:20], item["text"][:60]]
                 for p in periods for i, item in enumerate(p["items"])])


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
