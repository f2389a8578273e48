"""Exporters in one registry: FORMATS maps a format name to a function that turns a GraphData into bytes."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import RDFS, XSD

from .errors import BadQuery
from .views import PREFIXES, GraphData, to_networkx, to_rdf


def as_json(data: GraphData) -> str:
    """The JSON node-link shape of shared/DESIGN.md, sorted for stable output."""
    doc = {
        "nodes": [n.as_dict() for n in sorted(data.nodes, key=lambda n: n.id)],
        "edges": [e.as_dict() for e in sorted(data.edges, key=lambda e: e.id)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


def write_json(data: GraphData) -> bytes:
    return as_json(data).encode("utf-8")


def write_graphml(data: GraphData) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(data), buf, encoding="utf-8")
    return buf.getvalue()


def write_gexf(data: GraphData) -> bytes:
    """GEXF 1.2 for Gephi. An edge's `type` is reserved there (directed, undirected, mutual), so the relation
    goes in `relation` and is the edge's label."""
    g = to_networkx(data)
    for _, _, d in g.edges(data=True):
        d["relation"] = d["label"] = d.pop("type")
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8")
    return buf.getvalue()


def _rdf(fmt: str) -> Callable[[GraphData], bytes]:
    def write(data: GraphData) -> bytes:
        return to_rdf(data).serialize(format=fmt, encoding="utf-8")

    return write


def write_jsonld(data: GraphData) -> bytes:
    """JSON-LD compacted with the view's prefixes (pkg:, prov:, skos: ...), so keys read as terms, not full IRIs."""
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()} | {"rdfs": str(RDFS), "xsd": str(XSD)}
    return to_rdf(data).serialize(format="json-ld", context=context, auto_compact=True, encoding="utf-8")


def _flat(value: object) -> str:
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return "|".join(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _table(rows: list[tuple[list[str], dict]], fixed: list[str], prefix: str) -> str:
    """CSV text: the fixed columns, then one `attr_<name>` column per attribute any row has (empty where a row
    has none), so pandas or R can filter on a verb or a date without parsing the lossless `attrs` JSON."""
    keys = sorted({k for _, attrs in rows for k, v in attrs.items() if v not in (None, "", [])})
    out = io.StringIO()
    out.write(prefix)
    w = csv.writer(out)
    w.writerow(fixed + [f"attr_{k}" for k in keys])
    for cells, attrs in rows:
        w.writerow(cells + [_flat(attrs[k]) if attrs.get(k) not in (None, "", []) else "" for k in keys])
    return out.getvalue()


def write_csv_zip(data: GraphData, bom: bool = False) -> bytes:
    """A zip holding nodes.csv and edges.csv (UTF-8; with a BOM when Excel is to open them)."""
    nodes = []
    for n in sorted(data.nodes, key=lambda n: n.id):
        d = n.as_dict()
        nodes.append(([n.id, d["type"], n.label, "|".join(n.aliases), json.dumps(d["attrs"], ensure_ascii=False),
                       json.dumps(d["evidence"])], d["attrs"]))
    edges = []
    for e in sorted(data.edges, key=lambda e: e.id):
        d = e.as_dict()
        edges.append(([e.id, e.source, e.target, d["type"], json.dumps(d["attrs"], ensure_ascii=False),
                       json.dumps(d["evidence"])], d["attrs"]))
    prefix = "\ufeff" if bom else ""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", _table(nodes, ["id", "type", "label", "aliases", "attrs", "evidence"], prefix).encode("utf-8"))
        z.writestr("edges.csv", _table(edges, ["id", "source", "target", "type", "attrs", "evidence"], prefix).encode("utf-8"))
    return buf.getvalue()


FORMATS: dict[str, Callable[[GraphData], bytes]] = {
    "json": write_json,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "csv": write_csv_zip,
    "ttl": _rdf("turtle"),
    "nt": _rdf("nt"),
    "jsonld": write_jsonld,
}

MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "application/zip",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}


def export(data: GraphData, fmt: str, *, bom: bool = False) -> bytes:
    """`data` in format `fmt`; `bom` puts a UTF-8 byte order mark before CSV tables, so Excel reads Chinese."""
    if fmt not in FORMATS:
        raise BadQuery(f"unknown export format {fmt!r}", f"choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return write_csv_zip(data, bom)
    return FORMATS[fmt](data)


def write_csv_folder(data: GraphData, folder: Path, bom: bool = False) -> None:
    """CSV as a folder with nodes.csv and edges.csv, for `-o DIR`."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(write_csv_zip(data, bom))) as z:
        z.extractall(folder)
