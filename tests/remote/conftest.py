"""A real Virtuoso server on loopback, started and stopped by the test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from virtuoso_server import VIRTUOSO, running_virtuoso


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """URLs of a fresh Virtuoso: {"query": .../sparql, "update": .../sparql-auth, "user", "password"}."""
    if VIRTUOSO is None:
        pytest.fail("virtuoso-t is not installed: install the Debian package virtuoso-opensource (.ci/run does)")
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as urls:
        yield urls
