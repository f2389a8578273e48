"""A page whose order the coverage re-ranking cannot change reads the stored fields of its own passages only."""

from __future__ import annotations

import pytest

from policykg.search.index import SearchIndex
from policykg.search.query import parse
from policykg.search.searcher import search


def test_only_single_whole_words_leave_the_order_to_the_engine() -> None:
    assert parse("红树林").by_score and parse('"红树林"').by_score and parse("宣传 AND 试点").by_score
    assert not parse("宣传 试点").by_score  # optional words: passages holding more of them go first
    assert not parse("海洋碳汇").by_score  # two tokens: a passage may hold them apart
    assert not parse("宣传 AND 海洋碳汇").by_score


@pytest.mark.parametrize("query", ["湾长制", "宣传", "湾长", "落实 AND 宣传", '"红树林"', "海洋碳汇", "湾长制 宣传", "-禁塑"])
def test_a_page_is_the_same_as_when_every_candidate_is_read(index: SearchIndex, query: str) -> None:
    for offset in (0, 1):
        page = [(h.id, h.score) for h in search(index, query, limit=2, offset=offset).hits]
        every = [(h.id, h.score) for h in search(index, query, limit=2, offset=offset, facets=True).hits]
        assert page == every and page, (query, offset)


def test_stored_fields_are_read_for_the_page_only(index: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = index.engine
    asked: list[int | None] = []
    match = engine.match

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(kwargs.get("fetch"))
        return match(*args, **kwargs)

    monkeypatch.setattr(engine, "match", spy)
    search(index, "保护", limit=2)
    search(index, "保护 宣传", limit=2)
    assert asked == [2, 100]
