"""Views derived from the store: a networkx MultiDiGraph and an rdflib Graph, whole or for a subgraph."""

from __future__ import annotations

import json
import re
import threading
from importlib import metadata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .model import Edge, Evidence, Node
from .reader import GraphReader

BASE = "https://w3id.org/policykg/"
PKG = Namespace(BASE + "ontology#")
RES = Namespace(BASE + "id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
#: Prefixes the RDF serializations use.
PREFIXES = {"eli": ELI, "pkg": PKG, "res": RES, "skos": SKOS, "dcterms": DCTERMS, "prov": PROV, "nif": NIF}


@dataclass
class GraphData:
    """A set of nodes and the edges among them, as the exporters take it."""

    nodes: list[Node]
    edges: list[Edge]
    extracted: dict[str, str] = field(default_factory=dict)
    """When each document was read (document id -> ISO time), for the PROV extraction activity; may be empty."""
    truncated: bool = False
    """True when a bound stopped the walk that gathered the nodes before it had found them all."""


class TripleSink(Protocol):
    """Where emit_rdf puts triples: an rdflib Graph, or a loader for another store."""

    def add(self, triple: tuple[Any, Any, Any]) -> Any: ...


def whole(store: GraphReader) -> GraphData:
    return GraphData(store.nodes(), store.edges(), extraction_times(store))


def extraction_times(store: GraphReader) -> dict[str, str]:
    """When each document was ingested, where the store keeps it (the embedded one does, a remote one not)."""
    documents = getattr(store, "documents", None)
    return {d["id"]: d["ingested_at"] for d in documents()} if callable(documents) else {}


#: networkx views of whole corpora, by (where the graph lives, its version); a few corpora at most.
_VIEWS: dict[tuple[str, int], nx.MultiDiGraph] = {}
_VIEWS_KEPT = 4
_VIEWS_LOCK = threading.Lock()


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
        with _VIEWS_LOCK:
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


def _add_evidence(g: TripleSink, subject: URIRef, evidence: list[Evidence]) -> None:
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


def extraction_iri(doc_id: str) -> URIRef:
    """The PROV activity that read one document: <.../id/extraction/{document digest}>."""
    return RES[f"extraction/{doc_id.partition(':')[2]}"]


def software_iri() -> URIRef:
    return RES[f"software/policykg-{_version()}"]


def _version() -> str:
    try:
        return metadata.version("policykg")
    except metadata.PackageNotFoundError:
        return "unknown"


def _add_provenance(g: TripleSink, data: GraphData) -> None:
    """One pkg:Extraction per document behind `data`: it used the document, ran as this policykg release, ended
    when the document was ingested (when known); every node and relation was generated by the extractions of
    the documents it has evidence in."""
    agent = software_iri()
    g.add((agent, RDF.type, PKG.Software))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"policykg {_version()}")))
    docs = {ev.doc for item in [*data.nodes, *data.edges] for ev in item.evidence}
    for doc in sorted(docs):
        act = extraction_iri(doc)
        g.add((act, RDF.type, PKG.Extraction))
        g.add((act, RDF.type, PROV.Activity))
        g.add((act, PROV.used, iri(doc)))
        g.add((act, PROV.wasAssociatedWith, agent))
        if doc in data.extracted:
            g.add((act, PROV.endedAtTime, Literal(data.extracted[doc].replace(" ", "T"), datatype=XSD.dateTime)))
    for item in [*data.nodes, *data.edges]:
        subject = iri(item.id)
        for doc in sorted({ev.doc for ev in item.evidence}):
            g.add((subject, PROV.wasGeneratedBy, extraction_iri(doc)))


def _add_standard_terms(g: TripleSink, n: Node) -> None:
    """The same facts in shared vocabularies: DCTERMS dates and titles, SKOS concepts, ELI legal resources."""
    s = iri(n.id)
    dates = n.attrs.get("dates", [])
    for d in [n.attrs.get("date", "")] + (dates if isinstance(dates, list) else [dates]):
        if isinstance(d, str) and _is_date(d):
            g.add((s, DCTERMS.issued if n.type == "document" else DCTERMS.date, Literal(d, datatype=_date_type(d))))
    if n.type == "problem":
        g.add((s, RDF.type, SKOS.Concept))
        g.add((s, SKOS.prefLabel, Literal(n.label, lang="zh")))
    elif n.type == "regulation":
        g.add((s, RDF.type, ELI.LegalResource))
        g.add((s, ELI.title, Literal(n.label, lang="zh")))
    elif n.type == "document":
        g.add((s, DCTERMS.title, Literal(n.label, lang="zh")))


#: Edge types that also hold in a shared vocabulary, as the ontology's subPropertyOf says (for readers without
#: a reasoner).
_STANDARD_EDGES = {"sub_problem_of": [SKOS.broader], "issued_by": [DCTERMS.publisher], "part_of": [DCTERMS.isPartOf]}


def to_rdf(data: GraphData) -> Graph:
    """Nodes as typed resources, edges both as direct triples and as reified `pkg:Relation`s with attributes.

    Evidence is PROV + NIF: a node or relation `prov:wasDerivedFrom` a character span of its document, whose
    IRI is `<document IRI>#char=start,end` and whose context (the document) carries the text as `nif:isString`;
    it `prov:wasGeneratedBy` the extraction of that document (policykg release, time). data/ontology.ttl
    describes every term. The remote backend (graph/remote_graph.py) reads these same terms back.
    """
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    emit_rdf(data, g)
    return g


def emit_rdf(data: GraphData, g: TripleSink) -> None:
    """The triples of `to_rdf`, into any sink (an rdflib Graph indexes every triple: slow for a whole corpus)."""
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
            if isinstance(v, list):
                g.add((s, PKG.listValued, Literal(k)))
            for x in v if isinstance(v, list) else [v]:
                g.add((s, PKG[k], Literal(_scalar(x))))
        _add_standard_terms(g, n)
        if n.type == "document" and n.attrs.get("text"):
            g.add((s, RDF.type, NIF.Context))
            g.add((s, NIF.isString, Literal(n.attrs["text"])))
        _add_evidence(g, s, n.evidence)
    for e in data.edges:
        g.add((iri(e.source), PKG[str(e.type)], iri(e.target)))
        for term in _STANDARD_EDGES.get(str(e.type), []):
            g.add((iri(e.source), term, iri(e.target)))
        r = iri(e.id)
        g.add((r, RDF.type, PKG.Relation))
        g.add((r, PKG.source, iri(e.source)))
        g.add((r, PKG.target, iri(e.target)))
        g.add((r, PKG.relation, PKG[str(e.type)]))
        for k, v in sorted(e.attrs.items()):
            if v not in (None, "", []):
                g.add((r, PKG[k], Literal(_scalar(v))))
        _add_evidence(g, r, e.evidence)
    _add_provenance(g, data)


_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$")


def _is_date(v: str) -> bool:
    """An ISO date of year, month or day precision that exists in the calendar (a text may say 2月30日)."""
    if not _ISO_DATE.match(v):
        return False
    try:
        return len(v) < 10 or bool(date.fromisoformat(v))
    except ValueError:
        return False


def _date_type(v: str) -> URIRef:
    return {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(v), XSD.date)
