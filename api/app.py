"""The HTTP application: `create_app(settings)` wires the store, the index and the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from policykg import __version__

from . import errors
from .limits import RequestLimits
from .routes import documents, entities, export, measures, paths, problems, regulations, search, sparql, system, timeline
from .services import Services
from .settings import Settings, sample_corpus
from .webpage import mount_page


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = Services.open(settings.db, settings)
        if settings.ingest_sample_if_empty and not services.store.documents():
            from policykg.ingest.batch import ingest_paths

            ingest_paths(services.store, services.index, sample_corpus())
        app.state.services = services
        yield
        services.close()

    app = FastAPI(
        title="policykg",
        version=__version__,
        description="Problems, measures and regulations from Chinese government documents: graph and full-text search.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    errors.install(app)
    app.add_middleware(RequestLimits, settings=settings)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["*"])
    for module in (system, search, problems, measures, regulations, entities, paths, timeline, documents, export, sparql):
        app.include_router(module.router)
    mount_page(app)
    return app
