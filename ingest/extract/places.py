"""Places: administrative divisions from the gazetteer, and zones, towns, villages and islands by the form of their name.

A division's short form is taken only where it cannot be read as something else (division_mentions.py). Names
inside a unit's name or a 《》 title are not places of their own (the caller passes those spans as `blocked`).
Inside a water's name they are not either, except that a region or a zone may be named after its waters
(澜沧江-湄公河区域, 甲乙湾新区) and an island's sea area is named after the island (海南岛近岸海域: the caller
leaves the island out of `waters`).
Regions are also written as a division and a quarter of it (海南中部山区, then 中部山区 for short); a national pilot
zone may carry its province in brackets (国家生态文明试验区(海南)). Places written without their suffix, after their
full name or in a list, are read in short_places.py.
"""

from __future__ import annotations

import re

from .division_mentions import WrittenIn, division_at, in_media_name
from .gazetteer import after_leading_words, after_time_words, divisions, leading_words, may_be_name, regions, towns
from .mention import Mention
from .names import LEADING_CHARACTERS, STOP_CHARS, is_name_char, name_start
from .place_forms import (GENERIC, GENERIC_TAILS, LEVEL, PARK_KINDS, PARK_SUFFIXES, QUARTER, RELATION_WORDS, SUFFIX,
                          ZONE_KINDS, ZONE_SUFFIXES)
from .short_places import (listed_towns, listed_villages, one_character_provinces, short_quarters, short_towns,
                           short_zones)
from .spans import cuts, overlaps

# A count of zones, parks and areas (一区三园七片区), or of the divisions a campaign reaches (百县千镇万村): no name.
_COUNT = re.compile(r"[一二三四五六七八九十两百千万]+[^一二三四五六七八九十两百千万]+[一二三四五六七八九十两百千万]")
_STEM_BREAK = set("镇乡村侧段")
_PRONOUNS = ("我们", "咱们", "你们", "他们")
_NUMERALS = set("一二三四五六七八九十两几数多")
# Numbers before a water's character in a town's name: the waters that meet there (双江口镇, 三河镇, 两河口村).
_CONFLUENCE = set("二三四五六七八九双两")
_WATER_END = set("溪河江湖湾沟渠")
_NOT_AFTER = {"村": "民委庄落级务干镇容湾", "镇": "政区级域压痛静街", "乡": "镇村土愁亲域", "岛": "屿礁内外上体", "社区": "矫",
              "屿": "体", "礁": "石盘体"}
_LIMIT = 10
# A pilot zone is named by the nation or a division before it (国家生态文明试验区, not 试验区 alone).
_ZONE_OWNERS = ("国家",)
_DASHES = "-—–－"
# A level written alone for the division the text is about (该县, 本市).
_LEVEL_CHARS = ("省", "市", "县", "区")
_DIVISION_LEVELS = ("province", "city", "county", "district")
# Words for an area a text writes before the names of the places in it (辖区甲乙村, 中心城区甲乙街道).
_AREA_HEADS = ("中心城区", "主城区", "城区", "市区", "县城", "辖区", "流域内", "流域", "沿线", "沿岸", "周边")
_HEADS = (*_AREA_HEADS, *(w for w in RELATION_WORDS if w not in _AREA_HEADS))
"""Words a town's or village's name follows that are no part of it: an area's (辖区甲乙村) or a relation's (属地甲乙社区)."""


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
    blocked = sorted([*(blocked or []), *_link_lists(text)])
    waters = sorted(waters or [])
    projects = sorted(projects or [])
    table = divisions()
    written_full = WrittenIn(text)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    forms = [h for h in (_form(text, m.start(), m.end()) for m in SUFFIX.finditer(text)) if h]
    for hit in [*sorted(forms, key=lambda h: h.start - h.end), *_quarters(text), *_regions(text), *_family_bends(text)]:
        if not overlaps(blocked + projects + taken, hit.start, hit.end) and \
                not cuts(waters, hit.start, hit.end, whole=hit.attrs["level"] in ("region", "zone")):
            out.append(hit)
            taken.append((hit.start, hit.end))
    water_starts = frozenset(a for a, _z in waters)
    name_starts = water_starts | {a for a, _z in taken}
    i = 0
    while i < len(text):
        hit = division_at(text, i, table, province, written_full, water_starts, name_starts)
        if hit and not overlaps(taken, hit.start, hit.end) and not overlaps(waters, hit.start, hit.end):
            out.append(hit)
            i = hit.end
        else:
            i += 1
    out += short_quarters(text, out, blocked + projects + waters + taken)
    out += short_zones(text, out, blocked + projects + waters + taken)
    out += listed_towns(text, out, blocked + projects + waters + [(m.start, m.end) for m in out])
    # a village may be named like a water (甲家河、乙丙等村): the list, not the water, says what it is
    out += listed_villages(text, blocked + projects + [(m.start, m.end) for m in out])
    out += listed_villages(text, blocked + projects + waters + [(m.start, m.end) for m in out], towns=True)
    out += short_towns(text, out, blocked + projects + waters + [(m.start, m.end) for m in out])
    out += one_character_provinces(text, blocked + projects + waters + [(m.start, m.end) for m in out])
    kept = [m for m in out if not overlaps(blocked, m.start, m.end)]
    return sorted((m for m in kept if m.surface == m.name and m.attrs["level"] in _DIVISION_LEVELS or
                   not overlaps(projects, m.start, m.end)), key=lambda m: m.start)


# A run of cells between bars, each a division's full name: 甲县| 乙市| 丙旗|.
_CELLS = re.compile(r"(?:[^|\n]{1,12}\|){8,}[^|\n]{0,12}")


def _link_lists(text: str) -> list[tuple[int, int]]:
    """Spans of a site's list of links to divisions all over the country (甲县| 乙市| 丙旗| …), which pages copied
    from link farms carry at their foot: its names are no places the document speaks of. A run of eight cells or
    more between bars is such a list where most cells are a division's full name and those lie in three provinces
    or more; a table's row names one division, or divisions of one province, never a nation's worth."""
    table = divisions()
    out = []
    for m in _CELLS.finditer(text):
        cells = [c.strip() for c in m.group(0).split("|") if c.strip()]
        full = [d for c in cells for d in table.get(c, [])[:1] if d.name == c]
        if len(full) * 3 >= len(cells) * 2 and len({d.province or d.name for d in full}) >= 3:
            out.append(m.span())
    return out


# What a 日 closes into a day (5日, 当日, 审计日, 截止日): a name never opens with that 日.
_DAY_HEADS = ("审计", "截止", "基准", "统计", "工作", "交易")


def _closes_day(text: str, a: int) -> bool:
    """Whether the 日 at text[a] ends the day written before it (15日, 十五日, 次日, 审计日) rather than opening a
    name (日照, 日新镇 after a mark or a verb)."""
    before = text[a - 1 : a]
    return bool(before) and (before.isdigit() or before in "一二三四五六七八九十当次同即每今昨翌") or \
        text.endswith(_DAY_HEADS, 0, a)


# Words that make 集镇 a kind of town, not a town named after its market (中心集镇, 小集镇, 各集镇).
_MARKET_KINDS = frozenset({"中心", "小", "大", "各", "全", "该", "本", "新", "老", "农村", "乡村", "重点", "建制", "周边",
                           "城乡", "沿线", "特色", "美丽", "一般", "传统", "边境", "集镇"})


def _market_town(name: str) -> bool:
    """甲集镇, 甲乙集镇: the towns of the northern plains named after their market (甲集) and then 镇; the word
    集镇 alone or after a kind (中心集镇) names none."""
    stem = name[:-2]
    return name.endswith("集镇") and 1 <= len(stem) <= 2 and stem not in _MARKET_KINDS and all(map(is_name_char, stem))


# The words of a regional strategy written right after its region (京津冀协同发展, 长三角一体化, 珠三角城市群).
_REGION_PLANS = ("协同发展", "一体化", "城市群", "及周边")


def _regions(text: str) -> list[Mention]:
    """The country and named regions, standing as words of their own (not 中国特色, 中国共产党)."""
    out = []
    for written, (name, level) in regions().items():
        pattern = "".join(f"[{_DASHES}]" if ch in _DASHES else re.escape(ch) for ch in written)
        for m in re.finditer(pattern, text):
            end = m.end()
            if text.startswith(("区域", "地区"), end):
                end += 2
            elif is_name_char(text[end : end + 1] or "。") and not text.startswith(("国家", "各国"), end) and \
                    not (level == "region" and text.startswith(_REGION_PLANS, end)):
                continue
            out.append(Mention("place", name, text[m.start() : end], m.start(), end, {"level": level}))
    return out


# A hamlet named after a family and the bend it lies in (甲家湾), standing as a word of its own or after a division's,
# a zone's or a village's suffix, as addresses write it: a village, not a bay (waters.py leaves it out).
_FAMILY_BEND = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]家湾|(?<=[省市县区镇乡村道])[\u4e00-\u9fff]家湾")
_NOT_FAMILIES = set("国大全自公人农万千百") | STOP_CHARS


def _family_bends(text: str) -> list[Mention]:
    """Villages of the form 甲家湾 (甲乙区甲家湾10号), unless the bend's name is the generic 国家 / 大家 (国家湾区)."""
    return [Mention("place", m.group(0), m.group(0), m.start(), m.end(), {"level": "village"})
            for m in _FAMILY_BEND.finditer(text)
            if m.group(0)[0] not in _NOT_FAMILIES and text[m.end() : m.end() + 1] not in ("区", "长")]


def _quarters(text: str) -> list[Mention]:
    """A quarter of a division written after it: 海南中部山区, 广东省东部沿海地区."""
    out = []
    for q in QUARTER.finditer(text):
        a = q.start()
        head = next((text[a - n : a] for n in range(min(a, 10), 1, -1) if text[a - n : a] in divisions()), "")
        if head:
            name = text[a - len(head) : q.end()]
            out.append(Mention("place", name, name, a - len(head), q.end(), {"level": "region"}))
    return out


def _form(text: str, s: int, e: int) -> Mention | None:
    """A zone, town, village or island named by its form: the name taken back from the suffix."""
    suffix = text[s:e]
    if text[e : e + 1] and text[e : e + 1] in _NOT_AFTER.get(suffix, "") or in_media_name(text, e):
        return None  # 甲岛商报: a paper's name
    if len(suffix) == 1 and text[s - 1 : s] == suffix:
        return None  # 甲乙镇镇长, 甲乙村村东: the town's name ends at the first 镇; the second opens 镇长
    a = _whole_division_at(text, name_start(text, s, _LIMIT, keep=0, quotes=False), s)
    if s - a == 1 and a > 0 and text[a - 1] in LEADING_CHARACTERS and LEVEL[suffix] in ("town", "village"):
        a -= 1  # 和舍镇, 和平镇: cut after 和 read as "and", one character would be left: it opens the name
    a = after_leading_words(text, after_time_words(text, a, s), s)  # 走访甲乙村, 打造甲乙工业园区, 周六甲乙街道
    if text[a : a + 1] == "日" and s - a - 1 >= 2 and LEVEL[suffix] in ("town", "village") and _closes_day(text, a):
        a += 1  # 截至审计日甲乙乡, 5日甲乙镇: the day's 日, then the town
    while (head := next((h for h in _HEADS if text.startswith(h, a)), "")) and s - a - len(head) >= 2:
        a += len(head)  # 辖区甲乙村, 属地甲乙社区: the area's or the relation's word, then the village
    office = text.rfind("办事处", a, s)
    if office >= 0 and s - office - 3 >= 2:
        a = office + 3  # 某街道办事处甲乙村: the office's name, then the village
    own = _after_divisions(text, a, s)  # where the name starts after the divisions written before it
    for i in range(a, s - 1):
        if text[i] in _STEM_BREAK and i == a and s - i - 1 < 2:
            continue  # 镇安镇, 村头村: a name may open with the word of a level, one character then left
        if text[i] in _STEM_BREAK and text[i + 1] in _LEVEL_CHARS and any(
                text[x : i + 2] in divisions() for x in range(max(a, i - 4), i)) and s - i - 2 >= 2:
            a = i + 2  # 景德镇市甲乙片区: the 镇 of a division's name, its level after it, then the zone
            continue
        # 东河村: the village after its water; but a name may begin with a water's character (溪美街道)
        if text[i] in _STEM_BREAK or text[i] in _WATER_END and i > a and LEVEL[suffix] in ("town", "village", "island") \
                and not (s - i - 1 < 2 and (a < own <= i or text[i - 1] in _CONFLUENCE)):
            a = i + 1  # but 某市双江口镇: after its city, a town's name may hold a water's character, and 双江口镇,
            # 三河镇 are named after the waters that meet there
    if LEVEL[suffix] in ("town", "village", "island"):
        a = after_leading_words(text, a, s)  # 甲河右岸乙县丙镇: cut after the river's 河, the bank's word then goes
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
    if LEVEL[suffix] == "zone":  # 甲省乙市丙丁经济开发区: the province's name, then the city's zone
        a = next((a + n for n in range(min(s - a - 2, 8), 2, -1) if text[a : a + n].endswith(("省", "自治区")) and
                  any(d.name == text[a : a + n] and d.level == "province" for d in divisions().get(text[a : a + n], []))),
                 a)
    if LEVEL[suffix] == "zone":  # 甲市乙丙湾新区: the city's zone 乙丙湾新区; 甲县经济开发区 stays whole
        a = next((a + n for n in range(min(s - a - 2, 8), 2, -1) if text[a : a + n].endswith("市") and
                  any(d.name == text[a : a + n] and d.level == "city" for d in divisions().get(text[a : a + n], []))), a)
    if LEVEL[suffix] in ("zone", "town", "village"):  # 甲乙社区毗邻丙丁开发区, 依法查获甲乙镇: the name starts
        a = _after_inner_verbs(text, a, s)  # after the verb inside the words before it
    if LEVEL[suffix] == "island":  # 无居民海岛甲乙礁: the island is 甲乙礁
        a = max([a] + [i + 1 for i in range(a, s - 2) if text[i] == "岛"])
    if LEVEL[suffix] == "island" and any(text[x:e] in divisions() for x in range(a, e - 1)):
        return None  # 秦皇岛, 青岛: a division's short form, found as the division
    if LEVEL[suffix] == "island":  # 三亚小洲岛: the island is 小洲岛, in 三亚; 某县甲屿: 甲屿
        least = 2 if suffix in ("屿", "礁") else 3
        a = next((a + n for n in (3, 2) if text[a : a + n] in divisions() and e - (a + n) >= least), a)
    if LEVEL[suffix] == "town":  # 设地点甲县乙丙丁乡, 某平台区乙丙丁镇: the listed town 乙丙丁乡 / 乙丙丁镇
        a = _listed_town_start(text, a, e, len(suffix))
    name = text[a:e]
    if _opens_division(text, s):
        return None  # 助推镇巴县: the 镇 opens the county 镇巴县
    if text[e : e + 1] in _LEVEL_CHARS and any(name[k:] + text[e] in divisions() for k in range(len(name) - 1)):
        return None  # 东乡区, 景德镇市: a division whose name ends with a town's suffix, found as the division
    if name in GENERIC or len(name) <= len(suffix) or len(name) < 3 and suffix in ("村", "镇", "乡", "岛") or \
            suffix == "街道" and len(name) < 4:
        return None  # 河长街道办事处主任: 长街道 is no street's name
    if name.endswith(GENERIC_TAILS) and not _market_town(name) and not _listed_alone(text, a, name) or \
            name.startswith(("全国", "全省", "市县")) or \
            _COUNT.match(name):
        return None
    if len(name) == len(suffix) + 2 and name[1] == "全" and LEVEL[suffix] in ("town", "village"):
        return None  # 了解全镇: the whole town, after a verb
    if name[-len(suffix) - 1] in "两几数各诸" and LEVEL[suffix] in ("town", "village"):
        return None  # 流经甲乙、丙丁两镇: a count of the towns just named
    if len(name) >= len(suffix) + 3 and name[-len(suffix) - 1] == "全" and LEVEL[suffix] in ("town", "village"):
        return None  # 守好全村, 满足全镇: the whole village or town, after the words before it
    if (text[s - 1] in "我本该各此每" or text.endswith(_PRONOUNS, 0, s)) and LEVEL[suffix] in ("town", "village"):
        return None  # 结合我镇, 做好我乡, 我们村: the writer's own town, named by no name
    if name[: -len(suffix)].endswith(RELATION_WORDS) and LEVEL[suffix] in ("town", "village"):
        return None  # 督促属地村, 所在社区, 干部挂钩村: the village the matter concerns, named by no name
    if suffix == "岛" and text[s - 1] in _NUMERALS:
        return None  # 甲屿、乙屿和丙屿三岛: a count of the islands just named
    if any(ch.isdigit() for ch in name) or name.endswith(("小组", "工作组")) and suffix != "村小组":
        return None
    if LEVEL[suffix] == "zone" and (len(name) - len(suffix) < 2 or name[: -len(suffix)] in ZONE_KINDS):
        return None  # 随片区开发: a preposition before the generic word; 生态工业园区: a zone named by its kind only
    if suffix in PARK_SUFFIXES and not _park_named(name[: -len(suffix)]):
        return None  # 侵占自然保护区, 国家级海洋自然保护区: a verb or a kind before the word, no park's name
    if suffix == "试验区":
        if not name.startswith(_ZONE_OWNERS) and not _after_divisions(text, a, s) > a:
            return None
        e = _bracketed_division(text, e)
        name = text[a:e]
    return Mention("place", name, name, a, e, {"level": LEVEL[suffix]})


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _listed_town_start(text: str, a: int, e: int, suffix_length: int) -> int:
    """Where a town's name ending at e starts when the national list of towns holds it: the longest listed name
    with two characters or more before its suffix. The words a pattern reads back before it (a verb's object, an
    address's field name, a page's noise) are then no part of it, and a listed name is read whole where one of its
    characters would stop the reading back (甲都镇: 都 as "all"); an unlisted name keeps the start it had, and so
    does a listed town's market town (甲乙集镇 of 甲乙镇, where 乙集镇 is another town)."""
    listed = towns()
    read = text[a:e]  # 1-9月城镇: a generic word read back stays one
    generic = len(read) > suffix_length and (read in GENERIC or read.endswith(GENERIC_TAILS))
    whole = next((x for x in range(max(0, e - _LIMIT - suffix_length), a)
                  if text[x:e] in listed and _HAN.fullmatch(text[x:a])), None)
    if whole is not None and not generic:
        return whole
    x = next((x for x in range(a, e - suffix_length - 1) if text[x:e] in listed), a)
    suffix = text[e - suffix_length : e]
    return a if any(text[a:y] + suffix in listed for y in range(a + 2, x + 2)) else x


def _opens_division(text: str, s: int) -> bool:
    """Whether the suffix character at text[s] opens the full name of a division (镇巴县, 乡城县), so that the words
    before it end without naming a town."""
    table = divisions()
    return any(any(d.name == text[s : s + n] for d in table.get(text[s : s + n], []))
               for n in range(3, min(10, len(text) - s) + 1))


# Words for a town's size or age before the word for a town (小城镇, 新城镇): a kind of town, whatever the list holds.
_TOWN_KINDS = frozenset("小大中新老")


def _listed_alone(text: str, a: int, name: str) -> bool:
    """Whether a name that ends like a generic word (甲城镇, 乙集镇, 丙村镇) is the listed town standing as a word of
    its own, after a mark or at the start of the text (、甲城镇), or right after a division's name (某县乙集镇):
    there the list, not the generic word, says what it is; a size or an age before 城镇 or 村镇 still makes a kind."""
    if name not in towns() or len(name) == 3 and name[0] in _TOWN_KINDS and name.endswith(("城镇", "村镇", "乡镇")):
        return False
    return a == 0 or not is_name_char(text[a - 1]) or any(text[a - n : a] in divisions() for n in range(2, min(a, 9) + 1))


# The tier of a protected area or a park, by the level of government that set it up (国家级, 省级, 市州级, 县级,
# written also without 级: 市州自然保护区): a kind, no name.
_TIERS = re.compile(r"^(?:国家|[省市州县区])+级|(?:国家|[省市州县区])+级$|^(?:国家|[省市州县区])+$")


def _park_named(stem: str) -> bool:
    """Whether the words before a protected area's or a park's word name one (甲乙山, 甲乙港国家级): what is left
    without its tier is two characters or more that the dictionary leaves free to be a name and that end with no verb
    (违规侵占, 严重破坏)."""
    core = _TIERS.sub("", stem)
    return len(core) >= 2 and core not in PARK_KINDS | ZONE_KINDS and may_be_name(core) and \
        not any(core.endswith(w) for w in leading_words())


def _bracketed_division(text: str, e: int) -> int:
    """The end of a zone's name after the division it covers, written in brackets: 国家生态文明试验区(海南)."""
    close = re.match(r"[(（]([\u4e00-\u9fff]{2,8})[)）]", text[e : e + 10])
    return e + close.end() if close and close.group(1) in divisions() else e


def _after_inner_verbs(text: str, a: int, s: int) -> int:
    """Start of a zone's, a town's or a village's name after the last verb, localizer or preposition inside the
    words before its suffix (甲乙社区毗邻丙丁开发区 -> 丙丁开发区), where two characters or more are left for its own
    name; a word that opens the name is left to after_leading_words, which keeps names made of such words whole."""
    words = leading_words()
    starts = [i + n for i in range(a + 1, s - 3) for n in (2, 3, 4) if s - i - n >= 2 and text[i : i + n] in words]
    return max(starts, default=a)


def _after_zone(text: str, a: int, s: int) -> int:
    """Start of a town's or village's own name after the zone before it (某某综合实验区中楼乡 -> 中楼乡)."""
    for zone in ZONE_SUFFIXES:
        at = text.find(zone, a, s)
        if at >= 0 and s - (at + len(zone)) >= 2:
            return _after_zone(text, at + len(zone), s)
    return a


def _whole_division_at(text: str, a: int, s: int) -> int:
    """`a` moved back to the start of the division name it cuts, when the name before a suffix s filled the whole
    window of `_LIMIT` characters (甲乙省丙丁市戊己县庚辛镇 read back from 镇 stops inside 甲乙省): the divisions
    before the town can then be passed over whole.

    >>> t = "位于河南省洛阳市伊川县城关镇"
    >>> t[_whole_division_at(t, t.index("南"), len(t) - 1):]
    '河南省洛阳市伊川县城关镇'
    """
    if s - a < _LIMIT:
        return a
    table = divisions()
    for back in range(1, 8):  # 新疆维吾尔自治区, the longest, has eight characters
        x = a - back
        if x >= 0 and any(text[x : x + n] in table for n in range(back + 1, 9)):
            return x
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

