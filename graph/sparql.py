"""Read-only SPARQL 1.1 over the graph's RDF view, with a time limit and a row limit.

The RDF view (graph/views.py `to_rdf`, plus the ontology) is loaded into an Oxigraph store once per corpus
version, kept on disk beside the embedded store so that later processes open it at once. Oxigraph answers the
benchmark queries 10-100x faster than rdflib's own evaluator and loads faster too (benchmarks/RESULTS.md), so
queries go to it directly rather than through rdflib.

Updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) and SERVICE (which would make the server
fetch from elsewhere) are refused before anything runs. A query runs in a worker thread (Oxigraph releases the
GIL); the caller stops waiting at the time limit. Oxigraph cannot be interrupted, so a query over its limit may
go on computing in the background: one query runs at a time, and the next waits for it no longer than its own
limit before it is told the engine is busy.

>>> from policykg.graph.views import GraphData
>>> r = query(GraphData([], []), "SELECT (1 + 1 AS ?two) {}", timeout_s=5, max_rows=10)
>>> r.serialize("text/csv")
b'two\\r\\n2\\r\\n'
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from .errors import BadQuery, Refused, StoreBusy, TimedOut, TooLarge
from .reader import GraphReader
from .views import PREFIXES as VIEW_PREFIXES
from .views import GraphData, emit_rdf, graph_location, whole

ONTOLOGY = Path(__file__).resolve().parent.parent / "data" / "ontology.ttl"

PREFIXES = {prefix: str(ns) for prefix, ns in VIEW_PREFIXES.items()} | {
    "rdf": str(rdflib.RDF), "rdfs": str(rdflib.RDFS), "xsd": str(rdflib.XSD),
}
"""Prefixes a query may use without declaring them."""

SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
"""Short names (CLI --format) for the media types."""

_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*',
)
_FORBIDDEN = re.compile(
    r"(?<![\w:?$@])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|SERVICE)(?![\w:-])", re.IGNORECASE
)
_ONE_AT_A_TIME = threading.Semaphore(1)
_DATASETS: dict[tuple[str, int], ox.Store] = {}


def check_read_only(text: str) -> None:
    """Refused when the text asks to change data or to reach another endpoint (strings, IRIs, comments aside)."""
    bare = _LEXEMES.sub(" ", text)
    m = _FORBIDDEN.search(bare)
    if m:
        word = m.group(1).upper()
        what = "federated queries (SERVICE)" if word == "SERVICE" else f"SPARQL updates ({word})"
        raise Refused(f"{what} are refused: this endpoint is read-only", "ask with SELECT, ASK, CONSTRUCT or DESCRIBE")


def dataset(source: GraphReader | GraphData) -> ox.Store:
    """The Oxigraph store holding the RDF view and the ontology, built once per corpus version for a reader.

    For the embedded store it is kept on disk beside the database (`sparql/v{version}`), so the next process
    (each `policykg sparql` is one) opens it in milliseconds instead of rebuilding it; elsewhere in memory.
    """
    if isinstance(source, GraphData):
        return _load(source, ox.Store())
    key = (graph_location(source), source.version)
    found = _DATASETS.get(key)
    if found is None:
        folder = getattr(source, "folder", None)
        found = _on_disk(source, Path(folder) / CACHE_DIR, source.version) if folder else None
        if found is None:
            found = _load(whole(source), ox.Store())
        _DATASETS.clear()  # one corpus per process is the rule; the previous version is stale
        _DATASETS[key] = found
    return found


#: Folder (inside the store's) where built datasets are kept, one subfolder per corpus version.
CACHE_DIR = "sparql"


def _on_disk(source: GraphReader, cache: Path, version: int) -> ox.Store | None:
    """The dataset of `version` from the cache folder, built there first if missing; None if the folder cannot
    be written. Builders write to a private folder and rename it into place, so readers never see half a one."""
    final = cache / f"v{version}"
    try:
        if not final.is_dir():
            cache.mkdir(exist_ok=True)
            building = cache / f"v{version}.{os.getpid()}.{threading.get_ident()}.building"
            store = _load(whole(source), ox.Store(str(building)))
            store.flush()
            del store  # closes the database before it moves
            try:
                building.rename(final)
            except OSError:  # another process got there first
                shutil.rmtree(building, ignore_errors=True)
        for old in cache.iterdir():  # earlier versions, and builds that were cut off
            if old != final and (old.name.endswith(".building") and old.stat().st_mtime < time.time() - 3600
                                 or old.name.startswith("v") and old.name[1:].isdigit() and int(old.name[1:]) < version):
                shutil.rmtree(old, ignore_errors=True)
        return ox.Store.read_only(str(final))
    except OSError:
        return None


def _load(data: GraphData, ds: ox.Store) -> ox.Store:
    sink = _OxigraphSink()
    emit_rdf(data, sink)
    ds.bulk_extend(sink.quads)
    ds.bulk_load(ONTOLOGY.read_bytes(), ox.RdfFormat.TURTLE)
    return ds


class _OxigraphSink:
    """Takes the RDF view's triples as Oxigraph quads, with no rdflib Graph between (3x faster to load)."""

    def __init__(self) -> None:
        self.quads: list[ox.Quad] = []
        self._iris: dict[str, ox.NamedNode] = {}

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        s, p, o = triple
        self.quads.append(ox.Quad(self._iri(s), self._iri(p), self._term(o)))

    def _iri(self, term: Any) -> ox.NamedNode:
        key = str(term)
        found = self._iris.get(key)
        if found is None:
            found = self._iris[key] = ox.NamedNode(key)
        return found

    def _term(self, term: Any) -> ox.NamedNode | ox.Literal:
        if isinstance(term, rdflib.Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self._iri(term.datatype))
            return ox.Literal(str(term))
        return self._iri(term)


@dataclass
class Result:
    """The answer to one query: variables and rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""

    kind: str
    """select, ask or graph."""
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    """One list per solution, a pyoxigraph term or None (unbound) per variable."""
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)

    @property
    def description(self) -> str:
        return "a CONSTRUCT/DESCRIBE answer" if self.kind == "graph" else f"an answer to {self.kind.upper()}"

    @property
    def media_types(self) -> list[str]:
        """What this result can be written as, the default first."""
        return list(GRAPH_TYPES) if self.kind == "graph" else list(SELECT_TYPES)

    def serialize(self, media_type: str) -> bytes:
        if self.kind == "graph":
            if media_type not in GRAPH_TYPES:
                raise BadQuery(f"{self.description} cannot be written as {media_type}", f"ask for one of {', '.join(GRAPH_TYPES)}")
            prefixes = {k: v for k, v in PREFIXES.items() if k != "res"}  # res: names would need escaped slashes
            return ox.serialize(self.triples, format=GRAPH_TYPES[media_type], prefixes=prefixes) or b""
        fmt = SELECT_TYPES.get(media_type)
        if fmt is None:
            raise BadQuery(f"{self.description} cannot be written as {media_type}", f"ask for one of {', '.join(SELECT_TYPES)}")
        return {"json": self._json, "csv": self._csv, "tsv": self._tsv}[fmt]().encode("utf-8")

    def _json(self) -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)

    def _csv(self) -> str:
        if self.kind == "ask":
            return f"_askResult\r\n{str(self.boolean).lower()}\r\n"
        lines = [",".join(self.variables)] + [",".join(_csv_cell(t) for t in row) for row in self.rows]
        return "\r\n".join(lines) + "\r\n"

    def _tsv(self) -> str:
        if self.kind == "ask":
            return f"?_askResult\n{str(self.boolean).lower()}\n"
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        lines += ["\t".join("" if t is None else str(t).replace("\t", "\\t") for t in row) for row in self.rows]
        return "\n".join(lines) + "\n"


def _json_term(t: Any) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": str(t)}


def _csv_cell(t: Any) -> str:
    if t is None:
        return ""
    value = t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else f"_:{t.value}" if isinstance(t, ox.BlankNode) else str(t)
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def query(source: GraphReader | GraphData, text: str, *, timeout_s: float, max_rows: int) -> Result:
    """Answer one read-only SPARQL query over the RDF view of `source` (a store, or a subgraph).

    Refused for updates and SERVICE; BadQuery for a syntax error (the message says where); TooLarge when the
    answer has more than `max_rows` rows or triples; TimedOut past `timeout_s` seconds (loading included);
    StoreBusy when an earlier query still holds the engine after waiting `timeout_s`.
    """
    check_read_only(text)
    deadline = time.monotonic() + timeout_s
    if not _ONE_AT_A_TIME.acquire(timeout=timeout_s):
        raise StoreBusy("the SPARQL engine is still busy with an earlier query", "try again in a little while")
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = _evaluate(dataset(source), text, max_rows, deadline)
        except BaseException as e:  # handed to the waiting caller, without frames holding Oxigraph's cursor
            box["error"] = e.with_traceback(None)
        finally:
            _ONE_AT_A_TIME.release()

    worker = threading.Thread(target=work, name="sparql", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise TimedOut(f"the query ran longer than {timeout_s:g} s", "narrow it down: fewer patterns, a LIMIT, a FILTER")
    if "error" in box:
        raise box["error"]
    return box["result"]


def _evaluate(ds: ox.Store, text: str, max_rows: int, deadline: float) -> Result:
    try:
        answer = ds.query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise BadQuery(f"SPARQL syntax error: {e}", "positions are line:column of the query") from None
    except OSError as e:
        raise BadQuery(f"the query failed: {e}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [[s[v] for v in variables] for s in _limited(answer, max_rows, deadline)]
        return Result("select", variables=variables, rows=rows)
    return Result("graph", triples=list(_limited(answer, max_rows, deadline)))


def _limited(items: Iterator[Any], max_rows: int, deadline: float) -> Iterator[Any]:
    for i, item in enumerate(items):
        if i >= max_rows:
            raise TooLarge(f"the answer has more than {max_rows} rows", "add a LIMIT (and OFFSET to page)")
        if time.monotonic() > deadline:
            raise TimedOut("the query ran past its time limit while its rows were read", "add a LIMIT")
        yield item
