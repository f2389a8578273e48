"""Regulations named in 《》, merged across spellings, and the actions measures take on them.

Each regulation node's id rests on its merge key (ingest/extract/regulations.py), so every spelling of one
document, in whatever document and order it comes, lands on the same node; the spellings become aliases. Measures get an
acts_on edge per verb (attrs: verb, date, unit), and a regulation gets issued_by edges to the unit nodes that the
entities part found where the text names who issued it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from policykg.graph.ids import entity_id, name_key
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from .. import resolve
from ..extract import regulations
from ..extract.actions import Action, find_actions
from ..extract.dates import find_dates, year_before
from ..extract.mention import Mention
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed

# Verbs by which the acting body becomes the document's issuer.
ISSUING = ("印发", "制定", "出台", "发布", "签署", "颁布")


def build(p: Parsed, b: GraphBuilder) -> None:
    text = p.text
    titles = regulations.find_titles(text)
    if not titles:
        return
    spans = [(m.start, m.end) for m in titles]
    published = str(p.metadata.get("date", ""))
    all_dates = find_dates(text, published=published)
    keys = [regulations.merge_key(m.name) for m in titles]
    shorts = regulations.short_forms(text, titles)
    full_of_short = {name_key(s): regulations.merge_key(full) for s, full in shorts.items()}
    keys = [full_of_short.get(name_key(m.name), k) for m, k in zip(titles, keys)]
    rid = {k: entity_id("regulation", k) for k in keys}
    label = _labels(titles, keys)
    for m, k in zip(titles, keys):
        node = _node(rid[k], label.get(k, k), m, b)
        printed = resolve.as_written(p.decoded.text, p.offsets, m.start, m.end) if p.decoded else []
        # the title as the page prints it, pinyin glosses and all
        node.aliases += [form for form in printed if form not in node.aliases]
        b.add_node(node)
    for short, full in shorts.items():
        k = regulations.merge_key(full)
        defined = min(m.end for m in titles if m.name == full)
        for hit in re.compile(re.escape(short)).finditer(text, defined):
            # Inside another title the words are that title's, not a reference to this one.
            if any(a <= hit.start() and hit.end() <= z and (a, z) != (hit.start(), hit.end()) for a, z in spans):
                continue
            node = Node(rid[k], NodeType.REGULATION, label.get(k, k), aliases=[short], evidence=b.ev(hit.start(), hit.end()))
            b.add_node(node)

    units = b.of_type(NodeType.UNIT)
    acted: set[int] = set()
    for ms in b.measures:
        inside = [i for i, (a, z) in enumerate(spans) if ms.start <= a and z <= ms.end]
        if not inside:
            continue
        year = year_before(all_dates, ms.start)
        dates = [d for d in find_dates(text, ms.start, ms.end, year, published)]
        local = [spans[i] for i in inside]
        for act in find_actions(text, ms.start, ms.end, local, dates):
            i = inside[act.title]
            acted.add(i)
            _add_action(b, ms.id, ms.start, ms.end, rid[keys[i]], act, units, spans[i][0])
    for i, m in enumerate(titles):
        if i not in acted:
            sid = b.section_at(m.start)
            if sid:
                b.add_edge(sid, rid[keys[i]], EdgeType.MENTIONS, m.start, m.end)


def _labels(titles: list[Mention], keys: list[str]) -> dict[str, str]:
    """What each regulation is called: its key when the text writes it so, else its first spelling in the text.

    The id rests on the key alone, so the label never changes which node a spelling joins.
    """
    spelled: dict[str, list[str]] = {}
    for m, k in zip(titles, keys):
        spelled.setdefault(k, []).append(m.name)
    return {k: k if any(name_key(n) == name_key(k) for n in names) else names[0] for k, names in spelled.items()}


def _node(node_id: str, name: str, m: Mention, b: GraphBuilder) -> Node:
    trailing = str(m.attrs.get("trailing", ""))
    attrs: dict[str, Any] = {"title": name, "kind": regulations.kind_of(name, trailing), "dates": []}
    issuer = regulations.issuer_of(m.name)
    if issuer:
        attrs["issuer"] = issuer
    edition = regulations.edition_of(m.name)
    if edition:
        attrs["edition"] = edition
    if m.attrs.get("nested_titles"):
        attrs["nested_titles"] = list(m.attrs["nested_titles"])
    aliases = [a for a in (m.name, m.name + trailing if trailing else "") if a and name_key(a) != name_key(name)]
    return Node(node_id, NodeType.REGULATION, name, aliases=aliases, attrs=attrs, evidence=b.ev(m.start, m.end))


def units_at(units: list[Node], doc: str, start: int, end: int) -> list[Node]:
    """Unit nodes with a mention inside text[start:end] of document `doc` (the acting body of an action)."""
    return sorted(
        (u for u in units if any(e.doc == doc and start <= e.start and e.end <= end for e in u.evidence)),
        key=lambda u: min(e.start for e in u.evidence if e.doc == doc),
    )


def _add_action(b: GraphBuilder, measure: str, start: int, end: int, reg: str, act: Action, units: list[Node],
                title_start: int) -> None:
    """An acts_on edge for one action; issuer and issued_by when the text names who issued the title."""
    actors = units_at(units, b.doc, *act.actor) if act.actor else []
    unit = "、".join(u.label for u in actors) or (b.text[act.actor[0] : act.actor[1]] if act.actor else "")
    attrs: dict[str, Any] = {"verb": act.verb, "date": act.date}
    if unit:
        attrs["unit"] = unit
    if act.date_candidates:
        attrs["date_candidates"] = list(act.date_candidates)
    b.add_edge(measure, reg, EdgeType.ACTS_ON, start, end, attrs, key=act.verb)
    node = b.nodes[reg]
    for iso in ([act.date] if act.date else list(act.date_candidates)):
        if iso not in node.attrs["dates"]:
            node.attrs["dates"] = sorted([*node.attrs["dates"], iso])
    words_at, title_at = act.start + len(act.verb), title_start - 1
    owner = regulations.possessor(b.text[words_at:title_at]) if 0 < title_at - words_at <= 20 else ""
    if owner:
        node.attrs.setdefault("issuer", owner)
        for u in units_at(units, b.doc, words_at, title_at):
            b.add_edge(reg, u.id, EdgeType.ISSUED_BY, words_at, title_at)
    if any(act.verb.endswith(v) or act.verb.startswith(v) for v in ISSUING) and act.actor:
        for u in actors:
            b.add_edge(reg, u.id, EdgeType.ISSUED_BY, act.actor[0], act.actor[1])
        if "issuer" not in node.attrs and unit:
            node.attrs["issuer"] = unit
