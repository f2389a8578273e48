"""Lists of findings inside a sentence: where a list closed by 等 (等问题, 等环境问题, 等“四乱”问题) starts, which
of its items are findings, and which words open it (ingest/extract/problems.py adds the items in its order).

All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LIST_TRIGGER = re.compile(
    r"存在的|存在着|存在|剖析|针对|整治|解决|查处|查摆|发现|出现|反映出|反映|暴露出|揭示出|揭示了|揭示|指出|梳理|打击|查实|核实|排查"
    r"|包括|重点(?:为|是)|(?<![应面核反相绝比校])对"
)
"""Verbs that open a list of findings (存在X、Y等问题, 包括X、Y等8类问题, 核查重点为X、Y等四类问题, 重点排查X、Y等
问题); 对 inside 应对 or 面对 opens none."""
_FAULTED_VERB = re.compile(r"不(?!符合|合格)|未|滞后|缓慢|迟缓|乏力")
"""A fault right after a verb of action (整治不力, 解决滞后) makes the verb part of a finding, so it opens no list:
in 甲市污水直排整治不力、乙市管网改造滞后等3个问题 the first item is the whole, not 不力. After a verb that
reports (存在不规范、…等问题) the fault is the first item, and the verb still opens the list. Goods or acts that
break a standard are what enforcement acts on (查处不符合国家标准等违法行为): the verb opens their list."""
_ACTION_TRIGGER = frozenset({"整治", "解决", "查处", "打击", "查实", "核实", "梳理"})
LIST_END = re.compile(
    r"(?<![平同对相均何上中下高初])等(?:(?:\d+|[一二三四五六七八九十]+)类)?(?:突出|重点|主要|焦点|根源性|方面|类似|同类|违法违规"
    r"|违规违法|违法|违规)?(?:问题|行为|现象)"
    r"|(?<![平同对相均何上中下高初])等(?P<kind>(?:\d+|[一二三四五六七八九十]+)个突出|相关|各类|“[^“”]{2,6}”(?:具体|突出|重点|主要|典型)?"
    r"|(?!手段|方式|方法|办法|措施|途径|形式(?!主义))[^,,;;:。!?等的“”]{1,10}?)(?:问题|行为|现象)"
)
"""The end of a list of findings: 等 and what they are (等问题, 等环境违法行为, 等“四乱”问题, 等7个突出问题); a count of
categories (等八类焦点问题) closes the list as 等问题 does, since each category listed is a kind of fault; an
item named after a water or a place (甲河、乙河等水环境问题) is the subject of the problem after 等, no finding."""
ITEM_OPEN = re.compile(r"甚至|乃至|特别是|尤其是|还有|一批|一些|例如|比如|诸如|如(?![期实何此今果])")
"""Words an item may open with before its finding (一批不作为, 甚至敷衍应对, 如甲市…不力); 如期 and 如实 are
words of their own."""
_LIST_SEGMENT = 15
"""Longest comma-separated item a list of problems may reach back over (违法挖建鱼塘,乱堆建筑垃圾,…等问题)."""
BODY_END = re.compile(r"(?:公司|厂|院|所|站|局|委|中心|单位|企业|工作|段)$")
"""Items that name bodies (甲公司、乙卫生院等信访问题), work areas or stretches (甲村至乙村岸段): no findings."""
_OPENER = re.compile(
    r"当天|当日|今天|今年|去年|目前|当前|近日|日前|近期|近年来|同时|此外|另外|随后|期间|其间|此前|之后|对此|为此"
    r"|\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来)?|\d{1,2}月(?:\d{1,2}日)?"
)
"""A time or a link a sentence opens with before a comma: the clause after it, not an item of a list."""
_SEGMENT_FAULT = re.compile(
    r"不(?:作为|担当|碰硬|[力实严够足全高强])|慢作为|乱[占采堆建排倒放扔搭]|(?<!无)违[法规章建]|未[经按批]|非法|侵占|占用|偷排|私设"
    r"|超标|直排|滞后|缺失|缺位"
)
_SEGMENT_MAX = 16
"""A clause a list named by its kind reaches back over names a fault and is short (…,不担当、不碰硬,…等…问题)."""
_KIND_LEAD = re.compile(r"(?:察看|查看|清理|清除|督促|杜绝|防止|避免)了?")
"""Verbs of a measure before a list named by its kind (清理乱占、乱采等“四乱”问题)."""


def shares_object(items: list[tuple[int, int]]) -> bool:
    """Items that are bare verbs before a last one holding the object (生产、销售和使用X) make one problem."""
    return max(b - a for a, b in items[:-1]) <= 2 and items[-1][1] - items[-1][0] > 6


def faults_start(text: str, lo: int, pos: int) -> int:
    """Where the comma-separated faults ending at `pos` start: the clause of `pos`, and the clauses before it
    while each names a fault (核实不作为、慢作为,不担当、不碰硬,甚至…等…问题), after the last verb that opens
    them (核实, 存在, 察看了).

    >>> t = "核实一批不作为、慢作为,不担当、不碰硬等问题"
    >>> t[faults_start(t, 0, t.index("等")):t.index("等")]
    '一批不作为、慢作为,不担当、不碰硬'
    """
    a = max(lo, *(text.rfind(c, lo, pos) + 1 for c in ",,;;:。"))
    while a > lo and text[a - 1] in ",,":
        b = max(lo, *(text.rfind(c, lo, a - 1) + 1 for c in ",,;;:。"))
        if a - 1 - b > _SEGMENT_MAX or not _SEGMENT_FAULT.search(text, b, a - 1) or "等" in text[b:a - 1]:
            break
        a = b
    leads = (*_opening(LIST_TRIGGER.finditer(text, a, pos), text), *_KIND_LEAD.finditer(text, a, pos))
    return max((t.end() for t in leads), default=a)


def _opening(triggers: Iterable[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The triggers that open a list: not a verb a fault follows (整治不力), which is part of an item."""
    return [t for t in triggers if t.group() not in _ACTION_TRIGGER or not _FAULTED_VERB.match(text, t.end())]


def list_start(text: str, lo: int, pos: int) -> int:
    """Where the list ending at `pos` starts: after its verb (存在, 剖析, 整治 …), reaching back over short
    comma-separated items, never over one that holds 等 (the end of another list, whose verb opens none of this
    one) nor over the time or the link its sentence opens with (当天,…; 同时,…)."""
    a = pos
    while True:
        seg_start = a
        while seg_start > lo and text[seg_start - 1] not in ",,;;。:":
            seg_start -= 1
        own = seg_start if a == pos else text.rfind("等", seg_start, a) + 1 or seg_start  # 排查A等问题,以及B等问题
        triggers = _opening(LIST_TRIGGER.finditer(text, own, a), text)
        strong = [t for t in triggers if t.group() != "对"]  # 存在群众对X认识不够、Y等问题: 对 opens no list here
        trig = (strong or triggers or [None])[-1]
        if trig:
            return trig.end()
        if a != pos and ("等" in text[seg_start:a] or a - seg_start > _LIST_SEGMENT
                         or _OPENER.fullmatch(text, seg_start, a)):
            return a + 1
        if seg_start <= lo or text[seg_start - 1] not in ",,":
            return seg_start
        a = seg_start - 1



_ANNOUNCED = re.compile(
    r"(?:发现|存在|查摆出?|反馈|指出|梳理出?|暴露出?|涉及|交办)了?[^,,;;:。]{0,12}?(?:问题|不足)[,,]?"
    r"(?:(?:主要有|主要是|主要为|分别是|分别为|具体是|具体为|表现为|包括|如下|即(?![时刻日]))[::]?|[::])"
)
"""A clause that announces the findings it lists next (督察发现两个问题,即:A、B; 巡查发现的问题主要有:A、B); 即时
(at once) announces none."""
_ANNOUNCED_ITEM = re.compile(r"[^、,,;;。]+")
_ITEM_MARKER = re.compile(r"\s*(?:[一二三四五六七八九十]+是|\d{1,2}[.、]|\(\d{1,2}\)|[①-⑩])\s*")
_ANNOUNCED_MAX = 20
"""Longest item taken as a finding's name; a longer one is a sentence that the other rules read."""


def announced_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of the findings a clause announces and then lists, each without its number (一是,
    1.) or the place it stands in brackets before it. The list runs over 、 and ; and over a comma only to a next
    numbered item (…;二是…), so the clause after it (…,已交办属地整改) is none of it.

    >>> t = "检查发现两个问题,即:甲园内(乙村)违规新建养殖场、丙河沿岸违规砂石堆场。"
    >>> [t[a:b] for a, b in announced_items(t, 0, len(t))]
    ['违规新建养殖场', '丙河沿岸违规砂石堆场']
    """
    out: list[tuple[int, int]] = []
    for m in _ANNOUNCED.finditer(text, start, end):
        for item in _ANNOUNCED_ITEM.finditer(text, m.end(), end):
            a, b = item.span()
            marker = _ITEM_MARKER.match(text, a, b)
            if a > m.end() and (text[a - 1] in "。" or text[a - 1] in ",," and not marker):
                break
            a = marker.end() if marker else a
            bracket = text.rfind(")", a, b)  # 甲园内(乙村)违规新建养殖场: the finding follows where it stands
            a = bracket + 1 if bracket >= 0 and b - bracket > 4 else a
            if 2 <= b - a <= _ANNOUNCED_MAX:
                out.append((a, b))
    return out
