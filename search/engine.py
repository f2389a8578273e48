"""What a full-text engine does for the index, and which engines there are.

`SearchIndex` (search/index.py) owns the folder, the segmenter and the dictionary words; an engine stores and
finds passages. whoosh is the default (pure Python); tantivy is optional (`pip install policykg[tantivy]`),
chosen by the `search_engine` setting and recorded in the index folder, so an index is only ever read by the
engine that wrote it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from policykg.graph.errors import BadQuery, Refused

from .clauses import Clause
from .passages import Passage

DEFAULT_ENGINE = "whoosh"


@dataclass(frozen=True)
class Matches:
    """The best passages for a query, best first, with how many passages match it in all."""

    total: int
    """Exact when `exact`; else a lower bound."""
    hits: list[tuple[float, dict]]
    """(score, stored fields) per passage: the best `fetch` of those ranked."""
    exact: bool = True
    ranked: int | None = None
    """How many passages were ranked (up to the `limit` asked for); None: as many as `hits`."""

    @property
    def found(self) -> int:
        return len(self.hits) if self.ranked is None else self.ranked


class Engine(Protocol):
    """One engine's index in one folder. Writers serialize between processes; readers never wait."""

    folder: Path

    def generation(self) -> Hashable:
        """Changed by every commit: what a cached searcher or answer is checked against."""

    def add(self, passages: list[Passage]) -> None:
        """Index passages, replacing any with the same ids: one commit, or the running bulk's next."""

    def bulk(self, every: int) -> AbstractContextManager[None]:
        """Keep one writer open while many documents are added, committing every `every` documents and at the end."""

    def delete_document(self, doc_id: str) -> int:
        """Remove every passage of one document; returns how many."""

    def documents(self) -> set[str]:
        """Ids of the documents that have live passages."""

    def stored(self) -> Iterator[dict]:
        """The stored fields of every live passage."""

    def words(self) -> dict[str, int]:
        """The words of the word fields (search/schema.py WORD_FIELDS), each with how many passages hold it in
        each field, summed (deleted passages may still count)."""

    def match(self, query: Clause, filter: Clause | None, exclude: Clause | None, limit: int,
              first: tuple[Clause, ...] = (), fetch: int | None = None) -> Matches:
        """The `limit` best passages matching `query` and `filter` and not `exclude`; with `first`, those of the
        first of these narrower queries that finds `limit` (see `first_then`). Stored fields are read for the best `fetch`
        of them only (all when None): reading them is most of a native engine's time."""

    def merge_from(self, other: Engine) -> None:
        """Take in every passage of another index of the same engine."""


def first_then(ask: Callable[[Clause], Matches], query: Clause, first: tuple[Clause, ...], limit: int) -> Matches:
    """The matches of the first of `first` that finds `limit` passages, else those of `query`.

    `first` holds the query without its character-pair phrases, which check positions in every candidate (whole
    words mostly find enough), then with the indexed words holding a query word (search/lexicon.py). The total
    of a narrower query leaves out passages holding a word only inside another word: a lower bound.
    """
    for narrower in first:
        found = ask(narrower)
        if found.found >= limit:
            return Matches(found.total, found.hits, exact=False, ranked=found.ranked)
    return ask(query)


#: Engine name -> the module and class that implement it (imported on demand: tantivy is optional).
ENGINES = {"whoosh": ("whoosh_engine", "WhooshEngine"), "tantivy": ("tantivy_engine", "TantivyEngine")}


def check_engine(name: str) -> str:
    if name not in ENGINES:
        raise BadQuery(f"unknown search engine {name!r}", f"choose one of {', '.join(ENGINES)}")
    return name


def opener(name: str) -> Callable[[Path, bool], Engine]:
    """The engine class for a name, called as (folder, create); Refused when its package is not installed."""
    module, cls = ENGINES[check_engine(name)]
    try:
        return getattr(importlib.import_module(f".{module}", __package__), cls)
    except ImportError as e:
        raise Refused(f"the {name} search engine is not installed", f"pip install 'policykg[{name}]'") from e
