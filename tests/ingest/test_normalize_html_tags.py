"""HTML tags left in copied page text are no text: a paragraph's tags become line ends, so a heading in one
still reads as a heading, and evidence still points at the published characters."""

from __future__ import annotations

from policykg.ingest.normalize import normalize, original_span
from policykg.ingest.outline import parse_outline

PAGE = '<p class="ql-block">  一、工作开展情况</p> <p class="ql-block">  共检查商户<b>36</b>家。</p>'


def test_a_heading_inside_paragraph_tags_is_found():
    text, _ = normalize(PAGE)
    assert [(s.marker, s.title) for s in parse_outline(text)] == [("一、", "工作开展情况")]


def test_evidence_after_dropped_tags_maps_back_to_the_published_characters():
    text, offsets = normalize(PAGE)
    start = text.index("36")
    a, b = original_span(offsets, start, start + 3)
    assert PAGE[a:b] == "36</b>家"


def test_an_inner_title_in_angle_brackets_is_kept():
    text, _ = normalize("印发<关于全面推行河长制的意见>的通知")
    assert text == "印发<关于全面推行河长制的意见>的通知"
