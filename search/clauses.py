"""The query tree that `query.parse` builds and each engine compiles: plain values, no engine's objects.

Field names are the index's (search/schema.py); words are already segmented and lower-cased, so an engine only
looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One indexed word in one field."""

    field: str
    text: str


@dataclass(frozen=True)
class Held(Term):
    """An indexed word holding a query word (湾长制 for 湾长): a part-of-a-word match, asked with the
    character pairs rather than among the whole words (`query.without_pairs`)."""


@dataclass(frozen=True)
class Phrase:
    """Consecutive words in one field.

    `whole` numbers the words that are whole words of the phrase; the others are the pieces jieba's search mode
    yields just before a longer word holding them (生态 环境 before 生态环境). Wherever the index holds a whole word
    it holds its pieces just before it too, so an engine may check the whole words alone, each at its own place
    in `words` (reading fewer, and rarer, postings). Empty: every word is whole.
    """

    field: str
    words: tuple[str, ...]
    whole: tuple[int, ...] = ()


@dataclass(frozen=True)
class And:
    parts: tuple[Clause, ...]


@dataclass(frozen=True)
class Or:
    parts: tuple[Clause, ...]


@dataclass(frozen=True)
class AndMaybe:
    """Passages matching `required`; those matching `optional` as well score higher."""

    required: Clause
    optional: Clause


@dataclass(frozen=True)
class AndNot:
    positive: Clause
    negative: Clause


@dataclass(frozen=True)
class Every:
    """Every passage (a query of filters and exclusions only)."""


@dataclass(frozen=True)
class NumericRange:
    """An integer field between two bounds, both inclusive; None leaves a side open."""

    field: str
    low: int | None
    high: int | None


@dataclass(frozen=True)
class TermRange:
    """A keyword field between two strings, both inclusive; None leaves a side open. A bound is a prefix: an ISO
    date of lower precision covers its whole period (date:[2021 TO 2021-06] ends with June's last day)."""

    field: str
    low: str | None
    high: str | None


@dataclass(frozen=True)
class Prefix:
    """A keyword field starting with a string (a date of lower precision)."""

    field: str
    text: str


@dataclass(frozen=True)
class Contains:
    """One of the comma-separated names of a facet field holding a string (unit:生态环境厅)."""

    field: str
    text: str


Clause = Term | Held | Phrase | And | Or | AndMaybe | AndNot | Every | NumericRange | TermRange | Prefix | Contains
