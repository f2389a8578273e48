"""One node with its edges."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import ServicesDep

router = APIRouter(tags=["entities"])


@router.get("/entities/{id}", summary="A node, its edges and the sentences that support it")
def entity(services: ServicesDep, id: str) -> dict:
    store = services.graph
    node = store.node(id)
    edges = store.edges_touching([id])
    return {"node": node.as_dict(), "edges": [e.as_dict() | {"id": e.id} for e in edges]}
