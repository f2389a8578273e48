"""Which part of the graph an export asks for: all of it, the neighbourhood of a seed, a problem's measures, or
what a full-text query finds (the search is here, not in graph/, which knows nothing of the index)."""

from __future__ import annotations

from policykg.graph.errors import BadQuery, NotFound
from policykg.graph.queries.problem_links import problem_subgraph
from policykg.graph.queries.seeds import find_seed
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.views import GraphData, extraction_times, whole
from policykg.search.searcher import search

from .services import Services

#: Search hits taken as seeds of a --query subgraph.
QUERY_SEEDS = 50


def select(services: Services, *, seed: str | None = None, problem: str | None = None, query: str | None = None,
           depth: int = 1) -> GraphData:
    """The subgraph one of seed / problem / query names (at most one of them), `depth` edges around it."""
    given = [name for name, value in (("seed", seed), ("problem", problem), ("query", query)) if value]
    if len(given) > 1:
        raise BadQuery(f"choose one of seed, problem and query, not {' and '.join(given)}")
    store = services.store
    if seed:
        data = neighbourhood(store, [find_seed(store, seed).id], depth)
    elif problem:
        data = problem_subgraph(store, problem, depth)
    elif query:
        hits = search(services.index, query, limit=QUERY_SEEDS).hits
        if not hits:
            raise NotFound(f"nothing matches {query!r}", "try fewer or other words")
        data = neighbourhood(store, sorted({h.id for h in hits}), depth)
    else:
        return whole(store)
    data.extracted = extraction_times(store)  # so the RDF formats can say when each document was read
    return data
