"""Sentences end at 。！？； and line ends, never inside quotes, brackets or (nested) 《》."""

from __future__ import annotations

from policykg.ingest.normalize import normalize
from policykg.ingest.sentences import split_sentences


def sentences(original: str) -> list[str]:
    text, _ = normalize(original)
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentence_ends_and_line_ends_split() -> None:
    assert sentences("完成整改。是否达标？达标！一是建章立制；二是严格执法\n下一步") == [
        "完成整改。", "是否达标?", "达标!", "一是建章立制;", "二是严格执法", "下一步"]


def test_titles_quotes_and_brackets_are_never_cut() -> None:
    assert sentences("印发《关于〈某某办法。〉的通知》。提出“守底线。保安全”要求。明确(试行。)办法。") == [
        "印发《关于〈某某办法。〉的通知》。", "提出“守底线。保安全”要求。", "明确(试行。)办法。"]


def test_a_closing_quote_after_the_end_mark_stays_with_its_sentence() -> None:
    assert sentences("他说:“已完成整改。”随后离开。") == ["他说:“已完成整改。”", "随后离开。"]


def test_an_unclosed_bracket_does_not_swallow_the_next_line() -> None:
    assert sentences("印发《某某方案。\n第二行。") == ["印发《某某方案。", "第二行。"]


def test_heading_breaks_split_a_flattened_line_into_heading_and_body() -> None:
    text = "上文完成。 五、整改情况 目前已积极配合完成整改。"
    start = text.index("五、")
    spans = split_sentences(text, breaks=[start, text.index(" 目前")])
    assert [text[a:b] for a, b in spans] == ["上文完成。", "五、整改情况", "目前已积极配合完成整改。"]
