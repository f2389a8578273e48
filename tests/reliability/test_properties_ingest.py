"""Property tests over the ingest's pure parts: any bytes or text give a result or one of our typed errors, and
every span they return lies within the text, in order, with the characters it claims.

The text strategy mixes arbitrary Unicode with the characters the rules look for (heading markers, 《》, dates,
unit and water suffixes, sentence ends), so that the rules fire on strange inputs rather than never.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from policykg.graph.errors import PolicykgError
from policykg.graph.ids import document_id
from policykg.ingest import pipeline
from policykg.ingest.extract.dates import find_dates
from policykg.ingest.extract.figures import find_figures
from policykg.ingest.extract.persons import find_persons
from policykg.ingest.extract.places import find_places
from policykg.ingest.extract.problems import find_problems
from policykg.ingest.extract.regulations import find_titles
from policykg.ingest.extract.units import find_units
from policykg.ingest.extract.waters import find_waters
from policykg.ingest.normalize import normalize
from policykg.ingest.outline import parse_items, parse_outline
from policykg.ingest.readers import READERS, read
from policykg.ingest.sentences import split_sentences

RULE_PIECES = [
    "一、", "二、", "（一）", "(二)", "1.", "2、", "①", "第三条", "一是", "二是", "《", "》", "“", "”", "。", "；", "：",
    "，", "\n", "\n\n", "  ", "2021年", "3月", "5日", "底前", "省", "市", "县", "生态环境厅", "水务局", "办公室",
    "委员会", "河", "湾", "水库", "印发", "起草", "修订", "实施", "方面", "问题", "整改", "落实", "方案", "办法",
    "个", "万元", "%", "公里", "吨", "同志", "海南", "三亚", "等", "以下简称", "（", "）", "\t", "\r\n", "\u3000",
    "\ufeff", "\u200b", "ａ", "１", "體", "環境", "——", "…",
]
texts = st.lists(st.one_of(st.sampled_from(RULE_PIECES), st.text(max_size=6)), max_size=80).map("".join)
FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def assert_spans(spans: list[tuple[int, int]], text: str) -> None:
    for a, b in spans:
        assert 0 <= a <= b <= len(text), (a, b, len(text))


@FAST
@given(st.binary(max_size=3000), st.sampled_from(sorted(READERS) + [".exe", ""]))
def test_any_bytes_are_read_or_rejected_with_a_typed_error(data: bytes, suffix: str) -> None:
    try:
        decoded = read(Path("file" + suffix), data)
    except PolicykgError:
        return
    assert isinstance(decoded.text, str) and decoded.format in ("txt", "html", "docx", "pdf")


@FAST
@given(texts, st.booleans())
def test_normalized_text_maps_every_character_back_into_the_original(original: str, reflow: bool) -> None:
    text, offsets = normalize(original, reflow=reflow)
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(original)
    assert all(0 <= o <= len(original) for o in offsets)
    assert offsets == sorted(offsets)


@FAST
@given(texts)
def test_outline_sections_and_items_lie_within_the_text_and_nest(raw: str) -> None:
    text = normalize(raw)[0]
    sections = parse_outline(text)
    for i, s in enumerate(sections):
        assert 0 <= s.start <= s.title_start <= s.title_end <= s.end <= len(text), s
        assert s.parent is None or 0 <= s.parent < i
        assert text[s.title_start:s.title_end].strip() == s.title.strip() or s.title in text[s.title_start:s.end]
    items = parse_items(text, sections)
    assert_spans([(it.start, it.end) for it in items], text)


@FAST
@given(texts)
def test_sentences_are_ordered_disjoint_spans_of_the_text(raw: str) -> None:
    text = normalize(raw)[0]
    spans = split_sentences(text)
    assert_spans(spans, text)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


@FAST
@given(texts)
def test_every_extractor_returns_spans_whose_characters_are_its_snippet(raw: str) -> None:
    text = normalize(raw)[0]
    for finder in (find_titles, find_units, find_waters, find_persons, find_places):
        for m in finder(text):
            assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.surface, (finder.__name__, m)
    assert_spans([(d.start, d.end) for d in find_dates(text)], text)
    assert_spans([(f.start, f.end) for f in find_figures(text)], text)
    assert_spans([(p.start, p.end) for p in find_problems(text)], text)


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_whole_document_gives_evidence_within_its_text_or_a_typed_rejection(raw: str) -> None:
    data = raw.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    parsed = pipeline.Parsed(path=Path("invented.txt"), data=data, sha256=sha, doc_id=document_id(sha))
    try:
        record = pipeline.run(parsed)
    except PolicykgError:
        return
    text = record.text
    for item in [record.node, *record.nodes, *record.edges]:
        for ev in item.evidence:
            assert ev.doc == record.id and 0 <= ev.start <= ev.end <= len(text), (item, ev)
    for node in record.nodes:
        if node.type == "measure" and node.attrs.get("text"):
            sentence = node.attrs.get("plain", node.attrs["text"])
            assert any(text[ev.start:ev.end] == sentence for ev in node.evidence), node
