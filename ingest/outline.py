"""The outline: numbered headings (一、 (一) 1. (1)) and the sections they open.

A heading is a line that starts with a marker and carries a short title. The title runs to the end of the line
or to the first 。 (a run-in heading: title and body on one line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"[{_CN}]+、")),
    (2, re.compile(rf"\([{_CN}]+\)")),
    (3, re.compile(r"\d{1,2}(?:\.(?!\d)|、)")),
    (4, re.compile(r"\(\d{1,2}\)")),
]
_MAX_TITLE = 60


@dataclass
class Section:
    """One heading and the span of text it governs."""

    level: int
    marker: str
    title: str
    start: int
    """Offset of the marker."""
    title_start: int
    title_end: int
    end: int
    """Offset one past the section's last character (the next heading of the same or a higher level)."""
    parent: int | None = None
    """Index of the enclosing section in the outline list."""
    run_in: bool = False


def parse_outline(text: str) -> list[Section]:
    """Find the headings of `text` in order, with their levels, spans and parents."""
    sections: list[Section] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        for level, pattern in _MARKERS:
            m = pattern.match(stripped)
            if not m:
                continue
            rest = stripped[m.end():]
            body = rest.lstrip()
            gap = len(rest) - len(body)
            stop = body.find("。")
            title = body if stop < 0 else body[: stop + 1]
            run_in = stop >= 0 and stop + 1 < len(body.rstrip())
            if not title.strip() or len(title) > _MAX_TITLE:
                break
            t0 = line_start + lead + m.end() + gap
            sections.append(Section(level, m.group(0), title.rstrip(), line_start + lead, t0, t0 + len(title.rstrip()), len(text), run_in=run_in))
            break
    _close(sections, len(text))
    return sections


def _close(sections: list[Section], text_end: int) -> None:
    """Set each section's end and parent from the levels that follow it."""
    stack: list[int] = []
    for i, s in enumerate(sections):
        while stack and sections[stack[-1]].level >= s.level:
            sections[stack.pop()].end = s.start
        s.parent = stack[-1] if stack else None
        stack.append(i)
    for i in stack:
        sections[i].end = text_end
