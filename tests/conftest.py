"""Shared fixtures: the bundled sample and stores built from it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support import SAMPLE, policykg_command


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled sample, ingested once per test session through the command line."""
    db = tmp_path_factory.mktemp("sample") / "db"
    subprocess.run([*policykg_command(), "ingest", str(SAMPLE), "--db", str(db)], check=True, capture_output=True)
    return db
