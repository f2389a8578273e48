"""Named entities (units, places, bays, rivers, persons), resolved, and their links to measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed


def build(p: Parsed, b: GraphBuilder) -> None:
    """Not yet extracted: see ingest/extract for the extractors as they arrive."""
