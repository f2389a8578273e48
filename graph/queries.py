"""Questions the graph answers directly: pure reads over the store."""

from __future__ import annotations

from typing import Any

from .errors import NotFound
from .ids import name_key
from .model import Node
from .store import Store
from .views import GraphData
from .vocab import EdgeType, NodeType


def _matching(store: Store, query: str, node_type: NodeType) -> list[Node]:
    """Nodes of one type named by an id, an exact name or alias, or a substring of the name."""
    node = store.find_node(query)
    if node is not None and node.type == node_type:
        return [node]
    key = name_key(query)
    candidates = store.nodes_named(query, node_type) or [
        n for n in store.nodes(node_type) if key in name_key(n.label) or any(key in name_key(a) for a in n.aliases)
    ]
    exact = [n for n in candidates if key in {name_key(n.label), *map(name_key, n.aliases)}]
    return exact or candidates


def measures_for(store: Store, problem: str) -> list[dict[str, Any]]:
    """Measures that address the problems matching `problem` (an id or words of its title), sub-problems included.

    Each answer: {"measure_id", "text", "date", "problem_id", "problem", "doc", "start", "end"}.
    """
    problems = _matching(store, problem, NodeType.PROBLEM)
    seen: set[str] = set()
    frontier = [p.id for p in problems]
    while frontier:  # take in sub-problems
        pid = frontier.pop()
        if pid in seen:
            continue
        seen.add(pid)
        frontier += [e.source for e in store.edges(target=pid, edge_type=EdgeType.SUB_PROBLEM_OF)]
    titles = {n.id: n.label for n in store.nodes(ids=seen)}
    out = []
    for pid in sorted(seen, key=lambda x: titles.get(x, "")):
        edges = store.edges(target=pid, edge_type=EdgeType.ADDRESSES)
        measures = {n.id: n for n in store.nodes(ids=[e.source for e in edges])}
        for m in sorted(measures.values(), key=lambda n: (n.evidence[0].doc, n.evidence[0].start) if n.evidence else ("", 0)):
            ev = m.evidence[0] if m.evidence else None
            out.append({
                "measure_id": m.id,
                "text": m.attrs.get("text", m.label),
                "date": m.attrs.get("date", ""),
                "problem_id": pid,
                "problem": titles.get(pid, ""),
                "doc": ev.doc if ev else "",
                "start": ev.start if ev else 0,
                "end": ev.end if ev else 0,
            })
    return out


def problems_for(store: Store, measure_id: str) -> list[dict[str, Any]]:
    """Problems a measure addresses (the reverse of measures_for), sorted by title.

    Each answer: {"problem_id", "problem", "doc", "start", "end"}.
    """
    measure = store.find_node(measure_id)
    if measure is None or measure.type != NodeType.MEASURE:
        raise NotFound(f"no measure {measure_id!r}")
    edges = store.edges(source=measure.id, edge_type=EdgeType.ADDRESSES)
    out = []
    for p in sorted(store.nodes(ids=[e.target for e in edges]), key=lambda n: (n.label, n.id)):
        ev = p.evidence[0] if p.evidence else None
        out.append({
            "problem_id": p.id,
            "problem": p.label,
            "doc": ev.doc if ev else "",
            "start": ev.start if ev else 0,
            "end": ev.end if ev else 0,
        })
    return out


def trace(store: Store, regulation: str) -> list[dict[str, Any]]:
    """The actions on the regulations matching `regulation`, in time order (undated actions last).

    Each action: {"verb", "date", "unit", "measure_id", "text", "doc", "regulation", "start", "end"}.
    """
    regs = _matching(store, regulation, NodeType.REGULATION)
    if not regs:
        raise NotFound(f"no regulation matches {regulation!r}", "list them: policykg search QUERY --type regulation")
    out = []
    for reg in regs:
        for e in store.edges(target=reg.id, edge_type=EdgeType.ACTS_ON):
            m = store.find_node(e.source)
            if m is None:
                continue
            units = [store.find_node(u.target) for u in store.edges(source=m.id, edge_type=EdgeType.PERFORMED_BY)]
            ev = e.evidence[0] if e.evidence else None
            out.append({
                "verb": e.attrs.get("verb", ""),
                "date": e.attrs.get("date", ""),
                "unit": "、".join(u.label for u in units if u is not None) or e.attrs.get("unit", ""),
                "measure_id": m.id,
                "text": m.attrs.get("text", m.label),
                "doc": ev.doc if ev else "",
                "regulation": reg.label,
                "start": ev.start if ev else 0,
                "end": ev.end if ev else 0,
            })
    out.sort(key=lambda a: (a["date"] == "", a["date"], a["doc"], a["start"]))
    return out


def find_seed(store: Store, seed: str) -> Node:
    """The node a user means by an id or a name (exact name or alias first, then the shortest containing one)."""
    node = store.find_node(seed)
    if node is not None:
        return node
    key = name_key(seed)
    candidates = store.nodes_named(seed)
    exact = [n for n in candidates if key in {name_key(n.label), *map(name_key, n.aliases)}]
    ranked = exact or candidates
    if not ranked:
        raise NotFound(f"nothing is named {seed!r}", "find its id with: policykg search NAME --json")
    order = {t: i for i, t in enumerate(["regulation", "problem", "unit", "bay", "river", "place", "person"])}
    return sorted(ranked, key=lambda n: (order.get(str(n.type), 99), len(n.label), n.id))[0]


def neighbourhood(store: Store, seeds: list[str], depth: int = 1, types: list[str] | None = None) -> GraphData:
    """Nodes within `depth` edges of the seeds (either direction) and the edges among them.

    With `types`, only nodes of those types (and the seeds) are taken in, and the walk goes on only through them.
    """
    keep = set(seeds)
    frontier = set(seeds)
    wanted = {str(t) for t in types} if types else None
    for _ in range(max(0, depth)):
        nxt: set[str] = set()
        for e in store.edges_touching(frontier):
            nxt.update((e.source, e.target))
        if wanted is not None:
            nxt = {n.id for n in store.nodes(ids=nxt - keep) if str(n.type) in wanted}
        frontier = nxt - keep
        keep |= nxt
        if not frontier:
            break
    nodes = store.nodes(ids=keep)
    present = {n.id for n in nodes}
    edges = [e for e in store.edges_touching(present) if e.source in present and e.target in present]
    return GraphData(nodes, edges)
