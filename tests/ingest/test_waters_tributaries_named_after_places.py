"""Tributaries named after the place they run from (甲乙洞支流), written without a water's suffix: a river of
their own. A branch named by its river, by a count or by a common word is no such name. Sentences are invented."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_waters(text)]


def test_tributary_named_after_a_place_after_a_mark():
    assert _surfaces("清理杂物,桃花坪支流设施占用河道。") == ["桃花坪支流"]
    assert find_waters("(桃花坪支流经过整治)")[0].type == "river"


def test_tributary_of_a_named_river_is_the_river():
    assert _surfaces("治理柳溪河支流。") == ["柳溪河"]


def test_no_tributary_from_common_words_counts_or_pointers():
    assert _surfaces("加强主要支流和该河支流的保洁,清理汇水支流。") == []
    assert _surfaces("清理河道及支流的垃圾。") == []


def test_no_tributary_where_the_name_runs_on_before():
    assert _surfaces("这里是东山桃花坪支流") == []
