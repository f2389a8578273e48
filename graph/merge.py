"""One merged row from what several documents claim about a node or an edge, built one claim at a time.

The merged row is a function of the set of claims, whatever order they arrive in (a resumed or parallel ingest
writes documents in another order than a clean serial one):

* type and label: the claim of the smallest document id;
* aliases: every name any claim gives (labels and aliases), the label left out, sorted;
* attrs, key by key: the value of the smallest document id whose value is not empty (None, "", []); when that
  value is a list, the lists of later documents add their items not in it yet, in document-id order; when
  every value is empty, the one of the largest document id.

That is the merge of all claims read in document-id order; `add` reaches it from the merged row and its
`Provenance` (which document gave what) and one more claim, so writing a document costs its own claims, not
every claim ever made about the units and places it shares with a thousand other reports.

>>> row = start("document:b", "unit", "市水务局", ["水务局"], {"level": ""})
>>> add(row, "document:a", "unit", "清河市水务局", [], {"level": "市级"})
>>> row.label, row.aliases, row.attrs
('清河市水务局', ['市水务局', '水务局'], {'level': '市级'})
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

_EMPTY = (None, "", [])


class Unmergeable(Exception):
    """The claim cannot be merged into the row alone: its key's value once switched between a list and a scalar,
    and the lists passed over are not kept. The row is merged again from all claims (rare)."""


@dataclass
class Merged:
    """A merged node or edge row and its provenance."""

    doc: str
    """The smallest document id among the claims: its claim gave the type and label."""
    type: str
    label: str
    aliases: list[str]
    attrs: dict[str, Any]
    origin: dict[str, Any] = field(default_factory=dict)
    """Per attribute key whose value did not come from `doc` alone: the document that gave a scalar (or, for an
    empty value, the last document that had the key), or for a list the documents of its items in runs
    [[doc, count], ...]. A key absent here came wholly from `doc`."""
    mixed: list[str] = field(default_factory=list)
    """Keys whose winning value is a scalar while some document gave a list (the list's items are not kept)."""

    def provenance(self) -> str:
        """The provenance as stored beside the row ("" when everything came from `doc`)."""
        if not self.origin and not self.mixed:
            return ""
        out: dict[str, Any] = {"origin": self.origin}
        if self.mixed:
            out["mixed"] = self.mixed
        return json.dumps(out, ensure_ascii=False, sort_keys=True)


def start(doc: str, type_: str, label: str, aliases: list[str], attrs: dict[str, Any]) -> Merged:
    """The merged row of a single claim."""
    return Merged(doc, type_, label, sorted(set(aliases) - {label}), dict(attrs))


def restore(doc: str, type_: str, label: str, aliases: list[str], attrs: dict[str, Any], provenance: str) -> Merged:
    """A merged row as stored, with its provenance."""
    saved = json.loads(provenance) if provenance else {}
    return Merged(doc, type_, label, aliases, attrs, saved.get("origin", {}), saved.get("mixed", []))


def _origins(row: Merged, key: str) -> Any:
    """The origin of a key's value: a document id, or one document id per item of a non-empty list."""
    saved = row.origin.get(key, row.doc)
    value = row.attrs[key]
    if isinstance(value, list) and value not in _EMPTY:
        if isinstance(saved, str):
            return [saved] * len(value)
        return [doc for doc, count in saved for _ in range(count)]
    return saved


def _set(row: Merged, key: str, value: Any, origin: Any) -> None:
    row.attrs[key] = value
    if isinstance(origin, list):
        runs: list[list[Any]] = []
        for doc in origin:
            if runs and runs[-1][0] == doc:
                runs[-1][1] += 1
            else:
                runs.append([doc, 1])
        origin = runs[0][0] if len(runs) == 1 else runs
    if origin == row.doc:
        row.origin.pop(key, None)
    else:
        row.origin[key] = origin


def _merge_list(items: list[Any], origins: list[str], doc: str, claimed: list[Any]) -> tuple[list[Any], list[str]]:
    """A claimed list put in its place among the items of the documents before and after `doc`."""
    before = [x for x, o in zip(items, origins) if o < doc]
    new = [x for x in claimed if x not in before]
    after = [(x, o) for x, o in zip(items, origins) if o > doc and x not in new]
    return before + new + [x for x, _ in after], [o for x, o in zip(items, origins) if o < doc] + [doc] * len(new) + [o for _, o in after]


def _add_value(row: Merged, key: str, doc: str, value: Any) -> None:
    if key not in row.attrs:
        _set(row, key, value, [doc] * len(value) if isinstance(value, list) and value else doc)
        return
    current, origin = row.attrs[key], _origins(row, key)
    if current in _EMPTY:
        if value not in _EMPTY:
            _set(row, key, value, [doc] * len(value) if isinstance(value, list) else doc)
        elif doc > origin:
            _set(row, key, value, doc)
    elif isinstance(current, list):
        if isinstance(value, list):
            _set(row, key, *_merge_list(current, origin, doc, value))
        elif value not in _EMPTY and doc < origin[0]:  # a scalar wins over the list, whose items are dropped
            _set(row, key, value, doc)
            row.mixed = sorted({*row.mixed, key})
    elif value in _EMPTY:
        return
    elif not isinstance(value, list):
        if doc < origin:
            _set(row, key, value, doc)
    elif doc > origin:  # the scalar wins: the list's items are dropped
        row.mixed = sorted({*row.mixed, key})
    elif key in row.mixed:
        raise Unmergeable(key)  # the list wins, with the items of lists dropped before
    else:
        _set(row, key, value, [doc] * len(value))


def add(row: Merged, doc: str, type_: str, label: str, aliases: list[str], attrs: dict[str, Any]) -> None:
    """Merge one more document's claim into a merged row (in place). Raises Unmergeable in the rare case that
    needs every claim again."""
    names = {*row.aliases, row.label, label, *aliases}
    if doc < row.doc:
        # the new claim gives type and label; keys it does not have keep their origin, now named explicitly
        for key in row.attrs:
            row.origin.setdefault(key, row.doc)
        row.doc, row.type, row.label = doc, type_, label
    row.aliases = sorted(names - {row.label})
    for key, value in attrs.items():
        _add_value(row, key, doc, value)


def merge_all(claims: list[tuple[str, str, str, list[str], dict[str, Any]]]) -> Merged:
    """The merged row of claims (doc, type, label, aliases, attrs), merged in document-id order."""
    ordered = sorted(claims, key=lambda c: c[0])
    row = start(*ordered[0])
    for claim in ordered[1:]:
        add(row, *claim)
    return row
