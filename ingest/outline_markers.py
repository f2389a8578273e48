"""Heading markers and the Section a heading opens.

They live apart from the outline so that the outline and its list decisions (outline_lists: which numbered lines
are headings and which are items) can both read them without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = "一二三四五六七八九十"
CN = "一二三四五六七八九十百零〇"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"[{CN}]{{1,3}}、")),
    (2, re.compile(rf"\([{CN}]{{1,3}}\)")),
    (3, re.compile(r"\d{1,2}(?:\.(?!\d)|、)")),
    (4, re.compile(r"\(\d{1,2}\)")),
    (5, re.compile(rf"[{CIRCLED}]")),
]
SENTENCE_END = "。!?;"
"""What ends a sentence: a numbered line ending in one is a sentence, not a title."""
VISIBLE = re.compile(r"\S")


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


def number(marker: str) -> int:
    """The number a marker counts (一、 -> 1, (12) -> 12, 十一、 -> 11): a list's items are told by their sequence."""
    digits = marker.strip("()、.")
    if digits.isascii() and digits.isdigit():
        return int(digits)
    if len(digits) == 1:
        return CN_DIGITS.find(digits) + 1
    if digits.startswith("十"):
        return 10 + CN_DIGITS.find(digits[1]) + 1
    return 0
