"""What a user's words name: the nodes a query means by an id, a name or part of one."""

from __future__ import annotations

from ..errors import NotFound
from ..ids import name_key
from ..model import Node
from ..reader import GraphReader
from ..vocab import NodeType


def matching(store: GraphReader, query: str, node_type: NodeType) -> list[Node]:
    """Nodes of one type named by an id, an exact name or alias, or a substring of the name, without their
    evidence (callers take ids and labels: a national regulation has thousands of spans)."""
    by_id = [n for n in store.nodes(ids=[query], evidence=False) if n.type == node_type]
    if by_id:
        return by_id
    key = name_key(query)
    candidates = store.nodes_named(query, node_type, evidence=False)
    exact = [n for n in candidates if key in {name_key(n.label), *map(name_key, n.aliases)}]
    return exact or candidates


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
