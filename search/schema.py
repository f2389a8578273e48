"""The fields of a passage in the index.

A passage's words are one field: its label (a title or heading), its text and the names of the entities it
links to, in that order, a gap of positions between the parts so that no phrase runs from one into the next.
A word's weight in a passage adds up its occurrences, each counted with its part's boost (a word once in the
label and twice in the text weighs 3 + 2), and the field's length is the number of words in all the parts:
BM25 over boosted term frequencies. Queries then read one posting list per word, not one per part.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analyzer import bigram_analyzer, chinese_analyzer
from .postings import PairPositions, PartPositions

#: Fields a query may name (`type:measure unit:… place:… water:… year:2021 date:[2021 TO 2022]`).
FILTER_FIELDS = frozenset({"type", "unit", "place", "water", "year", "date", "doc"})
#: The passage's parts in the word field, in order, each with the boost its words carry: a word in a title or
#: heading counts above the same word in body text, a linked entity's name a little below.
PARTS = (("label", 3.0), ("text", 1.0), ("names", 0.8))
#: Fields a plain word is looked up in, and the fields of its character-pair fallback.
WORD_FIELDS = ("words",)
#: One pair field over the body only: a heading is the first line of its section's text, and a phrase query
#: per extra field costs more than the recall it adds.
GRAM_FIELDS = ("grams",)
#: The boost of a character pair (a part of a word counts below a whole word).
GRAM_BOOST = 0.5


def passage_schema() -> Schema:
    words = TEXT(analyzer=chinese_analyzer())
    words.format = PartPositions(tuple(boost for _part, boost in PARTS))
    grams = TEXT(analyzer=bigram_analyzer())
    grams.format = PairPositions(GRAM_BOOST)
    return Schema(
        id=ID(stored=True, unique=True),
        type=ID(stored=True),
        doc=ID(stored=True),
        label=STORED(),
        text=STORED(),
        names=STORED(),
        words=words,
        grams=grams,
        start=STORED(),
        end=STORED(),
        year=NUMERIC(stored=True),
        date=ID(stored=True, sortable=True),
        unit=KEYWORD(stored=True, commas=True, lowercase=False),
        place=KEYWORD(stored=True, commas=True, lowercase=False),
        water=KEYWORD(stored=True, commas=True, lowercase=False),
    )
