"""Conflicting statements inside one document: the same passage stated twice, and the same frame stated with
different figures (平台上共有738家企业注册 … 平台上共有342家企业注册).

A figure's frame is the words on either side of it up to the clause's edge, a 、 or a bracket (so each item of
化学需氧量90mg/L、氨氮15mg/L has its own), digits masked. Two figures in different sentences conflict when they
have the same unit, different values, and frames that read the same: the shorter words before are the end of
the longer (培训市县执法人员 / 2020年-2021年共培训市县执法人员), likewise the words after, and together the
frames share enough characters to be the same statement rather than two short counts. Figures in one sentence
are parallel items (23项…18项), never a conflict, and neither are the values of one frame stated three times or
more with different values (a table's column).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass

from .figures import FigureMention

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_ITEM_EDGE = "、()“”"
_TITLE = re.compile(r"《[^《》]*》")
_NOISE = re.compile(r"[\s,,。;;:、“”()]")
_SHARED_FRAME = 7
"""Fewest frame characters two figures must share to be one statement."""
_SERIES = 3
"""A frame stated with this many different values is a series (a table's column, one count per county, a row per
year), not one statement made twice: its figures conflict with none, which also keeps a long table from giving a
conflict for every pair of its rows."""
_REPEAT = 32
"""A run of this many identical characters (titles and digits masked) makes two sentences one passage."""


@dataclass(frozen=True)
class ValueConflict:
    first: int
    second: int
    """Indexes into the figure list."""


def _mask(s: str) -> str:
    return _DIGITS.sub("#", s)


def _frames(text: str, figures: list[FigureMention]) -> list[tuple[str, str]]:
    """Each figure's frame: its clause's words before and after it, cut at the nearest figure on either side."""
    ends = sorted(g.end for g in figures)
    starts = sorted(g.start for g in figures)
    out = []
    for f in figures:
        k = bisect_right(ends, f.start)  # the figures that end at or before this one starts
        a = max(f.clause_start, ends[k - 1]) if k else f.clause_start
        k = bisect_left(starts, f.end)  # the figures that start at or after this one ends
        z = min(f.clause_end, starts[k]) if k < len(starts) else f.clause_end
        out.append(_cut(text[a:f.start], text[f.end:z]))
    return out


def _cut(before: str, after: str) -> tuple[str, str]:
    """The words next to a figure up to an item's edge (、 or a bracket), digits masked."""
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
    frames = _frames(text, figures)
    starts = sorted(a for a, _ in sentences) if sentences else []
    sentence_of = [bisect_right(starts, f.start) for f in figures]  # how many sentences start at or before

    values: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for f, (before, after) in zip(figures, frames):
        values[(f.unit, before, after)].add(f.value)
    kinds: dict[tuple[str, str], list[int]] = defaultdict(list)  # only figures of one unit and shape can conflict
    for i, f in enumerate(figures):
        if len(values[(f.unit, *frames[i])]) < _SERIES:
            kinds[(f.unit, _DIGITS.sub("", f.value))].append(i)

    out: list[ValueConflict] = []
    for same in kinds.values():
        for x, i in enumerate(same):
            f = figures[i]
            for j in same[x + 1:]:
                if (sentences and sentence_of[i] == sentence_of[j]) or figures[j].value == f.value:
                    continue
                (b1, a1), (b2, a2) = frames[i], frames[j]
                short_b, long_b = sorted((b1, b2), key=len)
                short_a, long_a = sorted((a1, a2), key=len)
                if long_b.endswith(short_b) and long_a.startswith(short_a) and \
                        len(short_b) + len(short_a) >= _SHARED_FRAME:
                    out.append(ValueConflict(i, j))
    return sorted(out, key=lambda c: (c.first, c.second))


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
