"""The open store and index one process works with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policykg.graph.store import Store
from policykg.search.index import SearchIndex


@dataclass
class Services:
    store: Store
    index: SearchIndex

    @classmethod
    def open(cls, db: Path) -> Services:
        return cls(Store.open(db), SearchIndex(db))

    def close(self) -> None:
        self.store.close()
