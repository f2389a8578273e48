"""The graph as held by a remote SPARQL 1.1 store, read through the same interface as the embedded Store.

`policykg push` writes the terms graph/views.py `to_rdf` makes; `RemoteGraph` reads them back into Nodes and
Edges with SELECT queries, so graph/queries/ answers from a cluster store exactly as from SQLite. Every read
is paged or chunked, because stores cap result sets (Virtuoso at 10,000 rows by default) without saying so.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD
from rdflib.namespace import PROV

from .errors import BadQuery, NotFound
from .model import Edge, Evidence, Node
from .reader import DatedItem, dated_items_read
from .remote import Endpoint, RemoteError
from .sparql import PREFIXES, check_read_only, string_literal
from .views import NIF, PKG, iri, node_id_of
from .vocab import EdgeType, NodeType

_PREFIXES = (
    f"PREFIX pkg: <{PKG}>\nPREFIX rdf: <{RDF}>\nPREFIX rdfs: <{RDFS}>\nPREFIX skos: <{SKOS}>\n"
    f"PREFIX prov: <{PROV}>\nPREFIX nif: <{NIF}>\n"
)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_SPAN = re.compile(r"^(?P<doc>[^#]+)#char=(?P<start>\d+),(?P<end>\d+)$")
_NODE_TYPES = {str(PKG[t.value.capitalize()]): t for t in NodeType}
_RESERVED_EDGE = {str(PKG.source), str(PKG.target), str(PKG.relation)}
_INTEGERS = {str(XSD.integer), str(XSD.int), str(XSD.long), str(XSD.short), str(XSD.nonNegativeInteger)}
_FLOATS = {str(XSD.double), str(XSD.float), str(XSD.decimal)}

#: Rows asked for at once: below every common store's silent cap.
PAGE = 5000
#: Subjects described per query (a node has some tens of triples).
CHUNK = 200
#: Seconds a remote answer may be reused for `version`-keyed caches.
VERSION_PERIOD = 60


class _Iri(str):
    """An IRI among the values of a property, told apart from a string literal."""


def _value(term: dict[str, str]) -> Any:
    """A SPARQL JSON result term as a Python value (IRIs as _Iri, typed literals converted)."""
    value = term["value"]
    if term.get("type") == "uri":
        return _Iri(value)
    datatype = term.get("datatype", "")
    if datatype in _INTEGERS:
        return int(value)
    if datatype in _FLOATS:
        return float(value)
    if datatype == str(XSD.boolean):
        return value in ("true", "1")
    return value


def _evidence(span_iri: str) -> Evidence | None:
    m = _SPAN.match(span_iri)
    if m is None:
        return None
    return Evidence(node_id_of(m["doc"]), int(m["start"]), int(m["end"]))


def _attrs(values: dict[str, list[Any]]) -> dict[str, Any]:
    """pkg: literal properties as attributes: lists where `pkg:listValued` names them, else scalars."""
    lists = set(values.get(str(PKG.listValued), []))
    out: dict[str, Any] = {}
    for prop, vals in values.items():
        key = prop.removeprefix(str(PKG))
        vals = sorted({v for v in vals if not isinstance(v, _Iri)}, key=str)
        if not prop.startswith(str(PKG)) or key == "listValued" or not vals:
            continue
        out[key] = vals if key in lists else vals[0]
    return out


class RemoteGraph:
    """Read-only graph access over the SPARQL 1.1 Protocol, in one named graph of the remote store."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    # ---------- protocol plumbing ----------

    def _select(self, body: str) -> list[dict[str, dict[str, str]]]:
        return self.endpoint.bindings(_PREFIXES + body)

    def _in_graph(self, pattern: str) -> str:
        return f"GRAPH <{self.endpoint.graph}> {{ {pattern} }}"

    def _subjects(self, pattern: str) -> list[str]:
        """Every distinct ?s matching `pattern`, page by page."""
        out: list[str] = []
        offset = 0
        while True:
            rows = self._select(
                f"SELECT DISTINCT ?s WHERE {{ {self._in_graph(pattern)} }} ORDER BY ?s LIMIT {PAGE} OFFSET {offset}"
            )
            out += [r["s"]["value"] for r in rows]
            if len(rows) < PAGE:
                return out
            offset += PAGE

    def _describe(self, subjects: Iterable[str]) -> dict[str, dict[str, list[Any]]]:
        """All properties of the given IRIs (documents' texts left out), as {subject: {predicate: [values]}}."""
        out: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        subjects = sorted(set(subjects))
        for i in range(0, len(subjects), CHUNK):
            values = " ".join(f"<{s}>" for s in subjects[i : i + CHUNK])
            pattern = f"VALUES ?s {{ {values} }} ?s ?p ?o . FILTER(?p != nif:isString)"
            offset = 0
            while True:  # a shared entity can carry thousands of evidence triples: page, never trust one answer
                rows = self._select(
                    f"SELECT ?s ?p ?o WHERE {{ {self._in_graph(pattern)} }} ORDER BY ?s ?p ?o LIMIT {PAGE} OFFSET {offset}"
                )
                for r in rows:
                    out[r["s"]["value"]][r["p"]["value"]].append(_value(r["o"]))
                if len(rows) < PAGE:
                    break
                offset += PAGE
        return out

    # ---------- building records ----------

    @staticmethod
    def _node(props: dict[str, list[Any]]) -> Node | None:
        ids = props.get(str(PKG.id))
        types = [_NODE_TYPES[t] for t in props.get(str(RDF.type), []) if t in _NODE_TYPES]
        if not ids or not types:
            return None
        labels = props.get(str(RDFS.label), [""])
        evidence = sorted(filter(None, map(_evidence, props.get(str(PROV.wasDerivedFrom), []))))
        return Node(
            ids[0], types[0], labels[0],
            aliases=sorted(set(props.get(str(SKOS.altLabel), []))),
            attrs=_attrs({p: v for p, v in props.items() if p != str(PKG.id)}),
            evidence=evidence,
        )

    @staticmethod
    def _edge(subject: str, props: dict[str, list[Any]]) -> Edge | None:
        try:
            source, target, relation = (props[str(p)][0] for p in (PKG.source, PKG.target, PKG.relation))
        except (KeyError, IndexError):
            return None
        evidence = sorted(filter(None, map(_evidence, props.get(str(PROV.wasDerivedFrom), []))))
        return Edge(
            node_id_of(source), node_id_of(target), EdgeType(relation.removeprefix(str(PKG))),
            attrs=_attrs({p: v for p, v in props.items() if p not in _RESERVED_EDGE}),
            evidence=evidence, id=node_id_of(subject),
        )

    def _nodes_of(self, subjects: Iterable[str]) -> list[Node]:
        nodes = [self._node(props) for props in self._describe(subjects).values()]
        return sorted((n for n in nodes if n is not None), key=lambda n: n.id)

    def _edges_of(self, subjects: Iterable[str]) -> list[Edge]:
        edges = [self._edge(s, props) for s, props in self._describe(subjects).items()]
        return sorted((e for e in edges if e is not None), key=lambda e: e.id)

    # ---------- GraphReader ----------

    @property
    def version(self) -> int:
        """The remote store tells no version: cached views are refreshed once a period instead."""
        return int(time.time() // VERSION_PERIOD)

    def node(self, node_id: str) -> Node:
        node = self.find_node(node_id)
        if node is None:
            raise NotFound(f"no node {node_id!r}", "search for it first: policykg search NAME")
        return node

    def find_node(self, node_id: str) -> Node | None:
        if ":" not in node_id:
            return None
        found = self._nodes_of([str(iri(node_id))])
        return found[0] if found else None

    def nodes(self, node_type: NodeType | str | None = None, ids: Iterable[str] | None = None, *,
              evidence: bool = True) -> list[Node]:
        """Nodes with their evidence always (it comes in the same description)."""
        if ids is not None:
            return self._nodes_of(str(iri(i)) for i in ids if ":" in i)
        if node_type is not None:
            return self._nodes_of(self._subjects(f"?s a pkg:{NodeType(node_type).value.capitalize()} ."))
        return self._nodes_of(self._subjects("?s pkg:id ?id ."))

    def node_attr(self, node_type: NodeType | str, attr: str, ids: Iterable[str] | None = None) -> dict[str, Any]:
        """As the embedded store's, from the nodes' descriptions."""
        nodes = self.nodes(node_type) if ids is None else self.nodes(ids=ids)
        values = {n.id: n.attrs.get(attr, "") for n in nodes if n.type == NodeType(node_type)}
        return {k: v for k, v in values.items() if v not in ("", None)} if ids is None else values

    def nodes_named(self, text: str, node_type: NodeType | str | None = None, *, evidence: bool = True) -> list[Node]:
        """Nodes whose label or an alias contains `text`, shortest label first, as the embedded store orders."""
        typed = f"?s a pkg:{NodeType(node_type).value.capitalize()} ." if node_type is not None else "?s pkg:id ?id ."
        needle = string_literal(text.replace("%", "").replace("_", ""))
        pattern = (
            f"{typed} {{ ?s rdfs:label ?l }} UNION {{ ?s skos:altLabel ?l }} "
            f"FILTER(CONTAINS(LCASE(STR(?l)), LCASE({needle})))"
        )
        return sorted(self._nodes_of(self._subjects(pattern)), key=lambda n: (len(n.label), n.id))

    def edges(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        edge_type: EdgeType | str | None = None,
        evidence: bool = True,
    ) -> list[Edge]:
        pattern = "?s a pkg:Relation ."
        if source is not None:
            pattern += f" ?s pkg:source <{iri(source)}> ."
        if target is not None:
            pattern += f" ?s pkg:target <{iri(target)}> ."
        if edge_type is not None:
            pattern += f" ?s pkg:relation pkg:{EdgeType(edge_type).value} ."
        return self._edges_of(self._subjects(pattern))

    def edges_touching(self, node_ids: Iterable[str], types: Iterable[EdgeType | str] | None = None, *,
                       evidence: bool = True) -> list[Edge]:
        """Edges with an end among `node_ids` (of `types` only, when given), with their evidence always."""
        ids = sorted({str(iri(i)) for i in node_ids if ":" in i})
        subjects: set[str] = set()
        for i in range(0, len(ids), CHUNK):
            values = " ".join(f"<{s}>" for s in ids[i : i + CHUNK])
            subjects.update(self._subjects(
                f"VALUES ?n {{ {values} }} {{ ?s pkg:source ?n }} UNION {{ ?s pkg:target ?n }}"
            ))
        kinds = {str(t) for t in types} if types is not None else None
        return [e for e in self._edges_of(subjects) if kinds is None or str(e.type) in kinds]

    def edges_by_id(self, ids: Iterable[str], *, evidence: bool = True) -> list[Edge]:
        """The edges with these ids, with their evidence always."""
        return self._edges_of(str(iri(i)) for i in ids if ":" in i)

    def edge_ends(self, node_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """As the embedded store's, from the edges' descriptions."""
        return [(e.id, e.source, e.target) for e in self.edges_touching(node_ids)]

    def edge_page(self, node_id: str, limit: int | None = None, offset: int = 0, *,
                  evidence: bool = True) -> tuple[list[Edge], int]:
        """As the embedded store's, ordered here: every edge of the node is read, with its evidence."""
        touching = self.edges_touching([node_id])
        edges = sorted((e for e in touching if e.source == node_id), key=lambda e: (str(e.type), e.id)) + sorted(
            (e for e in touching if e.target == node_id), key=lambda e: (str(e.type), e.id))
        return edges[offset:] if limit is None else edges[offset : offset + limit], len(edges)

    def evidence_pages(self, owners: Iterable[str], limit: int | None = None, offset: int = 0
                       ) -> dict[str, tuple[list[Evidence], int]]:
        """As the embedded store's, sliced here: every span of each owner is read."""
        owners = list(dict.fromkeys(owners))
        described = self._describe(str(iri(o)) for o in owners if ":" in o)
        out: dict[str, tuple[list[Evidence], int]] = {}
        for o in owners:
            derived = described[str(iri(o))].get(str(PROV.wasDerivedFrom), []) if ":" in o else []
            spans = sorted(filter(None, map(_evidence, derived)))
            out[o] = (spans[offset:] if limit is None else spans[offset : offset + limit], len(spans))
        return out

    def action_page(self, regulation_ids: list[str], limit: int | None = None, offset: int = 0) -> tuple[list[Edge], int]:
        """As the embedded store's, ordered here: every action on the regulations is read."""
        listed = []
        for i, reg in enumerate(regulation_ids):
            for e in self.edges(target=reg, edge_type=EdgeType.ACTS_ON):
                date, ev = str(e.attrs.get("date", "")), min(e.evidence, default=None)
                listed.append(((date == "", date, ev.doc if ev else "", ev.start if ev else 0, i, e.id), e))
        edges = [e for _, e in sorted(listed, key=lambda x: x[0])]
        return edges[offset:] if limit is None else edges[offset : offset + limit], len(edges)

    def dated_items(self) -> list[DatedItem]:
        """As the embedded store's, through the general reads (every action and dated measure is read)."""
        return dated_items_read(self)

    def document_slices(self, ranges: list[tuple[str, int, int]]) -> list[str]:
        texts: dict[str, str] = {}
        for doc, _, _ in ranges:
            if doc not in texts:
                try:
                    texts[doc] = self.document_text(doc)
                except NotFound:
                    texts[doc] = ""
        return [texts[doc][max(0, start) : end] for doc, start, end in ranges]

    def document_text(self, doc_id: str) -> str:
        rows = self._select(
            f"SELECT ?t WHERE {{ {self._in_graph(f'<{iri(doc_id)}> nif:isString ?t .')} }} LIMIT 1"
        )
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        return str(rows[0]["t"]["value"])

    def sparql(self, text: str, accept: str, timeout_s: float) -> tuple[bytes, str]:
        """Forward a read-only query to the remote store: the answer's bytes and media type, as the store sent them.

        The same refusals as the embedded endpoint apply first; policykg's prefixes are declared when the query
        does not declare them, and the named graph is the default graph, so queries read as they do embedded.
        """
        check_read_only(text)
        declared = {m.group(1) or "" for m in _DECLARED.finditer(text)}
        prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in declared)
        form = {"query": prologue + text, "default-graph-uri": self.endpoint.graph}
        try:
            return self.endpoint.exchange(self.endpoint.read_url, form, accept or "*/*", timeout=timeout_s)
        except RemoteError as e:
            if e.upstream == 400:
                raise BadQuery(f"the SPARQL store rejected the query: {e.message}", "check the query's syntax") from e
            raise
