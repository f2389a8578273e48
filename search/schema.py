"""The fields of a passage in the index.

Field boosts give BM25F its weighting: a word in a title or heading (label) counts above the same word in
body text, and the names of linked entities (aliases) count like body text.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analyzer import bigram_analyzer, chinese_analyzer
from .postings import DirectPositions, pair_tokens, word_tokens

#: Fields a query may name (`type:measure unit:… place:… water:… year:2021 date:[2021 TO 2022]`).
FILTER_FIELDS = frozenset({"type", "unit", "place", "water", "year", "date", "doc"})
#: Fields a plain word is looked up in, with the fields of its character-pair fallback.
WORD_FIELDS = ("label", "text", "names")
#: One pair field over the body only: a heading is the first line of its section's text, and a phrase query
#: per extra field costs more than the recall it adds.
GRAM_FIELDS = ("grams",)


def _text(analyzer, tokens, field_boost: float = 1.0, stored: bool = True) -> TEXT:  # noqa: ANN001
    """A phrase-searchable field whose postings come from `tokens`, the analyzer's words (queries use the analyzer)."""
    field = TEXT(stored=stored, analyzer=analyzer, field_boost=field_boost)
    field.format = DirectPositions(tokens, field_boost=field_boost)
    return field


def passage_schema() -> Schema:
    ana = chinese_analyzer()
    grams = bigram_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        type=ID(stored=True),
        doc=ID(stored=True),
        label=_text(ana, word_tokens, 3.0),
        text=_text(ana, word_tokens),
        names=_text(ana, word_tokens, 0.8),
        grams=_text(grams, pair_tokens, 0.5, stored=False),
        start=STORED(),
        end=STORED(),
        year=NUMERIC(stored=True),
        date=ID(stored=True, sortable=True),
        unit=KEYWORD(stored=True, commas=True, lowercase=False),
        place=KEYWORD(stored=True, commas=True, lowercase=False),
        water=KEYWORD(stored=True, commas=True, lowercase=False),
    )
