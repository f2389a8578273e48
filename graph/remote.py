"""A remote SPARQL 1.1 store: push the graph into it, and read it back with the same questions.

Pushing uses the SPARQL 1.1 Update protocol (INSERT DATA into a named graph), in batches, one document at a time.
The store remembers which documents reached which endpoint and graph, so a push after a failure or after new
ingests sends only what is missing. Reading sends SPARQL SELECT queries over the SPARQL 1.1 Protocol.
"""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import PolicykgError
from .store import Store
from .views import GraphData, iri, to_rdf
from .vocab import SHARED_TYPES

DEFAULT_GRAPH = "https://w3id.org/policykg/graph/default"


class RemoteError(PolicykgError):
    """The remote store refused a request or could not be reached."""

    status = 502
    code = "remote_error"

    def __init__(self, message: str, hint: str = "", upstream: int | None = None) -> None:
        super().__init__(message, hint)
        self.upstream = upstream
        """The HTTP status the remote store answered, if it answered."""


@dataclass(frozen=True)
class Endpoint:
    """Where a remote store answers: an update URL for writes, a query URL for reads, a named graph."""

    update_url: str
    query_url: str = ""
    graph: str = DEFAULT_GRAPH
    user: str = ""
    password: str = ""
    timeout: float = 60.0

    @property
    def read_url(self) -> str:
        return self.query_url or self.update_url

    def _opener(self) -> urllib.request.OpenerDirector:
        handlers: list[urllib.request.BaseHandler] = []
        if self.user:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, self.update_url, self.user, self.password)
            handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
        return urllib.request.build_opener(*handlers)

    def post(self, url: str, form: dict[str, str], accept: str = "*/*") -> bytes:
        return self.exchange(url, form, accept)[0]

    def exchange(self, url: str, form: dict[str, str], accept: str = "*/*", timeout: float | None = None) -> tuple[bytes, str]:
        """POST a form; the answer's body and media type. RemoteError (with the store's status) on failure."""
        body = urllib.parse.urlencode(form).encode("utf-8")
        req = urllib.request.Request(url, data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept,
        })
        try:
            with self._opener().open(req, timeout=timeout or self.timeout) as r:
                return r.read(), r.headers.get("Content-Type", "application/octet-stream")
        except urllib.error.HTTPError as e:
            detail = e.read()[:300].decode("utf-8", "replace")
            raise RemoteError(f"{url} answered {e.code}: {detail}", "check the endpoint URL and credentials",
                              upstream=e.code) from e
        except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
            raise RemoteError(f"cannot reach {url}: {e}", "is the SPARQL store running?") from e

    def update(self, sparql: str) -> None:
        self.post(self.update_url, {"update": sparql, "query": sparql})

    def bindings(self, sparql: str) -> list[dict[str, dict[str, str]]]:
        """The rows of a SELECT as SPARQL JSON terms ({"type", "value", "datatype"?, "xml:lang"?} per variable)."""
        raw = self.post(self.read_url, {"query": sparql}, accept="application/sparql-results+json")
        try:
            return list(json.loads(raw)["results"]["bindings"])
        except (ValueError, KeyError, TypeError) as e:
            raise RemoteError(f"{self.read_url} did not answer SPARQL JSON results") from e

    def select(self, sparql: str) -> list[dict[str, str]]:
        """The rows of a SELECT as plain strings."""
        return [{k: v["value"] for k, v in b.items()} for b in self.bindings(sparql)]


@dataclass
class PushReport:
    documents: int = 0
    skipped: int = 0
    triples: int = 0
    batches: int = 0
    pushed: list[str] = field(default_factory=list)
    replaced: bool = False
    """The named graph was dropped and sent again whole (asked for, or documents were deleted since)."""


def _state_key(endpoint: Endpoint) -> str:
    digest = hashlib.sha1(f"{endpoint.update_url}\x1f{endpoint.graph}".encode()).hexdigest()[:16]
    return f"pushed:{digest}"


def document_graph(store: Store, doc_id: str) -> GraphData:
    """The nodes and edges one document supports, with only this document's evidence.

    Shared entities come with their merged names and attributes, but the evidence other documents give them is
    sent with those documents: a push stays linear in the corpus, not quadratic.
    """
    return GraphData(store.nodes_in_document(doc_id), store.edges_in_document(doc_id))


def _forget_descriptions(endpoint: Endpoint, data: GraphData) -> None:
    """Delete the literal properties (names, attributes) of the shared entities and their relations in `data`.

    A new document can change a shared entity's merged label, aliases or attributes; deleting the old literals
    before INSERT DATA keeps one current description. Evidence triples (IRIs) stay: other documents' evidence
    is still true.
    """
    shared = {n.id for n in data.nodes if n.type in SHARED_TYPES}
    subjects = sorted({str(iri(i)) for i in shared} | {
        str(iri(e.id)) for e in data.edges if e.source in shared and e.target in shared
    })
    for i in range(0, len(subjects), 200):
        values = " ".join(f"<{s}>" for s in subjects[i : i + 200])
        endpoint.update(
            f"DELETE {{ GRAPH <{endpoint.graph}> {{ ?s ?p ?o }} }} "
            f"WHERE {{ GRAPH <{endpoint.graph}> {{ VALUES ?s {{ {values} }} ?s ?p ?o . FILTER(isLiteral(?o)) }} }}"
        )


def push(
    store: Store,
    endpoint: Endpoint,
    *,
    batch_triples: int = 2000,
    full: bool = False,
    progress: Callable[[str, int], None] | None = None,
) -> PushReport:
    """Send every document not yet pushed to `endpoint`, batch by batch; with `full`, replace the named graph.

    A document counts as pushed only when all its batches were accepted, so an interrupted push resumes with
    the document it was sending; INSERT DATA of triples already present changes nothing. When a document pushed
    before has since been deleted from the store, its triples cannot be told apart from the rest, so the push
    becomes a full one (`report.replaced` says so).
    """
    key = _state_key(endpoint)
    done: set[str] = set(json.loads(store.get_meta(key, "[]")))
    documents = store.documents()
    report = PushReport()
    if full or done - {d["id"] for d in documents}:
        report.replaced = True
        endpoint.update(f"DROP SILENT GRAPH <{endpoint.graph}>")
        done = set()
        store.set_meta(key, "[]")
    for doc in documents:
        doc_id = doc["id"]
        if doc_id in done:
            report.skipped += 1
            continue
        data = document_graph(store, doc_id)
        if done:
            _forget_descriptions(endpoint, data)
        lines = sorted(set(to_rdf(data).serialize(format="nt").splitlines()))
        lines = [ln for ln in lines if ln.strip()]
        for i in range(0, len(lines), batch_triples):
            chunk = "\n".join(lines[i : i + batch_triples])
            endpoint.update(f"INSERT DATA {{ GRAPH <{endpoint.graph}> {{\n{chunk}\n}} }}")
            report.batches += 1
        report.triples += len(lines)
        report.documents += 1
        report.pushed.append(doc_id)
        done.add(doc_id)
        store.set_meta(key, json.dumps(sorted(done)))
        if progress:
            progress(doc_id, len(lines))
    return report
