"""Named entities (units, places, bays, rivers, persons), resolved, and their links to measures.

Each mention becomes evidence on the node of its canonical name (ingest/resolve.py); what the text wrote becomes an
alias, as the page prints it when a reading aid (a pinyin gloss) interrupts it. A measure that names a unit is performed_by it, one that names a place or a water concerns it; a water or a
unit written after its division is located_in that place when the place is a node of the document. A mention
outside every measure is mentioned by its section. The document's province and city go to b.facts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from policykg.graph.ids import entity_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from .. import resolve, same_names
from ..extract import regulations
from ..extract.mention import Mention
from ..extract.persons import find_persons
from ..extract.places import find_places
from ..extract.projects import project_lists
from ..extract.unit_centre import party_centre
from ..extract.unit_references import (addressed, anaphora, bare_groups, defined_short_forms, elliptical,
                                       formed_groups, founded_with, shared_prefixes, zone_committees)
from ..extract.units import division_prefix, find_units
from ..extract.waters import find_waters
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed

_LINK = {
    NodeType.UNIT: EdgeType.PERFORMED_BY,
    NodeType.PLACE: EdgeType.CONCERNS,
    NodeType.BAY: EdgeType.CONCERNS,
    NodeType.RIVER: EdgeType.CONCERNS,
}


# A site's name as a page's source field gives it (重庆华龙网, 人民网-江苏频道, 中国某省在线): the site that carried
# the page, not the body that issued it.
_SITE = re.compile(r"(?:网|網|在线|在線|频道|頻道|客户端)(?:$|[\s\-—_|｜(（])")


def document_issuer(field: str, title: str) -> str:
    """The issuing body from the page's source field, or else from its title; a website in the field is no issuer, since
    the place in a site's name (a province's portal carrying another province's news) is no place of the document.

    >>> document_issuer("重庆某某网", "关于甲县污水处理的通报")
    ''
    >>> document_issuer("某省生态环境厅", "")
    '某省生态环境厅'
    """
    return ("" if _SITE.search(field) else field) or regulations.issuer_of(title)


def build(p: Parsed, b: GraphBuilder) -> None:
    text = p.text
    meta = p.metadata
    title = str(meta.get("title", ""))
    issuer = document_issuer(str(meta.get("issuer", "")), title)
    ctx = resolve.document_context(text, issuer, title)
    b.facts.update(province=ctx.province, city=ctx.city)
    titles = [(m.start - 1, m.end + 1) for m in regulations.find_titles(text)]
    units = find_units(text)
    # Names listed before 等围填海项目 are projects: not bays or places there (ingest/extract/projects.py).
    projects = project_lists(text)
    persons = find_persons(text)
    # A water named inside a body's name is still a mention of the water; one cut across a name is not, nor is a
    # person's name that ends like a water (通讯员 陈洪江).
    waters = [w for w in find_waters(text) if not any(_crosses(w.start, w.end, u.start, u.end) for u in units)
              and not (w.type == NodeType.BAY and _overlaps(projects, w.start, w.end))
              and not any(x <= w.start and w.end <= y for x, y in ((m.start, m.end) for m in persons))]
    taken = [(u.start, u.end) for u in units]
    units += [u for u in resolve.self_references(text, ctx) if not _overlaps(taken, u.start, u.end)]
    units += elliptical(text, units)
    units += bare_groups(text, units) + founded_with(text, units) + anaphora(text, units) + addressed(text, units)
    units += formed_groups(text, units)
    units += zone_committees(text, units)
    units += party_centre(text, units)
    literal = [(u.start, u.end) for u in units if u.attrs.get("literal", True)]
    # A person's given name may also be a division's short form (通讯员 陈洪江 is no 洪江市).
    named_persons = [(m.start, m.end) for m in persons]
    places = find_places(text, ctx.province, titles + literal + named_persons, [_water_span(w) for w in waters],
                         projects)

    def written(m: Mention) -> list[str]:
        return resolve.as_written(p.decoded.text, p.offsets, m.start, m.end) if p.decoded else []

    unit_names = {id(m): m.name if m.name != m.surface else resolve.unit_name(m, ctx) for m in units}
    # 区卫计局、环保局: the listed bureau is the district's; 某开发区党工委、管委会: the zone's committee
    owners = {**shared_prefixes(text, units), **{id(m): m.attrs["owner"] for m in units if "owner" in m.attrs}}
    for m in units:
        if id(m) in owners:
            whole = owners[id(m)] + m.surface
            unit_names[id(m)] = resolve.unit_name(Mention("unit", whole, whole, m.start, m.end), ctx)
    defined = defined_short_forms(text, units)
    for m in units:
        if id(m) in defined:  # 甲局(以下简称乙局): 乙局 is 甲局 in this document
            unit_names[id(m)] = unit_names[id(defined[id(m)])]
    for m in units:
        if "refers" in m.attrs:  # 领导小组 or 该厅 for the body named before it: that body's name
            unit_names[id(m)] = unit_names[id(m.attrs["refers"])]
    numbered = same_names.numbered_forms([m.surface for m in units])
    named = {m.surface: unit_names[id(m)] for m in units}
    for m in units:
        if m.surface in numbered:  # 省委巡视组 for the document's one 七届省委第一巡视组
            unit_names[id(m)] = named[numbered[m.surface]]
    for same in (same_names.misspellings, same_names.own_prefixed, same_names.own_level, same_names.higher_division):
        to = same(list(unit_names.values()))
        unit_names = {k: to.get(v, v) for k, v in unit_names.items()}
    longer = same_names.short_to_long(list(unit_names.values()))
    for m in units:
        name = longer.get(unit_names[id(m)], unit_names[id(m)])
        # A body named inside a title issued that document; it did not perform the measure quoting it.
        link = not _overlaps(titles, m.start, m.end)
        _add(b, NodeType.UNIT, _unit_key(name, b.doc), name, m, {"level": resolve.unit_level(name)}, link=link,
             written=written(m))
    waters = _villages_named_like_waters(waters, places)
    longer_water = same_names.short_to_long([w.name for w in waters], min_len=3)
    for m in waters:
        m.name = longer_water.get(m.name, m.name)
        name = m.name
        attrs = {"kind": m.attrs["kind"], "place": m.attrs.get("place", "")}
        _add(b, NodeType(m.type), name, name, m, attrs, written=written(m))
    fuller = same_names.bracketed_forms([m.name for m in places])
    for m in places:
        m.name = fuller.get(m.name, m.name)
        attrs = {k: v for k, v in m.attrs.items() if v}
        _add(b, NodeType.PLACE, resolve.place_key(m.name, m.attrs), m.name, m, attrs, written=written(m))
    for m in persons:
        _add(b, NodeType.PERSON, m.name, m.name, m, {"role": m.attrs["role"]}, written=written(m))
    _locate(b, places, waters, units, unit_names)


def _villages_named_like_waters(waters: list[Mention], places: list[Mention]) -> list[Mention]:
    """The waters that are a listed village's whole name (甲家河 in 甲家河、乙丙等村): places, not waters."""
    villages = {(m.start, m.end) for m in places if m.attrs.get("level") == "village"}
    return [w for w in waters if (w.start, w.end) not in villages]


def _add(b: GraphBuilder, node_type: NodeType, key: str, label: str, m: Mention, attrs: dict[str, Any],
         link: bool = True, written: list[str] | None = None) -> None:
    """`written`: the name as the page prints it, when that differs from the matched text (ingest/resolve.py
    as_written)."""
    nid = entity_id(str(node_type), key)
    # A body named by ellipsis (儋州市 in 儋州市、临高县委) is not called by the words that stand for it there.
    aliases = [m.surface] if m.surface != label and m.attrs.get("literal", True) else []
    if node_type == NodeType.UNIT and aliases and resolve.without_term(m.surface) != m.surface:
        aliases.append(resolve.without_term(m.surface))  # 十届市委 is also written 市委
    if written and m.attrs.get("literal", True):
        aliases += written
    b.add_node(Node(nid, node_type, label, aliases=aliases, attrs=dict(attrs), evidence=b.ev(m.start, m.end)))
    ms = b.measure_at(m.start, m.end)
    if ms is not None and node_type in _LINK and link:
        b.add_edge(ms.id, nid, _LINK[node_type], m.start, m.end)
    elif node_type == NodeType.UNIT and (performed := b.performed_at(m.start, m.end)):  # a ledger's 责任单位 cell
        for mid in performed:
            b.add_edge(mid, nid, EdgeType.PERFORMED_BY, m.start, m.end)
    elif ms is None or not link:
        sid = b.section_at(m.start)
        if sid:
            b.add_edge(sid, nid, EdgeType.MENTIONS, m.start, m.end)


def _locate(b: GraphBuilder, places: list[Mention], waters: list[Mention], units: list[Mention],
            unit_names: dict[int, str]) -> None:
    """located_in edges to the document's place nodes: a water's division, a unit's name prefix."""
    place_of = {}
    for m in places:
        place_of.setdefault(m.surface, m)
        place_of.setdefault(m.name, m)
    for m in waters:
        where = place_of.get(str(m.attrs.get("place", "")))
        if where:
            b.add_edge(entity_id(m.type, m.name), _place_id(where), EdgeType.LOCATED_IN, m.start, m.end)
    for m in units:
        name = unit_names[id(m)]
        where = place_of.get(division_prefix(name.removeprefix("中共")))
        if where:
            b.add_edge(entity_id("unit", _unit_key(name, b.doc)), _place_id(where), EdgeType.LOCATED_IN, m.start,
                       m.end)


def _unit_key(name: str, doc: str) -> str:
    """The key of a unit's node: its name, and for a body whose name leaves its owner unsaid (市政府 on a page that
    never says which city) also the document, so two pages' 市政府 stay two bodies."""
    return f"{name}@{doc}" if resolve.owner_unsaid(name) else name


def _place_id(m: Mention) -> str:
    return entity_id("place", resolve.place_key(m.name, m.attrs))


def _water_span(w: Mention) -> tuple[int, int]:
    """The span a water takes from places: all of its name but the place it is named after (海南岛近岸海域)."""
    place = str(w.attrs.get("place", ""))
    return (w.start + len(place), w.end) if place and w.name.startswith(place) else (w.start, w.end)


def _crosses(a: int, z: int, x: int, y: int) -> bool:
    """Whether span a..z overlaps x..y without one holding the other."""
    return a < y and x < z and not (x <= a and z <= y) and not (a <= x and y <= z)


def _overlaps(spans: list[tuple[int, int]], a: int, z: int) -> bool:
    return any(x < z and a < y for x, y in spans)
