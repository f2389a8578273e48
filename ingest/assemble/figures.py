"""Figures (quantitative facts) reported by measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed


def build(p: Parsed, b: GraphBuilder) -> None:
    """Not yet extracted."""
