"""Walks over the graph's edges (either direction): the neighbourhood of some seeds, and a shortest path."""

from __future__ import annotations

from ..errors import BadQuery, NotFound
from ..model import Edge
from ..reader import GraphReader
from ..views import GraphData
from .seeds import find_seed


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
