"""The index writer files postings term by term: its files are what whoosh's own writer makes of the same
passages, a passage indexed twice before a commit is found once, and the one word field keeps its parts apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.search.index import SearchIndex
from policykg.search.passages import Passage
from policykg.search.postings import PART_GAP
from policykg.search.searcher import search
from policykg.search.whoosh_engine import WhooshEngine
from policykg.search.whoosh_postings import decode_positions

TEXTS = ["落实岸线巡查制度。", "各县开展入海排污口排查整治,建立问题清单和整改台账,逐一销号。", "整改", "巡查岸线,整治排污口。"]


def _passages(doc: str) -> list[Passage]:
    return [Passage(f"{doc}-{k}", "measure", doc, t[:6], t, 0, len(t), year=2020 + k, date=f"202{k}-0{k + 1}",
                    names=("青禾县", "禾湾"), units=("青禾县水利局", "禾湾办")[: k + 1], places=("青禾县",) * (k % 2),
                    titled=k % 2 == 0, pairs=k != 2)
            for k, t in enumerate(TEXTS)]


def _contents(engine: WhooshEngine) -> tuple[list, list]:
    """Every term's statistics and raw postings bytes, segment by segment, and every stored passage."""
    terms, stored = [], []
    with engine.ix.searcher() as s:
        for leaf, _offset in s.leaf_searchers():
            r = leaf.reader()
            tr = r._terms  # noqa: SLF001
            for field in r.indexed_field_names():
                for term in r.lexicon(field):
                    info = tr.term_info(field, term)
                    offset, (length,) = info.extent()  # whoosh reads the length back as a 1-tuple
                    stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                             info.max_weight(), info.min_id(), info.max_id())
                    terms.append((field, term, stats, tr._postfile.get(offset, length)))  # noqa: SLF001
            stored += [(d, leaf.stored_fields(d)) for d in range(r.doc_count_all())]
    return terms, stored


def test_commits_write_what_whooshs_own_writer_writes(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / "plain").mkdir()
    ours = WhooshEngine(tmp_path / "ours", True)
    docs = [("d1", "d2"), *((f"d{k}",) for k in range(3, 10))]
    with ours.bulk(every=2):  # a commit of two documents, then one per document
        for doc in docs[0]:
            ours.add(_passages(doc))
    for batch in docs[1:]:
        ours.add(_passages(batch[0]))
    plain = WhooshEngine(tmp_path / "plain", True)
    for batch in docs:
        with plain.ix.writer() as w:
            for doc in batch:
                WhooshEngine._write(w, _passages(doc))  # noqa: SLF001
    expected = _contents(plain)
    assert {t[0] for t in expected[0]} >= {"words", "grams", "id", "year", "unit"}
    assert len(plain.ix._segments()) < len(docs), "later commits merged earlier segments"  # noqa: SLF001
    assert _contents(ours) == expected


def test_a_word_weighs_its_parts_boosts_and_the_length_counts_every_part(tmp_path: Path) -> None:
    engine = WhooshEngine(tmp_path, True)
    engine.add([Passage("r1", "regulation", "d1", "岸线办法", "岸线巡查,岸线整治。", 0, 10, names=("岸线",))])
    with engine.ix.searcher() as s:
        r = s.reader()
        assert r.postings("words", "岸线").weight() == pytest.approx(3 + 2 + 0.8)
        assert r.doc_field_length(0, "words") == 2 + 6 + 1  # 岸线 办法 | 岸线 巡查 , 岸线 整治 。| 岸线
        m = r.postings("words", "岸线")
        assert decode_positions(m.value()) == (0, 2 + PART_GAP, 5 + PART_GAP, 8 + 2 * PART_GAP)


def _titled(tmp_path: Path, engine: str) -> SearchIndex:
    ix = SearchIndex(tmp_path, engine)
    ix.add([Passage("regulation:r1", "regulation", "d1", "岸线巡查", "制度落实到位。", 0, 7, names=("排污口",),
                    pairs=False)])
    return ix


@pytest.mark.parametrize("engine", ["whoosh", "tantivy"])
def test_a_phrase_never_runs_from_one_part_into_the_next(tmp_path: Path, engine: str) -> None:
    ix = _titled(tmp_path, engine)
    assert search(ix, '"岸线巡查"').total == 1
    assert search(ix, '"制度落实"').total == 1
    assert search(ix, '"巡查制度"').total == 0  # the label's end, the text's start
    assert search(ix, '"到位排污口"').total == 0  # the text's end, a linked name


@pytest.mark.parametrize("engine", ["whoosh", "tantivy"])
def test_a_passage_indexed_twice_before_a_commit_is_found_once(tmp_path: Path, engine: str) -> None:
    ix = SearchIndex(tmp_path, engine)
    shared = Passage("regulation:r1", "regulation", "d1", "青禾湾岸线管理办法", "青禾湾岸线管理办法", 0, 9)
    with ix.bulk(every=10):
        ix.add([shared, Passage("measure:a", "measure", "d1", "落实岸线", "落实岸线管理办法。", 0, 9)])
        ix.add([Passage("regulation:r1", "regulation", "d2", shared.label, shared.text, 3, 12)])
    ix.add([Passage("regulation:r1", "regulation", "d3", shared.label, shared.text, 5, 14)])
    found = [(h.id, h.doc) for h in search(ix, "岸线管理办法", limit=20).hits]
    assert found.count(("regulation:r1", "d3")) == 1 and len({i for i, _d in found}) == len(found)
