"""Settings shared by the command line and the server."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_db() -> Path:
    """`$POLICYKG_DB`, else a per-user data folder."""
    env = os.environ.get("POLICYKG_DB")
    return Path(env) if env else Path(platformdirs.user_data_dir("policykg")) / "db"


def sample_corpus() -> list[Path]:
    """The documents that ship with policykg (data/corpus; SOURCES.md says where they come from)."""
    folder = Path(__file__).resolve().parent.parent / "data" / "corpus"
    return sorted(f for f in folder.iterdir() if f.is_file() and f.name != "SOURCES.md")


def _env(name: str, default: str = "") -> str:
    return os.environ.get(f"POLICYKG_{name}", default)


@dataclass
class Settings:
    db: Path = field(default_factory=default_db)
    graph_backend: str = field(default_factory=lambda: _env("GRAPH_BACKEND", "embedded"))
    """Where graph questions are answered: `embedded` (the SQLite store) or `sparql` (a remote SPARQL store
    that `policykg push` filled; search, ingest and documents stay local)."""
    sparql_endpoint: str = field(default_factory=lambda: _env("SPARQL_ENDPOINT"))
    """Query URL of the remote store, for the `sparql` backend."""
    sparql_graph: str = field(default_factory=lambda: _env("SPARQL_GRAPH"))
    """Named graph the remote store holds the graph in (policykg push's default when empty)."""
    sparql_user: str = field(default_factory=lambda: _env("SPARQL_USER"))
    sparql_password: str = field(default_factory=lambda: _env("SPARQL_PASSWORD"))
    search_engine: str = field(default_factory=lambda: _env("SEARCH_ENGINE"))
    """Full-text engine: `whoosh` (pure Python, the default for a new index) or `tantivy` (native code,
    `pip install 'policykg[tantivy]'`). Empty: the engine that wrote the store's index. The index records its
    engine; an index written by another engine than the one named is rebuilt from the store on opening."""
    max_upload_bytes: int = field(default_factory=lambda: int(_env("MAX_UPLOAD_BYTES", str(50 * 1024 * 1024))))
    """Bytes one uploaded document may hold (the ingest's file size limit)."""
    max_body_bytes: int = field(default_factory=lambda: int(_env("MAX_BODY_BYTES", str(1024 * 1024))))
    """Bytes the body of any other request (a POSTed SPARQL query, a form) may hold; more is answered 413."""
    max_query_chars: int = field(default_factory=lambda: int(_env("MAX_QUERY_CHARS", "4000")))
    """Characters a URL's query string may hold once decoded; more is refused (400): POST long SPARQL queries."""
    max_page_size: int = field(default_factory=lambda: int(_env("MAX_PAGE_SIZE", "200")))
    """Largest `limit` a list or search may ask for; more is refused (400)."""
    max_export_items: int = field(default_factory=lambda: int(_env("MAX_EXPORT_ITEMS", "500000")))
    """Nodes plus edges one /export answer may hold; a bigger one is answered 413 (the command line has no limit)."""
    sparql_timeout_s: float = field(default_factory=lambda: float(_env("SPARQL_TIMEOUT_S", "30")))
    """Seconds a /sparql query may run before it is answered with a timed_out error."""
    sparql_max_rows: int = field(default_factory=lambda: int(_env("SPARQL_MAX_ROWS", "10000")))
    """Rows (or triples) a /sparql answer may hold; a longer one is refused as too large (page with LIMIT/OFFSET)."""
    cors_origins: list[str] = field(default_factory=lambda: [o.strip() for o in _env("CORS_ORIGINS").split(",") if o.strip()])
    """Origins other web pages may call the API from (comma-separated in the environment; `*` for any); none by default."""
    ingest_sample_if_empty: bool = True
