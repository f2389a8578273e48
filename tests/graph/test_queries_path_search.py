"""The shortest path searched from both ends over the store's indexes is the chain the breadth-first walk over the
whole networkx view found (the least in node-id order), with or without a types filter and a depth bound."""

from __future__ import annotations

import random
from collections import deque
from pathlib import Path

import pytest

from policykg.graph.errors import NotFound
from policykg.graph.queries.walks import shortest_path
from policykg.graph.store import Store
from policykg.graph.views import networkx_view


def walked_chain(store: Store, start: str, goal: str, max_depth: int, types: list[str] | None) -> list[str] | None:
    """The chain as shortest_path found it before: a breadth-first walk from the start over the networkx view,
    each node's neighbours in id order."""
    g = networkx_view(store)
    wanted = set(types) if types else None
    came_from: dict[str, str | None] = {start: None}
    queue = deque([(start, 0)])
    while queue and goal not in came_from:
        here, dist = queue.popleft()
        if dist >= max_depth or (here != start and wanted is not None and g.nodes[here].get("type") not in wanted):
            continue
        for nxt in sorted(set(g.successors(here)) | set(g.predecessors(here))):
            if nxt not in came_from:
                came_from[nxt] = here
                queue.append((nxt, dist + 1))
    if goal not in came_from:
        return None
    chain = [goal]
    while (prev := came_from[chain[-1]]) is not None:
        chain.append(prev)
    return chain[::-1]


@pytest.fixture(scope="module")
def store(sample_db: Path) -> Store:
    return Store.open(sample_db, read_only=True)


@pytest.mark.parametrize("types", [None, ["unit", "measure"], ["regulation", "measure", "problem", "section"]])
def test_the_chain_from_both_ends_is_the_chain_of_the_walk_from_the_start(store: Store, types: list[str] | None) -> None:
    rng = random.Random(len(types or []))
    ids = sorted(n.id for n in store.nodes(evidence=False))
    found = missed = 0
    for _ in range(600):  # until both outcomes have been seen often enough: filtered chains are rare
        if found >= 20 and missed >= 20:
            break
        start, goal = rng.sample(ids, 2)
        for max_depth in (2, 4, 6):
            want = walked_chain(store, start, goal, max_depth, types)
            if want is None:
                with pytest.raises(NotFound):
                    shortest_path(store, start, goal, max_depth, types)
                missed += 1
                continue
            got = shortest_path(store, start, goal, max_depth, types)
            assert [n.id for n in got.nodes] == want, (start, goal, max_depth)
            assert all({e.source, e.target} == {a, b} for e, a, b in zip(got.edges, want, want[1:]))
            found += 1
    assert found >= 5 and missed >= 5, (found, missed)  # both outcomes exercised
