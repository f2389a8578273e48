"""Dates a page states in its furniture rather than in a sentence: the stamp of a web page (2018-10-29 08:55
来源: 某报; 某某日报 2023-02-22), a date that fills a cell of a flattened table (… | 2018年11月 | …), the day a
table or report holds for, printed in brackets after its title (整治进展情况统计表(2018年7月20日)), and a
signature's date in Chinese numerals. A labelled field (发布时间:20230512) is read in key_dates.py.

A researcher reads these as the dates of the text or of its rows: when it was published, when a task was due.
Each is found as (start, end, subject), for ingest/extract/key_dates.py to make a key date of.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .dates import CN_DATE

_ISO = r"(?:19|20)\d{2}\s*[-/.]\s*(?:1[0-2]|0?[1-9])\s*[-/.]\s*(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_WRITTEN = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_TIME = r"\s+\d{1,2}:\d{2}(?::\d{2})?"
_SOURCE = r"\s*(?:来源|作者|编辑|责任编辑)\s*:"
STAMP = re.compile(rf"(?<![\d.])(?P<d>{_ISO}|{_WRITTEN})(?={_TIME}|{_SOURCE})")
"""A date with the time of day, or before the page's source or author: the page's stamp. Its date is a key
date of the text here, and the text's own date in ingest/metadata.py."""
_BYLINE = re.compile(rf"^[ \t]*(?P<name>[^\s\d,,。;;:!?|][^\n,,。;;:!?|]{{1,15}}?)[ \t]+(?P<d>{_ISO})[ \t]*$", re.M)
"""A short name and a date alone on a line (某某日报 2023-02-22): a newspaper's or a site's byline."""
_CELL_DATE = re.compile(
    r"(?:^|(?<=\|))[ \t]*(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末|[上中下]旬)?前?|"
    + _ISO + r")[ \t]*(?=\||$)", re.M
)
"""A date that fills a cell of a flattened table (| 2018年11月 |)."""
_TABLE_LINE = re.compile(r"^.*\|.*$", re.M)
_DATE_HEADER = re.compile(r"[^|]*(?:时间|日期|时限|期限)[^|]*")
_TITLED = re.compile(
    rf"(?P<title>[^\n,,。;;:!?|()]{{2,40}}(?:表|情况|报告|通报|公告|名单|清单))\(\s*(?P<d>{_WRITTEN}|{_ISO})\s*\)"
)
"""A date in brackets right after a table's or a report's title: the day its figures hold for."""
_CN_SIGNED = re.compile(rf"^[ \t]*(?P<date>{CN_DATE.pattern})[ \t]*$", re.M)
"""A date in Chinese numerals alone on its line (二〇一八年五月二十日): the date an official text is signed."""
_LABEL = re.compile(r"([^\s:|]{1,8})\s*:\s*$")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z].*")
"""Where the words before a stamp start, after bullets and marks (• 2021-12-14 11:00)."""
_SOURCE_NAME = re.compile(r"(?:来源|作者)\s*:\s*([^\s|]{2,20})")


def find_stamps(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Page stamps, table-cell dates, a title's date and a signature's date in Chinese numerals in
    text[start:end], as (start, end, subject).

    >>> [(text[a:b], s) for text in ["2018-10-29 08:55 来源: 某报"] for a, b, s in find_stamps(text, 0, len(text))]
    [('2018-10-29', '某报')]
    """
    out: list[tuple[int, int, str]] = []
    for m in STAMP.finditer(text, start, end):
        out.append((m.start("d"), m.end("d"), _stamp_subject(text, m.start("d"), m.end("d"))))
    for m in _BYLINE.finditer(text, start, end):
        out.append((m.start("d"), m.end("d"), m["name"].strip()))
    for m in _CELL_DATE.finditer(text, start, end):
        column = cell_column(text, m.start("d"), m.end("d"))
        if column is not None:
            out.append((m.start("d"), m.end("d"), column))
    for m in _CN_SIGNED.finditer(text, start, end):
        if m["d"]:  # a signature names its day
            out.append((m.start("date"), m.end("date"), _line_above(text, m.start("date"))))
    for m in _TITLED.finditer(text, start, end):
        out.append((m.start("d"), m.end("d"), m["title"].strip()))
    return sorted(out)


def _line_above(text: str, pos: int) -> str:
    """The text of the nearest line above `pos` that is not blank: the signer of a signature's date."""
    for line in reversed(text[: text.rfind("\n", 0, pos) + 1].split("\n")):
        if line.strip():
            return line.strip()
    return ""


def _line(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a: len(text) if b < 0 else b]


def _stamp_subject(text: str, a: int, b: int) -> str:
    """What a stamp dates: its label (发布日期), else the page's source on its line or the line above (来源: 某报),
    else the words before it, else 发布."""
    line_start = text.rfind("\n", 0, a) + 1
    before = text[line_start:a].strip()
    label = _LABEL.search(before)
    if label:
        return label.group(1)
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start]
    source = _SOURCE_NAME.search(_line(text, a)) or _SOURCE_NAME.search(above)
    if source:
        return source.group(1)
    words = _WORDS.search(before[-15:])
    return words.group() if words else "发布"


def cell_column(text: str, a: int, b: int) -> str | None:
    """The name of the column when text[a:b] fills a cell of a flattened table (see `_column`), else None."""
    line = _line(text, a)
    if "|" not in line:
        return None
    line_start = text.rfind("\n", 0, a) + 1
    before, after = text[line_start:a].rstrip(" \t"), text[b:line_start + len(line)].lstrip(" \t")
    if not (before == "" or before.endswith("|")) or not (after == "" or after.startswith("|")):
        return None
    return _column(text, a)


def _column(text: str, pos: int) -> str:
    """The name of a table's date column (计划完成时间), when the lines of its table above name exactly one; else
    the cell before the date when it names something (not 是, not a number)."""
    line_start = text.rfind("\n", 0, pos) + 1
    starts, named_before = _date_headers(text)
    headers = set(named_before[bisect_left(starts, line_start)])
    if "|" in text[line_start:pos]:
        headers |= {c.group().strip() for c in _DATE_HEADER.finditer(text, line_start, pos)}
    if len(headers) == 1:
        return headers.pop()
    cells = [c.strip() for c in text[line_start:pos].split("|") if c.strip()]
    prior = cells[-1] if cells else ""
    return prior if len(prior) > 1 and not any(ch.isdigit() for ch in prior) else ""


@lru_cache(maxsize=1)
def _date_headers(text: str) -> tuple[list[int], list[frozenset[str]]]:
    """Where each table line starts, and the date columns named by the lines of its own table before it (one entry
    more: those of the last table). A line of words without bars ends a table, so a page with two tables names the
    dates of each by its own column. Read once per text: a long table asks for the column of every date it holds,
    and reading the lines above each date anew is quadratic."""
    starts: list[int] = []
    named_before: list[frozenset[str]] = []
    seen: set[str] = set()
    last_end = 0
    for ln in _TABLE_LINE.finditer(text):
        if text[last_end:ln.start()].strip():  # words between: another table
            seen = set()
        starts.append(ln.start())
        named_before.append(frozenset(seen))
        seen |= {c.group().strip() for c in _DATE_HEADER.finditer(ln.group())}
        last_end = ln.end()
    named_before.append(frozenset(seen))
    return starts, named_before
