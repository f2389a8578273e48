"""Sentences: spans ending at 。！？；;!? or a line end, never inside quotes, brackets or 《》.

A quotation that itself ends a sentence (他说:“已完成整改。”) ends the sentence at its closing mark. A line end
that only wraps a paragraph (a page saved at a fixed width, or a long line broken mid-sentence) is no end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from .extract.problem_headings import label_kind

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
        if ch == "\n" and _wraps(text, i):
            pass
        elif ch == "\n":
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


_LONG_LINE = 60
"""A line this long that stops mid-sentence was broken, not ended (…常态化网格化清理\n沿岸海漂垃圾。)."""
_WRAP_MIN = 20
_WRAP_SLACK = 3
"""Lines of at least _WRAP_MIN characters whose lengths differ by at most _WRAP_SLACK were cut at a fixed width."""
_CONTINUES = re.compile(r"[\u4e00-\u9fff,,、]$")
_STARTS = re.compile(r"\s*[\u4e00-\u9fff]")
_LABEL_HEAD = re.compile(r"\s*([^,,。;;::\n]{2,12}?)(?:[((][^))\n]{0,20}[))])?[::]")
"""A label before a colon, with any note in brackets (整改情况(已完成):)."""
_NOT_CONTINUED = re.compile(r"\s*(?:[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])")


def _wraps(text: str, i: int) -> bool:
    """Whether the line end at text[i] wraps a paragraph: the line stops mid-sentence (on a character or a
    comma), the next starts with a character and no marker, no table cell is near, and the line is long or
    as long as a neighbour (a fixed-width cut)."""
    a = text.rfind("\n", 0, i) + 1
    line = text[a:i].rstrip()
    z = text.find("\n", i + 1)
    nxt = text[i + 1:len(text) if z < 0 else z]
    if not (_CONTINUES.search(line) and _STARTS.match(nxt)) or _NOT_CONTINUED.match(nxt) or "|" in line or "|" in nxt:
        return False
    head = _LABEL_HEAD.match(nxt)
    if head and label_kind(head[1]):  # a line opening with a label (整改情况:, 问题2:) starts its own paragraph
        return False
    n = len(line.strip())
    if n >= _LONG_LINE:
        return True
    before = text[text.rfind("\n", 0, max(a - 1, 0)) + 1:max(a - 1, 0)].strip() if a else ""
    return n >= _WRAP_MIN and any(len(x) >= _WRAP_MIN and abs(len(x) - n) <= _WRAP_SLACK
                                  for x in (before, nxt.strip()))


def _break(text: str, spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for x in breaks[bisect_right(breaks, a):bisect_left(breaks, b)]:
            _add(text, a, x, out)
            a = x
        _add(text, a, b, out)
    return out


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    """Add text[a:b] trimmed: of spaces, and of the colon a label before it left (整改情况:已完成 cut after its
    title), which opens no sentence."""
    while a < b and (text[a].isspace() or text[a] == ":"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
