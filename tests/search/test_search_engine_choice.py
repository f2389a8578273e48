"""The engine is a setting; the index records which engine wrote it, and is never read by the other one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policykg.api.services import Services
from policykg.api.settings import Settings
from policykg.graph.errors import BadQuery
from policykg.search.index import SearchIndex
from policykg.search.searcher import search


def test_the_index_records_its_engine_and_reopens_with_it(index: SearchIndex, tmp_path: Path) -> None:
    assert (index.folder / "engine.txt").read_text(encoding="utf-8").strip() == index.engine_name
    reopened = SearchIndex(tmp_path)
    assert reopened.engine_name == index.engine_name and not reopened.outdated
    assert search(reopened, "红树林").total == search(index, "红树林").total == 2


def test_asking_for_the_other_engine_empties_the_index_instead_of_misreading_it(index: SearchIndex, tmp_path: Path) -> None:
    other = "tantivy" if index.engine_name == "whoosh" else "whoosh"
    switched = SearchIndex(tmp_path, other)
    assert switched.outdated
    assert switched.documents() == set() and switched.engine_name == other
    assert not SearchIndex(tmp_path, other).outdated


def test_an_unknown_engine_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(BadQuery, match="lucene"):
        SearchIndex(tmp_path, "lucene")


@pytest.mark.parametrize("engine", ["tantivy", "whoosh"])
def test_services_refill_an_index_of_another_engine_from_the_store(sample_db: Path, tmp_path: Path, engine: str) -> None:
    db = tmp_path / "db"
    shutil.copytree(sample_db, db)
    before = SearchIndex(db)
    expected = search(before, "整改").total
    with Services.open(db, Settings(db=db, search_engine=engine)) as services:
        assert services.index.engine_name == engine
        assert search(services.index, "整改").total == expected > 0
        assert services.index.documents() == {d["id"] for d in services.store.documents()}
