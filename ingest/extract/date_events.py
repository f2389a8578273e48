"""Dates of events, as official writing states them: a date that opens a clause (2020年11月28日,某分局接到群众反映…;
5月28日下午,区级河长组织召开…) or follows 于 after the one who acted (我局于2024年11月11日对你单位进行了调查) tells
when that clause's event took place, whatever its verb; and a date before 以来 that opens a clause (2017年以来,某省
全面实施…) is the start of what the clause reports.

A researcher asks who acted when; the verb of the event is the page's own, so no list of verbs can name them all.
The date must name its month: a year alone opening a clause (2022年,全市水质…) dates a summary, not an event.
Dates that open a period, a deadline, a start or a list (至, 前, 起, 、) are read in ingest/extract/key_dates.py.
Each is found as (start, end, kind, subject) for key_dates.py to make a key date of.
"""

from __future__ import annotations

import re

from .figures import clause_of

_YEAR = r"(?:19|20)\d{2}\s*年\s*"
_DATE = (
    rf"(?:今年|去年|本年)?(?:(?:{_YEAR})?(?<![\d.])\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|{_YEAR}\d{{1,2}}\s*月(?:份)?(?:[上中下]旬|底|末|初)?"
    r"|(?<![\d.])(?<!\d年)\d{1,2}\s*月(?:份)?(?:[上中下]旬|底|末|初))"
)
"""A date that names its month: a day (2020年11月28日, 5月29日), a month of a year (2019年12月), or a part of a
month (今年5月底, 4月下旬)."""
_TIME = (
    r"(?:\s*(?:上午|下午|晚上|晚间|凌晨|中午|早上|早晨|傍晚|夜间|晚))?"
    r"(?:\s*\d{1,2}\s*(?::\s*\d{2}|时(?:\s*\d{1,2}\s*分)?))?"
)
"""The hour after a date (5月28日下午, 8月29日上午10:00): part of when."""
_EVENT = re.compile(rf"(?P<d>{_DATE}{_TIME})")
_SINCE = re.compile(rf"(?P<d>(?:{_YEAR}(?:\d{{1,2}}\s*月(?:份)?)?|(?<![\d年.])\d{{1,2}}\s*月份?))\s*以来(?=\s*[,,])")
"""A start opening a clause (2017年以来, 9月份以来): counts and actions after it are reported from then on."""
_AFTER_AGENT = re.compile(rf"(?<![由属对关等处至鉴基终])(?<![^单]位)于\s*(?P<d>{_DATE}{_TIME})")
"""于 before a date after the one who acted (城里村于2025年5月9日派人清理, 你单位于…排放): 由于, 位于, 关于 … are no
dating."""
_NOT_EVENT_NEXT = re.compile(r"\s*(?:[前起至到—–~\-、和及与或电讯的止后\d(()]|以来|以前|之前|以后|开始|期间|左右)")
"""What makes a date something other than an event's: a deadline (前), a start (起), a period (至), a list (、),
a dateline (电, 讯), a modifier (的) or a number running on."""
_BOUNDARY = frozenset("。;;!?\n,,::")
_LEAD = re.compile(r"(?:讯|消息|电|报道)\s*$|[((][^()()\n]{0,30}(?:记者|通讯员|报道)[^()()\n]{0,20}[))]\s*$")
"""The lead of a news story (某网讯, 某在线消息, (记者 某某报道)): its first sentence opens after it."""
_BASIS = re.compile(r"(?:根据|按照|依据|依照|遵照|经|为了?|针对|结合|围绕)")
"""A clause after a date that gives the basis or the purpose of the event (2021年2月24日,根据…要求,某局…; 经省政府同意,
某厅印发…): the event is told in the clause after it."""
_AGENT_STRIP = re.compile(r"^(?:并|已|均|分别|先后|同时|随后|后)+|(?:并|已|均|分别|先后|还|又|也)+$")
_CLAUSE_MARK = re.compile(r"[\s,,]*")


def find_event_dates(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Event dates and clause-opening starts in text[start:end], as (start, end, kind, subject), kind being
    "milestone" or "start".

    >>> [(text[a:b], k, s) for text in ["2020年11月28日,某分局接到群众反映。"] for a, b, k, s in find_event_dates(text, 0, len(text))]
    [('2020年11月28日', 'milestone', '某分局接到群众反映')]
    """
    out: list[tuple[int, int, str, str]] = []
    for m in _SINCE.finditer(text, start, end):
        if _opens(text, m.start(), start):
            out.append((m.start("d"), m.end(), "start", clause_after(text, m.end(), end)))
    for m in _EVENT.finditer(text, start, end):
        a, b = m.span("d")
        b = _trim(text, a, b)
        if _opens(text, a, start) and not _NOT_EVENT_NEXT.match(text, b) and b < end:
            out.append((a, b, "milestone", clause_after(text, b, end)))
    for m in _AFTER_AGENT.finditer(text, start, end):
        a, b = m.span("d")
        b = _trim(text, a, b)
        if _NOT_EVENT_NEXT.match(text, b):
            continue
        c0 = _clause_start(text, m.start(), start)
        agent = _AGENT_STRIP.sub("", text[c0:m.start()].strip())
        out.append((a, b, "milestone", f"{agent}{clause_after(text, b, end, own_clause=True)}"))
    return sorted(out)


def _trim(text: str, a: int, b: int) -> int:
    """The end of a date without the spaces its hour pattern may have taken."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _opens(text: str, a: int, lo: int) -> bool:
    """True when the date at `a` opens a clause: after a clause mark, at the start of the text, or after the lead
    of a news story."""
    i = a
    while i > lo and text[i - 1] in " \t\u3000":
        i -= 1
    if i <= lo or text[i - 1] in _BOUNDARY:
        return True
    return bool(_LEAD.search(text, max(lo, i - 60), i))


def _clause_start(text: str, pos: int, lo: int) -> int:
    i = pos
    while i > lo and text[i - 1] not in _BOUNDARY:
        i -= 1
    return i


def clause_after(text: str, b: int, end: int, own_clause: bool = False) -> str:
    """What the event a date at `b` dates was: the rest of the date's clause, else (for a date alone in its clause)
    the next clause, past a clause of basis or purpose (根据…部署). `own_clause`: the rest of the clause only."""
    i = b
    if not own_clause:
        i += len(_CLAUSE_MARK.match(text, b).group())
    j = _clause_end(text, i, end)
    if not own_clause and _BASIS.match(text, i) and j < end and text[j] in ",,":
        i, j = j + 1, _clause_end(text, j + 1, end)
    return text[i:j].strip()


def _clause_end(text: str, i: int, end: int) -> int:
    return clause_of(text, i, i, i, end)[1] if i < end else end
