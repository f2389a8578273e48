"""The index writer reads field lengths once per field at commit: the postings it writes equal whoosh's own."""

from __future__ import annotations

from pathlib import Path

from policykg.search.passages import Passage
from policykg.search.whoosh_engine import WhooshEngine

TEXTS = ["落实岸线巡查制度。", "各县开展入海排污口排查整治,建立问题清单和整改台账,逐一销号。", "整改", "巡查岸线,整治排污口。"]


def _passages(doc: str) -> list[Passage]:
    return [Passage(f"{doc}-{k}", "measure", doc, t[:6], t, 0, len(t), names=("青禾县",)) for k, t in enumerate(TEXTS)]


def _postings(engine: WhooshEngine) -> dict:
    with engine.ix.searcher() as s:
        r = s.reader()
        out = {}
        for field in ("label", "text", "names", "grams"):
            for term in r.lexicon(field):
                info = r.term_info(field, term)
                out[field, term] = (info.doc_frequency(), info.weight(), info.min_length(), info.max_length())
        return out


def test_commit_writes_the_lengths_whoosh_would(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / "plain").mkdir()
    ours = WhooshEngine(tmp_path / "ours", True)
    with ours.bulk(every=1):  # a commit per document: later commits merge the earlier segments
        for doc in ("d1", "d2", "d3"):
            ours.add(_passages(doc))
    plain = WhooshEngine(tmp_path / "plain", True)
    for doc in ("d1", "d2", "d3"):
        with plain.ix.writer() as w:
            WhooshEngine._write(w, _passages(doc))
    expected = _postings(plain)
    assert {v[2:] for v in expected.values()} != {(0, 0)}, "lengths are recorded"
    assert _postings(ours) == expected
