"""What a heading or a paragraph's label says of problems: a problem area or a list of findings (and so whose
body states findings, not measures), a finding labelled as such or a progress report, the fault a heading names,
and the finding a sentence of a list-of-findings section states. The phrases inside sentences are found by
ingest/extract/problems.py.
"""

from __future__ import annotations

import re

from .problems import ProblemMention, find_problems, names_case, states_fault

_AREA = re.compile(r"^在.+方面|方面$")
_FAULT_TITLE = re.compile(
    r"(?:不及时|不正常|不稳定|不畅通?|不明确|不严格?|不高|不全面?|[混错乱]接|混流|形同虚设|依然严峻|日益严峻|加剧|增多|较多"
    r"|(?:收集|处理|达标|覆盖|利用|处置|完成|整改|办结)率(?:低|偏低|较低|不高))$"
)
"""How a short heading that names a finding in its own words may end, beyond the fault words of a sentence
(河道保洁不及时, 城区管网雨污混接, 农村生活污水收集率低): a measure's heading names what it does, never how short
its subject falls."""
_FAULT_TITLE_MAX = 20
_FINDINGS = re.compile(r"问题$|整改任务$|存在的?问题|主要问题|发现的?问题|问题清单|问题台账|问题基本情况|突出问题$|反馈意见$")
_LISTS = re.compile(r"存在的?问题|主要问题|发现的?问题|^突出问题$|问题清单|清单[内外]?问题|问题台账|问题基本情况|整改任务$|反馈意见$|^整改问题$")
PROGRESS = re.compile(r"整改情况|整治情况|进展情况|完成情况|落实情况|整改进展|整改结果|整改效果|措施|计划|安排|成效")
"""Words of a heading that reports progress on problems (整改进展情况), not one that states them."""
FOUND_BY = re.compile(r"(?:督察|巡视|巡察|审计|督查)组?(?:暴露|发现|反馈|指出|交办)的?问题$")
"""Problems named by the inspection that found them (巡察反馈问题), the subject of a progress heading."""
_ABOUT = re.compile(r"\s*关于")
"""A heading on one problem's progress opens with 关于 (关于X问题的整改情况): what it names before the progress word
is the problem its body answers."""
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")
_STATEMENT_PROGRESS = re.compile(r"进展情况|整改情况|整治情况|已完成|已经|正在|目前|现已|计划|下一步")
#: A list item's number at the start of a line or label (1. 2、 (3) ④).
LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳])\s*")
_FINDING_LABEL = re.compile(
    r"(?:存在的?|主要|突出|具体|反馈的?|审计发现的?|发现的?)?问题(?:[一二三四五六七八九十]{1,3}|\d{1,2})?(?:描述|表现|情形)?"
)
_PROGRESS_LABEL = re.compile(r"(?:整改|整治|落实|完成|处理|办理)(?:落实|完成)?(?:进展|进度)?(?:情况|措施|结果|进展|成效|进度)")


def is_problem_heading(title: str) -> bool:
    """A heading that names a problem area, a list of findings or a case, not the progress made on them.

    >>> [is_problem_heading(t) for t in ("在饮用水水源地划定保护工作方面", "存在问题", "坚持问题导向,立行立改")]
    [True, True, False]
    >>> is_problem_heading("清单内问题整改情况")
    False
    >>> is_problem_heading("河道保洁不及时")
    True
    """
    t = _TRAILING_NOTE.sub("", title.rstrip("。.").strip())
    if _AREA.search(t) or names_case(t) or states_fault(t):
        return True
    if len(t) <= _FAULT_TITLE_MAX and not re.search(r"[,,;;。]", t) and _FAULT_TITLE.search(t):
        return True
    return bool(_FINDINGS.search(t)) and not PROGRESS.search(t)


def lists_findings(title: str) -> bool:
    """A heading over a list of findings (存在问题, 整改任务, 清单内问题), whose body states the findings, not
    the measures; a heading that names one problem (关于X的问题, 在…方面) has measures in its body.

    >>> [lists_findings(t) for t in ("存在问题", "甲水库清单内问题", "关于排污口整治滞后的问题", "在立法方面")]
    [True, True, False, False]
    """
    t = _TRAILING_NOTE.sub("", title.rstrip("。.").strip())
    return bool(_LISTS.search(t)) and not PROGRESS.search(t)


def label_kind(label: str) -> str:
    """What the label before a paragraph's colon announces: "finding" (问题:, 存在问题:, 问题一:), "progress"
    (整改情况:, 整改措施:) or "" (any other head).

    >>> [label_kind(t) for t in ("问题二", "1.存在问题", "整改情况", "甲水库清单内问题")]
    ['finding', 'finding', 'progress', '']
    """
    t = re.sub(r"\s", "", label)
    m = LIST_MARKER.match(t)
    t = t[m.end():] if m else t
    if _FINDING_LABEL.fullmatch(t):
        return "finding"
    return "progress" if _PROGRESS_LABEL.fullmatch(t) else ""


def heading_fault(text: str, start: int, end: int) -> ProblemMention | None:
    """The fault a heading text[start:end] names when it is no problem heading, or None for a heading that
    reports progress, unless it reports progress on the problems an inspection found (巡察反馈问题整改进展情况).

    >>> heading_fault("强化陆源入海污染控制", 0, 10).title
    '陆源入海污染'
    >>> heading_fault("清单内问题整改情况", 0, 9) is None
    True
    >>> heading_fault("省委巡视反馈问题整改进展情况", 0, 14).title
    '省委巡视反馈问题'
    >>> heading_fault("关于甲河沿岸垃圾堆放问题的整改情况", 0, 17).title
    '甲河沿岸垃圾堆放问题'
    """
    found = (m for m in find_problems(text, start, end) if m.parent is None)
    if progress := PROGRESS.search(text, start, end):  # 巡察反馈问题整改进展情况: the progress on the problems an inspection found
        about = _ABOUT.match(text, start, end)  # 关于甲河垃圾堆放问题的整改情况: the progress on the problem it names
        return next((m for m in found if FOUND_BY.search(m.title) or about and m.end <= progress.start()), None)
    return next(found, None)


def statement(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a finding stated by a sentence in a list-of-findings section, or None for a progress report.

    >>> t = "1.保护区内有居民8户,存在生活面源污染。"
    >>> a, b = statement(t, 0, len(t)); t[a:b]
    '保护区内有居民8户,存在生活面源污染'
    >>> statement("目前已完成整改。", 0, 8) is None
    True
    """
    if _STATEMENT_PROGRESS.search(text, start, end):
        return None
    m = LIST_MARKER.match(text, start, end)
    a = m.end() if m else start
    b = end
    while b > a and text[b - 1] in "。.;;":
        b -= 1
    return (a, b) if b - a >= 4 else None
