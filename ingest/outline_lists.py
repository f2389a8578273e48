"""Which numbered lines are headings and which are items of a list.

A numbered line may title a section or be one item of a list of findings or measures (1.已完成…。 2.已开展…。).
The outline collects every line that reads as a heading on its own; the decisions here look at its neighbours:
a full sentence that opens no body of its own, the sentences of its level that follow a listed one, the first
item of a list whose writer left off the full stops, and runs of items that count what was done.
"""

from __future__ import annotations

import re

from .outline_markers import MARKERS, SENTENCE_END, VISIBLE, Section

_COUNT = re.compile(r"\d+(?:\.\d+)?余?(?:个|处|家|吨|条|座|名|人次|次|件|项|起|户|万元|元|公里|千米|米|平方米|亩|台|辆|艘|只|株|份|批|宗|人)")
"""A count of things done (20吨, 3处, 15家)."""


def headings(candidates: list[tuple[Section, bool]], list_openers: list[tuple[int, int]], text: str) -> list[Section]:
    """The candidates that are headings, in order. `candidates` are the numbered lines read as headings on their
    own, in text order, each with whether it is a full sentence (is_full_sentence); `list_openers` the (offset,
    level) of numbered sentences too long to be headings that open a list (opens_list), in text order."""
    openers = list(list_openers)
    tallied = _tallies(candidates, text)
    sections: list[Section] = []
    listed: dict[int, int] = {}
    """Per level: how many numbered lines in a row there were listed sentences, not headings (0: a heading)."""
    for i, (s, full) in enumerate(candidates):
        while openers and openers[0][0] < s.start:
            level = openers.pop(0)[1]
            listed[level] = listed.get(level, 0) + 1
        for deeper in [lv for lv in listed if lv > s.level]:
            del listed[deeper]
        # A sentence that follows a listed sentence of its level is the list's next item, whatever follows it
        # below; after two listed sentences, whatever follows it on its line too (1.已完成…。\n2.已开展…。\n
        # 3.开展…,实行…。鼓励…。): one title without a body may head a section, two make a list.
        prior = listed.get(s.level, 0)
        item = (prior and full or prior >= 2 and s.title.endswith(tuple(SENTENCE_END))
                or full and _opens_no_body(candidates, i, text) or _heads_a_list(candidates, i, text) or i in tallied)
        listed[s.level] = prior + 1 if item else 0
        if not item:
            sections.append(s)
    return sections


def is_full_sentence(s: Section) -> bool:
    """A numbered line that is one whole sentence ending in 。, with nothing after it."""
    return not s.run_in and s.title.endswith(tuple(SENTENCE_END))


def opens_list(text: str, start: int, line_end: int) -> int | None:
    """The level of a numbered line that is no heading but a whole sentence ending in 。, with only
    blank lines before the next line numbered at its level (1.已完成…;经监测,…。 then 2.要求…。): the first item
    of a list of sentences, whose next items are sentences too, however short. None for any other line."""
    for level, pattern in MARKERS:
        m = pattern.match(text, start, line_end)
        if not m:
            continue
        if not text[m.end():line_end].rstrip().endswith(tuple(SENTENCE_END)):
            return None
        nxt = VISIBLE.search(text, line_end)
        return level if nxt and pattern.match(text, nxt.start()) else None
    return None


def _opens_no_body(candidates: list[tuple[Section, bool]], i: int, text: str) -> bool:
    """True when nothing but blank lines, or further numbered sentences of its level (too long to be read as
    headings), stands between this line and the next item at its level or above."""
    s = candidates[i][0]
    nxt = candidates[i + 1][0] if i + 1 < len(candidates) else None
    if nxt is not None and nxt.level > s.level:
        return False
    gap = text[s.title_end : nxt.start if nxt else len(text)]
    sibling = MARKERS[s.level - 1][1]
    return all(not line.strip() or sibling.match(line.strip()) for line in gap.split("\n"))


def _heads_a_list(candidates: list[tuple[Section, bool]], i: int, text: str) -> bool:
    """A numbered line without a full stop (1.路面硬化,裸土已覆盖) that opens no body, followed at once by an item of
    its level that is a whole sentence opening none either: the first item of a list of sentences whose writer
    left off its full stop, not a heading."""
    if i + 1 >= len(candidates):
        return False
    (s, full), (nxt, nxt_full) = candidates[i], candidates[i + 1]
    return (not full and not s.run_in and s.level >= 2 and nxt.level == s.level and nxt_full
            and _opens_no_body(candidates, i, text) and _opens_no_body(candidates, i + 1, text))


def _tallies(candidates: list[tuple[Section, bool]], text: str) -> set[int]:
    """Indices of numbered lines in a run of their level that open no body and mostly count what was done
    (1.清理河道垃圾20吨 / 2.拆除违建3处 / 3.封堵排污口2个): a list of results or measures, whatever their stops,
    not a list of section titles, which name subjects and come with bodies."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(len(candidates) + 1):
        s = candidates[i][0] if i < len(candidates) else None
        item = s is not None and not s.run_in and s.level >= 2 and _opens_no_body(candidates, i, text)
        if item and run and candidates[run[-1]][0].level == s.level:
            run.append(i)
            continue
        counted = sum(1 for k in run if _COUNT.search(candidates[k][0].title))
        if len(run) >= 2 and counted >= 2 and 2 * counted >= len(run):
            out.update(run)
        run = [i] if item else []
    return out
