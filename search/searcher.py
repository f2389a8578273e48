"""Queries against the index; answers are our own dataclasses, never whoosh objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import qparser
from whoosh.query import Term

from policykg.graph.errors import BadQuery

from .analyzer import normalize_query_text
from .index import SearchIndex

MAX_QUERY = 1000


@dataclass
class Hit:
    id: str
    type: str
    label: str
    text: str
    score: float
    doc: str
    start: int
    end: int
    highlights: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "label": self.label, "text": self.text, "score": round(self.score, 4),
            "highlights": self.highlights, "doc": self.doc, "start": self.start, "end": self.end,
        }


@dataclass
class Result:
    total: int
    hits: list[Hit]

    def as_dict(self) -> dict:
        return {"total": self.total, "hits": [h.as_dict() for h in self.hits]}


def search(index: SearchIndex, query: str, *, node_type: str | None = None, limit: int = 10) -> Result:
    """Rank passages for a query; words are OR-ed, passages that hold more of them rank first."""
    query = normalize_query_text(query).strip()
    if not query:
        raise BadQuery("empty query", "type some words, e.g. 禁塑")
    if len(query) > MAX_QUERY:
        raise BadQuery(f"query of {len(query)} characters is over the {MAX_QUERY} limit")
    parser = qparser.MultifieldParser(["label", "text"], index.ix.schema, group=qparser.OrGroup.factory(0.9))
    try:
        q = parser.parse(query)
    except Exception as e:  # whoosh raises several unrelated types on malformed input
        raise BadQuery(f"cannot parse the query: {e}") from e
    with index.ix.searcher() as s:
        flt = Term("type", node_type) if node_type else None
        results = s.search(q, limit=limit, filter=flt, terms=True)
        hits = []
        for r in results:
            hl = []
            for fieldname, term in r.matched_terms():
                if fieldname != "text":
                    continue
                word = term.decode() if isinstance(term, bytes) else term
                i = r["text"].find(word)
                if i >= 0:
                    hl.append({"term": word, "start": i, "end": i + len(word)})
            hits.append(Hit(r["id"], r["type"], r["label"], r["text"], float(r.score), r["doc"], int(r["start"]), int(r["end"]), hl))
        return Result(total=len(results), hits=hits)
