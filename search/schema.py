"""The fields of a passage in the index."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analyzer import chinese_analyzer


def passage_schema() -> Schema:
    ana = chinese_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        type=ID(stored=True),
        doc=ID(stored=True),
        label=TEXT(stored=True, analyzer=ana, field_boost=3.0),
        text=TEXT(stored=True, analyzer=ana),
        start=STORED(),
        end=STORED(),
        year=NUMERIC(stored=True),
        unit=KEYWORD(stored=True, commas=True),
        place=KEYWORD(stored=True, commas=True),
        water=KEYWORD(stored=True, commas=True),
    )
