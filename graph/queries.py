"""Questions the graph answers directly: pure reads over the store."""

from __future__ import annotations

from typing import Any

from .errors import BadQuery, NotFound
from .ids import name_key
from .model import Edge, Evidence, Node, span_order
from .reader import DatedItem, GraphReader, first_span_key
from .views import GraphData
from .vocab import EdgeType, NodeType


def _matching(store: GraphReader, query: str, node_type: NodeType) -> list[Node]:
    """Nodes of one type named by an id, an exact name or alias, or a substring of the name, without their
    evidence (callers take ids and labels: a national regulation has thousands of spans)."""
    by_id = [n for n in store.nodes(ids=[query], evidence=False) if n.type == node_type]
    if by_id:
        return by_id
    key = name_key(query)
    candidates = store.nodes_named(query, node_type, evidence=False)
    exact = [n for n in candidates if key in {name_key(n.label), *map(name_key, n.aliases)}]
    return exact or candidates


def measures_for(store: GraphReader, problem: str) -> list[dict[str, Any]]:
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


def trace(store: GraphReader, regulation: str) -> list[dict[str, Any]]:
    """The actions on the regulations matching `regulation`, in time order (undated actions last).

    Each action: {"verb", "date", "unit", "place", "measure_id", "text", "doc", "regulation", "start", "end"};
    `place` names the places, bays and rivers the measure concerns.
    """
    return trace_page(store, regulation)[0]


def trace_page(
    store: GraphReader, regulation: str, limit: int | None = None, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """`limit` actions of `trace` from `offset` on, and how many actions there are in all.

    The store orders the actions (store.action_page); only those on the page are read with their measures,
    units and places.
    """
    regs = _matching(store, regulation, NodeType.REGULATION)
    if not regs:
        raise NotFound(f"no regulation matches {regulation!r}", "list them: policykg search QUERY --type regulation")
    titles = {r.id: r.label for r in regs}
    page, total = store.action_page(list(titles), limit, offset)
    measures = {n.id: n for n in store.nodes(ids={e.source for e in page}, evidence=False)}
    links = [x for x in store.edges_touching(measures, (EdgeType.PERFORMED_BY, EdgeType.CONCERNS), evidence=False)
             if x.source in measures]
    ends = {n.id: n for n in store.nodes(ids={x.target for x in links}, evidence=False)}
    units_of: dict[str, list[Node]] = {}
    places_of: dict[str, list[Node]] = {}
    for x in links:  # in edge id order
        if x.target in ends:
            (units_of if x.type == EdgeType.PERFORMED_BY else places_of).setdefault(x.source, []).append(ends[x.target])
    out = []
    for e in page:
        m = measures.get(e.source)
        if m is None:
            continue
        places = {n.id: n for n in places_of.get(m.id, [])}.values()
        ev = min(e.evidence, default=None)
        out.append({
            "verb": e.attrs.get("verb", ""),
            "date": e.attrs.get("date", ""),
            "unit": "、".join(u.label for u in units_of.get(m.id, [])) or e.attrs.get("unit", ""),
            "place": "、".join(sorted(n.label for n in places)),
            "measure_id": m.id,
            "text": m.attrs.get("text", m.label),
            "doc": ev.doc if ev else "",
            "regulation": titles.get(e.target, ""),
            "start": ev.start if ev else 0,
            "end": ev.end if ev else 0,
        })
    return out, total


def node_by_id(store: GraphReader, node_id: str) -> Node | None:
    """The node with this id, without its evidence (a shared entity has thousands of spans; page them with
    store.evidence_pages)."""
    return next(iter(store.nodes(ids=[node_id], evidence=False)), None)


def find_seed(store: GraphReader, seed: str) -> Node:
    """The node a user means by an id or a name (exact name or alias first, then the shortest containing one),
    without its evidence (page it with store.evidence_pages)."""
    node = node_by_id(store, seed)
    if node is not None:
        return node
    key = name_key(seed)
    candidates = store.nodes_named(seed, evidence=False)
    exact = [n for n in candidates if key in {name_key(n.label), *map(name_key, n.aliases)}]
    ranked = exact or candidates
    if not ranked:
        raise NotFound(f"nothing is named {seed!r}", "find its id with: policykg search NAME --json")
    order = {t: i for i, t in enumerate(["regulation", "problem", "unit", "bay", "river", "place", "person"])}
    return sorted(ranked, key=lambda n: (order.get(str(n.type), 99), len(n.label), n.id))[0]


def neighbourhood(store: GraphReader, seeds: list[str], depth: int = 1, types: list[str] | None = None,
                  max_nodes: int | None = None) -> GraphData:
    """Nodes within `depth` edges of the seeds (either direction) and the edges among them.

    With `types`, only nodes of those types (and the seeds) are taken in, and the walk goes on only through them.
    With `max_nodes`, the walk stops once it has found that many nodes (a unit a thousand reports name has
    thousands of neighbours): the nodes nearer the seeds come first, those of one step in the order of the
    frontier's ids, and the answer says `truncated`. A walk reads the edges of its frontier a chunk at a time,
    so a bounded walk reads about as much as it answers (a hub's edges aside).
    """
    keep = dict.fromkeys(seeds)
    frontier = sorted(set(seeds))
    wanted = {str(t) for t in types} if types else None
    truncated = False
    walked: dict[str, tuple[str, str]] = {}  # the edges of the nodes in `read`: id -> (source, target)
    read: set[str] = set()
    for _ in range(max(0, depth)):
        found: dict[str, None] = {}
        for i in range(0, len(frontier), 200):
            chunk = frontier[i : i + 200]
            edges = store.edge_ends(chunk)
            walked.update((e, (source, target)) for e, source, target in edges)
            read.update(chunk)
            ends = {x for _, source, target in edges for x in (source, target)}
            new = sorted(ends.difference(keep, found))
            if wanted is not None:
                new = [n.id for n in store.nodes(ids=new, evidence=False) if str(n.type) in wanted]
            found.update(dict.fromkeys(new))
            if max_nodes is not None and len(keep) + len(found) > max_nodes:
                truncated = True
                break
        taken = list(found)[: max(0, max_nodes - len(keep))] if truncated and max_nodes is not None else list(found)
        keep.update(dict.fromkeys(taken))
        frontier = sorted(taken)
        if truncated or not frontier:
            break
    nodes = store.nodes(ids=keep)
    present = {n.id for n in nodes}
    walked.update((e, (source, target)) for e, source, target in store.edge_ends(present - read))
    among = [e for e, (source, target) in walked.items() if source in present and target in present]
    return GraphData(nodes, store.edges_by_id(among), truncated=truncated)


def shortest_path(
    store: GraphReader, source: str, target: str, max_depth: int = 6, types: list[str] | None = None
) -> GraphData:
    """One shortest chain of edges (either direction) between two entities named by id or name (find_seed).

    With `types`, the chain passes only through nodes of those types (the two ends may be of any type).
    Among several shortest chains the same one is chosen every time: the least in the order of its nodes' ids,
    the one a breadth-first walk from the source finds when it takes each node's neighbours in id order.
    NotFound when no chain of at most `max_depth` edges joins them.

    The walk goes from both ends at once over the store's edge indexes (_PathSearch), each step from the end
    whose last layer is smaller, so that it reads about as much as the two ends' neighbourhoods up to where
    they meet, not the whole graph.
    """
    if not 1 <= max_depth <= 12:
        raise BadQuery(f"max_depth must be between 1 and 12, not {max_depth}")
    start, goal = find_seed(store, source).id, find_seed(store, target).id
    chain = _PathSearch(store, start, goal, {str(t) for t in types} if types else None).chain(max_depth)
    if chain is None:
        raise NotFound(
            f"no path of at most {max_depth} edges joins {source!r} and {target!r}",
            "raise max_depth, or drop the types filter",
        )
    edges: list[Edge] = []
    for a, b in zip(chain, chain[1:]):
        between = [e for e, x, y in store.edge_ends([a]) if {x, y} == {a, b}]
        edges.append(min(store.edges_by_id(between), key=lambda e: (str(e.type), e.id)))
    order = {nid: i for i, nid in enumerate(chain)}
    return GraphData(sorted(store.nodes(ids=chain), key=lambda n: order[n.id]), edges)


class _PathSearch:
    """A breadth-first search from both ends of a path over the store's edges (either direction).

    Each end keeps its distance to every node it has reached and its last layer; the end with the smaller last
    layer takes the next step (reading its layer's edges). A node leads on only when it may stand inside the
    chain (`wanted` types, or the two ends). Once the two ends' nodes meet, the chain is the least (in the order
    of node ids) of the shortest ones, chosen a node at a time from the start.
    """

    def __init__(self, store: GraphReader, start: str, goal: str, wanted: set[str] | None) -> None:
        self.store, self.start, self.goal, self.wanted = store, start, goal, wanted
        self.dist: tuple[dict[str, int], dict[str, int]] = ({start: 0}, {goal: 0})
        self.layers: list[list[str]] = [[start], [goal]]
        self.depth = [0, 0]
        self.adjacent: dict[str, set[str]] = {}
        self.types: dict[str, str] = {}

    def _read_edges(self, ids: list[str]) -> None:
        """Read the neighbours of these nodes (those not read yet)."""
        todo = [n for n in ids if n not in self.adjacent]
        for n in todo:
            self.adjacent[n] = set()
        for i in range(0, len(todo), 400):
            for _e, a, b in self.store.edge_ends(todo[i : i + 400]):
                for here, there in ((a, b), (b, a)):
                    if here in self.adjacent:
                        self.adjacent[here].add(there)

    def _neighbours(self, node: str) -> list[str]:
        self._read_edges([node])
        return sorted(self.adjacent[node])

    def _passable(self, node: str) -> bool:
        """Whether a node may stand inside the chain."""
        return self.wanted is None or node in (self.start, self.goal) or self.types.get(node) in self.wanted

    def _learn_types(self, ids: list[str]) -> None:
        if self.wanted is not None:
            self.types.update((n.id, str(n.type)) for n in self.store.nodes(ids=ids, evidence=False))

    def chain(self, max_depth: int) -> list[str] | None:
        """The chain's node ids from start to goal, or None when none has at most `max_depth` edges."""
        if self.start == self.goal:
            return [self.start]
        self._learn_types([self.start, self.goal])
        length = None
        while length is None and sum(self.depth) < max_depth:
            side = 0 if len(self.layers[0]) <= len(self.layers[1]) else 1
            frontier = [n for n in self.layers[side] if self._passable(n)]
            if not frontier:
                return None
            self._read_edges(frontier)
            seen, other = self.dist[side], self.dist[1 - side]
            layer = sorted({m for n in frontier for m in self.adjacent[n]}.difference(seen))
            self.depth[side] += 1
            seen.update(dict.fromkeys(layer, self.depth[side]))
            self.layers[side] = layer
            self._learn_types(layer)
            meeting = [seen[m] + other[m] for m in layer if m in other and self._passable(m)]
            length = min(meeting, default=None)
        return None if length is None else self._least_chain(length)

    def _least_chain(self, length: int) -> list[str]:
        """The least shortest chain of `length` edges: from the start, at each step the smallest neighbour that
        still reaches the goal in the steps left. Up to position `edge` (where the goal's side stops knowing
        distances) that is a node of the start's side marked as leading to the goal; past it, one the goal's side
        reached at the distance left."""
        forward, backward = self.dist
        edge = length - self.depth[1]
        leads = {n for n, d in forward.items() if d == edge and backward.get(n) == length - edge and self._passable(n)}
        marked = [set[str]() for _ in range(edge + 1)]
        marked[edge] = leads
        for k in range(edge - 1, 0, -1):
            marked[k] = {n for n, d in forward.items()
                         if d == k and self._passable(n) and self.adjacent.get(n, set()) & marked[k + 1]}
        chain = [self.start]
        for k in range(1, length + 1):
            for m in self._neighbours(chain[-1]):
                if k == length:
                    ok = m == self.goal
                elif k <= edge:
                    ok = m in marked[k]
                else:
                    ok = backward.get(m) == length - k and self._passable(m)
                if ok:
                    chain.append(m)
                    break
        return chain


#: Characters of context shown on each side of an evidence span.
CONTEXT = 30


def _quotes(store: GraphReader, spans: dict[Evidence, str]) -> list[dict[str, Any]]:
    """Evidence spans with the characters they cover and a little context, in document order (one read for
    them all: the spans with their context, not the documents' whole texts)."""
    ordered = sorted(spans, key=span_order)
    pieces = store.document_slices([(ev.doc, max(0, ev.start - CONTEXT), ev.end + CONTEXT) for ev in ordered])
    out = []
    for ev, piece in zip(ordered, pieces):
        start, end = ev.start - max(0, ev.start - CONTEXT), ev.end - max(0, ev.start - CONTEXT)
        out.append({**ev.as_dict(), "text": piece[start:end], "before": piece[:start], "after": piece[end:],
                    "owner": spans[ev]})
    return out


#: Spans each edge and each node at an edge's other end carries on a page of an entity page (their counts say
#: how many they have): an edge a thousand reports state, or a unit they all name, would otherwise fill the page.
SPANS_SHOWN = 5


def entity_page(store: GraphReader, id_or_name: str, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """Everything the graph holds about one node: the node, each edge with the node at its other end, and the
    source characters behind the node and its edges.

    {"node": node JSON, "edges": [{"edge": edge JSON with "id", "other": node JSON, "direction": "out"|"in",
     "evidence_count": N}], "evidence": [{"doc", "start", "end", "text", "before", "after", "owner"}],
     "edge_count": N, "evidence_count": N} where `owner` is the id of the node or edge the span supports (the
    first, when several share it), `edge_count` counts the node's edges and `evidence_count` its own spans.

    Edges come out before in, each by type then edge id (store.edge_page: the order of the store's indexes, so
    that a page of a node with thousands of edges costs the page alone). Without `limit`, every node and edge
    carries all its evidence and all is quoted. With `limit`, the page holds `limit` edges from `offset` on, the
    node's evidence holds its spans from `offset` on (`limit` of them, in document order: page on until both
    counts are passed), each edge and each node at an other end carries its first SPANS_SHOWN spans (the edge's
    `evidence_count` says how many it has), and the page quotes the node's and the edges' spans it carries.
    """
    node = find_seed(store, id_or_name)
    own, own_count = store.evidence_pages([node.id], limit, offset)[node.id]
    page, total = store.edge_page(node.id, limit, offset, evidence=False)
    others = {n.id: n for n in store.nodes(ids={e.target if e.source == node.id else e.source for e in page},
                                             evidence=False)}
    shown = store.evidence_pages([*(e.id for e in page), *others], None if limit is None else SPANS_SHOWN)
    edges = []
    for e in page:
        direction = "out" if e.source == node.id else "in"
        other = others.get(e.target if direction == "out" else e.source)
        if other is None:  # deleted since the edges were read
            continue
        e.evidence, count = shown[e.id]
        other.evidence = shown[other.id][0]
        edges.append({"edge": e.as_dict() | {"id": e.id}, "other": other.as_dict(), "direction": direction,
                      "evidence_count": count})
    node.evidence = own
    spans: dict[Evidence, str] = dict.fromkeys(own, node.id)
    for e in sorted(page, key=lambda e: e.id):  # a span two edges share is owned by the first id
        for x in e.evidence:
            spans.setdefault(x, e.id)
    return {"node": node.as_dict(), "edges": edges, "evidence": _quotes(store, spans), "edge_count": total,
            "evidence_count": own_count}


def evidence_quotes(store: GraphReader, node_id: str, limit: int | None = None, offset: int = 0
                    ) -> tuple[list[dict[str, Any]], int]:
    """`limit` of a node's own spans from `offset` on, quoted as entity_page quotes them, and how many it has."""
    spans, count = store.evidence_pages([node_id], limit, offset)[node_id]
    return _quotes(store, dict.fromkeys(spans, node_id)), count


#: How many characters of an ISO date make a period of each length.
PERIODS = {"year": 4, "month": 7, "day": 10}


def _problem_closure(store: GraphReader, problem: str) -> set[str]:
    seen: set[str] = set()
    frontier = [p.id for p in _matching(store, problem, NodeType.PROBLEM)]
    while frontier:
        pid = frontier.pop()
        if pid not in seen:
            seen.add(pid)
            frontier += [e.source for e in store.edges(target=pid, edge_type=EdgeType.SUB_PROBLEM_OF)]
    return seen


def timeline(
    store: GraphReader,
    regulation: str | None = None,
    problem: str | None = None,
    unit: str | None = None,
    by: str = "month",
    items_per_period: int | None = None,
) -> list[dict[str, Any]]:
    """Dated actions on regulations and dated measures, grouped by period and in time order.

    Filters combine: actions on the regulations matching `regulation`; measures addressing the problems matching
    `problem` (sub-problems included); measures performed by the units matching `unit` (or actions naming it).
    A measure that acts on a regulation shows as that action, not a second time as a measure. Undated items
    cannot be placed and are left out; a date coarser than the period (a year, by month) keeps its own precision.
    Within a date, items follow the document and position of their first span.

    [{"period": "2021-02", "count": N, "actions": N, "measures": N, "items": [{"kind": "action"|"measure", "verb",
      "date", "unit", "measure", "text", "evidence": [{"doc", "start", "end"}], "regulation"?, "regulation_id"?}]}]
    where the counts are the period's items in all and `items` holds the first `items_per_period` of them (all
    without it).

    Only what the filters select is read: a regulation's actions by index, a problem's or a unit's measures by
    their edges; without a filter, every action and every dated measure (the evidence and units of the items
    shown alone).
    """
    if by not in PERIODS:
        raise BadQuery(f"unknown timeline period {by!r}", f"choose one of {', '.join(PERIODS)}")
    regs: set[str] | None = None
    if regulation:
        regs = {r.id for r in _matching(store, regulation, NodeType.REGULATION)}
        if not regs:
            raise NotFound(f"no regulation matches {regulation!r}", "list them: policykg search QUERY --type regulation")
    allowed: set[str] | None = None
    if problem:
        closure = _problem_closure(store, problem)
        if not closure:
            raise NotFound(f"no problem matches {problem!r}", "list them: policykg problems")
        allowed = {e.source for e in store.edges_touching(closure, [EdgeType.ADDRESSES], evidence=False)
                   if e.target in closure}
    unit_ids: set[str] = set()
    unit_keys: set[str] = set()
    if unit:
        found = _matching(store, unit, NodeType.UNIT)
        unit_ids = {u.id for u in found}
        unit_keys = {name_key(unit)} | {name_key(u.label) for u in found}

    if regs is None and allowed is None and not unit:
        keyed, acts, spans = store.dated_items(), {}, {}
    else:
        keyed, acts, spans = _filtered_items(store, regs, allowed, unit, unit_ids, unit_keys)
    periods: dict[str, list[DatedItem]] = {}
    for entry in keyed:
        periods.setdefault(entry[0][: PERIODS[by]], []).append(entry)
    shown = {p: items if items_per_period is None else items[:items_per_period] for p, items in periods.items()}
    listed = [k for items in shown.values() for k in items]
    spans.update(store.evidence_pages([k[4] for k in listed if k[4] not in spans]))
    acts.update((e.id, e) for e in store.edges_by_id([k[4] for k in listed if k[2] == "action" and k[4] not in acts],
                                                      evidence=False))
    measures = {n.id: n for n in store.nodes(ids={k[3] for k in listed}, evidence=False)}
    performers: dict[str, list[str]] = {}
    for e in store.edges_touching(measures, [EdgeType.PERFORMED_BY], evidence=False):
        if e.source in measures:
            performers.setdefault(e.source, []).append(e.target)
    units = {n.id: n.label for n in store.nodes(ids={u for us in performers.values() for u in us}, evidence=False)}
    reg_labels = {n.id: n.label for n in store.nodes(
        ids={acts[k[4]].target for k in listed if k[2] == "action" and k[4] in acts}, evidence=False)}

    def unit_of(measure_id: str, edge: Edge | None = None) -> str:
        names = [units[u] for u in sorted(performers.get(measure_id, [])) if u in units]
        return "、".join(names) or (str(edge.attrs.get("unit", "")) if edge is not None else "")

    def item(key: DatedItem) -> dict[str, Any]:
        date, _first, kind, measure, item_id = key
        m = measures[measure]
        evidence = [ev.as_dict() for ev in spans[item_id][0]]
        if kind == "action":
            x = acts[item_id]
            return {"kind": "action", "verb": x.attrs.get("verb", ""), "date": date, "unit": unit_of(m.id, x),
                    "measure": m.id, "text": m.attrs.get("text", m.label), "evidence": evidence,
                    "regulation": reg_labels.get(x.target, ""), "regulation_id": x.target}
        verbs = m.attrs.get("verbs", [])
        return {"kind": "measure", "verb": verbs[0] if isinstance(verbs, list) and verbs else str(verbs or ""),
                "date": date, "unit": unit_of(m.id), "measure": m.id, "text": m.attrs.get("text", m.label),
                "evidence": evidence}

    return [{"period": p, "count": len(periods[p]), "actions": sum(k[2] == "action" for k in periods[p]),
             "measures": sum(k[2] == "measure" for k in periods[p]),
             "items": [item(k) for k in shown[p] if k[3] in measures and (k[2] == "measure" or k[4] in acts)]}
            for p in sorted(periods)]


def _filtered_items(store: GraphReader, regs: set[str] | None, allowed: set[str] | None, unit: str | None,
                    unit_ids: set[str], unit_keys: set[str]
                    ) -> tuple[list[DatedItem], dict[str, Edge], dict[str, tuple[list[Evidence], int]]]:
    """The timeline's items under its filters (timeline), in time order as store.dated_items gives the whole
    corpus's, with the actions' edges and the items' spans read for them: the actions and measures the filters
    select are read (ids, dates and edges without evidence, no node built) with their spans."""
    if regs is not None:
        acts = [e for e in store.edges_touching(regs, [EdgeType.ACTS_ON], evidence=False) if e.target in regs]
    elif allowed is not None:
        acts = [e for e in store.edges_touching(allowed, [EdgeType.ACTS_ON], evidence=False) if e.source in allowed]
    else:  # a unit alone: actions naming it may come from measures it does not perform
        acts = store.edges(edge_type=EdgeType.ACTS_ON, evidence=False)
    by_unit_ids = {e.source for e in store.edges_touching(unit_ids, [EdgeType.PERFORMED_BY], evidence=False)
                   if e.target in unit_ids}
    lone: set[str] = set()  # measures acting on no regulation
    if regs is None:
        lone = set(allowed) if allowed is not None else set(by_unit_ids)
        lone -= {e.source for e in store.edges_touching(lone, [EdgeType.ACTS_ON], evidence=False)}
    dates = store.node_attr(NodeType.MEASURE, "date", {e.source for e in acts} | lone)  # "" where undated

    def by_unit(measure_id: str, edge: Edge | None = None) -> bool:
        if not unit or measure_id in by_unit_ids:
            return True
        named = name_key(str(edge.attrs.get("unit", ""))) if edge is not None else ""
        return bool(named) and any(k in named for k in unit_keys)

    def dated(e: Edge) -> str:
        if e.source not in dates:  # no such measure
            return ""
        return str(e.attrs.get("date", "") or dates.get(e.source, ""))

    acts = [e for e in acts if (allowed is None or e.source in allowed) and dated(e) and by_unit(e.source, e)]
    lone_items = sorted(m for m in lone if dates.get(m) and by_unit(m))
    spans = store.evidence_pages([*(e.id for e in acts), *lone_items])
    keyed = sorted([(dated(e), first_span_key(spans[e.id][0]), "action", e.source, e.id) for e in acts]
                   + [(str(dates[m]), first_span_key(spans[m][0]), "measure", m, m) for m in lone_items])
    return keyed, {e.id: e for e in acts}, spans


def problem_subgraph(store: GraphReader, problem: str, depth: int = 1) -> GraphData:
    """The problems matching `problem` with their sub-problems and the measures addressing them, and what lies
    within `depth` edges of those (regulations acted on, acting units, sections, parent problems)."""
    closure = _problem_closure(store, problem)
    if not closure:
        raise NotFound(f"no problem matches {problem!r}", "list them: policykg problems")
    measures = {e.source for pid in closure for e in store.edges(target=pid, edge_type=EdgeType.ADDRESSES)}
    return neighbourhood(store, sorted(closure | measures), depth)
