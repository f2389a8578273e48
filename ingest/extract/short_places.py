"""Places written in short: a quarter, a zone or a town named without its division or its suffix where the document
names it in full (中部山区 after 海南中部山区, 洋浦 after 洋浦经济开发区, 安丰 after 安丰镇), and the towns and villages
of a list named by their words alone before the suffix written once for all (甲乙、丙丁和戊己镇, 甲乙、丙丁等村)."""

from __future__ import annotations

import re

from .gazetteer import divisions, leading_words, may_be_name
from .mention import Mention
from .names import ACTIVITY, LEADING, cut_after_leading, is_name_char
from .place_forms import QUARTER, SUFFIX
from .spans import overlaps


def short_quarters(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """The quarter alone (中部山区) where the document has named it in full (海南中部山区) before."""
    full = [m for m in found if m.attrs["level"] == "region" and QUARTER.search(m.name)]
    out = []
    for q in QUARTER.finditer(text):
        earlier = [m for m in full if m.end <= q.start() and m.name.endswith(q.group(0))]
        if earlier and not overlaps(taken, q.start(), q.end()):
            out.append(Mention("place", earlier[-1].name, q.group(0), q.start(), q.end(), {"level": "region"}))
    return out


def short_zones(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A zone's own name without its suffix (洋浦 for 洋浦经济开发区) standing alone where the document has named the
    zone in full; a stem that is a division's name (海口 of 海口高新区) is the division."""
    stems: dict[str, Mention] = {}
    for m in found:
        suffix = SUFFIX.search(m.name)
        if m.attrs["level"] == "zone" and suffix and suffix.end() == len(m.name):
            stem = m.name[: suffix.start()]
            if len(stem) >= 2 and stem not in divisions():
                stems.setdefault(stem, m)
    out = []
    for stem, zone in stems.items():
        for hit in re.finditer(re.escape(stem), text):
            a, z = hit.span()
            if not is_name_char(text[z : z + 1] or "。") and not overlaps(taken, a, z):
                out.append(Mention("place", zone.name, stem, a, z, {"level": "zone"}))
    return out


_TOWN_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})[、和及]$")


def listed_towns(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Towns listed before the one that carries the suffix for all (到甲乙、丙丁和戊己镇): each is a town, named by
    its words alone; the list must open after a verb or a mark, and no item may hold a verb."""
    out = []
    for town in found:
        suffix = town.name[-1:]
        if town.attrs["level"] != "town" or suffix not in "镇乡" or town.surface != town.name:
            continue
        items: list[tuple[int, int]] = []
        z = town.start
        while (m := _TOWN_ITEM.search(text, max(0, z - 4), z)) and m.end() == z:
            a, e = m.span(1)
            a += cut_after_leading(text[a:e], 0, e - a, keep=2)  # 到甲乙: the list opens after the verb
            items.append((a, e))
            if a > m.start(1):
                break
            z = a
        if not items:
            continue
        z = items[-1][0]
        if z > 0 and is_name_char(text[z - 1]) and not _opened(text, z):
            continue
        words = [text[a:e] for a, e in items]
        if any(cut_after_leading(w, 0, len(w), keep=0, words=_VERBS) or w in divisions() or overlaps(taken, a, e)
               for w, (a, e) in zip(words, items)):
            continue
        out += [Mention("place", w + suffix, w, a, e, {"level": "town"}) for w, (a, e) in zip(words, items)]
    return out


_VERBS = (*LEADING, *ACTIVITY)
# Villages listed by their names alone before the word for all of them: 涉及甲乙、丙丁坝、戊己等8个村.
_VILLAGE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,4})等(?:[\d一二三四五六七八九十]+个)?"
                           r"(?:自然村|行政村|村庄|村落|村)(?![\u4e00-\u9fff]{0,1}[委民干级])")
# Towns listed the same way before 等镇 / 等乡 / 等街道, or before their count (流经甲乙、丙丁等镇, 甲乙、丙丁两镇);
# a list may end in the word for towns and streets together (甲乙、丙丁等8个镇街, 甲乙等15个乡镇), which gives no
# suffix to name each by, and after 等 and a count one town alone opens the list (；甲乙等15个乡镇).
_TOWN_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,4})(等(?:[\d一二三四五六七八九十]+个)?|"
                        r"[两二三四五六七八九十]个?)(乡镇|镇街|街镇|镇|乡|街道)(?![\u4e00-\u9fff]{0,1}[委政府级党])")
# The words for towns of more than one kind: the items of their list are named by their words alone.
_MIXED_TOWNS = ("乡镇", "镇街", "街镇")


def listed_villages(text: str, taken: list[tuple[int, int]], towns: bool = False) -> list[Mention]:
    """Villages listed by their own names before 等村 / 等村庄: each item of two to four characters is one; the
    list opens after a verb or the town it lies in (分布在某镇甲乙、丙丁等村庄), and no item may hold a verb and more
    (整治河道), though one item may be a word that is also a verb (联合, a village's name). With `towns`, the towns
    listed before 等镇 / 等乡 / 等街道 or their count, named with that suffix where it names one kind of town."""
    out = []
    for m in (_TOWN_LIST if towns else _VILLAGE_LIST).finditer(text):
        items, at = [], m.start(1)
        for word in m.group(1).split("、"):
            a, e = at, at + len(word)
            at = e + 1
            if not items:  # the first item: after the verb or the town before it
                a += cut_after_leading(word, 0, len(word), keep=2, words=_VERBS)
                ends = [text.rfind(t, a, e - 1) + len(t) for t in ("镇", "乡", "街道") if text.rfind(t, a, e - 1) >= 0]
                a = max([a, *ends])
            items.append((a, e))
        words = [text[a:e] for a, e in items]
        verbs = [w for w in words if cut_after_leading(w, 0, len(w), keep=0, words=_VERBS)]
        suffix = m.group(3) if towns else "村"
        if towns and len(items) == 1 and not _alone_before_count(text, m, items[0]):
            continue
        named = suffix in _MIXED_TOWNS  # 甲乙、丙丁等8个镇街: a division's short form there is a town all the same
        # and so it is among towns of one kind where another item is no division's name (甲乙、丙丁、戊己等3个镇,
        # 丙丁 being also a district's short form elsewhere in the country): the list is one of towns
        of_towns = named or towns and len(words) >= 2 and any(w not in divisions() for w in words)
        if any(not 2 <= len(w) <= 4 or w in divisions() and w + suffix not in text and not of_towns
               or overlaps(taken, a, e)
               for w, (a, e) in zip(words, items)) or any(w not in _VERBS for w in verbs) or len(verbs) > 1:
            continue  # a division's short form is a town of the list only where the text writes the town in full
        if towns:
            tail = "" if named else suffix
            out += [Mention("place", w + tail, w, a, e, {"level": "town"}) for w, (a, e) in zip(words, items)]
        else:
            out += [Mention("place", w, w, a, e, {"level": "village"}) for w, (a, e) in zip(words, items)]
    return out


# Verbs that open a list of places visited (先后到, 前往, 深入).
_LIST_OPENERS = ("到", "赴", "前往", "深入", "走访", "来到", "在", "对", "包括")


def short_towns(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A town's own name without 镇 / 乡 (安丰 for 安丰镇) where the document names the town in full: standing
    alone, or before a verb (安丰落实河长制)."""
    stems = {m.name[:-1]: m for m in found
             if m.attrs["level"] == "town" and m.name.endswith(("镇", "乡")) and len(m.name) >= 3 and m.surface == m.name}
    out = []
    for stem, town in stems.items():
        if stem in divisions():
            continue
        for hit in re.finditer(re.escape(stem), text):
            a, z = hit.span()
            if overlaps(taken, a, z) or a > 0 and is_name_char(text[a - 1]) and not _opened(text, a):
                continue
            if is_name_char(text[z : z + 1] or "。") and cut_after_leading(text, z, min(len(text), z + 4), keep=0) == z \
                    and not any(text[z : z + n] in leading_words() for n in (2, 3, 4)):
                continue  # 甲乙境内, 甲乙狠抓落实: the town before a verb or a localizer
            out.append(Mention("place", town.name, stem, a, z, {"level": "town"}))
    return out


def _alone_before_count(text: str, m: re.Match, item: tuple[int, int]) -> bool:
    """One town before 等 and a count (；甲乙等15个乡镇) is a town where it opens a clause or follows a verb, is no
    longer than three characters and is no common word in jieba's dictionary (其余等, 部分等 name none)."""
    a, e = item
    return "等" in m.group(2) and m.group(2) != "等" and e - a <= 3 and may_be_name(text[a:e]) and (
        a > m.start(1) or a == 0 or not is_name_char(text[a - 1]))


def _opened(text: str, a: int) -> bool:
    return any(text.endswith(w, 0, a) for w in _LIST_OPENERS)



# The one-character short names of provinces that are not also an everyday word's opening or another place's
# (新, 青, 云, 宁, 台, 港, 苏, 桂, 晋, 吉, 黑 and 蒙 are left out), with the province each stands for.
_ONE_CHARACTER = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "辽": "辽宁省", "浙": "浙江省",
    "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
    "粤": "广东省", "琼": "海南省", "川": "四川省", "黔": "贵州省", "滇": "云南省", "陕": "陕西省", "陇": "甘肃省",
}
# Verbs of going, staying and coming back written before a place (在沪, 赴京, 来琼, 返湘).
_ONE_CHARACTER_VERB = re.compile(r"(?<=[在赴来抵返离驻回])[" + "".join(_ONE_CHARACTER) + "]")


def one_character_provinces(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A province written by its one-character short name after a verb of going or staying (在沪完成, 赴京参加),
    where a verb or a punctuation mark follows it: standing alone there it names the province, not a word's first
    character (在京东平台, 赴川藏线)."""
    out = []
    for m in _ONE_CHARACTER_VERB.finditer(text):
        a, z = m.span()
        nxt = text[z : z + 1]
        if (not nxt or not is_name_char(nxt) or text[z : z + 2] in leading_words()) and not overlaps(taken, a, z):
            name = _ONE_CHARACTER[m.group(0)]
            out.append(Mention("place", name, m.group(0), a, z, {"level": "province", "province": name, "city": ""}))
    return out
