"""Places: administrative divisions from the gazetteer, and zones, towns, villages and islands by the form of their name.

A division's short form (琼海, 陵水, 山东) is taken only where it cannot be read as something else: when it is a
province, when the text also writes its full name, or when it lies in the province the document is about. Names
inside a unit's name or a 《》 title are not places of their own (the caller passes those spans as `blocked`).
Inside a water's name they are not either, except that a region or a zone may be named after its waters
(澜沧江-湄公河区域, 甲乙湾新区) and an island's sea area is named after the island (海南岛近岸海域: the caller
leaves the island out of `waters`).
Regions are also written as a division and a quarter of it (海南中部山区, then 中部山区 for short); a national pilot
zone may carry its province in brackets (国家生态文明试验区(海南)).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import (Division, after_leading_words, common_words, division_heads, divisions, leading_words,
                        regions)
from .mention import Mention
from .names import ACTIVITY, LEADING, STOP_CHARS, cut_after_leading, ends_water_before, is_name_char, name_start

# Forms of named zones, towns, villages and islands: suffix -> level. Longest first.
_FORMS = sorted(
    {
        "经济技术开发区": "zone", "高新技术产业开发区": "zone", "经济开发区": "zone", "开发区": "zone", "高新区": "zone",
        "工业园区": "zone", "工业园": "zone", "产业园区": "zone", "经济区": "zone", "自由贸易港": "zone",
        "自由贸易试验区": "zone", "经济特区": "zone", "片区": "zone", "风景名胜区": "zone", "新区": "zone",
        "保税区": "zone", "自贸区": "zone", "试验区": "zone", "生态城": "zone", "度假区": "zone", "群岛": "region", "岛": "island", "屿": "island", "礁": "island", "综合实验区": "zone",
        "镇": "town", "乡": "town", "街道": "town", "村": "village", "村小组": "village", "社区": "village",
    }.items(),
    key=lambda f: len(f[0]),
    reverse=True,
)
_SUFFIX = re.compile("|".join(re.escape(f) for f, _ in _FORMS))
_ZONE_SUFFIXES = tuple(f for f, level in _FORMS if level == "zone" and len(f) >= 3)
_LEVEL = dict(_FORMS)
# Words that end like a place but are generic (乡镇, 城乡, 农村, 海岛, 全岛).
_GENERIC = {
    "乡镇", "城乡", "农村", "乡村", "新农村", "美丽乡村", "海岛", "全岛", "本岛", "离岛", "岛", "村", "镇", "乡",
    "城镇", "集镇", "小镇", "村镇", "各村", "全村", "该村", "本村", "行政村", "自然村", "贫困村", "示范村",
    "街道", "各街道", "社区", "片区", "新区", "开发区", "工业园", "工业园区", "园区", "经济区", "各乡镇", "重点片区",
    "产业园区", "度假区", "景区", "风景名胜区", "群岛", "试验区", "家乡", "下乡", "回乡", "村村", "两岛", "城区", "郊区", "矿区",
    "东区", "西区", "南县", "新县", "和县", "岛屿", "岛礁", "暗礁", "礁", "屿", "责任村", "重点村", "试点村",
}
_GENERIC_TAILS = ("城镇", "农村", "乡镇", "村庄", "海岛", "乡村", "小镇", "集镇", "连岛", "环岛", "登岛", "上岛",
                  "出岛", "进岛", "岛屿", "岛礁", "城乡", "街镇", "镇街")
# A count of zones, parks and areas (一区三园七片区): the parts of a zone, not a name.
_COUNT = re.compile(r"[一二三四五六七八九十两]+[^一二三四五六七八九十两]+[一二三四五六七八九十两]")
_STEM_BREAK = set("镇乡村侧段")
_PRONOUNS = ("我们", "咱们", "你们", "他们")
_NUMERALS = set("一二三四五六七八九十两几数多")
_WATER_END = set("溪河江湖湾沟渠")
_NOT_AFTER = {"村": "民委庄落级务干镇容湾", "镇": "政区级域压痛静街", "乡": "镇村土愁亲", "岛": "屿礁内外上体", "社区": "矫",
              "屿": "体", "礁": "石盘体"}
_MOUNTAIN_NEXT = re.compile(r"、([\u4e00-\u9fff]{1,4}[岭山峰])")
_LIMIT = 10
# A quarter of a division: 中部山区, 东北部地区, 西部沿海地区.
_QUARTER = re.compile(r"(?:东南|东北|西南|西北|东|西|南|北|中)部(?:沿海地区|丘陵地区|山区|地区|丘陵区|沿海)")
# A pilot zone is named by the nation or a division before it (国家生态文明试验区, not 试验区 alone).
_ZONE_OWNERS = ("国家",)
# A numbered body after a division (海南省第五生态环境保护督察组) even when the text is cut before its suffix.
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+(?:生态|环境|环保|巡视|巡察|督察|督查|专员)")
_DASHES = "-—–－"
# A level written alone for the division the text is about (该县, 本市).
_LEVEL_CHARS = ("省", "市", "县", "区")
_DIVISION_LEVELS = ("province", "city", "county", "district")


def find_places(text: str, province: str = "", blocked: list[tuple[int, int]] | None = None,
                waters: list[tuple[int, int]] | None = None,
                projects: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Places in `text`, leftmost-longest, outside the `blocked` spans and the `waters` (which only a region or a
    zone may hold whole); attrs level and, for divisions, province. In lists of `projects`
    (ingest/extract/projects.py) only a division written in full is a place: a project is named after an island or
    a site, never after a county.

    >>> [(m.name, m.attrs["level"]) for m in find_places("琼海、陵水和海南岛", province="海南省")]
    [('琼海市', 'city'), ('陵水黎族自治县', 'county'), ('海南岛', 'island')]
    """
    blocked = sorted(blocked or [])
    waters = sorted(waters or [])
    projects = sorted(projects or [])
    table = divisions()
    written_full = _WrittenIn(text)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    forms = [h for h in (_form(text, m.start(), m.end()) for m in _SUFFIX.finditer(text)) if h]
    for hit in [*sorted(forms, key=lambda h: h.start - h.end), *_quarters(text), *_regions(text)]:
        if not _overlaps(blocked + projects + taken, hit.start, hit.end) and \
                not _cuts(waters, hit.start, hit.end, whole=hit.attrs["level"] in ("region", "zone")):
            out.append(hit)
            taken.append((hit.start, hit.end))
    water_starts = frozenset(a for a, _z in waters)
    i = 0
    while i < len(text):
        hit = _division_at(text, i, table, province, written_full, water_starts)
        if hit and not _overlaps(taken, hit.start, hit.end) and not _overlaps(waters, hit.start, hit.end):
            out.append(hit)
            i = hit.end
        else:
            i += 1
    out += _short_quarters(text, out, blocked + projects + waters + taken)
    out += _short_zones(text, out, blocked + projects + waters + taken)
    out += _listed_towns(text, out, blocked + projects + waters + [(m.start, m.end) for m in out])
    # a village may be named like a water (甲家河、乙丙等村): the list, not the water, says what it is
    out += _listed_villages(text, blocked + projects + [(m.start, m.end) for m in out])
    out += _listed_villages(text, blocked + projects + waters + [(m.start, m.end) for m in out], towns=True)
    out += _short_towns(text, out, blocked + projects + waters + [(m.start, m.end) for m in out])
    kept = [m for m in out if not _overlaps(blocked, m.start, m.end)]
    return sorted((m for m in kept if m.surface == m.name and m.attrs["level"] in _DIVISION_LEVELS or
                   not _overlaps(projects, m.start, m.end)), key=lambda m: m.start)


def _division_at(text: str, i: int, table: dict[str, list[Division]], province: str,
                 written_full: _WrittenIn, water_starts: frozenset[int] = frozenset()) -> Mention | None:
    if text[i : i + 2] not in division_heads():
        return None
    for n in range(min(12, len(text) - i), 1, -1):
        word = text[i : i + n]
        ds = table.get(word)
        if not ds:
            continue
        full = [d for d in ds if d.name == word]
        if full and n == 2 and not _two_character_division(text, i, full):
            continue
        if word.endswith("区") and text[i + n : i + n + 1] == "域" and is_name_char(text[i - 1 : i] or "。"):
            return None  # 小西坪高坪区域: the word 区域 (area) after a site's name, not the district 高坪区
        if _ORDINAL.match(text, i + n) or _in_media_name(text, i + n):
            return None  # 某省政府网, 某市日报: a site's or a paper's name holds the division, as a body's does
        if full:
            d = _pick(full, province)
        else:
            d = None if _in_mountain_list(text, i, i + n) or _inside_verb(text, i) or ends_water_before(text, i) else \
                _short_form_division(text, i, i + n, ds, province, written_full, water_starts)
            if d is None:
                continue
        attrs = {"level": d.level, "province": d.province, "city": d.city}
        return Mention("place", d.name, word, i, i + n, attrs)
    return None


# The last words of a newspaper's or a broadcaster's name (甲乙日报, 甲乙云媒, 甲乙电视台), which is a body's name; a
# website's name (甲乙新闻网) is none, and a division in it is a place, but for a government's site (某省政府网).
_MEDIA = re.compile(r"[\u4e00-\u9fff·]{0,8}?(?:日报|晚报|早报|商报|手机报|云媒|融媒|电视台|广播电台)")
_GOVERNMENT_SITES = ("政府网", "人民政府网")


def _in_media_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` opens a newspaper's or a broadcaster's name (湛江云媒, 甲岛商报) or a
    government's website (某省政府网): such a name holds a place as a body's name does, and is none."""
    m = _MEDIA.match(text, end)
    return bool(m) and not any(ch in STOP_CHARS for ch in m.group(0)) or text.startswith(_GOVERNMENT_SITES, end)


def _inside_verb(text: str, i: int) -> bool:
    """Whether text[i] ends a two-character verb (联合水务局: 合水 is not the county there)."""
    return i > 0 and text[i - 1 : i + 1] in _TWO_CHARACTER_VERBS


_TWO_CHARACTER_VERBS = frozenset(w for w in LEADING if len(w) == 2)


def _two_character_division(text: str, i: int, ds: list[Division]) -> bool:
    """A two-character division (滑县, 城区, 和县) only right after its city or standing alone between non-name
    characters: elsewhere it is part of other words (市和县, 主城区, 新县城)."""
    if any(d.city and text.endswith(d.city, 0, i) for d in ds) or _listed_with_sibling(text, i, ds):
        return True
    if i > 0 and is_name_char(text[i - 1]) or is_name_char(text[i + 2 : i + 3] or "。"):
        return False
    return text[i : i + 2] not in _GENERIC


def _listed_with_sibling(text: str, i: int, ds: list[Division]) -> bool:
    """Whether the two-character division at text[i] (郊区) follows, in a list, a division of its own city written in
    full (甲区4件、乙区2件、郊区1件): among its siblings it is the district, not the generic word."""
    if text[i - 1 : i] != "、":
        return False
    table = divisions()
    window = text[max(0, i - 16) : i - 1]
    cities = {d.city for d in ds if d.city}
    words = {window[a:z] for a in range(len(window)) for z in range(a + 2, min(len(window), a + 8) + 1)}
    return any(w not in _GENERIC and any(d.name == w and d.city in cities for d in table.get(w, [])) for w in words)


def _short_form_division(text: str, start: int, end: int, ds: list[Division], province: str,
                         written_full: _WrittenIn, water_starts: frozenset[int] = frozenset()) -> Division | None:
    """The division a short form means here, or None when it may be another word (东方 as east, 五指山 the mountain,
    资源 as resources: an everyday word is the division only where the text writes the full name)."""
    if text[end : end + 1] in ("岛", "山", "路", "街", "湾", "港", "江", "河", "湖", "大", "学", "日", "报") and \
            end not in water_starts and text[end : end + 2] not in divisions():
        return None  # 甲乙山, 甲乙日报: another name goes on; but 甲乙丙丁湾 (a water found) and 甲乙江阴 do not
    word = text[start:end]
    before = _province_before(text, start)  # 广东中山, 福建厦门杏林湾: the province, then its city or county
    ds = [d for d in ds if d.name in written_full] or (
        [] if word in common_words() else
        [d for d in ds if d.level == "province"] or _city_over_its_part([d for d in ds if d.province == province]) or
        _city_over_its_part([d for d in ds if d.province == before]) or _city_before_its_part(text, end, ds) or
        _city_or_its_part(text, start, end, [d for d in ds if not province or d.province == province]) or
        (_city_or_its_part(text, start, end, ds) if len(word) >= 3 else []))  # 锡林郭勒, 呼伦贝尔: no other word
    if len({d.name for d in ds}) != 1:
        return None
    return ds[0]


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
    if is_name_char(text[start - 1 : start] or "。") and not any(text.endswith(w, 0, start) for w in LEADING) or \
            is_name_char(text[end : end + 1] or "。") and not text.startswith(tuple(LEADING), end):
        return []  # 长治久安, 林某带领: only a word standing alone is the city
    cities = [d for d in ds if d.level == "city" and d.name in _prefectures()]
    if len(cities) == 1 and all(d is cities[0] or d.city == cities[0].name for d in ds):
        return cities
    return [d for d in ds if d.level in ("county", "district") and d.city.endswith("市") and d.city[:-1] in text]


def _regions(text: str) -> list[Mention]:
    """The country and named regions, standing as words of their own (not 中国特色, 中国共产党)."""
    out = []
    for written, (name, level) in regions().items():
        pattern = "".join(f"[{_DASHES}]" if ch in _DASHES else re.escape(ch) for ch in written)
        for m in re.finditer(pattern, text):
            end = m.end()
            if text.startswith(("区域", "地区"), end):
                end += 2
            elif is_name_char(text[end : end + 1] or "。") and not text.startswith(("国家", "各国"), end):
                continue
            out.append(Mention("place", name, text[m.start() : end], m.start(), end, {"level": level}))
    return out


def _quarters(text: str) -> list[Mention]:
    """A quarter of a division written after it: 海南中部山区, 广东省东部沿海地区."""
    out = []
    for q in _QUARTER.finditer(text):
        a = q.start()
        head = next((text[a - n : a] for n in range(min(a, 10), 1, -1) if text[a - n : a] in divisions()), "")
        if head:
            name = text[a - len(head) : q.end()]
            out.append(Mention("place", name, name, a - len(head), q.end(), {"level": "region"}))
    return out


def _short_quarters(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """The quarter alone (中部山区) where the document has named it in full (海南中部山区) before."""
    full = [m for m in found if m.attrs["level"] == "region" and _QUARTER.search(m.name)]
    out = []
    for q in _QUARTER.finditer(text):
        earlier = [m for m in full if m.end <= q.start() and m.name.endswith(q.group(0))]
        if earlier and not _overlaps(taken, q.start(), q.end()):
            out.append(Mention("place", earlier[-1].name, q.group(0), q.start(), q.end(), {"level": "region"}))
    return out


def _short_zones(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A zone's own name without its suffix (洋浦 for 洋浦经济开发区) standing alone where the document has named the
    zone in full; a stem that is a division's name (海口 of 海口高新区) is the division."""
    stems: dict[str, Mention] = {}
    for m in found:
        suffix = _SUFFIX.search(m.name)
        if m.attrs["level"] == "zone" and suffix and suffix.end() == len(m.name):
            stem = m.name[: suffix.start()]
            if len(stem) >= 2 and stem not in divisions():
                stems.setdefault(stem, m)
    out = []
    for stem, zone in stems.items():
        for hit in re.finditer(re.escape(stem), text):
            a, z = hit.span()
            if not is_name_char(text[z : z + 1] or "。") and not _overlaps(taken, a, z):
                out.append(Mention("place", zone.name, stem, a, z, {"level": "zone"}))
    return out


_TOWN_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})[、和及]$")


def _listed_towns(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
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
        if any(cut_after_leading(w, 0, len(w), keep=0, words=_VERBS) or w in divisions() or _overlaps(taken, a, e)
               for w, (a, e) in zip(words, items)):
            continue
        out += [Mention("place", w + suffix, w, a, e, {"level": "town"}) for w, (a, e) in zip(words, items)]
    return out


_VERBS = (*LEADING, *ACTIVITY)
# Words for an area a text writes before the names of the places in it (辖区甲乙村, 中心城区甲乙街道).
_AREA_HEADS = ("中心城区", "主城区", "城区", "市区", "县城", "辖区", "流域内", "流域", "沿线", "沿岸", "周边")
# One-character function words that a name may also begin with (和平镇), the name characters among them.
_LEADING_CHARACTERS = frozenset(w for w in LEADING if len(w) == 1 and is_name_char(w))
# Villages listed by their names alone before the word for all of them: 涉及甲乙、丙丁坝、戊己等8个村.
_VILLAGE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,4})等(?:[\d一二三四五六七八九十]+个)?"
                           r"(?:自然村|行政村|村庄|村落|村)(?![\u4e00-\u9fff]{0,1}[委民干级])")
# Towns listed the same way before 等镇 / 等乡 / 等街道 (流经甲乙、丙丁等镇).
_TOWN_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,4})等(?:[\d一二三四五六七八九十]+个)?"
                        r"(镇|乡|街道)(?![\u4e00-\u9fff]{0,1}[委政府级党])")


def _listed_villages(text: str, taken: list[tuple[int, int]], towns: bool = False) -> list[Mention]:
    """Villages listed by their own names before 等村 / 等村庄: each item of two to four characters is one; the
    list opens after a verb or the town it lies in (分布在某镇甲乙、丙丁等村庄), and no item may hold a verb and more
    (整治河道), though one item may be a word that is also a verb (联合, a village's name). With `towns`, the towns
    listed before 等镇 / 等乡 / 等街道, named with that suffix."""
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
        if any(not 2 <= len(w) <= 4 or w in divisions() or _overlaps(taken, a, e) for w, (a, e) in zip(words, items)) \
                or any(w not in _VERBS for w in verbs) or len(verbs) > 1:
            continue
        if towns:
            out += [Mention("place", w + m.group(2), w, a, e, {"level": "town"}) for w, (a, e) in zip(words, items)]
        else:
            out += [Mention("place", w, w, a, e, {"level": "village"}) for w, (a, e) in zip(words, items)]
    return out
# Verbs that open a list of places visited (先后到, 前往, 深入).
_LIST_OPENERS = ("到", "赴", "前往", "深入", "走访", "来到", "在", "对", "包括")


def _short_towns(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
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
            if _overlaps(taken, a, z) or a > 0 and is_name_char(text[a - 1]) and not _opened(text, a):
                continue
            if is_name_char(text[z : z + 1] or "。") and cut_after_leading(text, z, min(len(text), z + 4), keep=0) == z \
                    and not any(text[z : z + n] in leading_words() for n in (2, 3, 4)):
                continue  # 甲乙境内, 甲乙狠抓落实: the town before a verb or a localizer
            out.append(Mention("place", town.name, stem, a, z, {"level": "town"}))
    return out


def _opened(text: str, a: int) -> bool:
    return any(text.endswith(w, 0, a) for w in _LIST_OPENERS)


def _in_mountain_list(text: str, a: int, z: int) -> bool:
    """Whether a short form stands in a list of mountains (霸王岭、吊罗山、五指山), so it is the mountain."""
    before = text[a - 2 : a] if a >= 2 else ""
    nxt = _MOUNTAIN_NEXT.match(text, z)
    return (len(before) == 2 and before[1] == "、" and before[0] in "岭峰") or bool(nxt and nxt.group(1) not in divisions())


class _WrittenIn:
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


def _form(text: str, s: int, e: int) -> Mention | None:
    """A zone, town, village or island named by its form: the name taken back from the suffix."""
    suffix = text[s:e]
    if text[e : e + 1] and text[e : e + 1] in _NOT_AFTER.get(suffix, "") or _in_media_name(text, e):
        return None  # 甲岛商报: a paper's name
    if len(suffix) == 1 and text[s - 1 : s] == suffix:
        return None  # 甲乙镇镇长, 甲乙村村东: the town's name ends at the first 镇; the second opens 镇长
    a = name_start(text, s, _LIMIT, keep=0, quotes=False)
    if s - a == 1 and a > 0 and text[a - 1] in _LEADING_CHARACTERS and _LEVEL[suffix] in ("town", "village"):
        a -= 1  # 和舍镇, 和平镇: cut after 和 read as "and", one character would be left: it opens the name
    a = after_leading_words(text, a, s)  # 走访甲乙村, 打造甲乙工业园区
    while (head := next((h for h in _AREA_HEADS if text.startswith(h, a)), "")) and s - a - len(head) >= 2:
        a += len(head)  # 辖区甲乙村: the area word, then the village
    office = text.rfind("办事处", a, s)
    if office >= 0 and s - office - 3 >= 2:
        a = office + 3  # 某街道办事处甲乙村: the office's name, then the village
    own = _after_divisions(text, a, s)  # where the name starts after the divisions written before it
    for i in range(a, s - 1):
        # 东河村: the village after its water; but a name may begin with a water's character (溪美街道)
        if text[i] in _STEM_BREAK or text[i] in _WATER_END and i > a and _LEVEL[suffix] in ("town", "village", "island") \
                and not (s - i - 1 < 2 and a < own <= i):
            a = i + 1  # but 某市双江口镇: after its city, a town's name may hold a water's character
    if _LEVEL[suffix] in ("town", "village", "island"):
        if text[a : a + 1] == "有" and s - a - 1 >= 2:
            a += 1  # 沿线有甲乙村: the verb, then the village
        if text[a : a + 1] in _LEVEL_CHARS and s - a - 1 >= 2 and any(
                text[x : a + 1] in divisions() for x in range(max(0, a - 6), a - 1)):
            a += 1  # 浉河区吴家店镇, cut after the river's 河: the 区 ends the district, not the town
        a = _after_divisions(text, a, s)
        a = _after_zone(text, a, s)
        if text[a : a + 1] in ("本", "我") and text[a + 1 : a + 2] in _LEVEL_CHARS and s - a - 2 >= 2:
            a += 2  # 本市甲乙街道: this city's 甲乙街道
        elif text[a : a + 1] in _LEVEL_CHARS and s - a - 1 >= 2 and not is_name_char(text[a - 1 : a] or "。"):
            a += 1  # 该县七叉镇: that county's town 七叉镇
    if _LEVEL[suffix] == "zone":  # 甲省乙市丙丁经济开发区: the province's name, then the city's zone
        a = next((a + n for n in range(min(s - a - 2, 8), 2, -1) if text[a : a + n].endswith(("省", "自治区")) and
                  any(d.name == text[a : a + n] and d.level == "province" for d in divisions().get(text[a : a + n], []))),
                 a)
    if _LEVEL[suffix] == "zone":  # 甲市乙丙湾新区: the city's zone 乙丙湾新区; 甲县经济开发区 stays whole
        a = next((a + n for n in range(min(s - a - 2, 8), 2, -1) if text[a : a + n].endswith("市") and
                  any(d.name == text[a : a + n] and d.level == "city" for d in divisions().get(text[a : a + n], []))), a)
    if _LEVEL[suffix] == "island":  # 无居民海岛甲乙礁: the island is 甲乙礁
        a = max([a] + [i + 1 for i in range(a, s - 2) if text[i] == "岛"])
    if _LEVEL[suffix] == "island" and any(text[x:e] in divisions() for x in range(a, e - 1)):
        return None  # 秦皇岛, 青岛: a division's short form, found as the division
    if _LEVEL[suffix] == "island":  # 三亚小洲岛: the island is 小洲岛, in 三亚; 某县甲屿: 甲屿
        least = 2 if suffix in ("屿", "礁") else 3
        a = next((a + n for n in (3, 2) if text[a : a + n] in divisions() and e - (a + n) >= least), a)
    name = text[a:e]
    if name in _GENERIC or len(name) <= len(suffix) or len(name) < 3 and suffix in ("村", "镇", "乡", "岛") or \
            suffix == "街道" and len(name) < 4:
        return None  # 河长街道办事处主任: 长街道 is no street's name
    if name.endswith(_GENERIC_TAILS) or name.startswith(("全国", "全省", "市县")) or _COUNT.match(name):
        return None
    if len(name) == len(suffix) + 2 and name[1] == "全" and _LEVEL[suffix] in ("town", "village"):
        return None  # 了解全镇: the whole town, after a verb
    if len(name) >= len(suffix) + 3 and name[-len(suffix) - 1] == "全" and name[-len(suffix) - 2] in "好了到" and \
            _LEVEL[suffix] in ("town", "village"):
        return None  # 守好全村, 抓好全镇: the whole village, after a verb and its complement
    if (text[s - 1] in "我本该各此每" or text.endswith(_PRONOUNS, 0, s)) and _LEVEL[suffix] in ("town", "village"):
        return None  # 结合我镇, 做好我乡, 我们村: the writer's own town, named by no name
    if suffix == "岛" and text[s - 1] in _NUMERALS:
        return None  # 甲屿、乙屿和丙屿三岛: a count of the islands just named
    if any(ch.isdigit() for ch in name) or name.endswith(("小组", "工作组")) and suffix != "村小组":
        return None
    if suffix == "试验区":
        if not name.startswith(_ZONE_OWNERS) and not _after_divisions(text, a, s) > a:
            return None
        e = _bracketed_division(text, e)
        name = text[a:e]
    return Mention("place", name, name, a, e, {"level": _LEVEL[suffix]})


def _bracketed_division(text: str, e: int) -> int:
    """The end of a zone's name after the division it covers, written in brackets: 国家生态文明试验区(海南)."""
    close = re.match(r"[(（]([\u4e00-\u9fff]{2,8})[)）]", text[e : e + 10])
    return e + close.end() if close and close.group(1) in divisions() else e


def _after_zone(text: str, a: int, s: int) -> int:
    """Start of a town's or village's own name after the zone before it (某某综合实验区中楼乡 -> 中楼乡)."""
    for zone in _ZONE_SUFFIXES:
        at = text.find(zone, a, s)
        if at >= 0 and s - (at + len(zone)) >= 2:
            return _after_zone(text, at + len(zone), s)
    return a


def _after_divisions(text: str, a: int, s: int) -> int:
    """Start of a town's or village's own name after the division names before it (芗城区浦南镇 -> 浦南镇): full
    names, a province's or a city's short form (湖北鄂州甲乙镇), and a county's or district's short form of three
    characters or more (甲乙港丙丁村 for 甲乙港区)."""
    table = divisions()
    moved = True
    while moved:
        moved = False
        for n in range(min(s - a - 2, 10), 1, -1):
            head = text[a : a + n]
            short = text[a + n] not in _LEVEL_CHARS  # 某阳县渠村: no short form 某阳 before the county's 县
            if any(d.name == head or short and (n >= 3 and d.level in ("county", "district") or
                                                d.level in ("province", "city")) for d in table.get(head, [])):
                a, moved = a + n, True
                break
    return a


def _overlaps(spans: list[tuple[int, int]], a: int, z: int) -> bool:
    return any(x < z and a < y for x, y in spans)


def _cuts(spans: list[tuple[int, int]], a: int, z: int, whole: bool) -> bool:
    """Whether a..z overlaps one of the spans, other than by holding it whole when `whole` allows that."""
    return any(x < z and a < y and not (whole and a <= x and y <= z) for x, y in spans)
