"""Which graph nodes become passages in the index, with what text, names and facet values."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from policykg.graph.model import Edge, Node
from policykg.graph.vocab import PASSAGE_TYPES, EdgeType, NodeType

#: Edges whose target's names a passage should answer to (an alias query finds the canonical passages).
_NAMING_EDGES = frozenset({
    EdgeType.PERFORMED_BY, EdgeType.CONCERNS, EdgeType.ACTS_ON, EdgeType.MENTIONS, EdgeType.ISSUED_BY,
    EdgeType.ADDRESSES,
})
_WATER_TYPES = frozenset({NodeType.BAY, NodeType.RIVER})
#: Passages whose label is the start of their text, not a title of theirs.
_UNTITLED_TYPES = frozenset({NodeType.MEASURE, NodeType.PROBLEM})
#: Passages whose character pairs are always indexed: they hold the text of the others.
_HOLDER_TYPES = frozenset({NodeType.SECTION, NodeType.DOCUMENT})
#: A document without headings would otherwise become one huge passage; its sentences are measures anyway.
_LEAD_MAX = 2000


@dataclass(frozen=True)
class Passage:
    id: str
    type: str
    doc: str
    label: str
    text: str
    start: int
    end: int
    year: int | None = None
    date: str = ""
    names: tuple[str, ...] = ()
    """Labels and aliases of the entities the passage's node is linked to."""
    units: tuple[str, ...] = field(default=())
    places: tuple[str, ...] = field(default=())
    waters: tuple[str, ...] = field(default=())
    titled: bool = True
    """Whether the label is indexed (a title or heading, boosted above the text): not where it only repeats
    the text's first characters, as a measure's or a problem's label does."""
    pairs: bool = True
    """Whether the text's character pairs are indexed: not where a section or document passage of the same
    document holds the text already (its pairs answer a part of a word there; the index's words answer it in
    this passage, see search/lexicon.py)."""


def _year(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def _lead_end(nodes: list[Node], doc_id: str, doc_len: int) -> int:
    """Where the first section starts: the text before it (the preamble) belongs to the document passage."""
    starts = [e.start for n in nodes if n.type == NodeType.SECTION for e in n.evidence if e.doc == doc_id]
    return min(min(starts, default=doc_len), _LEAD_MAX)


def _own_ends(nodes: list[Node], doc_id: str) -> dict[str, int]:
    """Where each section's own text stops: at its end, or where its first sub-section begins."""
    spans = sorted(
        (min(e.start for e in n.evidence if e.doc == doc_id), int(n.attrs["end"]), n.id)
        for n in nodes
        if n.type == NodeType.SECTION and n.attrs.get("end") and any(e.doc == doc_id for e in n.evidence)
    )
    out = {}
    for k, (start, end, nid) in enumerate(spans):
        nxt = spans[k + 1][0] if k + 1 < len(spans) else end
        out[nid] = min(end, nxt) if nxt > start else end
    return out


def passages_for(nodes: list[Node], doc_text: str, doc_id: str, edges: list[Edge] = ()) -> list[Passage]:
    """One passage per document, measure, section, problem and regulation mentioned in one document.

    A section's passage holds its heading and its own text up to its first sub-section, so a question about a
    topic finds the section even when no single sentence carries all its words, while each character of the
    document is indexed in one section only (nested sections repeating their children's text made the index
    several times the size of the corpus, and slowed both ingest and queries). The document's passage holds
    its title and preamble, where reports state their overall results.
    """
    own_end = _own_ends(nodes, doc_id)
    by_id = {n.id: n for n in nodes}
    linked: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.type in _NAMING_EDGES and e.target in by_id:
            linked[e.source].add(e.target)
    out = []
    for n in nodes:
        targets = [by_id[t] for t in sorted(linked.get(n.id, ()))]
        names = tuple(sorted({x for t in targets for x in (t.label, *t.aliases) if x}))
        units = tuple(sorted({t.label for t in targets if t.type == NodeType.UNIT}))
        places = tuple(sorted({t.label for t in targets if t.type == NodeType.PLACE}))
        waters = tuple(sorted({t.label for t in targets if t.type in _WATER_TYPES}))
        date = str(n.attrs.get("date") or "")
        if n.type == NodeType.DOCUMENT:
            end = _lead_end(nodes, doc_id, len(doc_text))
            lead = doc_text[:end].strip()
            text = lead if n.label in lead else f"{n.label}\n{lead}".strip()
            out.append(Passage(n.id, str(n.type), doc_id, n.label, text, 0, end, _year(date), date,
                               names, units, places, waters))
            continue
        if n.type not in PASSAGE_TYPES:
            continue
        spans = [e for e in n.evidence if e.doc == doc_id]
        if not spans:
            continue
        first = min(spans)
        text = n.attrs.get("plain") or n.attrs.get("text") or doc_text[first.start : first.end]
        if n.id in own_end:
            text = doc_text[first.start : own_end[n.id]]
        out.append(Passage(n.id, str(n.type), doc_id, n.label, text, first.start, first.end, _year(date), date,
                           names, units, places, waters,
                           titled=n.type not in _UNTITLED_TYPES or not text.startswith(n.label)))
    return _without_repeated_pairs(out)


def _without_repeated_pairs(passages: list[Passage]) -> list[Passage]:
    """Passages whose text a section or the document's lead holds (measures are sentences of their section)
    marked to be indexed without character pairs: the same pairs twice answered nothing more, and were a fifth
    of the index's postings."""
    holders = [p for p in passages if p.type in _HOLDER_TYPES]
    out = []
    for p in passages:
        held = p.type not in _HOLDER_TYPES and p.text and any(
            p.text in h.text for h in holders if h.start <= p.start < h.start + len(h.text))
        out.append(replace(p, pairs=False) if held else p)
    return out
