"""Changes: a value written after the verb of a change (同比下降12.3%, 比去年同期增长4.0%, 较2016年提升12.1%).

Such a value is no level but a difference, so the verb and what it is compared with belong to the value a
researcher reads (同比下降12.3%), and the subject is what changed (化学需氧量排放量), never 同比下降. When the
change is stated in a clause of its own after a count (查封案件16019件,比去年同期增长22.1%), it is the change
of that count.
"""

from __future__ import annotations

import re

_COMPARED = (
    r"同比(?:去年|上年)?|环比|较上年同期|较去年同期|比上年同期|比去年同期|较上年|较去年|比上年|比去年|与上年相比|与去年同期相比"
    r"|(?:(?<![比相])较(?![好大多快高低强差为少长短])|(?<![对无相类])比(?![例重率较如值]))[^,,;;。、%]{1,24}?"
)
_CHANGE = re.compile(
    rf"(?:(?:{_COMPARED})\s*)?(?:上升|下降|增长|减少|提高|降低|提升|增加|下滑|回落|缩减|扩大|前进|后退|跃升|攀升|下跌)了?\s*$"
)
"""The verb of a change right before a value, with what it is compared with (同比, 较2018年, 较治理启动时);
下降至 / 提高到 name a new level, which stays a level. 比例 and 比较 open no comparison."""
_JOINS = frozenset("和及与或")


def change_before(text: str, c0: int, a: int, b: int) -> int | None:
    """Where the words of a change that end right before the value at text[a:b] start (within the clause from
    `c0`), else None. A count of things after the verb (提升17个市县站的能力) tells what was done, no change.

    >>> t = "排放量同比下降12.3%"
    >>> t[change_before(t, 0, 7, 12):7]
    '同比下降'
    >>> change_before("下降至12%", 0, 3, 6) is None
    True
    """
    if b < len(text) and "\u4e00" <= text[b] <= "\u9fff" and text[b] not in _JOINS:
        return None
    m = _CHANGE.search(text, c0, a)
    return m.start() if m and m.end() == a else None
