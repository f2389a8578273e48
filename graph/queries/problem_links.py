"""Problems and the measures that address them: measures for a problem (sub-problems included), problems of a
measure, and the subgraph around a problem."""

from __future__ import annotations

from typing import Any

from ..errors import NotFound
from ..reader import GraphReader
from ..views import GraphData
from ..vocab import EdgeType, NodeType
from .seeds import matching
from .walks import neighbourhood


def measures_for(store: GraphReader, problem: str) -> list[dict[str, Any]]:
    """Measures that address the problems matching `problem` (an id or words of its title), sub-problems included.

    Each answer: {"measure_id", "text", "date", "problem_id", "problem", "doc", "start", "end"}.
    """
    problems = matching(store, problem, NodeType.PROBLEM)
    seen: set[str] = set()
    frontier = [p.id for p in problems]
    while frontier:  # take in sub-problems
        pid = frontier.pop()
        if pid in seen:
            continue
        seen.add(pid)
        frontier += [e.source for e in store.edges(target=pid, edge_type=EdgeType.SUB_PROBLEM_OF)]
    titles = {n.id: n.label for n in store.nodes(ids=seen, evidence=False)}
    out = []
    listed: set[str] = set()
    for pid in sorted(seen, key=lambda x: (titles.get(x, ""), x)):  # the same title in many reports: by id
        # a "subtree" edge repeats a sub-problem's link on its ancestor; the walk above already takes it in
        edges = [e for e in store.edges(target=pid, edge_type=EdgeType.ADDRESSES) if e.attrs.get("basis") != "subtree"]
        measures = {n.id: n for n in store.nodes(ids=[e.source for e in edges]) if n.id not in listed}
        listed.update(measures)
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


def problems_for(store: GraphReader, measure_id: str) -> list[dict[str, Any]]:
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


def problem_closure(store: GraphReader, problem: str) -> set[str]:
    seen: set[str] = set()
    frontier = [p.id for p in matching(store, problem, NodeType.PROBLEM)]
    while frontier:
        pid = frontier.pop()
        if pid not in seen:
            seen.add(pid)
            frontier += [e.source for e in store.edges(target=pid, edge_type=EdgeType.SUB_PROBLEM_OF)]
    return seen


def problem_subgraph(store: GraphReader, problem: str, depth: int = 1) -> GraphData:
    """The problems matching `problem` with their sub-problems and the measures addressing them, and what lies
    within `depth` edges of those (regulations acted on, acting units, sections, parent problems)."""
    closure = problem_closure(store, problem)
    if not closure:
        raise NotFound(f"no problem matches {problem!r}", "list them: policykg problems")
    measures = {e.source for pid in closure for e in store.edges(target=pid, edge_type=EdgeType.ADDRESSES)}
    return neighbourhood(store, sorted(closure | measures), depth)
