"""The normalized text that matching runs on, with a map back to the characters as published.

Normalization unifies full- and half-width forms (NFKC, character by character, sparing circled numbers that
mark list items), line ends and invisible characters; converts traditional characters to simplified ones; drops
HTML tags left in copied page text and the pinyin glosses some mirror sites print after characters (關(guān)); and, for text taken from a PDF, joins the lines the page width broke and closes spaces between ideographs. It keeps
one offset per normalized character, so every evidence span can be shown in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KEEP = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
"""Characters NFKC would turn into digits, losing the list-item marker they are."""
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_NO_JOIN_AFTER = tuple("。!?;:：；！？")
_MARKER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条])")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"(?=[a-zü]*[{_TONED}])(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü{_TONED}]{{1,4}}(?:ng|n|r)?"
"""One syllable of pinyin with its tone mark: an initial, a run of vowels, a final n, ng or r. A word of another
language with an accent (café) has another shape, and stays."""
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])\({_SYLLABLE}\)")
"""A syllable of pinyin with its tone mark, in brackets right after an ideograph: a reading aid, not text."""
PRINTED_GLOSS = re.compile(rf"[(（]{_SYLLABLE}[)）]")
"""The same reading aid as the page prints it, before its brackets are unified: what `normalize` drops."""
_FULL_LINE = 0.85
"""A PDF line at least this share of the widest line's width was broken by the page width."""


def normalize(original: str, reflow: bool = False) -> tuple[str, list[int]]:
    """Return (text, offsets) where offsets[i] is the index in `original` of text[i]; one extra final entry.

    `reflow` joins lines broken by the page width (text extracted from a PDF).

    >>> normalize("（一）Ａ\\r\\n")
    ('(一)A\\n', [0, 1, 2, 3, 4, 6])
    >>> normalize("一、加強監管")[0]
    '一、加强监管'
    """
    chars, offsets = _drop_glosses(*_drop_markup(*_unify(original)))
    if reflow:
        chars, offsets = _reflow(*_close_gaps(chars, offsets))
    offsets.append(len(original))
    return "".join(chars), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the original text that normalized text[start:end] came from.

    >>> text, offs = normalize("（一）Ａ")
    >>> original_span(offs, 0, 3)
    (0, 3)
    """
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


def _unify(original: str) -> tuple[list[str], list[int]]:
    """Each character unified (width, script); line ends made \\n; invisible characters dropped."""
    if "\r" not in original and _DROP.isdisjoint(original):
        joined = "".join(map(_unified, original))
        if len(joined) == len(original):  # one for one: the common case, and a fast one
            return list(joined), list(range(len(original)))
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if ch == "\r":
            out.append("\n")
            offsets.append(i)
            i += 2 if original[i + 1 : i + 2] == "\n" else 1
            continue
        if ch in _DROP:
            i += 1
            continue
        norm = _unified(ch)
        if len(norm) == 1:
            out.append(norm)
            offsets.append(i)
        else:
            out.extend(norm)
            offsets.extend([i] * len(norm))
        i += 1
    return out, offsets


@lru_cache(maxsize=65536)
def _unified(ch: str) -> str:
    """One character in NFKC form (never empty), traditional characters simplified one for one (OpenCC's table
    leaves characters that are also simplified, such as 著, as they are); circled numbers, list-item markers,
    are kept."""
    if ord(ch) <= 0x7F or ch in _KEEP:
        return ch
    return "".join(_t2s(c) if _ideograph(c) else c for c in unicodedata.normalize("NFKC", ch) or ch)


def in_other_script(s: str) -> bool:
    """Whether normalization writes some ideograph of `s` another way (東 as 东): the page's own form of a name
    is then not the one matching runs on.

    >>> in_other_script("東寨港"), in_other_script("东寨港")
    (True, False)
    """
    return any(_ideograph(c) and _unified(c) != c for c in s)  # _unified is cached: every name and measure asks


def _t2s(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=1)
def _converter():  # built on first use: loading the dictionaries takes a moment
    import opencc

    return opencc.OpenCC("t2s")


def _drop_glosses(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Drop pinyin glosses (關(guān) -> 關): left in, they split words and names in two.

    >>> "".join(_drop_glosses(list("发(fā)现(xiàn)问题(a)"), list(range(15)))[0])
    '发现问题(a)'
    """
    text = "".join(chars)
    if "(" not in text:
        return chars, offsets
    gone = [False] * len(chars)
    for m in _GLOSS.finditer(text):
        gone[m.start() : m.end()] = [True] * (m.end() - m.start())
    return [c for c, g in zip(chars, gone) if not g], [o for o, g in zip(offsets, gone) if not g]


_TAG = re.compile(r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,9})(?:\s+[A-Za-z:-]+(?:=\"[^\"<>]*\")?)*\s*/?>")
"""An HTML tag left in copied page text (<p class="ql-block">, </p>, <br/>); a 《…》 inner title such as
<关于…的意见> is never one, since a tag's name is ASCII."""
_BLOCK = frozenset("p div br li ul ol tr td th table h1 h2 h3 h4 h5 h6 section article fieldset".split())


def _drop_markup(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Drop HTML tags left in text; a block's tag becomes a line end, so its text keeps its own line.

    >>> "".join(_drop_markup(list('<p class="x">一、目标</p><b>甲</b><关于某事的意见>'), list(range(40)))[0])
    '\\n一、目标\\n甲<关于某事的意见>'
    """
    text = "".join(chars)
    if "<" not in text:
        return chars, offsets
    out: list[str] = []
    outoff: list[int] = []
    pos = 0
    for m in _TAG.finditer(text):
        out.extend(chars[pos:m.start()])
        outoff.extend(offsets[pos:m.start()])
        if m["name"].lower() in _BLOCK:
            out.append("\n")
            outoff.append(offsets[m.start()])
        pos = m.end()
    out.extend(chars[pos:])
    outoff.extend(offsets[pos:])
    return out, outoff


def _close_gaps(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Drop a single space between two ideographs: PDF text layers space out justified lines (能 力建设)."""
    keep = [not (c == " " and 0 < i < len(chars) - 1 and _ideograph(chars[i - 1]) and _ideograph(chars[i + 1]))
            for i, c in enumerate(chars)]
    return [c for c, k in zip(chars, keep) if k], [o for o, k in zip(offsets, keep) if k]


def _ideograph(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _reflow(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Join each full-width PDF line that does not end a sentence to the next, unless that starts a heading."""
    text = "".join(chars)
    lines = text.split("\n")
    full = max(_width(ln) for ln in lines)
    out: list[str] = []
    outoff: list[int] = []
    pos = 0
    for k, line in enumerate(lines):
        out.extend(line)
        outoff.extend(offsets[pos : pos + len(line)])
        pos += len(line)
        if k == len(lines) - 1:
            break
        nxt = lines[k + 1]
        if _broken_by_width(line, nxt, full):
            while out[-1] in " \t":
                out.pop()
                outoff.pop()
            if _latin(line.rstrip()[-1]) and _latin(nxt.lstrip()[0]):  # words of Latin script keep a space
                out.append(" ")
                outoff.append(offsets[pos])
        else:
            out.append("\n")
            outoff.append(offsets[pos])
        pos += 1
    return out, outoff


def _broken_by_width(line: str, nxt: str, full: float) -> bool:
    body = line.rstrip()
    return bool(body.strip() and nxt.strip()) and _width(body) >= _FULL_LINE * full \
        and not body.endswith(_NO_JOIN_AFTER) and not _MARKER.match(nxt)


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _width(line: str) -> float:
    """Printed width in ideographs: ASCII characters are about half as wide."""
    line = line.strip()
    return sum(0.5 if c.isascii() else 1.0 for c in line)
