"""A mention: one place in the text where an entity is named."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mention:
    """An entity named at text[start:end]. `name` is the canonical name once resolved."""

    type: str
    """A node type of graph/vocab.py (regulation, bay, river, unit, place, person)."""
    name: str
    surface: str
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
