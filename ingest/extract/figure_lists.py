"""Counts of a list: a count in Chinese numerals written right after the items it counts (透明度、溶解氧、氨氮三项指标;
甲乡、乙镇、丙镇三个乡镇; 污水治理、垃圾清运等四大类工程).

A single Chinese numeral before a classifier is most often an idiom or a name (八项规定, 一方面, 两条底线), so such a
count is read only where the words before it list, separated by 、, exactly as many items as it says: the list
proves the number counts them. A last item joined by 和, 及 or 与 (甲、乙和丙三类) may count as one item or two.
"""

from __future__ import annotations

import re

from .dates import cn_number

_COUNT = re.compile(
    r"(?<![一二两三四五六七八九十百千万第])(?P<n>十[一二三四五六七八九]?|[两二三四五六七八九])"
    r"(?P<u>个方面|方面|大类|类|项|条|个|种|座|所|家|批|件|处|段|套)"
)
_BETWEEN = re.compile(r"(?:等|共|计|等共|等计)$")
"""Words between the last item and its count (甲、乙等两类)."""
_MARKER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})、")
"""The number of an item opening a line (2、重点工程): its 、 lists nothing."""
_JOINS = re.compile(r"和|及|与")
_CLAUSE_MARKS = frozenset(",,;;。:!?\n()")
_ITEM_MOST = 20
"""The longest item of a list: a longer run between two 、 is a clause, not a listed name."""


def listed_counts(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Counts of the items listed right before them in text[start:end], as (start, end, value, unit).

    >>> t = "透明度、溶解氧、氨氮三项指标均达标;执行中央、省八项规定"
    >>> [(v, u) for _, _, v, u in listed_counts(t, 0, len(t))]
    [('三', '项')]
    """
    out: list[tuple[int, int, str, str]] = []
    for m in _COUNT.finditer(text, start, end):
        items = _items_before(text, m.start(), start)
        if items and cn_number(m["n"].replace("两", "二")) in _sizes(items):
            out.append((m.start(), m.end(), m["n"], m["u"]))
    return out


def _items_before(text: str, a: int, lo: int) -> list[str]:
    """The items of the list that ends at `a` (after the words that join a list to its count), from the start of
    its clause; none when the words before hold no 、 or a part too long to be an item."""
    c0 = a
    while c0 > lo and text[c0 - 1] not in _CLAUSE_MARKS:
        c0 -= 1
    words = _MARKER.sub("", _BETWEEN.sub("", text[c0:a]))
    if "、" not in words or words.count("“") != words.count("”"):
        return []  # no list, or a count inside a quotation (践行“两个维护”)
    parts = words.split("、")
    if any(not p.strip() for p in parts) or any(len(p) > _ITEM_MOST for p in parts[1:]):
        return []  # the first part may carry the words that open the clause (流经甲乡)
    return parts


def _sizes(items: list[str]) -> set[int]:
    """How many items the list may hold: one for each part, and one more when the last part joins two (乙和丙)."""
    n = len(items)
    return {n, n + 1} if _JOINS.search(items[-1]) else {n}

