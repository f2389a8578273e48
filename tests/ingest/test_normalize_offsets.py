"""Normalization: width, line ends, script and PDF line breaks unified, with every span mapped back to the source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.ingest.normalize import normalize, original_span

SOURCE_CHARS = st.sampled_from(list("一二（）()，,。．.１2ＡaB 　\u3000\t\r\n\ufeff\u200b①②《》“”加強監管问题對㎡Ⅴ…") + ["\r\n"])
TEXTS = st.lists(SOURCE_CHARS, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans(), st.data())
def test_every_span_maps_back_to_source_characters_that_normalize_to_it(original: str, reflow: bool, data) -> None:
    text, offsets = normalize(original, reflow=reflow)
    assert len(offsets) == len(text) + 1
    assert offsets == sorted(offsets) and offsets[-1] == len(original)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a, b = original_span(offsets, start, end)
    assert 0 <= a < b <= len(original)
    if not reflow:  # reflow depends on the whole text
        assert text[start:end] in normalize(original[a:b])[0]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_normalizing_twice_changes_nothing(original: str) -> None:
    once, _ = normalize(original)
    assert normalize(once)[0] == once


def test_widths_line_ends_and_invisible_characters_are_unified() -> None:
    assert normalize("\ufeff（一）Ａ１，\r\n２．\u200b第\u3000二")[0] == "(一)A1,\n2.第 二"


def test_circled_numbers_stay_list_markers() -> None:
    assert normalize("①建立台账")[0] == "①建立台账"


def test_traditional_script_is_converted_one_character_for_one() -> None:
    original = "一、加強飲用水水源地環境問題整治\n(一)陽山縣"
    text, offsets = normalize(original)
    assert text == "一、加强饮用水水源地环境问题整治\n(一)阳山县"
    assert offsets[:-1] == list(range(len(original)))


def test_simplified_text_keeps_characters_that_are_simplified_too_and_loses_stray_traditional_ones() -> None:
    assert normalize("成效显著,群眾滿意")[0] == "成效显著,群众满意"


def test_pdf_reflow_joins_width_broken_lines_and_keeps_headings_and_sentence_ends() -> None:
    original = ("一、总体情况\n本年度各县区共排查饮用水水源地十二处,已经完成\n整改九处。\n"
                "二、存在问题\n部分保护区界标缺失,巡查记录不全,档案资料\n(一)管理方面。")
    text, offsets = normalize(original, reflow=True)
    assert text == ("一、总体情况\n本年度各县区共排查饮用水水源地十二处,已经完成整改九处。\n"
                    "二、存在问题\n部分保护区界标缺失,巡查记录不全,档案资料\n(一)管理方面。")
    i = text.index("整改九处")
    assert original[offsets[i]:offsets[i] + 4] == "整改九处"


def test_pdf_text_loses_spaces_between_ideographs_but_keeps_them_around_numbers() -> None:
    text, offsets = normalize("大气污染监测能 力建设 投入 104.1 万元", reflow=True)
    assert text == "大气污染监测能力建设投入 104.1 万元"
    assert offsets[text.index("力")] == 8


def test_pinyin_glosses_after_characters_are_dropped_and_spans_still_map_back() -> None:
    original = "关(guān)于加强監(jiān)管(二)和Word(s)"
    text, offsets = normalize(original)
    assert text == "关于加强监管(二)和Word(s)"
    a, b = original_span(offsets, text.index("监管"), text.index("监管") + 2)
    assert original[a:b] == "監(jiān)管"
