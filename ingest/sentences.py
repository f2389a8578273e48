"""Sentences: spans ending at 。！？；;!? or a line end, never inside quotes, brackets or 《》.

A quotation that itself ends a sentence (他说:“已完成整改。”) ends the sentence at its closing mark.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_ENDS = set("。！？；;!?")
_OPEN = {"《": "》", "“": "”", "(": ")", "（": "）", "「": "」", "〈": "〉", "<": ">", "‘": "’"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, breaks: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text[start:end], trimmed of surrounding whitespace.

    `breaks` are offsets where a sentence must end whatever the punctuation says: the starts and title ends of
    headings, which flattened text runs into the sentences around them.

    >>> t = "印发《关于A。B的通知》。完成整改"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['印发《关于A。B的通知》。', '完成整改']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    s = start
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            _add(text, s, i, spans)
            stack.clear()
            s = i + 1
        elif ch in _OPEN and not (ch == "<" and "《" not in stack):
            if len(stack) < 32:
                stack.append(ch)
        elif ch in _CLOSE and stack and stack[-1] == _CLOSE[ch]:
            stack.pop()
            if not stack and ch in "”’」" and i > start and text[i - 1] in _ENDS:  # “…完成。” ends a sentence
                _add(text, s, i + 1, spans)
                s = i + 1
        elif ch in _ENDS and not stack:
            j = i + 1
            while j < end and text[j] in "”’)）":
                j += 1
            _add(text, s, j, spans)
            s = j
            i = j
            continue
        i += 1
    _add(text, s, end, spans)
    return _break(text, spans, sorted(set(breaks))) if breaks else spans


def _break(text: str, spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for x in breaks[bisect_right(breaks, a):bisect_left(breaks, b)]:
            _add(text, a, x, out)
            a = x
        _add(text, a, b, out)
    return out


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
