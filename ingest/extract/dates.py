"""Dates written in Chinese (2021年2月10日, 9月25日, 2020年底) as ISO strings with their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*日)?)?")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*日)?")


@dataclass(frozen=True)
class DateMention:
    iso: str
    start: int
    end: int
    explicit_year: bool


def _iso(y: int, m: str | None, d: str | None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{int(m):02d}"
    return f"{y:04d}-{int(m):02d}-{int(d):02d}"


def find_dates(text: str, start: int = 0, end: int | None = None, year: int | None = None) -> list[DateMention]:
    """Dates in text[start:end]; a bare month-day takes the last year seen before it (or `year`).

    >>> [d.iso for d in find_dates("2020年10月15日、10月22日,党组")]
    ['2020-10-15', '2020-10-22']
    """
    end = len(text) if end is None else end
    found: list[DateMention] = []
    covered: list[tuple[int, int]] = []
    for m in _FULL.finditer(text, start, end):
        found.append(DateMention(_iso(int(m["y"]), m["m"], m["d"]), m.start(), m.end(), True))
        covered.append((m.start(), m.end()))
    for m in _MONTH_DAY.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        prior = [d for d in found if d.explicit_year and d.start < m.start()]
        y = int(prior[-1].iso[:4]) if prior else year
        if y is None:
            continue
        found.append(DateMention(_iso(y, m["m"], m["d"]), m.start(), m.end(), False))
    return sorted(found, key=lambda d: d.start)
