"""Divisions named in the text: a full name from the gazetteer, or a short form chosen among its namesakes.

A division's short form (琼海, 陵水, 山东) is taken only where it cannot be read as something else: when it is a
province, when the text also writes its full name, or when it lies in the province the document is about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Division, common_words, division_heads, divisions
from .mention import Mention
from .names import LEADING, STOP_CHARS, ends_water_before, is_name_char
from .place_forms import GENERIC
from .spans import place_word_at, word_across

_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# A numbered body after a division (海南省第五生态环境保护督察组) even when the text is cut before its suffix.
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+(?:生态|环境|环保|巡视|巡察|督察|督查|专员)")
# A mountain listed after a short form (五指山、吊罗山): the short form is the mountain too.
_MOUNTAIN_NEXT = re.compile(r"、([\u4e00-\u9fff]{1,4}[岭山峰])")


def division_at(text: str, i: int, table: dict[str, list[Division]], province: str,
                written_full: WrittenIn, water_starts: frozenset[int] = frozenset(),
                name_starts: frozenset[int] = frozenset()) -> Mention | None:
    """The division named at text[i], in full or by a short form, the longest name first; None where none is.
    `name_starts` are where the waters, towns and villages already found begin: a two-character county written right
    before one of them is named (甲县乙丙镇, 甲县丁河), as addresses and monitoring sections write a county and its part."""
    if text[i : i + 2] not in division_heads():
        return None
    for n in range(min(12, len(text) - i), 1, -1):
        word = text[i : i + n]
        ds = table.get(word)
        if not ds:
            continue
        # An autonomous division written with its level and without its nations (甲乙自治县 for 甲乙某族自治县)
        # names that one division as surely as its full name does.
        full = [d for d in ds if d.name == word or word.endswith(_AUTONOMOUS) and len(ds) == 1]
        if full and n == 2 and not _two_character_division(text, i, full) and \
                not _before_its_part(text, i, name_starts):
            continue
        if word.endswith("区") and text[i + n : i + n + 1] == "域" and is_name_char(text[i - 1 : i] or "。"):
            return None  # 小西坪高坪区域: the word 区域 (area) after a site's name, not the district 高坪区
        if _ORDINAL.match(text, i + n) or in_media_name(text, i + n):
            return None  # 某省政府网, 某市日报: a site's or a paper's name holds the division, as a body's does
        if full and word.endswith("城市") and _inside_verb(text, i, _WORDS_BEFORE_CITIES):
            return None  # 沿海城市: coastal cities, not the county-level city 海城市
        if full and word in _TOWN_PARTS and not any(d.city[:-1] in text for d in full):
            return None  # 老城区污水提升改造项目: the old town of the county written about, not 洛阳市老城区
        if full:
            d = _pick(full, province)
        else:
            d = None if _in_mountain_list(text, i, i + n) or _inside_verb(text, i) or ends_water_before(text, i) or \
                _read_across(text, i, i + n) else \
                _short_form_division(text, i, i + n, ds, province, written_full, water_starts)
            if d is None:
                continue
        attrs = {"level": d.level, "province": d.province, "city": d.city}
        return Mention("place", d.name, word, i, i + n, attrs)
    return None


def _read_across(text: str, start: int, end: int) -> bool:
    """Whether a short form written without its level (和政 for 和政县) is read across a word's edge: 党委和政府 is
    the party committee and the government, cut into words as 党委/和/政府, so the 政 of 和政 opens 政府 there."""
    return text[end - 1] not in _LEVEL_CHARS and \
        bool(word_across(text, start, start - 6, end + 4) or word_across(text, end, start - 6, end + 4))


_LEVEL_CHARS = frozenset("省市县区州盟旗")


# Districts named by the everyday word for a part of any town (the old town, the new town): one is that district
# only where the text names its city.
_TOWN_PARTS = frozenset({"新城区", "老城区"})


# The last words of a newspaper's or a broadcaster's name (甲乙日报, 甲乙云媒, 甲乙电视台), which is a body's name; a
# website's name (甲乙新闻网) is none, and a division in it is a place, but for a government's site (某省政府网).
_MEDIA = re.compile(r"[\u4e00-\u9fff·]{0,8}?(?:日报|晚报|早报|商报|手机报|云媒|融媒|电视台|广播电台)")
_GOVERNMENT_SITES = ("政府网", "人民政府网")


def in_media_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` opens a newspaper's or a broadcaster's name (湛江云媒, 甲岛商报) or a
    government's website (某省政府网): such a name holds a place as a body's name does, and is none."""
    m = _MEDIA.match(text, end)
    return bool(m) and not any(ch in STOP_CHARS for ch in m.group(0)) or text.startswith(_GOVERNMENT_SITES, end)


def _inside_verb(text: str, i: int, words: frozenset[str] | None = None) -> bool:
    """Whether text[i] ends a two-character verb (联合水务局: 合水 is not the county there), or one of `words`."""
    return i > 0 and text[i - 1 : i + 1] in (_TWO_CHARACTER_VERBS if words is None else words)


_TWO_CHARACTER_VERBS = frozenset(w for w in LEADING if len(w) == 2)
# Words that end in a city's first character before the word 城市 (沿海城市, 内陆城市): cities of a kind.
_WORDS_BEFORE_CITIES = frozenset({"沿海", "沿江", "沿边", "内陆", "滨海", "临海", "近海", "山区", "平原", "边境"})


def _two_character_division(text: str, i: int, ds: list[Division]) -> bool:
    """A two-character division (滑县, 城区, 和县) only right after its city or standing alone between non-name
    characters: elsewhere it is part of other words (市和县, 主城区, 新县城)."""
    if any(d.city and text.endswith(d.city, 0, i) for d in ds) or _listed_with_sibling(text, i, ds):
        return True
    if i > 0 and is_name_char(text[i - 1]) or is_name_char(text[i + 2 : i + 3] or "。"):
        return False
    return text[i : i + 2] not in GENERIC


def _before_its_part(text: str, i: int, name_starts: frozenset[int]) -> bool:
    """Whether the two-character division at text[i] stands after a mark and right before a town, village or water
    found there (、甲县乙丙镇, (甲县丁河): the county, then its part, not characters of another word."""
    return i + 2 in name_starts and not is_name_char(text[i - 1 : i] or "。") and text[i : i + 2] not in GENERIC


def _listed_with_sibling(text: str, i: int, ds: list[Division]) -> bool:
    """Whether the two-character division at text[i] (郊区) follows, in a list, a division of its own city written in
    full (甲区4件、乙区2件、郊区1件): among its siblings it is the district, not the generic word."""
    if text[i - 1 : i] != "、":
        return False
    table = divisions()
    window = text[max(0, i - 16) : i - 1]
    cities = {d.city for d in ds if d.city}
    words = {window[a:z] for a in range(len(window)) for z in range(a + 2, min(len(window), a + 8) + 1)}
    return any(w not in GENERIC and any(d.name == w and d.city in cities for d in table.get(w, [])) for w in words)


def _short_form_division(text: str, start: int, end: int, ds: list[Division], province: str,
                         written_full: WrittenIn, water_starts: frozenset[int] = frozenset()) -> Division | None:
    """The division a short form means here, or None when it may be another word (东方 as east, 五指山 the mountain,
    资源 as resources: an everyday word is the division only where the text writes the full name)."""
    if text[end : end + 1] in ("岛", "山", "路", "街", "湾", "港", "江", "河", "湖", "大", "学", "日", "报") and \
            end not in water_starts and text[end : end + 2] not in divisions() and \
            not (text.startswith(("河段", "江段"), end) and any(d.level == "province" for d in ds)):
        return None  # 甲乙山, 甲乙日报: another name goes on; but 甲乙丙丁湾 (a water found), 甲乙江阴 and a
        # province's stretch of a river (山西、陕西河段: no river is named after a province) do not
    word = text[start:end]
    before = _province_before(text, start)  # 广东中山, 福建厦门杏林湾: the province, then its city or county
    ds = _city_over_its_part([d for d in ds if d.name in written_full]) or (
        _beside_a_sibling(text, start, end, ds) if word in common_words() else
        [d for d in ds if d.level == "province"] or _city_over_its_part([d for d in ds if d.province == province]) or
        _city_over_its_part([d for d in ds if d.province == before]) or _city_before_its_part(text, end, ds) or
        _city_or_its_part(text, start, end, [d for d in ds if not province or d.province == province]) or
        (_city_or_its_part(text, start, end, ds) if len(word) >= 3 else []))  # 锡林郭勒, 呼伦贝尔: no other word
    if len({d.name for d in ds}) != 1:
        return None
    return ds[0]


def _beside_a_sibling(text: str, start: int, end: int, ds: list[Division]) -> list[Division]:
    """The divisions an everyday word (金山, 和平) may mean where it is an item of a list, next to a division of the
    same province's city or county written in full or short (甲山、金山等区): among its siblings it is the division."""
    table = divisions()
    words = [text[start - 1 - n : start - 1] for n in range(2, 6) if text[start - 1 : start] == "、"]
    words += [text[end + 1 : end + 1 + n] for n in range(2, 6) if text[end : end + 1] == "、"]
    kin = {(d.province, d.city) for w in words if w not in common_words()
           for d in table.get(w, []) if d.level not in ("province", "city") or d.city}
    return [d for d in ds if d.level != "province" and
            any(d.province == p and (d.city == c or not c or not d.city) for p, c in kin)]


def _province_before(text: str, start: int) -> str:
    """The province whose name or short form is written right before text[start] (广东 in 广东中山), or ""."""
    for k in range(min(start, 8), 1, -1):
        ds = [d for d in divisions().get(text[start - k : start], []) if d.level == "province"]
        if ds:
            return ds[0].province or ds[0].name
    return ""


def _city_before_its_part(text: str, end: int, ds: list[Division]) -> list[Division]:
    """The city whose short form is written right before the full name of one of its counties or districts (绍兴上虞区,
    甲乙丙丁县): the city, then its part, as lists of counties write them."""
    cities = {d.name: d for d in ds if d.level == "city"}
    for n in range(min(10, len(text) - end), 1, -1):
        part = next((d for d in divisions().get(text[end : end + n], []) if d.name == text[end : end + n] and
                     d.city in cities), None)
        if part:
            return [cities[part.city]]
    return []


def _city_over_its_part(ds: list[Division]) -> list[Division]:
    """The divisions of the document's province a short form may mean, the city alone where the others are its own
    county or district of that name (甲乙 for 甲乙市, not 甲乙县 of 甲乙市): the short form names the city."""
    cities = [d for d in ds if d.level == "city" and d.name in _prefectures()]
    if len(cities) == 1 and all(d is cities[0] or d.city == cities[0].name for d in ds):
        return cities
    return ds


@lru_cache(maxsize=1)
def _prefectures() -> frozenset[str]:
    """The cities that have counties or districts under them (甲乙市), not county-level cities."""
    return frozenset(d.city for ds in divisions().values() for d in ds if d.city)


def _city_or_its_part(text: str, start: int, end: int, ds: list[Division]) -> list[Division]:
    """A prefecture-level city's short form (甲乙 for 甲乙市) standing as a word of its own, where no other city
    has it (its own county or district of that name apart: 甲乙县 in 甲乙市) and the document is of its province or
    of none known; or the short form of a county or district whose city the text names (丙丁 for 丙丁区 of 甲乙市,
    where 甲乙 or 甲乙市 is written)."""
    if (is_name_char(text[start - 1 : start] or "。") and not any(text.endswith(w, 0, start) for w in LEADING) or
            is_name_char(text[end : end + 1] or "。") and not text.startswith(tuple(LEADING), end)) and \
            not place_word_at(text, start, end):
        return []  # 长治久安, 林某带领: only a word standing alone is the city
    cities = [d for d in ds if d.level == "city" and (d.name in _prefectures() or not d.city)]  # 东莞市: no parts
    if len(cities) == 1 and all(d is cities[0] or d.city == cities[0].name for d in ds):
        return cities
    return [d for d in ds if d.level in ("county", "district") and d.city.endswith("市") and d.city[:-1] in text]


def _in_mountain_list(text: str, a: int, z: int) -> bool:
    """Whether a short form stands in a list of mountains (霸王岭、吊罗山、五指山), so it is the mountain."""
    before = text[a - 2 : a] if a >= 2 else ""
    nxt = _MOUNTAIN_NEXT.match(text, z)
    return (len(before) == 2 and before[1] == "、" and before[0] in "岭峰") or bool(nxt and nxt.group(1) not in divisions())


class WrittenIn:
    """Whether a division's full name occurs in the text, looked up on demand and remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        if name not in self.seen:
            self.seen[name] = name in self.text
        return self.seen[name]


def _pick(ds: list[Division], province: str) -> Division:
    return next((d for d in ds if province and d.province == province), ds[0])

