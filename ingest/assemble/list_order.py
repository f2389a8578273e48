"""Lists answered in order: a list of findings under headings of their own (一、存在问题 (一)河道保洁不到位 (二)…)
followed by a list of measures with as many items (二、整改措施 (一)强化日常管护 (二)…) answers it item by item,
the k-th measures the k-th finding, as such reports are written. The order is trusted only where the words agree:
some item of measures shares key words with its finding, and none shares more with another finding."""

from __future__ import annotations

from ..outline import Section
from .key_phrases import key_pairs


def answered_in_order(outline: list[Section], text: str, findings: dict[int, str]) -> dict[int, int]:
    """Index of each section of a list of measures (and of the sections inside it) -> index of the finding's
    section it answers. `findings` holds the sections of lists of findings and of their items."""
    out: dict[int, int] = {}
    for r in findings:
        root = outline[r]
        if root.parent in findings:
            continue
        found = _children(outline, r)
        after = next((m for m in range(r + 1, len(outline)) if outline[m].parent == root.parent
                      and outline[m].level == root.level), None)
        if len(found) < 2 or after is None or after in findings:
            continue
        done = _children(outline, after)
        if len(done) != len(found) or not _agree(outline, text, done, found):
            continue
        for m, f in zip(done, found):
            for d in range(m, len(outline)):
                if d == m or _inside(outline, d, m):
                    out[d] = f
    return out


def _children(outline: list[Section], i: int) -> list[int]:
    return [j for j in range(i + 1, len(outline)) if outline[j].parent == i]


def _inside(outline: list[Section], d: int, m: int) -> bool:
    p = outline[d].parent
    while p is not None and p > m:
        p = outline[p].parent
    return p == m


def _agree(outline: list[Section], text: str, done: list[int], found: list[int]) -> bool:
    """Whether some item of measures shares key words with its finding and none shares more with another."""
    words = [key_pairs(text[outline[i].title_start:outline[i].end]) for i in found]
    agreed = False
    for k, m in enumerate(done):
        mine = key_pairs(text[outline[m].title_start:outline[m].end])
        shared = [len(mine & w) for w in words]
        if max(shared) > shared[k]:
            return False
        agreed = agreed or shared[k] > 0
    return agreed
