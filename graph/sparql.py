"""Read-only SPARQL 1.1 over the graph's RDF view, with a time limit and a row limit.

The RDF view (graph/views.py `to_rdf`, plus the ontology) is loaded into an Oxigraph store once per corpus
version, kept on disk beside the embedded store so that later processes open it at once. Oxigraph answers the
benchmark queries 10-100x faster than rdflib's own evaluator and loads faster too (benchmarks/RESULTS.md), so
queries go to it directly rather than through rdflib.

Updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) and SERVICE (which would make the server
fetch from elsewhere) are refused before anything runs. Oxigraph cannot interrupt a query, so over the embedded
store queries run in a separate process (graph/sparql_worker.py) that is ended when a query overruns its time
limit, and started again for the next one: an explosive query costs its own limit, never the engine. One query
runs at a time; the next waits no longer than its own limit before it is told the engine is busy.

>>> from policykg.graph.views import GraphData
>>> r = query(GraphData([], []), "SELECT (1 + 1 AS ?two) {}", timeout_s=5, max_rows=10)
>>> r.serialize("text/csv")
b'two\\r\\n2\\r\\n'
"""

from __future__ import annotations

import atexit
import json
import os
import re
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from .errors import BadQuery, PolicykgError, Refused, StoreBusy, TimedOut, TooLarge
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
_DATASETS: dict[tuple[str, int], ox.Store] = {}


def string_literal(text: str) -> str:
    """`text` as a quoted SPARQL / Turtle string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


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
        path = _on_disk(source, Path(folder) / CACHE_DIR, source.version) if folder else None
        found = ox.Store.read_only(str(path)) if path else _load(whole(source), ox.Store())
        _DATASETS.clear()  # one corpus per process is the rule; the previous version is stale
        _DATASETS[key] = found
    return found


#: Folder (inside the store's) where built datasets are kept, one subfolder per corpus version.
CACHE_DIR = "sparql"


def _on_disk(source: GraphReader, cache: Path, version: int) -> Path | None:
    """The folder of the dataset of `version` in the cache, built first if missing; None if the cache cannot be
    written. Builders write to a private folder and rename it into place, so readers never see half a one."""
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
        return final
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
    """The answer to one query: variables and rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    Plain data, so it crosses from the query process as JSON.
    """

    kind: str
    """select, ask or graph."""
    variables: list[str] = field(default_factory=list)
    rows: list[list[dict[str, str] | None]] = field(default_factory=list)
    """One list per solution: a SPARQL JSON term ({"type", "value", "xml:lang"?, "datatype"?}) or None (unbound)
    per variable."""
    boolean: bool = False
    triples: str = ""
    """N-Triples."""

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
            triples = (q.triple for q in ox.parse(self.triples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
            return ox.serialize(triples, format=GRAPH_TYPES[media_type], prefixes=prefixes) or b""
        fmt = SELECT_TYPES.get(media_type)
        if fmt is None:
            raise BadQuery(f"{self.description} cannot be written as {media_type}", f"ask for one of {', '.join(SELECT_TYPES)}")
        return {"json": self._json, "csv": self._csv, "tsv": self._tsv}[fmt]().encode("utf-8")

    def _json(self) -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
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
        lines += ["\t".join(_nt_term(t) for t in row) for row in self.rows]
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


def _csv_cell(t: dict[str, str] | None) -> str:
    if t is None:
        return ""
    value = f"_:{t['value']}" if t["type"] == "bnode" else t["value"]
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _nt_term(t: dict[str, str] | None) -> str:
    """A term as N-Triples writes it, as SPARQL TSV results want."""
    if t is None:
        return ""
    if t["type"] == "uri":
        return f"<{t['value']}>"
    if t["type"] == "bnode":
        return f"_:{t['value']}"
    if t["type"] != "literal":
        return t["value"]
    quoted = string_literal(t["value"])
    if "xml:lang" in t:
        return f'{quoted}@{t["xml:lang"]}'
    return f'{quoted}^^<{t["datatype"]}>' if "datatype" in t else quoted


_ERRORS: dict[str, type[PolicykgError]] = {
    "bad_query": BadQuery, "too_large": TooLarge, "refused": Refused, "timed_out": TimedOut,
}


def query(source: GraphReader | GraphData, text: str, *, timeout_s: float, max_rows: int) -> Result:
    """Answer one read-only SPARQL query over the RDF view of `source` (a store, or a subgraph).

    Refused for updates and SERVICE; BadQuery for a syntax error (the message says where); TooLarge when the
    answer has more than `max_rows` rows or triples; TimedOut past `timeout_s` seconds, building the dataset
    included (a build goes on in the background, for the next query); StoreBusy when another query keeps the
    engine past `timeout_s`.

    Over the embedded store the query runs in a separate process, ended when it overruns its limit: a runaway
    query costs its own time limit, not the engine. Other sources (a subgraph, a remote store) are answered in
    this process.
    """
    check_read_only(text)
    deadline = time.monotonic() + timeout_s
    if not _ENGINE.acquire(timeout=timeout_s):
        raise StoreBusy("the SPARQL engine is busy with another query", "try again in a little while")
    try:
        folder = getattr(source, "folder", None)
        if isinstance(source, GraphData) or folder is None:
            return _in_thread(lambda: _evaluate(dataset(source), text, max_rows), deadline, timeout_s)
        path = _in_thread(lambda: _built(source), deadline, timeout_s)
        if path is None:  # the cache folder cannot be written: answer from memory
            return _in_thread(lambda: _evaluate(dataset(source), text, max_rows), deadline, timeout_s)
        reply = _CHILD.ask({"path": str(path), "query": text, "max_rows": max_rows}, deadline, timeout_s)
    finally:
        _ENGINE.release()
    if "error" in reply:
        e = reply["error"]
        raise _ERRORS.get(e["code"], BadQuery)(e["message"], e.get("hint", ""))
    return Result(**reply["result"])


_ENGINE = threading.Lock()
"""One query at a time per process: the machine is small, and a second query would only halve the first's speed."""


def _in_thread(work: Callable[[], Any], deadline: float, timeout_s: float) -> Any:
    """`work()` in a daemon thread, waited for until the deadline; past it the work goes on unobserved."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as e:  # handed to the waiting caller, without frames holding Oxigraph's cursor
            box["error"] = e.with_traceback(None)

    thread = threading.Thread(target=run, name="sparql", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if thread.is_alive():
        raise TimedOut(f"the query ran longer than {timeout_s:g} s",
                       "narrow it down (fewer patterns, a LIMIT, a FILTER); after an ingest the first query also builds the dataset")
    if "error" in box:
        raise box["error"]
    return box.get("value")


_BUILDING = threading.Lock()


def _built(store: GraphReader) -> Path | None:
    """The folder of the current version's dataset, built first if needed (one build at a time)."""
    cache = Path(store.folder) / CACHE_DIR  # type: ignore[attr-defined]
    version = store.version
    with _BUILDING:
        return _on_disk(store, cache, version)


def _evaluate(ds: ox.Store, text: str, max_rows: int) -> Result:
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
        rows = [[None if s[v] is None else _json_term(s[v]) for v in variables] for s in _limited(answer, max_rows)]
        return Result("select", variables=variables, rows=rows)
    return Result("graph", triples="".join(f"{t} .\n" for t in _limited(answer, max_rows)))


def _limited(items: Iterator[Any], max_rows: int) -> Iterator[Any]:
    for i, item in enumerate(items):
        if i >= max_rows:
            raise TooLarge(f"the answer has more than {max_rows} rows", "add a LIMIT (and OFFSET to page)")
        yield item


class _Child:
    """The query process (graph/sparql_worker.py), started on first use and again after it was ended."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.lock = threading.Lock()

    def ask(self, request: dict[str, Any], deadline: float, timeout_s: float) -> dict[str, Any]:
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self.proc = subprocess.Popen(
                    [sys.executable, "-m", "policykg.graph.sparql_worker"], stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
                )
            proc = self.proc
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
                proc.stdin.flush()
                ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
                line = proc.stdout.readline() if ready else ""
            except (OSError, ValueError):
                line = ""
            if line:
                return json.loads(line)
            self.stop()
            if not ready:
                raise TimedOut(f"the query ran longer than {timeout_s:g} s", "narrow it down: fewer patterns, a LIMIT, a FILTER")
            raise StoreBusy("the SPARQL engine stopped while answering", "try again; a simpler query may help")

    def stop(self) -> None:
        """End the process, whatever it is doing (Oxigraph cannot be interrupted otherwise)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


_CHILD = _Child()
atexit.register(_CHILD.stop)
