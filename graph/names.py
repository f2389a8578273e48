"""Names: the rows of the ``names`` and ``name_pairs`` tables a node's label and aliases give, and the lookups by
name that read them (part of a name: the nodes holding its rarest character pair, never every label)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from .ids import name_key
from .lookups import Lookups
from .model import Node
from .vocab import NodeType

#: Node types whose labels are sentences or values, not names: found by id, by their whole label, or through
#: full-text search, but not by a part of their label (their pairs would outnumber all others).
SENTENCE_TYPES = frozenset({NodeType.MEASURE, NodeType.FIGURE, NodeType.CONFLICT})

#: Pairs a lookup counts, at most, to find the rarest of a name's pairs.
_PAIR_COUNT_CAP = 2000


def _name_pairs(key: str) -> set[str]:
    """Each two neighbouring characters of a name key, and its last character alone."""
    return {key[i : i + 2] for i in range(len(key))}


def name_rows(node: str, node_type: str, label: str, aliases: Iterable[str]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The rows of `names` and `name_pairs` for one node."""
    keys = {k for k in map(name_key, [label, *aliases]) if k}
    pairs = set().union(*map(_name_pairs, keys)) if node_type not in SENTENCE_TYPES and keys else set()
    return [(k, node_type, node) for k in sorted(keys)], [(p, node_type, node) for p in sorted(pairs)]


#: A node as its name rows are made from it: (id, type, label, aliases).
NameSource = tuple[str, str, str, list[str]]


def index_names(c: sqlite3.Connection, old: list[NameSource], new: list[NameSource]) -> None:
    """Remove the name rows nodes had (`old`: their rows before a change, or of nodes gone) and write those they
    have now (`new`). Names go by node; name pairs by their whole key, made again from the old row, as no index
    holds them by node (it would take a random page for each of a document's 1,800 pairs)."""
    c.executemany("DELETE FROM names WHERE node = ?", [(o[0],) for o in old])
    c.executemany("DELETE FROM name_pairs WHERE pair = ? AND type = ? AND node = ?",
                  [r for o in old for r in name_rows(*o)[1]])
    rows = [name_rows(*m) for m in new]
    c.executemany("INSERT INTO names VALUES (?,?,?)", [r for names, _pairs in rows for r in names])
    c.executemany("INSERT INTO name_pairs VALUES (?,?,?)", [r for _names, pairs in rows for r in pairs])


class NameLookups(Lookups):
    """A store's reads by name."""

    def nodes_named(self, text: str, node_type: NodeType | str | None = None, *, evidence: bool = True) -> list[Node]:
        """The nodes named `text` (label or alias, compared as name keys: ids.name_key) when there are any, else
        those with a name that contains it, shortest label first. Nodes of SENTENCE_TYPES match only by a whole
        label or alias. `evidence=False` leaves their evidence empty.

        Reads the nodes holding the rarest character pair of `text` (the `name_pairs` index), never every name.

        >>> import tempfile; from pathlib import Path; from policykg.graph.store import Store
        >>> Store.open(Path(tempfile.mkdtemp())).nodes_named("湾长制")
        []
        """
        key = name_key(text)
        if not key:
            return []
        if self.schema_version < 2:  # an old store opened read-only has no name tables yet
            return self._nodes_like(text, node_type)
        typed, params = (" AND type = ?", [str(node_type)]) if node_type is not None else ("", [])
        exact = {r[0] for r in self._read(f"SELECT node FROM names WHERE key = ?{typed}", [key, *params])}
        ids = exact or self._names_containing(key, typed, params)
        return sorted(self.nodes(ids=ids, evidence=evidence), key=lambda n: (len(n.label), n.id))

    def _names_containing(self, key: str, typed: str, params: list[str]) -> set[str]:
        """Ids of nodes with a name key containing `key` (typed/params: an optional type condition)."""
        if len(key) == 1:  # every character of a name starts one of its pairs
            return {r[0] for r in self._read(
                f"SELECT node FROM name_pairs WHERE pair >= ? AND pair < ?{typed}", [key, key + "\U0010ffff", *params])}
        counts = {
            p: int(self._read(f"SELECT count(*) FROM (SELECT 1 FROM name_pairs WHERE pair = ?{typed} LIMIT ?)",
                              [p, *params, _PAIR_COUNT_CAP])[0][0])
            for p in {key[i : i + 2] for i in range(len(key) - 1)}
        }
        rarest = min(sorted(counts), key=counts.__getitem__)
        if not counts[rarest]:
            return set()
        return {r[0] for r in self._read(
            f"SELECT node FROM names WHERE node IN (SELECT node FROM name_pairs WHERE pair = ?{typed}) AND instr(key, ?) > 0",
            [rarest, *params, key])}

    def _nodes_like(self, text: str, node_type: NodeType | str | None = None) -> list[Node]:
        """nodes_named by a substring scan of labels and aliases, for a store without name tables."""
        like = f"%{text.replace('%', '').replace('_', '')}%"
        sql = "SELECT id, type, label, aliases, attrs FROM nodes WHERE (label LIKE ? OR aliases LIKE ?)"
        params: list[Any] = [like, like]
        if node_type is not None:
            sql += " AND type = ?"
            params.append(str(node_type))
        return self._nodes_from(self._read(sql + " ORDER BY length(label), id", params))
