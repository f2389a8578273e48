"""Dates written in Chinese (2021年2月10日, 9月25日, 2020年底, 同年, 二〇二三年五月) as ISO strings with their
precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A day written before a range marker (2020年8月20至21日) is the range's start and carries no 日.
_DAY = r"(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:日|号|(?=\s*[至\-—–~])))?"
_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?\s*" + _DAY + ")?")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?\s*" + _DAY)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "０": 0}
"""Digits of a year written in Chinese numerals, with the circles and letters pages print for 〇."""
_CN_ZERO = "〇○零O"
_CN_TENS = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
CN_DATE = re.compile(
    rf"(?P<y>(?:一九|二[{_CN_ZERO}])[{_CN_ZERO}一二三四五六七八九]{{2}})\s*年\s*"
    rf"(?:(?P<m>十[一二]?|[一二三四五六七八九])\s*月(?:份)?\s*(?:(?P<d>{_CN_TENS})\s*日)?)?"
)
"""A date in Chinese numerals (二〇二三年五月二十日), as official texts print their own date and often the dates in
them: one digit a character for the year, tens written out (二十) for the month and day. The one pattern for such
dates: a sentence's (here), a signature's (ingest/metadata.py) and a page's (ingest/extract/date_stamps.py)."""
_OPENS = re.compile(r"\(\s*$")
_CLOSES = re.compile(r"\s*\)")
"""Around a date filling a bracket: the text's own date printed under its title (公告 (二〇二二年十二月二十六日)),
which dates no action of the sentence a flattened page runs it into."""
_RELATIVE = re.compile(r"(?P<rel>同年|当年|今年|去年|上年|明年)|(?<![年\d])(?P<part>[一二三四]季度|上半年|下半年)")
_SHIFT = {"同年": 0, "当年": 0, "今年": 0, "去年": -1, "上年": -1, "明年": 1}
# "2018-2020年" ends a span of years and "2020年版" names an edition: neither dates an action.
_RANGE_END = re.compile(r"\d\s*[-—–~至]\s*$")
# "2022年第8号" numbers a document: its year dates nothing in the text.
_NUMBER_AFTER = re.compile(r"\s*第\s*\d{1,4}\s*号")


_BEFORE = re.compile(r"\s*(?:底|末|[上中下]旬)?\s*前")
"""A deadline (11月底前): a later month than the publication's is still to come, in the same year."""
_PUBLISHED = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


@dataclass(frozen=True)
class DateMention:
    iso: str
    start: int
    end: int
    explicit_year: bool
    baseline: bool = False
    """Written after 较 / 比 (较2017年上升): the time a figure is compared with, which sets no year for what follows."""


_BASELINE = re.compile(r"(?:较|比|同比|相比|对比)\s*$")
_MONTH_WORD = re.compile(r"上个?月|本月")
"""A month relative to when the text was written, dated only when its publication month is known."""
_WRITING_TIME = frozenset({"今年", "去年", "上年", "明年"})
"""Relative to when the text was written, so to its publication date when known; 同年 / 当年 to the context."""


def _iso(y: int, m: str | None, d: str | None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{int(m):02d}"
    return f"{y:04d}-{int(m):02d}-{int(d):02d}"


def cn_number(s: str) -> int:
    """一 … 三十一 (tens written out) as an integer."""
    if "十" not in s:
        return _CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def cn_year(s: str) -> int:
    """A year written a digit a character (二〇二三) as an integer."""
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _is_date(text: str, m: re.Match[str]) -> bool:
    if m["m"] is None and (text.startswith("版", m.end()) or _NUMBER_AFTER.match(text, m.end())):
        return False
    return not _RANGE_END.search(text, max(0, m.start() - 3), m.start())


def find_dates(text: str, start: int = 0, end: int | None = None, year: int | None = None,
               published: str = "") -> list[DateMention]:
    """Dates in text[start:end]; a bare month-day or 同年 takes the last year seen before it (or `year`). With
    neither, a document `published` on an ISO date dates a bare 9月5日 on or before that day in its own year and
    a later one in the year before (a report of January tells of the December before it), unless it is a deadline
    (11月底前), which is to come; 今年 and 去年 count
    from its year whatever the context, 上月 and 本月 from its month, and a year a figure is compared with
    (较2017年) sets no context.

    >>> [d.iso for d in find_dates("2020年10月15日、10月22日,党组")]
    ['2020-10-15', '2020-10-22']
    >>> [d.iso for d in find_dates("2020年8月20至21日;同年底;去年", year=2021)]
    ['2020-08-20', '2020', '2019']
    >>> [d.iso for d in find_dates("9月5日检查;12月20日验收;去年", published="2022-09-06")]
    ['2022-09-05', '2021-12-20', '2021']
    """
    end = len(text) if end is None else end
    found: list[DateMention] = []
    covered: list[tuple[int, int]] = []
    for m in _FULL.finditer(text, start, end):
        covered.append((m.start(), m.end()))
        if _is_date(text, m):
            baseline = bool(_BASELINE.search(text, max(0, m.start() - 3), m.start()))
            found.append(DateMention(_iso(int(m["y"]), m["m"], m["d"]), m.start(), m.end(), True, baseline))
    for m in CN_DATE.finditer(text, start, end):
        covered.append((m.start(), m.end()))
        own = _OPENS.search(text, max(0, m.start() - 2), m.start()) and _CLOSES.match(text, m.end())
        if _is_date(text, m) and not own:
            baseline = bool(_BASELINE.search(text, max(0, m.start() - 3), m.start()))
            month, day = (str(cn_number(g)) if g else None for g in (m["m"], m["d"]))
            found.append(DateMention(_iso(cn_year(m["y"]), month, day), m.start(), m.end(), True, baseline))
    found.sort(key=lambda d: d.start)

    def year_at(pos: int) -> int | None:
        return year_before(found, pos, year)

    bare: list[DateMention] = []
    pub = _PUBLISHED.match(published)
    for m in _MONTH_DAY.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        y = year_at(m.start())
        if y is None and pub:
            after = (int(m["m"]), int(m["d"] or 1)) > (int(pub["m"] or 12), int(pub["d"] or 31))
            y = int(pub["y"]) - (after and not _BEFORE.match(text, m.end()))
        if y is not None:
            bare.append(DateMention(_iso(y, m["m"], m["d"]), m.start(), m.end(), False))
    for m in _RELATIVE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        y = year_at(m.start())
        if pub and (y is None or m["rel"] in _WRITING_TIME):
            y = int(pub["y"])
        if y is not None:
            bare.append(DateMention(f"{y + _SHIFT.get(m['rel'] or '', 0):04d}", m.start(), m.end(), False))
    if pub and pub["m"]:
        bare += _months_of_writing(text, start, end, int(pub["y"]), int(pub["m"]))
    return sorted(found + bare, key=lambda d: d.start)


def _months_of_writing(text: str, start: int, end: int, year: int, month: int) -> list[DateMention]:
    """上月 and 本月 in a text written in `month` of `year`."""
    out = []
    for m in _MONTH_WORD.finditer(text, start, end):
        y, mo = (year, month) if m.group().startswith("本") else (year - (month == 1), (month - 2) % 12 + 1)
        out.append(DateMention(f"{y:04d}-{mo:02d}", m.start(), m.end(), False))
    return out


def year_before(dates: list[DateMention], pos: int, default: int | None = None) -> int | None:
    """The year of the last explicit date before `pos` that is no baseline: the year a bare 9月25日 at `pos`
    belongs to.

    >>> year_before(find_dates("2020年9月14日召开会议。9月25日印发"), 15)
    2020
    >>> year_before(find_dates("2022年达标率较2017年上升;7月"), 16)
    2022
    """
    prior = [d for d in dates if d.explicit_year and not d.baseline and d.start < pos]
    return int(prior[-1].iso[:4]) if prior else default
