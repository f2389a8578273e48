"""Subjects stated respectively: 甲河、乙河水质达标率分别为85%、92% gives each value its own subject.

Read from the words before it, every value of such a statement took the last listed subject (乙河水质达标率 for 85%
too), which tells a researcher the wrong thing. When as many subjects are listed before 分别 as values follow it,
the n-th value is the n-th subject's. The words the list shares (水质达标率) are written once, after its last item;
they are added to the others when the first item's last character stands at the same place in the last item
(甲乙河 / 丙丁河水质达标率, 一级 / 二级保护区面积), so a name of another shape (COD / 氨氮排放量) is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureMention

_RESPECTIVELY = re.compile(r"分别")
_ITEM_SPLIT = re.compile(r"[、和及与]")
_SEGMENT_START = re.compile(r"[,,;;。::\n((]")
_BRIDGE_MOST = 8
"""The most characters between 分别 and the first value (为, 达到, 同比下降了)."""
_JOINED = re.compile(r"\s*[、和及与,,]?\s*")
_ITEM_MOST = 15


def respective_subjects(text: str, figures: list[FigureMention]) -> list[FigureMention]:
    """The figures, those stated respectively with the subject listed in their place.

    >>> from policykg.ingest.extract.figures import find_figures
    >>> [(f.subject, f.text) for f in find_figures("甲乙河、丙丁河水质达标率分别为85%、92%")]
    [('甲乙河水质达标率', '85%'), ('丙丁河水质达标率', '92%')]
    """
    if not figures:
        return figures
    out = list(figures)
    for m in _RESPECTIVELY.finditer(text, figures[0].clause_start, figures[-1].end):
        run = _values_after(text, out, m.end())
        if len(run) < 2:
            continue
        lo = max(0, m.start() - (_ITEM_MOST + 1) * len(run))  # as far back as the listed subjects can reach
        seg = max((s.end() for s in _SEGMENT_START.finditer(text, lo, m.start())), default=lo)
        if seg == lo and lo > 0:
            continue  # no clause starts near enough: the words before 分别 are no list of the subjects
        items = [x.strip() for x in _ITEM_SPLIT.split(text[seg : m.start()])]
        if len(items) != len(run) or not all(0 < len(x) <= _ITEM_MOST for x in items):
            continue
        subject = out[run[0]].subject
        if not subject or items[-1] != subject or any(out[i].subject != subject for i in run):
            continue
        head = _shared_head(items[0], items[-1])
        change = out[run[0]].change  # 分别下降12.3%和8.6%: both fell
        for i, item in zip(run, items):
            out[i] = replace(out[i], subject=item if not head or item.endswith(head) else item + head,
                             change=out[i].change or change)
    return out


def _values_after(text: str, figures: list[FigureMention], at: int) -> list[int]:
    """The indexes of the figures listed right after `at` (分别为85%、92%): the first within a few characters, each
    next one joined to the one before by a mark or a conjunction alone."""
    run: list[int] = []
    for i, f in enumerate(figures):
        if f.start < at:
            continue
        if not run:
            if f.start - at > _BRIDGE_MOST or any(c in "。;;\n" for c in text[at : f.start]):
                break
        elif not _JOINED.fullmatch(text, figures[run[-1]].end, f.start):
            break
        run.append(i)
    return run


def _shared_head(first: str, last: str) -> str:
    """The words after the last item's own name that every item shares, or "" when the shapes do not tell them."""
    n = len(first)
    if n < len(last) and last[n - 1] == first[-1]:
        return last[n:]
    return ""
