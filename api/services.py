"""The open store, index and graph backend one process works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from policykg.graph.errors import BadQuery
from policykg.graph.reader import GraphReader
from policykg.graph.remote import DEFAULT_GRAPH, Endpoint
from policykg.graph.remote_graph import RemoteGraph
from policykg.graph.store import Store
from policykg.search.index import SearchIndex

from .settings import Settings

BACKENDS = ("embedded", "sparql")


@dataclass
class Services:
    store: Store
    index: SearchIndex
    remote: RemoteGraph | None = field(default=None)
    """Set when graph questions go to a remote SPARQL store instead of `store`."""

    @classmethod
    def open(cls, db: Path, settings: Settings | None = None) -> Services:
        store = Store.open(db)
        index = SearchIndex(db, (settings or Settings(db=db)).search_engine or None)
        if (index.outdated or not index.engine_name) and store.documents():
            from policykg.ingest.batch import repair_index  # an index missing, or emptied on opening: refill it

            repair_index(store, index)
        return cls(store, index, remote_graph(settings) if settings else None)

    @property
    def graph(self) -> GraphReader:
        """What graph queries read: the remote store when configured, else the embedded one."""
        return self.remote if self.remote is not None else self.store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def remote_graph(settings: Settings) -> RemoteGraph | None:
    """The remote graph the settings ask for, or None for the embedded backend."""
    if settings.graph_backend not in BACKENDS:
        raise BadQuery(f"unknown graph backend {settings.graph_backend!r}", f"choose one of {', '.join(BACKENDS)}")
    if settings.graph_backend == "embedded":
        return None
    if not settings.sparql_endpoint:
        raise BadQuery("the sparql graph backend needs an endpoint", "set --sparql-endpoint URL or POLICYKG_SPARQL_ENDPOINT")
    return RemoteGraph(Endpoint(
        update_url=settings.sparql_endpoint, query_url=settings.sparql_endpoint,
        graph=settings.sparql_graph or DEFAULT_GRAPH, user=settings.sparql_user, password=settings.sparql_password,
    ))
