"""Health and statistics."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import ServicesDep

router = APIRouter(tags=["system"])


@router.get("/health", summary="Is the server up?")
def health(services: ServicesDep) -> dict:
    return {"status": "ok", "documents": len(services.store.documents())}


@router.get("/stats", summary="Counts of nodes and edges by type")
def stats(services: ServicesDep) -> dict:
    return services.store.counts_by_type()
