"""Opening a store while another process holds it: a clear StoreBusy, never SQLite's own error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policykg.graph.errors import StoreBusy
from policykg.graph.schema import DB_FILE
from policykg.graph.store import Store


def test_opening_a_store_another_process_is_creating_waits_then_says_busy(tmp_path: Path) -> None:
    holder = sqlite3.connect(tmp_path / DB_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a second ingest creating the same store, mid-way
    with pytest.raises(StoreBusy):
        Store.open(tmp_path, timeout=0.3)
    holder.execute("ROLLBACK")
    holder.close()
    store = Store.open(tmp_path, timeout=0.3)
    assert store.count_nodes() == 0
    store.close()
