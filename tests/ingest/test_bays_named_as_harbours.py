"""Bays whose names end in 港 (a harbour's word) are bays from the gazetteer, not streams; the waters of such a bay
written X港湾 are the bay."""

from __future__ import annotations

from policykg.ingest.extract.waters import find_waters


def waters(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.type) for m in find_waters(text)]


def test_a_listed_bay_named_as_a_harbour_is_a_bay() -> None:
    assert waters("技术人员前往新村港附近养殖场。") == [("新村港", "bay")]


def test_a_listed_harbour_bay_written_with_its_bay_word_is_the_bay() -> None:
    assert waters("彻底整治新村港湾环境卫生。") == [("新村港", "bay")]


def test_an_unlisted_harbour_stream_stays_a_river() -> None:
    assert waters("清理青枫港河道淤泥。") == [("青枫港", "river")]
