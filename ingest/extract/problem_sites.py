"""A site or a pile without the facility the pollution laws require of it: how inspections and enforcement cases
state a fault of storage and dust control (堆存场地无围堰, 原料砂土未苫盖, 暂存间无防渗措施).

The solid-waste and air laws bind whoever stores waste or loose material to contain it (围堰, 防渗, 防雨), to cover
it (苫盖, 覆盖, 遮盖) and to mark it (标识). A clause whose subject is a site or a pile and whose predicate says one
of these is missing states the finding; the firm a clause opens with is the unit at fault, no part of it.

ingest/extract/problems.py adds these spans after its own rules. All functions are pure and work on normalized
text.
"""

from __future__ import annotations

import re

_FACILITY = (
    r"(?:围堰|围挡|防渗(?:措施|设施|层)?|防雨(?:措施|设施|棚)?|防扬散(?:措施)?|遮盖|苫盖|覆盖|顶棚|雨棚|防护棚"
    r"|标识牌?|标志牌?|导流(?:沟|渠)|截流(?:沟|渠)|收集(?:设施|装置|池)|事故(?:应急)?池|应急池|硬化|密闭)"
)
"""What a store of waste or loose material must have: containment, cover, marking and the catch of its run-off."""
_LACKING = re.compile(
    r"(?:均|也|都|仍)?(?:无|没有|缺少|缺乏|未(?:设置?|建设?|配备|安装|采取|进行|做)?)(?:任何|相应的?|有效的?)?" + _FACILITY
    + r"(?=[\s,,;;:。!?、)]|$|且|并|和|等|现象|情况|问题)"
)
"""The lack closes its clause: a lack inside a noun phrase (倾倒至无防渗漏措施的水坑中) describes a place, no site at
fault."""
_SUBJECT_MAX = 12
_SUBJECT_CUT = re.compile(
    r".*(?:公司|厂(?![区房内])|经销处|站|店|有|发现|存在|其中|部分|大量|现场检查时|检查时|对|将|把|的(?=[^的]{2,}$))"
)
"""Where the site or the pile starts: after the firm that owns it, after 有 or 发现 (厂区内有大量石料…)."""
_ORDERED = re.compile(r"责令|要求|督促|确保|做到|防止|避免|严禁|禁止|应当|必须|需要|须")
"""A clause that orders the facility (责令…对未苫盖的砂土进行苫盖) states no finding."""


def sites_lacking(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of a site or a pile said to lack a required facility, named from the site on.

    >>> t = "甲公司原料砂土未苫盖,堆存场地无围堰,责令乙厂对未苫盖的料堆进行苫盖"
    >>> [t[a:b] for a, b in sites_lacking(t, 0, len(t))]
    ['原料砂土未苫盖', '堆存场地无围堰']
    """
    out: list[tuple[int, int]] = []
    for m in _LACKING.finditer(text, start, end):
        clause = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ",,;;:。!?\n"))
        if _ORDERED.search(text, clause, m.start()):
            continue
        a = max(clause, m.start() - _SUBJECT_MAX)
        cut = _SUBJECT_CUT.match(text, a, m.start())
        if not cut and a > clause:  # a long clause with no word to start the site after: no name without a cut word
            continue
        a = cut.end() if cut else a
        while a < m.start() and text[a] in " “”(())、和及与":
            a += 1
        if m.start() - a >= 2:
            out.append((a, m.end()))
    return out
