"""An action's or a measure's place in time, as its merged row keeps it (the ``rank`` column).

A rank reads in time order as a string: dated before undated, by date, then by the first span (document and
position) that states the row, so that the edges_trace and measures_rank indexes hold a regulation's trace and
the timeline in the order they are read.
"""

from __future__ import annotations

from typing import Any

from .vocab import EdgeType, NodeType

#: Separates an action's date from its first span in its rank (below every character a date or an id holds).
RANK_SEP = "\x1f"

#: The kinds of rows that keep a rank: actions and measures.
RANKED = frozenset({EdgeType.ACTS_ON, NodeType.MEASURE})


def rank_of(kind: str, attrs: dict[str, Any], first: str) -> str:
    """An action's or a measure's place in time (edges_trace, measures_rank): dated before undated, by date, then
    by its first span (reader.first_span_key). Other rows have none ("")."""
    if kind not in RANKED:
        return ""
    date = attrs.get("date")
    return f"0{date}{RANK_SEP}{first}" if date not in (None, "") else f"1{RANK_SEP}{first}"


#: rank_of in SQL over a row of the table `{t}` (the migration to schema 4 ranks existing rows with it).
RANK_SQL = f"""CASE WHEN coalesce(json_extract({{t}}.attrs, '$.date'), '') = '' THEN '1' ELSE '0' || json_extract({{t}}.attrs, '$.date') END
    || char({ord(RANK_SEP)}) || coalesce((SELECT doc || printf(' %012d', start) FROM evidence WHERE owner = {{t}}.id
                                          ORDER BY doc, start, "end" LIMIT 1), '')"""


def date_of(rank: str) -> str:
    """A rank's date ("" when undated or without a rank)."""
    return rank[1 : rank.index(RANK_SEP)] if rank[:1] == "0" else ""


def first_of(rank: str, first: str) -> str:
    """The earlier of a row's first span, as its rank holds it, and another first span ("" for none)."""
    return min(filter(None, (rank.rpartition(RANK_SEP)[2], first)), default="")
