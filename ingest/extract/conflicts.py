"""Conflicting statements inside one document: the same passage stated twice, and the same frame stated with
different figures (平台上共有738家企业注册 … 平台上共有342家企业注册).

A figure's frame is the words on either side of it up to the clause's edge, a 、 or a bracket (so each item of
化学需氧量90mg/L、氨氮15mg/L has its own), digits masked. Two figures in different sentences conflict when they
have the same unit, different values, and frames that read the same: the shorter words before are the end of
the longer (培训市县执法人员 / 2020年-2021年共培训市县执法人员), likewise the words after, and together the
frames share enough characters to be the same statement rather than two short counts. Figures in one sentence
are parallel items (23项…18项), never a conflict.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .figures import FigureMention

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_ITEM_EDGE = "、()“”"
_TITLE = re.compile(r"《[^《》]*》")
_NOISE = re.compile(r"[\s,,。;;:、“”()]")
_SHARED_FRAME = 7
"""Fewest frame characters two figures must share to be one statement."""
_REPEAT = 32
"""A run of this many identical characters (titles and digits masked) makes two sentences one passage."""


@dataclass(frozen=True)
class ValueConflict:
    first: int
    second: int
    """Indexes into the figure list."""


def _mask(s: str) -> str:
    return _DIGITS.sub("#", s)


def _frame(text: str, figures: list[FigureMention], i: int) -> tuple[str, str]:
    f = figures[i]
    a = max([f.clause_start, *(g.end for g in figures[:i] if g.end <= f.start)])
    z = min([f.clause_end, *(g.start for g in figures[i + 1:] if g.start >= f.end)])
    before, after = text[a:f.start], text[f.end:z]
    cut_b = max(before.rfind(c) for c in _ITEM_EDGE)
    cuts_a = [k for k in (after.find(c) for c in _ITEM_EDGE) if k >= 0]
    return _mask(before[cut_b + 1:]), _mask(after[: min(cuts_a)] if cuts_a else after)


def value_conflicts(text: str, figures: list[FigureMention],
                    sentences: list[tuple[int, int]] | None = None) -> list[ValueConflict]:
    """Pairs of figures stated in the same frame with different values.

    >>> from policykg.ingest.extract.figures import find_figures
    >>> t = "目前平台上共有120家企业注册。下一步……目前平台上共有95家企业注册。一级区内有8户,二级区内有25户。"
    >>> fs = find_figures(t)
    >>> [(fs[c.first].text, fs[c.second].text) for c in value_conflicts(t, fs)]
    [('120家', '95家')]
    """
    frames = [_frame(text, figures, i) for i in range(len(figures))]
    starts = sorted(a for a, _ in sentences) if sentences else []
    sentence_of = [bisect_right(starts, f.start) for f in figures]  # how many sentences start at or before

    out: list[ValueConflict] = []
    for i, f in enumerate(figures):
        for j in range(i + 1, len(figures)):
            g = figures[j]
            if sentences and sentence_of[i] == sentence_of[j]:
                continue
            if g.unit != f.unit or _DIGITS.sub("", g.value) != _DIGITS.sub("", f.value) or g.value == f.value:
                continue
            (b1, a1), (b2, a2) = frames[i], frames[j]
            short_b, long_b = sorted((b1, b2), key=len)
            short_a, long_a = sorted((a1, a2), key=len)
            if long_b.endswith(short_b) and long_a.startswith(short_a) and len(short_b) + len(short_a) >= _SHARED_FRAME:
                out.append(ValueConflict(i, j))
    return out


def repeated_passages(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of sentence indexes whose text shares a long identical run (a passage stated twice); 《》 titles are
    masked, since naming the same long title twice is no repeat.

    >>> s = "厅党组组织全体干部集中学习生态环境保护法律法规和有关政策文件并逐条对照检查。"
    >>> t = s + "另外。" + s
    >>> repeated_passages(t, [(0, len(s)), (len(s), len(s) + 3), (len(s) + 3, len(t))])
    [(0, 2)]
    """
    seen: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    for k, (a, z) in enumerate(sentences):
        body = _NOISE.sub("", _TITLE.sub("《》", text[a:z]))
        hit = None
        for x in range(0, len(body) - _REPEAT + 1):
            shingle = body[x:x + _REPEAT]
            if hit is None and shingle in seen and seen[shingle] != k:
                hit = seen[shingle]
            seen.setdefault(shingle, k)
        if hit is not None and (hit, k) not in pairs:
            pairs.append((hit, k))
    return pairs
