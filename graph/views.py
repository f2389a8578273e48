"""Views derived from the store: a networkx MultiDiGraph and an rdflib Graph, whole or for a subgraph."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .model import Edge, Evidence, Node
from .reader import GraphReader

BASE = "https://w3id.org/policykg/"
PKG = Namespace(BASE + "ontology#")
RES = Namespace(BASE + "id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


@dataclass
class GraphData:
    """A set of nodes and the edges among them, as the exporters take it."""

    nodes: list[Node]
    edges: list[Edge]


def whole(store: GraphReader) -> GraphData:
    return GraphData(store.nodes(), store.edges())


#: networkx views of whole corpora, by (where the graph lives, its version); a few corpora at most.
_VIEWS: dict[tuple[str, int], nx.MultiDiGraph] = {}
_VIEWS_KEPT = 4


def graph_location(store: GraphReader) -> str:
    """Where a graph lives: the store's folder, the remote endpoint, or (neither) the object itself."""
    if getattr(store, "folder", None) is not None:
        return str(store.folder)  # type: ignore[attr-defined]
    if getattr(store, "endpoint", None) is not None:
        return repr(store.endpoint)  # type: ignore[attr-defined]
    return f"object:{id(store)}"


def networkx_view(store: GraphReader) -> nx.MultiDiGraph:
    """The whole graph as networkx, built once per corpus version (the store bumps it on every write/delete).

    Callers must not change the graph they get: every reader of the same version shares it.
    """
    key = (graph_location(store), store.version)
    view = _VIEWS.get(key)
    if view is None:
        view = to_networkx(whole(store))
        for old in [k for k in _VIEWS if k[0] == key[0]] + list(_VIEWS)[: max(0, len(_VIEWS) - _VIEWS_KEPT + 1)]:
            _VIEWS.pop(old, None)
        _VIEWS[key] = view
    return view


def iri(node_id: str) -> URIRef:
    """The stable IRI of a node or edge id: `type:digest` -> <https://w3id.org/policykg/id/type/digest>."""
    kind, _, digest = node_id.partition(":")
    return RES[f"{kind}/{digest}"]


def node_id_of(subject: str) -> str:
    """The id of a node or edge from its IRI, the reverse of `iri` (evidence fragments dropped)."""
    kind, _, digest = subject.removeprefix(str(RES)).partition("#")[0].partition("/")
    return f"{kind}:{digest}"


def evidence_iri(ev: Evidence) -> URIRef:
    """A span of a document's text as an RFC 5147 fragment of the document's IRI, as NIF names strings."""
    return URIRef(f"{iri(ev.doc)}#char={ev.start},{ev.end}")


def _add_evidence(g: Graph, subject: URIRef, evidence: list[Evidence]) -> None:
    for ev in evidence:
        span = evidence_iri(ev)
        g.add((subject, PROV.wasDerivedFrom, span))
        g.add((span, RDF.type, NIF.RFC5147String))
        g.add((span, NIF.referenceContext, iri(ev.doc)))
        g.add((span, NIF.beginIndex, Literal(ev.start)))
        g.add((span, NIF.endIndex, Literal(ev.end)))


def _scalar(v: Any) -> str | int | float | bool:
    if isinstance(v, (str, int, float, bool)):
        return v
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "|".join(v)
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """Flat attributes (no None, lists joined with |, evidence as JSON) so GraphML and GEXF can hold them."""
    g = nx.MultiDiGraph()
    for n in data.nodes:
        attrs = {f"attr_{k}": _scalar(v) for k, v in n.attrs.items() if v not in (None, "", [])}
        g.add_node(
            n.id, type=str(n.type), label=n.label, aliases="|".join(n.aliases),
            evidence=json.dumps([e.as_dict() for e in n.evidence]), **attrs,
        )
    for e in data.edges:
        attrs = {f"attr_{k}": _scalar(v) for k, v in e.attrs.items() if v not in (None, "", [])}
        g.add_edge(e.source, e.target, key=e.id, id=e.id, type=str(e.type), evidence=json.dumps([x.as_dict() for x in e.evidence]), **attrs)
    _one_type_per_attribute(g.nodes.values())
    _one_type_per_attribute(d for _, _, d in g.edges(data=True))
    return g


def _one_type_per_attribute(records: Iterable[dict[str, Any]]) -> None:
    """Make every attribute hold one type across the graph, as GraphML and GEXF declare one type per attribute:
    integers mixed with floats become floats, any other mix becomes text."""
    records = list(records)
    kinds: dict[str, set[type]] = {}
    for d in records:
        for k, v in d.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, found in kinds.items():
        if len(found) < 2:
            continue
        cast: Callable[[Any], Any] = float if found == {int, float} else str
        for d in records:
            if k in d:
                d[k] = cast(d[k])


def to_rdf(data: GraphData) -> Graph:
    """Nodes as typed resources, edges both as direct triples and as reified `pkg:Relation`s with attributes.

    Evidence is PROV + NIF: a node or relation `prov:wasDerivedFrom` a character span of its document, whose
    IRI is `<document IRI>#char=start,end` and whose context (the document) carries the text as `nif:isString`.
    The remote backend (graph/remote_graph.py) reads these same terms back.
    """
    g = Graph()
    g.bind("pkg", PKG)
    g.bind("res", RES)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("prov", PROV)
    g.bind("nif", NIF)
    for n in data.nodes:
        s = iri(n.id)
        g.add((s, RDF.type, PKG[str(n.type).capitalize()]))
        g.add((s, RDFS.label, Literal(n.label, lang="zh")))
        g.add((s, PKG.id, Literal(n.id)))
        for a in n.aliases:
            g.add((s, SKOS.altLabel, Literal(a, lang="zh")))
        for k, v in sorted(n.attrs.items()):
            if v in (None, "", []) or k == "text" and n.type == "document":
                continue
            if k == "date" and isinstance(v, str):
                g.add((s, DCTERMS.date, Literal(v, datatype=_date_type(v))))
            if isinstance(v, list):
                g.add((s, PKG.listValued, Literal(k)))
            for x in v if isinstance(v, list) else [v]:
                g.add((s, PKG[k], Literal(_scalar(x))))
        if n.type == "document" and n.attrs.get("text"):
            g.add((s, RDF.type, NIF.Context))
            g.add((s, NIF.isString, Literal(n.attrs["text"])))
        _add_evidence(g, s, n.evidence)
    for e in data.edges:
        g.add((iri(e.source), PKG[str(e.type)], iri(e.target)))
        r = iri(e.id)
        g.add((r, RDF.type, PKG.Relation))
        g.add((r, PKG.source, iri(e.source)))
        g.add((r, PKG.target, iri(e.target)))
        g.add((r, PKG.relation, PKG[str(e.type)]))
        for k, v in sorted(e.attrs.items()):
            if v not in (None, "", []):
                g.add((r, PKG[k], Literal(_scalar(v))))
        _add_evidence(g, r, e.evidence)
    return g


def _date_type(v: str) -> URIRef:
    return {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(v), XSD.date)
