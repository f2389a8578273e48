"""Key dates a report states as facts of their own: the period of an inspection (2020年8月24日至9月25日),
a deadline (2019年年底前, 到2020年), a labelled date field (交办日期: 2024-06-05), a signature's date (a date
alone on its line), the day a campaign started (自8月9日起) and an inspection milestone (the day inspectors
arrived or fed back their findings, or a case was reported or its goods sealed), with or without its year. A page
that lost a date's 年 and 月 (202149日) still states a date.

Any other event is dated by a date that opens its clause or follows 于 (ingest/extract/date_events.py).
Key dates are figures with an empty unit and a `kind`; their value is the text as written.
"""

from __future__ import annotations

import re

from .date_events import clause_after, find_event_dates
from .date_stamps import cell_column, find_stamps
from .figures import FigureMention, clause_of, clip

_DAY = r"(?:\d{1,2}\s*(?:日|号|(?=\s*[至—–~\-到])))"
_PART = r"(?:底|末|初|[上中下]旬)"
"""The part of a month a date may name instead of its day (3月底, 1月中旬)."""
_DATE = rf"(?:\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月\s*(?:{_DAY}|{_PART})?)?|(?<!\d)\d{{1,2}}\s*月\s*{_DAY}|(?<![\d年月])\d{{3,4}}\s*日)"
"""A date as written; a page that lost the 月 of a day (1116日至18日) still starts a period."""
_END = rf"(?:\d{{4}}\s*年\s*)?(?:\d{{1,2}}\s*月\s*{_PART}|(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*[日月])"
_PERIOD = re.compile(rf"{_DATE}\s*[至—–~\-到]\s*{_END}")
_MONTHS = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*[至—–~\-到]\s*\d{1,2}\s*月(?:份)?")
"""A span of months within a year, its first month written without 月 (2024年1-10月, 2023年1至12月): the period a
report's counts are made over, as 2023年10月至12月 is."""
_YEARS = re.compile(r"(?:^|(?<=[\s,,;;。:于在从]))\d{4}\s*年\s*[至到]\s*\d{4}\s*年(?![度版的\d])", re.M)
"""A span of whole years that opens a clause (2019年至2022年,…督察分六批完成): a period when its sentence tells
of an inspection; the years an audit covered (对某县2013年至2018年的…) and a plan's term are none."""
_INSPECTION = re.compile(r"巡视|巡察|督察|督查|审计")
_DEADLINE = re.compile(
    rf"\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月\s*(?:\d{{1,2}}\s*日)?)?(?:年?底|年?末|[上中下]旬)?前|(?<![\d提升高直])到\d{{4}}\s*年(?:\d{{1,2}}\s*月\s*)?(?:底|末)?"
    r"|(?:明年|今年)?(?<!\d)\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|[上中下]旬)前"
    r"|(?:明年|今年|本年度?)年?底前|(?<![\d年月])年底前"
)
"""A deadline: a date before 前 (2019年年底前, 6月22日前, 年底前) or a year to reach (到2020年; 直到2016年 tells how
long something lasted)."""
_TARGET = re.compile(
    r"(?:预计|计划|力争|争取|确保)(?:于|在|到)?(?P<d>\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日|底|末|[上中下]旬)?"
    r"|(?<![\d年])\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|[上中下]旬))"
    r"(?:前|以前)?(?:能够|可以|能|可|将)?(?P<goal>(?:全面|全部|基本)?(?:完成|建成|实现|投入|投运|达到))"
)
"""A target date a plan states without 前 (预计2018年底完成搬迁工作, 预计11月中旬能够完成…): a deadline; the
year may be the report's own, and a modal verb may stand before the goal."""
_AS_OF = re.compile(
    r"(?:截至|截止)(?:到|至)?(?:今年|去年|本年)?(?P<d>\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底|末|初|[上中下]旬|\d{1,2}\s*日)?"
    r"|(?<!\d)\d{1,2}\s*月\s*(?:底|末|初|[上中下]旬|\d{1,2}\s*日))"
)
"""The day a count is made up to (截至2022年底, 山东已整治入海排污口20882个)."""
# A field's label ends in its keyword; the words before it are found by looking back from the keyword, which is
# far cheaper than trying a label at every position of a long text.
_FIELD = re.compile(
    r"(?:日期|时间)\s*(?:[::]\s*\|?|\|)\s*(?P<d>\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?:\s*日)?"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))"
)
"""A labelled date field (交办日期: 2024-06-05), its value maybe written without separators (发布时间:20230512)."""
_TERM = re.compile(
    r"(?:时限|期限)\s*(?:[::]\s*\|?|\|)\s*"
    r"(?P<d>\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末|[上中下]旬)?)?(?:年?底|年?末)?前?)"
)
"""A ledger's term field (整改时限:2021年12月31日, 完成时限:2022年6月底): a deadline, named by its label."""
_TIME_OF_DAY = re.compile(r"^\s*(?:上午|下午|晚上|凌晨|中午|早上|早晨|傍晚|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2}(?::\d{2})?)")
"""The hour after a date (6月8日下午, 截至10月21日10时): when it happened, not what."""
_LABEL_STOP = frozenset(" \t\n,,;;。:|")
_KINDS = (("period", _PERIOD), ("period", _MONTHS), ("deadline", _DEADLINE))
_FULL_DATE = re.compile(
    r"(?:\d{4}\s*年\s*)?(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)20\d{4,5}日|\d{4}\s*年\s*\d{1,2}\s*月(?![\d底末初旬前]|[上中下]旬)"
    r"|(?<![\d.])(?:19|20)\d{2}([.\-/])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d.])"
)
"""A date of a milestone or a signature: written in 年月日, or with dots, dashes or slashes (2023.5.12)."""
_SINCE = re.compile(
    r"(?:自|从)?(?P<d>\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|(?<![\d年])\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)"
    r"\s*(?:起(?![草诉到])|开始)"
)
_BEGAN = re.compile(r"始于(?P<d>\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|初)?)")
"""When a practice began (巡察工作始于2016年底): a start, of what the clause names before it."""
_MILESTONE = re.compile(
    r"进驻|反馈了?[^,,;;。]{0,10}(?:意见|情况)|完成[^,,;;。]{0,6}反馈|审议通过|开展了?[^,,;;。]{0,30}(?:巡察|巡视|督察|督查)|(?:巡察|巡视|督察|督查)工作[^,,;;。]{0,6}开展"
    r"|(?:接到|收到|受理)[^,,;;。]{0,20}(?:举报|投诉|线索|移交|交办|转办)|立案|查封|扣押|启动|听取和?审议|听取了?[^,,;;。]{0,30}(?:报告|汇报)|作了?《[^《》]{0,60}报告》"
    r"|(?:作出|做出|下达|下发|送达)[^,,;;。]{0,12}(?:处罚|决定书)|收到[^,,;;。]{0,12}(?:监测|检测)报告|(?:公布|发布)[^,,;;。]{0,16}(?:名录|名单)"
    r"|公示[^,,;;。]{0,30}(?:整改|完成情况|名单)|(?:联合|专项|集中)巡查|进行了?(?:现场|突击|执法|专项)?(?:检查|核查)(?![组工])|全部(?:拆除|完成|清理|关停|取缔|整改到位|销号)"
    r"|组成[^,,;;。]{0,12}(?:督查|督察|巡察|巡视|检查)组|进行了?“?回头看|(?:开展|展开)[^,,;;。]{0,16}(?:(?:专项|攻坚|执法|整治|联合|检查)行动|(?:专项|联合|集中|监督)检查)|巡[河湖湾](?:工作|活动)|(?:交办|转办|移交)[^,,;;。]{0,12}(?:信访|举报|投诉|线索)"
    r"|(?:执法|现场)检查|进行了?[^,,;;。]{0,12}验收|先行登记|登记保存|移送[^,,;;。]{0,6}(?:公安|检察|司法|法院)|批准"
    r"|(?:作出|做出)[^,,;;。]{0,12}批示|(?:发布|通报)[^,,;;。]{0,16}案例|案例[^,,;;。]{0,6}(?:集中)?(?:发布|通报)"
    r"|巡[河湖湾](?:督导|督查|检查)|进行了?[^,,;;。]{0,16}(?:巡察|巡视|督察|督查)"
)
"""An inspection's arrival and its feedback are the milestones a rectification report is dated by, and so are a
leader's written instruction on it (作出批示), a chief's patrol and an inspection carried out (进行了专项督查); a
case's report or referral, the inspection that found it, its evidence kept and its filing, those an enforcement
case is dated by, and the day cases were published (对一批典型案例予以集中发布); an approval, that of a plan;
the day a rectification's progress was heard (常委会听取了…整改进展情况报告) or reported to a congress (作了《…报告》),
the day a penalty was decided (作出行政处罚决定), a list published (公布第一批保护名录), a rectification's completion
announced (公示…整改完成情况), a joint patrol made (开展联合巡查), a site inspected (执法人员对某加工点进行检查) and a task done in full
(被全部拆除)."""
_DONE = re.compile(
    r"已?于(?P<d>\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|[上中下]旬)?|年?底|年?末)"
    r"|(?<![\d年])\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))"
    r"(?=(?:前|以前)?(?:全部|全面|基本|顺利)?(?:完成|建成|竣工|投运|投入使用|通过|办结|销号))"
)
"""The day a task was done (已于2021年12月28日完成…, 已于2018年6月底全部完成整治, 已于2020年底完成整治): a milestone
of its rectification, of what the clause names after it. A year alone (于2018年完成) is too coarse to date it."""
_YEAR_END = re.compile(r"(?:^|(?<=[。;;!\n]))[ \t\u3000]*(?P<d>\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?年?(?:底|末))\s*[,,]", re.M)
_TARGET_VERB = re.compile(r"完成|建成|实现|达到|达标|消除|全覆盖|基本")
_DONE_WORD = re.compile(r"已|了|共有|累计")
"""A year's end opening a sentence (2022年底,全市基本完成…整治): a deadline when the sentence states a goal, a day
counts are made up to when it tells what was done (2020年底,全市已完成…)."""
_MORE_DAYS = re.compile(r"(?:\s*[、和及,,]\s*\d{1,2}\s*日(?!\d))+")
"""Further days of the same month listed after a date (10月17日、18日; 8月5日,6日)."""
_DATELINE = re.compile(r"\s*[电讯]")
"""A news agency's dateline (中新网8月22日电, 某报3月5日讯) dates the story, not a fact in it."""
_ADOPTED = re.compile(r"\s*(?:审议)?(?:通过|起施行|施行|起实施)")
"""A date a text was adopted or took effect on, written right before the verb ((2014年11月26日通过))."""


def find_key_dates(text: str, start: int = 0, end: int | None = None) -> list[FigureMention]:
    """Periods, deadlines, labelled and signature dates, starts and milestones in text[start:end], in order.

    >>> [(f.kind, f.value) for f in find_key_dates("2021年3月24至26日,督察组进驻;2022年底前完成;交办日期:2024-06-05")]
    [('period', '2021年3月24至26日'), ('deadline', '2022年底前'), ('date', '2024-06-05')]
    >>> find_key_dates("2018-2020年行动计划;对2012年以来的问题")
    []
    >>> [(f.kind, f.value) for f in find_key_dates("2021年2月25日,督察组向我市反馈了督察意见。")]
    [('milestone', '2021年2月25日')]
    """
    end = len(text) if end is None else end
    found: list[FigureMention] = []

    def add(kind: str, a: int, b: int, subject: str = "") -> None:
        if any(f.start < b and a < f.end for f in found):
            return
        c0, c1 = clause_of(text, a, b, start, end)
        column = cell_column(text, a, b)  # a table's cell: its column names it, not the cells after it
        if column is not None:
            subject = subject or column
        else:
            line_start = _alone_on_line(text, a, b)
            above = _previous_line(text, line_start) if line_start is not None else ""
            subject = subject or _TIME_OF_DAY.sub("", text[b:c1]).strip(" ()") or above or _next_clause(text, c1, end)
        found.append(FigureMention(text[a:b], "", clip(subject), a, b, c0, c1, kind))

    for m in _TERM.finditer(text, start, end):  # first: the label names the deadline
        add("deadline", m.start("d"), m.end("d"), _label(text, m, start, 6))
    for kind, pattern in _KINDS:
        for m in pattern.finditer(text, start, end):
            add(kind, m.start(), m.end())
    for m in _FIELD.finditer(text, start, end):
        add("date", m.start("d"), m.end("d"), _label(text, m, start, 8))
    for a, b, subject in find_stamps(text, start, end):
        add("date", a, b, subject)
    for m in _TARGET.finditer(text, start, end):  # the goal, without the modal before it (能够完成…)
        c1 = clause_of(text, m.start(), m.end(), start, end)[1]
        add("deadline", m.start("d"), m.end("d"), text[m.start("goal"):c1].strip())
    for m in _AS_OF.finditer(text, start, end):
        if not re.fullmatch(r"\d{4}\s*年", m["d"]):  # 截至2022年底, not 截至2022年 alone
            add("as_of", m.start("d"), m.end("d"))
    for m in _YEAR_END.finditer(text, start, end):
        sentence = _sentence(text, m.end(), m.end(), start, end)
        if _TARGET_VERB.search(sentence):
            add("as_of" if _DONE_WORD.search(sentence) else "deadline", m.start("d"), m.end("d"))
    for m in _SINCE.finditer(text, start, end):  # 自8月9日起,县执法局开展…: what started is said after 起
        c1 = clause_of(text, m.start(), m.end(), start, end)[1]
        add("start", m.start("d"), m.end("d"), text[m.end():c1].strip().lstrip("的") or _next_clause(text, c1, end))
    for m in _BEGAN.finditer(text, start, end):
        c0 = clause_of(text, m.start(), m.end(), start, end)[0]
        add("start", m.start("d"), m.end("d"), text[c0:m.start()].strip())
    for m in _YEARS.finditer(text, start, end):
        if _INSPECTION.search(_sentence(text, m.start(), m.end(), start, end)):
            add("period", m.start(), m.end())
    for m in _FULL_DATE.finditer(text, start, end):
        if _DATELINE.match(text, m.end()):
            continue
        if (line_start := _alone_on_line(text, m.start(), m.end())) is not None:
            add("date", m.start(), m.end(), _previous_line(text, line_start))  # a signature's date
            continue
        sentence = _sentence(text, m.start(), m.end(), start, end)
        if _MILESTONE.search(sentence) or _ADOPTED.match(text, m.end()):
            more = _MORE_DAYS.match(text, m.end())  # 10月17日、18日: the days the milestone took
            add("milestone", m.start(), more.end() if more else m.end())
    for m in _DONE.finditer(text, start, end):  # an inspection's feedback completed is its milestone
        add("completed", m.start("d"), m.end("d"))
    for a, b, kind, subject in find_event_dates(text, start, end):  # last: any other event a date opens
        add(kind, a, b, subject)
    return sorted(found, key=lambda f: f.start)


def _label(text: str, m: re.Match[str], lo: int, most: int) -> str:
    """A field's label: its keyword (the match's first two characters) and up to `most` words before it."""
    a = m.start()
    while a > max(lo, m.start() - most) and text[a - 1] not in _LABEL_STOP:
        a -= 1
    return text[a:m.start() + 2]


def _alone_on_line(text: str, a: int, b: int) -> int | None:
    """The start of the line when text[a:b] stands alone on it (a signature's date, a field's value under its
    label), else None."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:a].strip()
    alone = (not before or _DISTRIBUTION.fullmatch(before)) and not text[b:line_end].strip()
    return line_start if alone else None


_DISTRIBUTION = re.compile(r"\([^()]{1,12}\)")
"""A remark printed on a signature's line before its date ((此件发至乡)        2017年6月13日)."""
_HEADING_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、]|\(\d+\))\s*")


def _previous_line(text: str, line_start: int) -> str:
    """The line above, without its heading marker: the issuer of a signature, the label of a field (五、整改时限)."""
    above = text[:max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]
    return _HEADING_MARKER.sub("", above.strip())


def _sentence(text: str, a: int, b: int, lo: int, hi: int) -> str:
    s0 = a
    while s0 > lo and not _ends_sentence(text, s0 - 1):
        s0 -= 1
    s1 = b
    while s1 < hi and not _ends_sentence(text, s1):
        s1 += 1
    return text[s0:s1]


def _ends_sentence(text: str, i: int) -> bool:
    """A stop ends a sentence; a question mark only alone, since a run of them (??口市) is a page's lost
    characters, not a question."""
    if text[i] == "?":
        return text[i - 1:i] != "?" and text[i + 1:i + 2] != "?"
    return text[i] in "。;;!\n"


def _next_clause(text: str, pos: int, end: int) -> str:
    """The clause after a date that stands alone in its own (2020年8月24日至9月25日,巡察组对…进行了巡察)."""
    return clause_after(text, pos + 1, end) if pos + 1 < end else ""
