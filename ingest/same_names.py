"""Names one document uses for one body or place, found among the names it writes: a short name that ends one
longer name (巡视组 for 七届省委第一巡视组), a misspelling, a name without its term or number, with or without the
writing department's own 厅 / 局 / 委, with or without its level's division or a higher division, with or without a
bracketed qualifier. Each rule maps the lesser forms to the fuller name; ingest/assemble/entities.py applies them.
"""

from __future__ import annotations

import re
from collections import Counter

from .extract.gazetteer import divisions
from .extract.units import division_prefix

def short_to_long(names: list[str], min_len: int = 3) -> dict[str, str]:
    """Short names that end exactly one longer name of the same document, mapped to it.

    >>> short_to_long(["巡视组", "七届省委第一巡视组", "督察组"])
    {'巡视组': '七届省委第一巡视组'}
    """
    out = {}
    distinct = sorted(set(names))
    for s in distinct:
        if len(s) < min_len:
            continue
        longer = [n for n in distinct if n != s and n.endswith(s) and len(n) >= len(s) + 2]
        if len(longer) == 1:
            out[s] = longer[0]
    return out


def misspellings(names: list[str]) -> dict[str, str]:
    """Long names that one document writes twice, once with two characters swapped or one left out, mapped to the
    spelling written more often (the longer one when that is a tie); numbers are never swapped or left out, so
    第十二巡视组 and 第二十巡视组 stay apart, and neither are 分 / 总 / 副, which name another body.

    >>> misspellings(["省环境科学研究院", "省环境科学研究院", "省环境研究科学院", "区域环境保护合作联席会议", "区域环境保护合联席会议"])
    {'区域环境保护合联席会议': '区域环境保护合作联席会议', '省环境研究科学院': '省环境科学研究院'}
    """
    count = Counter(names)
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    out = {}
    distinct = sorted(count, key=lambda n: (-count[n], -len(n), order[n]))
    for i, s in enumerate(distinct):
        for t in distinct[:i]:
            if len(t) >= _MISSPELT_MIN and t not in out and (_swapped(s, t) or _left_out(s, t)):
                out[s] = t
                break
    return out


def numbered_forms(names: list[str]) -> dict[str, str]:
    """Names written without the term or number of the one numbered body of the document that they fit, mapped to
    it: 省委巡视组 is 七届省委第一巡视组 where that is the document's only numbered 省委…巡视组.

    >>> numbered_forms(["七届省委第一巡视组", "省委巡视组", "区委巡察组"])
    {'省委巡视组': '七届省委第一巡视组'}
    """
    present = set(names)
    by_plain: dict[str, set[str]] = {}
    for n in present:
        plain = _NUMBERING.sub("", n)
        if plain != n:
            by_plain.setdefault(plain, set()).add(n)
    return {n: next(iter(by_plain[n])) for n in sorted(present) if len(by_plain.get(n, ())) == 1}


_NUMBERING = re.compile(r"^[一二三四五六七八九十\d]+届|第[一二三四五六七八九十\d]+(?=[\u4e00-\u9fff])")


def own_prefixed(names: list[str]) -> dict[str, str]:
    """Names written once with the department's own 厅 / 局 / 委 before them and once without, mapped to the plain
    name: 厅巡视整改工作领导小组办公室 is the 巡视整改工作领导小组办公室 of the department that writes.

    >>> own_prefixed(["厅巡视整改工作领导小组办公室", "巡视整改工作领导小组办公室", "局党组"])
    {'厅巡视整改工作领导小组办公室': '巡视整改工作领导小组办公室'}
    """
    present = set(names)
    return {n: n[1:] for n in sorted(present) if n[:1] in _OWN and len(n) > _OWN_MIN and n[1:] in present}


_OWN = ("厅", "局", "委")
_OWN_MIN = 6


def own_level(names: list[str]) -> dict[str, str]:
    """Names that open with a level (县纪委监委 in 该县纪委监委, 县委 alone) mapped to the one name of the document
    that is a division of that level followed by the same words (某县纪委监委, 某县委): the body of the county the
    text is about. A short one is taken too: a page that names one county's committee and then writes 县委 means
    that committee, however short its name.

    >>> own_level(["凤阳县纪委监委", "县纪委监委", "县委"])
    {'县纪委监委': '凤阳县纪委监委'}
    """
    present = set(names)
    out = {}
    for n in sorted(present):
        if len(n) < 2 or n[0] not in ("县", "区", "旗"):
            continue
        fuller = [m for m in present if m != n and _owned_by_division(m.removeprefix("中共"), n)]
        if len(fuller) == 1:
            out[n] = fuller[0]
    return out


def higher_division(names: list[str]) -> dict[str, str]:
    """Names that open with a division, mapped to the one name of the document that is the same words after a higher
    division (射阳县委第二巡察组 and 江苏省射阳县委第二巡察组): a page writes the province once and leaves it out
    after, and the body is one. A name that opens with no division (生态环境厅) is left alone, as words without
    their place may be any division's.

    >>> higher_division(["中共江苏省射阳县委第二巡察组", "中共射阳县委第二巡察组", "生态环境厅"])
    {'中共射阳县委第二巡察组': '中共江苏省射阳县委第二巡察组'}
    """
    bare = {n: n.removeprefix("中共") for n in set(names)}
    out = {}
    for n, b in sorted(bare.items()):
        if not division_prefix(b):
            continue
        fuller = [m for m, c in bare.items()
                  if len(c) > len(b) and c.endswith(b) and division_prefix(c) == c[: len(c) - len(b)]]
        if len(fuller) == 1:
            out[n] = fuller[0]
    return out


def _owned_by_division(fuller: str, n: str) -> bool:
    """Whether fuller is a division of n's level followed by n's words (某县纪委监委 for 县纪委监委)."""
    cut = len(fuller) - len(n)
    return cut > 0 and fuller.endswith(n[1:]) and fuller[: cut + 1] in divisions() and fuller[cut] == n[0]


def _swapped(s: str, t: str) -> bool:
    """Whether s is t with characters written in another order (研究科学 for 科学研究)."""
    diff = [i for i in range(len(s)) if len(s) == len(t) and s[i] != t[i]]
    return len(s) == len(t) and 2 <= len(diff) <= 4 and sorted(s) == sorted(t) and \
        not any(_NUMERALS_OR_RANKS.search(s[i]) for i in diff)


def _left_out(s: str, t: str) -> bool:
    """Whether s is t with one inner character left out (合联席 for 合作联席)."""
    return len(s) == len(t) - 1 and any(
        t[:i] + t[i + 1 :] == s and not _NUMERALS_OR_RANKS.search(t[i]) for i in range(1, len(t) - 1)
    )


_MISSPELT_MIN = 8
_NUMERALS_OR_RANKS = re.compile(r"[\d一二三四五六七八九十百零两分总副]")


def bracketed_forms(names: list[str]) -> dict[str, str]:
    """Names that the same document also writes with a bracketed qualifier, mapped to that fuller name.

    >>> bracketed_forms(["国家生态文明试验区", "国家生态文明试验区(海南)"])
    {'国家生态文明试验区': '国家生态文明试验区(海南)'}
    """
    out = {}
    for s in set(names):
        longer = {n for n in names if n.startswith(s + "(") or n.startswith(s + "（")}
        if len(longer) == 1:
            out[s] = longer.pop()
    return out
