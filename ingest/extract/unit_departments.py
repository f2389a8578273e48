"""Departments of government, from the list of those every level has: a unit's name that ends in one is never cut
inside it.

A name is taken back from its suffix and cut after the last verb or conjunction it holds, which is right for
督促县财政局 but cuts a department whose own name holds such a character: 海洋和渔业局 and 农业农村和水利局 join two
fields with 和, 经信局 opens with 经 (via). The departments' names are a closed class, listed in
data/gazetteer/departments.tsv (full names after the 2018-2019 reform of local government, and the short forms in
use) and department_forms.tsv (standard short forms); where a cut falls inside one of them, the name starts where the
department's name does, with the division or level word written before it (海口市, 县).
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import department_forms, departments, divisions
from .unit_starts import is_division_name

# A level written alone before a department (县经信局, 区农业农村和水利局): the page's own division's.
_LEVELS = "省市县区州旗"


@lru_cache(maxsize=1)
def department_names() -> frozenset[str]:
    """Every department's name the lists hold, full and short (农业农村和水利局, 农水局, 经信局)."""
    return departments() | {n for pair in department_forms() for n in pair}


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(map(len, department_names()))


def department_start(text: str, a: int, e: int, floor: int = 0) -> int:
    """Where the unit's name text[a:e] starts when its start `a` falls inside a listed department's name that ends by
    `e`: at that department's name, or at the division or level word before it; else `a`.

    >>> t = "督促海口市海洋和渔业局整改"
    >>> t[department_start(t, t.index("渔"), t.index("整")) : t.index("整")]
    '海口市海洋和渔业局'
    """
    names = department_names()
    for k in range(max(floor, a - _longest() + 1), a):
        if any(text[k:z] in names for z in range(a + 1, min(e, k + _longest()) + 1)):
            return _owner_start(text, k, floor)
    return a


def _owner_start(text: str, k: int, floor: int) -> int:
    """The start of the divisions' names (海南省海口市) or else of the one level word (县) written right before text[k]."""
    start = k
    while n := next((n for n in range(min(8, start - floor), 1, -1)
                     if text[start - n : start] in divisions() and is_division_name(text[start - n : start])), 0):
        start -= n
    if start == k and k > floor and text[k - 1] in _LEVELS:
        return k - 1
    return start
