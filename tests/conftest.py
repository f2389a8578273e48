"""Shared fixtures: the bundled sample and stores built from it; the property tests' profile."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings
from support import SAMPLE, policykg_command

# The suite's property tests draw the same examples every run, so CI fails only on a change, never on luck, and
# without deadlines, which a shared machine's load would trip. HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("suite", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled sample, ingested once per test session through the command line."""
    db = tmp_path_factory.mktemp("sample") / "db"
    subprocess.run([*policykg_command(), "ingest", str(SAMPLE), "--db", str(db)], check=True, capture_output=True)
    return db
