"""Bays and named sea areas, rivers and other inland waters: the gazetteer's names and names of their form.

A name of the form X湾 / X江 / X水库 … is taken back from its suffix to where it begins (ingest/extract/names.py);
a division named just before it is its place, not part of its name (临高县文澜江 -> 文澜江 in 临高县). Generic
words (近岸海域, 入海河流, 城镇内河) are not names, and neither is 昌江 when it means the county.
"""

from __future__ import annotations

import re

from .gazetteer import COMPLEMENTS, after_leading_words, divisions, leading_words, waters, word_classes
from .mention import Mention
from .names import LEADING_CHARACTERS, STOP_CHARS, is_name_char, name_start
from .spans import word_across
from .water_forms import DROP_HEAD, GENERIC, GENERIC_PARTS, GENERIC_TAILS, KIND, NOT_AFTER, SUFFIX, WATER_WORDS
from .water_lists import INTO_VERBS, VERBS_BEFORE, after_place, listed_shui, short_in_list
from .water_tributaries import tributaries

# What is said of a water's water right after 水 when a report gives its colour (溪水呈红色); 河水变清 stays a phrase.
_WATER_STATE = set("呈")
_INSERTION = re.compile(r"[(（][\u4e00-\u9fff]{1,2}[)）]")
_LIMIT = 8
# Surnames of two characters: a water's name right after one is a person's given name.
_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙",
                                "宇文", "司徒", "端木", "申屠", "轩辕", "独孤", "南宫", "东郭", "西门"})
# Words that name kinds of water, not one water (河流溪渠, 沟渠塘), and verbs that manage them (管河渠).
_KIND_WORDS = re.compile(r"(?:[大小]?(?:河流|溪流|水库|[河江溪沟渠湖塘]))+")
_MANAGING = set("管巡护")
# The parts of nature in the slogan 山水林田湖草沙 (governed as one system), in any order the text writes them.
_NATURE = set("山水林田湖草沙")
# Sizes written before a suffix: 小水库 is a small reservoir.
_SIZES = {"小", "大", "中", "中小", "大小", "大中", "小型", "中型", "大型"}
# Adjectives after 水X河 in a four-character phrase (水清河宽, 水清河畅): a description, not a name.
_PHRASE_AFTER = set("宽畅清美净顺晏")
# Directions only (东、西干渠 of a reservoir; 东西干渠): the parts of a water, named by where they lie.
_DIRECTIONS = set("东西南北")
_CANAL_PARTS = ("干渠", "支渠", "排渠", "灌渠", "渠")
# A suffix followed by one of these is part of a place's or road's name (防城港市, 东河村, 滨江路, 浙江省).
_PLACE_WORDS = set("省市县区镇乡村路街桥巷道")
_LEVEL_ENDS = set("省市县区镇乡")
# The levels whose character opens the short name of a body or a work (省甲江办, 市甲河指挥部), and the characters
# that end an office's short name (办, 局, 委, 厅, 处). 镇 and 乡 are left out: 镇海湾 is a bay.
_OWNER_CHARS = set("省市县区办局委厅处")
# The tier of a water's chief or of a work on it, written right after its name (甲湖市级河长, 甲河省级碧道): the level
# word opens the tier there, not a place's name (区级 left out: 甲湖区 is as often a district).
_TIER_AFTER = re.compile(r"[省市县镇乡村]级")
# The rank of a ditch or canal after the water it belongs to (甲河中沟, 乙河支渠).
_RANKS = set("中大小支干")
_WATER_CHARS = set("河江溪沟渠湖塘湾")
# The last characters of a water's name: a 和 after one joins two waters (甲河和乙河), it opens no name.
_LIST_END = frozenset("河江溪沟渠湖塘湾港库海")
_STEM_BREAK = set("村镇乡侧段内外暨区湾长局")
# Generic words for waters written before a water's name (黑臭水体甲乙湖, 饮用水源地甲乙水库).
_WATER_NOUNS = ("水体", "水源地")
# Verbs of naming and being written before a name (又称甲江, 有名的湖有甲湖): no part of it.
_NAMING = set("称名叫为是有")
_SOURCE_TIERS = ("一级", "二级", "准")
"""The tiers of a drinking-water source's protection zones (甲水库二级保护区)."""
_AREA = re.compile(r"风景名胜区|自然保护区|保护区|景区|湿地公园|国家公园|森林公园|经济带")
_NOT_BEFORE = {"港": "贸商渔军空", "湾": "巡管治护联"}  # 商港; 巡湾、治湾, 河湾联湾: verbs on bays
# What ships do at a harbour, said right after its name (从甲港出发, 甲港过驳锚地): 港 is a harbour there, not a river.
_SHIPPING = ("出发", "启航", "起航", "返航", "锚地", "外锚地", "过驳", "停靠", "靠泊", "停泊", "靠岸", "离港", "进港", "出港")
# Tiers of an administration written before 河 / 湖 (村级河, 三级河(湖)长) are not part of a name.
_COUNTED = re.compile(r"[一二三四五六七八九十两几多数]+[大条座个]")
_PLAN_COUNT = re.compile(r"(?:[一二三四五六七八九十两]+[江河湖库溪渠])+")
_TIER = re.compile(r"[一二三四五六七八九两多各]级$|[省市县区镇乡村]级$")
# A lake named 某家海, as lakes are called where they lie (蔡家海): an inland water, not a sea.
_FAMILY_LAKE = re.compile(r"[\u4e00-\u9fff]{1,3}家海")
# A hamlet named after a family and the bend it lies in (甲家湾): a village, found as a place, not a bay.
_FAMILY_BEND = re.compile(r"[\u4e00-\u9fff]家湾")
# The numbered channels of a plain's grid (横一港, 纵二河) and waters named after a holiday (五一水库, 八一渠): 一 ends
# their stem as a number, not as 一湖碧水's count.
_GRID = re.compile(r"[横纵][一二三四五六七八九十]+|[五七八]一")


def find_waters(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Named waters in text[start:end]: Mention(type bay|river, attrs kind and place when a division precedes it).

    >>> [(m.surface, m.type, m.attrs["kind"]) for m in find_waters("重点整治篤马河、马洪干渠和三亚湾近岸海域")]
    [('篤马河', 'river', 'river'), ('马洪干渠', 'river', 'canal'), ('三亚湾', 'bay', 'bay')]
    """
    end = len(text) if end is None else end
    known = waters()
    found: dict[tuple[int, int], Mention] = {}
    for m in SUFFIX.finditer(text, start, end):
        hit = _candidate(text, m.start(), m.end(), start)
        if hit and not _byline(text, hit.start + 1, hit.end):
            found[(hit.start, hit.end)] = hit
    for name, (node_type, kind, gaz_place) in known.items():
        for m in re.finditer(re.escape(name), text[start:end]):
            a, z = start + m.start(), start + m.end()
            if any(x <= a and z <= y for x, y in found) or _inside_division(text, a, z) or \
                    text[max(0, a - 2) : a] in _COMPOUND_SURNAMES or _byline(text, a, z):
                continue  # 欧阳长江: a person named after the river
            # A two-character name (南海) is too often the start of another word to stand before any character.
            followed = _not_a_name_after(text, name[-1], z) if len(name) == 2 else text[z : z + 1] in _PLACE_WORDS
            if not followed and not _in_area_name(text, z):
                found[(a, z)] = Mention(node_type, name, name, a, z, {"kind": kind, "place": gaz_place})
    for hit in short_in_list(text, start, end, found):
        found[(hit.start, hit.end)] = hit
    for hit in listed_shui(text, start, end, found):
        found[(hit.start, hit.end)] = hit
    for hit in tributaries(text[:end], list(found)):
        if hit.start >= start:
            found[(hit.start, hit.end)] = hit
    return [found[k] for k in _outermost(list(found))]


# A stretch named after a river's name (甲河北段, 甲河乙丙段), and the words after 河 that open no stretch's name
# (河道, 河床, 河口, 河长 …).
_STRETCH_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?段")
_NOT_STRETCH = set("道流床堤岸滩口水长")



def _byline(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] is a known water's name in a bracket holding one surname and it only, as a reporter's
    byline is written at the end of a story ((陈长江)): a person named after the river."""
    return a >= 2 and text[a - 2] in "(（" and is_name_char(text[a - 1]) and text[z : z + 1] in ")）" and \
        text[a:z] in waters()




def _candidate(text: str, s: int, e: int, floor: int) -> Mention | None:
    """The water whose name ends with the suffix text[s:e], if it is a name."""
    suffix = text[s:e]
    nxt, after = text[e : e + 1], text[e + 1 : e + 2]
    if _not_a_name_after(text, suffix, e):
        return None
    if nxt and nxt in _WATER_CHARS and after != "水" and not _not_a_name_after(text, nxt, e + 1):
        return None  # 珠溪河: the longer name is found at its own suffix; but 甲河河道 is 甲河's channel
    if s > 0 and text[s - 1] in _NOT_BEFORE.get(suffix, "") or suffix == "港" and text.startswith(_SHIPPING, e):
        return None
    if (follows := SUFFIX.match(text, e)) and len(follows.group(0)) >= 2 and KIND[follows.group(0)][0] == "river" \
            and follows.group(0) != suffix:
        return None  # 甲圳水库: the reservoir named after the ditch; its name ends at its own suffix (not 甲水库水库)
    if text[s - 1 : s] == "一" and text.startswith("一", e):
        return None  # 一河一策, 一湖一档: one plan for each water, no water's name
    a = name_start(text, s, _LIMIT, floor, keep=0, quotes=False, moon=True)
    if s - a == 1 and a - 1 >= floor and text[a - 1] in LEADING_CHARACTERS and \
            text[a - 2 : a] not in leading_words() and text[a:e] not in GENERIC and \
            text[a - 2 : a - 1] not in _LIST_END and \
            (text[a - 1] not in "和与及" or text[a - 1 : a + 1] in word_classes()):
        a -= 1  # 和睦港: cut after 和 read as "and", one character would be left: it opens the name (not 按照's 照,
        # nor 和 before a word of its own: 河口和海湾, nor 和 after a water it joins: 甲河和乙河, nor a 和 that makes
        # no word with the name's first character: 工程和潮河 joins two works)
    if a - 3 >= floor and text[a - 1] in "和与" and text[a - 3] == "、":
        a -= 2  # 、甲和乙干渠、: one character alone is no item of the list, so 甲和 begins the name
    if a - 1 > floor and text[a - 1] in "条项" and not _counted_before(text, a - 1):
        a = name_start(text, a - 1, _LIMIT, floor, keep=0, quotes=False) if is_name_char(text[a - 2]) else a - 1
    body = max((text.rfind(w, a, s) + len(w) for w in _WATER_NOUNS if text.rfind(w, a, s) >= 0), default=-1)
    a = body if body >= 0 and s - body >= 1 else a  # 原黑臭水体甲乙湖, 饮用水源地甲乙水库: the generic word, then the name
    into = max((text.rfind(w, a, s) + 2 for w in INTO_VERBS if text.rfind(w, a, s) >= 0), default=-1)
    a = into if into > a else a  # 混合水直排甲河: the verb of letting sewage in, then the water
    has = text.rfind("有", a, s - 1)  # 某市有甲山湾、乙湾: the verb, then the name (湖有甲湖: a name of two, found
    a = has + 1 if has >= 0 and s - has - 1 >= 1 else a  # by the gazetteer if at all)
    of = text.rfind("属", a, s - 1)  # 这些河流属甲江支流: the verb of belonging, then the name
    a = of + 1 if of >= 0 else a
    a = after_leading_words(text, a, s)  # 考察甲乙河, 毗邻甲乙湾
    a = _after_place_words(text, a, s)
    a, place = _place_before(text, a, s)
    while text.startswith(DROP_HEAD, a) and s > a:
        a += len(next(h for h in DROP_HEAD if text.startswith(h, a)))
    a = _after_owner(text, a, s, e)
    across = word_across(text, a, a - _LIMIT, e + 2)
    if across and across[1] < s:
        a = across[1]  # 治理以前甲乙河, 国控河流甲河: the word before ends inside the stem, the name begins after it
    if _verb_then_short_water(text, a, s):
        return None  # 恢复甲河, 摸清乙河: a verb and a water of two characters, whose name this is not
    name = text[a:e]
    if text.startswith("段", e) and len(name) > 3 and after_place(text, e - 2) and not _known_tail(name):
        return None  # 丙丁乙溪段: the place, then a two-character stream's stretch (found as a short water)
    rest = name.lstrip("".join(_DIRECTIONS))
    if rest in _CANAL_PARTS and (len(name) - len(rest) > 1 or text[a - 2 : a - 1] in _DIRECTIONS
                                                         and text[a - 1] == "、"):
        return None  # 水库东、西干渠, 东西干渠: a water's parts, named by where they lie
    if len(name) >= 3 and name[-3] == "水" and text[e : e + 1] in _PHRASE_AFTER:
        return None  # 水清河宽: a four-character description
    if a > 0 and _kinds_only(text[a - 1 : e]):
        return None  # 河流溪渠, cut after its first 河: kinds of water still
    if suffix in ("海域", "近岸海域") and (text[s - 1] in "湾海" or text[s - 1] != "岛" and text[a:s] not in waters()):
        return None  # an island's sea area (海南岛近岸海域) is named; a bay's is the bay, a division's (广西近岸海域) none
    if suffix in ("海域", "近岸海域") and text[s - 1] == "岛" and not place:  # 海南岛近岸海域: the island's sea area
        place = text[a:s]
    known = waters()
    tail = next((k for k in known if name.endswith(k) and (len(name) - len(k) >= 2 or
                                                          text[e - len(k) - 1] in _NAMING and len(name) > len(k))), "")
    if tail:
        a, name = e - len(tail), tail
    if _in_area_name(text, e) or text[max(0, a - 2) : a] in _COMPOUND_SURNAMES or \
            any(text[a : e + k] in divisions() for k in (1, 2)):
        return None  # 欧阳长江: a person; 清江浦区: a division opening with a water's name
    if suffix == "湾" and name not in known and (_after_settlement(text, a) or _FAMILY_BEND.fullmatch(name)):
        return None  # 塔头村富斗湾: a hamlet of the village, as addresses write them, not a bay
    if text.startswith("畔", e) and name not in known and (len(name) - len(suffix) < 2 or
                                                           name[: -len(suffix)] in leading_words()):
        return None  # 漫步湖畔: the shore of a lake the text does not name; 甲乙湖畔 is 甲乙湖's shore
    if suffix == "港湾" and known.get(name[:-1], ("",))[0] == "bay":
        e, name = e - 1, name[:-1]  # 甲乙港湾: the waters of the bay 甲乙港, as a harbour's bay is written
    if name in known:
        node_type, kind, gaz_place = known[name]
    elif suffix == "湖" and text.startswith(("地区", "平原"), e):
        return None  # 杭嘉湖地区: a region named from its cities, not a lake
    elif _division_after_division(name):
        return None  # 海南昌江: the province and its county, not a water
    elif len(name) == 2 and suffix in "河江溪" and place[-1:] in _LEVEL_ENDS and _STRETCH_AFTER.match(text, e):
        node_type, kind, gaz_place = "river", "river", ""  # 某市甲河城区段: a two-character river after its division
    elif _plausible(name, suffix, river_after=text.startswith(_RIVER_ONLY, e)):
        (node_type, kind), gaz_place = ("river", "lake") if _FAMILY_LAKE.fullmatch(name) else KIND[suffix], ""
    else:
        return None
    return Mention(node_type, name, name, a, e, {"kind": kind, "place": place or gaz_place})


def _verb_then_short_water(text: str, a: int, s: int) -> bool:
    """Whether the stem text[a:s] is a verb of two to four characters and one character more (恢复天河 read back
    from 河): after_leading_words keeps two characters, so the verb stays, yet the water is the two characters at
    the end; a direction, a size or a numeral after the verb (胜利东渠, 前进二河) makes it a name of its own."""
    words = leading_words()
    return text[s - 1] not in _DIRECTIONS | _RANKS | set("一二三四五六七八九十") and \
        any(s - a - n == 1 and text[a : a + n] in words and text[a : a + n] not in divisions() for n in (2, 3, 4))


def _after_owner(text: str, a: int, s: int, e: int) -> int:
    """Start after a level or an office character that opens the stem (省甲江办, 配合市甲乙河指挥部, 甲江办甲江处):
    such a character is the owner's word of a body or a work named after the water (the province's, the city's) or
    the end of an office's short name before it, and no water's name begins with it; it is kept when the name left
    would be a character and its suffix (市桥河), unless that is a listed water."""
    if text[a : a + 1] in _OWNER_CHARS and (text[a + 1 : e] in waters() or s - a - 1 >= 2):
        return a + 1
    return a


def _counted_before(text: str, i: int) -> bool:
    """Whether the 条 or 项 at text[i] is a measure word (两条河, 3项, 每条河), not a character of a name (甲条乙河)."""
    before = text[i - 1 : i]
    return not before or before.isdigit() or before in "一二三四五六七八九十两几多每各这那该此本某数首条项整"


# Words of fishing and management that open with 网 after a river's name (甲河网箱养殖, 甲河网格化管理).
_NETS = ("网箱", "网格", "网围", "网具")


def _not_a_name_after(text: str, suffix: str, e: int) -> bool:
    """Whether the suffix ending at e continues into another word (河道, 江苏, 海洋, 防城港市), 流域 apart, and a
    water word after the name (甲河水利枢纽, 甲江水环境) apart from 河水 / 江水 (the river's water)."""
    nxt = text[e : e + 1]
    if not nxt or text.startswith(("流域", "区域", "干流", "支流") + WATER_WORDS, e):
        return False
    if nxt == "水" and text[e + 1 : e + 2] in _WATER_STATE:
        return False  # 甲乙溪水呈红色: the stream's water, seen as it looks
    if suffix in ("河", "江", "溪") and _STRETCH_AFTER.match(text, e) and text[e] not in _NOT_STRETCH and \
            not STOP_CHARS & set(_STRETCH_AFTER.match(text, e).group(0)):
        return False  # 甲河北段, 甲河乙丙段: a stretch of the river, named by its side or the place it passes
    if suffix == "河" and text.startswith("网", e) and not text.startswith(_NETS, e):
        return True  # 平原河网, 现代河网水系: the network of rivers, none of them; 甲河网箱 is 甲河's cage farms
    inserted = _INSERTION.match(text, e)  # 湾(滩)长制: the word goes on after a bracketed alternative
    if inserted:
        nxt = text[inserted.end() : inserted.end() + 1]
    return nxt in NOT_AFTER.get(suffix, "") or nxt in _PLACE_WORDS and not _TIER_AFTER.match(text, e)


def _in_area_name(text: str, e: int) -> bool:
    """Whether the water ending at e is part of an area's name: a protected area (…江…湖风景名胜区) or a region
    named after it (长江经济带, a belt of provinces, not the river). A drinking-water source's protection zone
    (甲水库水源地一级保护区) is the water's own, so it does not hide the water."""
    run = e
    while run < len(text) and run - e < 14 and is_name_char(text[run]):
        run += 1
    area = _AREA.search(text, e, run)
    return bool(area) and "水源" not in text[e : area.start()] and not text.endswith(_SOURCE_TIERS, 0, area.start())


def _after_place_words(text: str, a: int, s: int) -> int:
    """Start after a village, side or segment word inside the stem (东梓关村北侧富春江 -> 富春江)."""
    cut = a
    for i in range(a, s - 1):
        if text[i] == "长" and (i == a or any(text[x:i] in divisions() for x in range(max(a, i - 8), i - 1))):
            continue  # 河长, 局长 end a word before the name; 长潭水库 (黄岩区长潭水库) begins with 长
        if text[i] in "内外" and i == a:
            continue  # 内城河, 外秦淮河: a name may begin with inner or outer
        if _in_division_name(text, a, i, s):
            continue  # 镇江市, 宁乡市: a division's own character, and _place_before takes the whole division off
        if text[i] in _WATER_CHARS and text.startswith("流域", i + 1) and s - i - 3 >= 1:
            cut = i + 3  # 甲湖流域乙河: the basin's word, then the river
        elif text[i] in _WATER_CHARS and (text[i + 1] in _LEVEL_ENDS or text[i + 1] in "道流") and s - i - 2 >= 2:
            cut = i + 2  # 浙江省甲乙江: the level ends a division whose name holds a water's character; 河道甲乙沟:
            # the generic word (河道, 河流), then the name
        elif text.startswith("委会", i):
            cut = i + 2  # 甲村委会乙溪: the village's committee, then the stream (甲村委会溪头村: none)
        elif text[i] in _STEM_BREAK or (i > a and text[i] in _WATER_CHARS and text[i] != "湾" and
                                        not (s - i - 1 == 1 and (text[s - 1] in _RANKS or text[s - 1 : s + 1] == "塘河"))
                                        and not (s - i - 1 == 0 and text.startswith("水库", s))):  # 甲溪水库
            cut = i + 1  # 甲河乙丙沟 -> 乙丙沟; but 甲河中沟 keeps its river's name, 中沟 alone being no name, and so
            # does 甲江塘河 (a 塘河 is a plain's canal river)
            if text.startswith("区域", i) and s - i - 2 >= 1:
                cut = i + 2  # 甲村区域乙江: the word 区域 (area), then the river
    return cut


def _in_division_name(text: str, a: int, i: int, s: int) -> bool:
    """Whether text[i] is inside a division's full name written in the stem text[a:s] that goes on after it (the 镇
    of 镇原县, the 乡 of 宁乡市): no village's or town's suffix there, which would cut the division in two. A short
    form is not enough (江北 in 甲江北溪 is the river's northern stream)."""
    table = divisions()
    return any(any(d.name == text[x:y] for d in table.get(text[x:y], []))
               for x in range(max(a, i - 8), i + 1) for y in range(i + 2, min(s, x + 12) + 1))


def _after_settlement(text: str, a: int) -> bool:
    """Whether text[a] follows a village, street or house number, as an address's next part does."""
    return text.endswith(("村", "组", "社区", "街道", "路", "号", "镇"), 0, a)


def _inside_division(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] starts inside a division's name (南海 in 海南海警局) or opens one (清江 in 清江浦区)."""
    return any(text[a - k : a + j] in divisions() for k in range(1, 4) for j in range(1, z - a + 1) if a - k >= 0) or \
        any(text[a : z + k] in divisions() for k in range(1, 3))


def _place_before(text: str, a: int, s: int) -> tuple[int, str]:
    """Skip divisions written at the start of the name (临高县文澜江): returns the new start and the last one.

    A division is not skipped when it leaves fewer than two characters before the suffix (三亚湾 is a name), unless
    it is written in full with its level (吴川市鉴江: the city, then the river), or when it is the start of an
    island's name (海南岛).
    """
    place = ""
    while True:
        for n in range(min(s - a - 1, 10), 1, -1):
            head = text[a : a + n]
            full = head[-1] in _LEVEL_ENDS and any(d.name == head for d in divisions().get(head, []))
            if s - a - n < 2 and not full:
                continue
            if head in divisions() and text[a + n] != "岛" and text[a + n] not in _WATER_CHARS:
                place = head
                a += n
                break
        else:
            return a, place


def _division_after_division(name: str) -> bool:
    """Whether name is a division written before another division's name or short form (海南昌江): a place, which
    wins over reading its last character as a water's suffix."""
    table = divisions()
    return any(name[:k] in table and name[k:] in table for k in range(2, len(name) - 1))


# What only an inland water has, said right after its name (甲港黑臭水体, 甲港河道): a 港 there is a stream.
_RIVER_ONLY = ("黑臭", "河道", "河长", "支流", "两岸")


def _plausible(name: str, suffix: str, river_after: bool = False) -> bool:
    """A name of the water's form: a specific word, not a generic one or a division's own name; with
    `river_after`, a 港 named like a division is a stream, not the division's seaport."""
    if _FAMILY_LAKE.fullmatch(name):
        return True
    if name in GENERIC or len(name) <= 2 or len(name) > _LIMIT + len(suffix) or suffix == "海":
        return False
    if _kinds_only(name) or name[0] in _MANAGING and _kinds_only(name[1:]):
        return False  # 河流溪渠, 沟渠塘: kinds of water; 管河渠: to manage them
    if set(name) <= _NATURE:
        return False  # 山水林田湖草: the slogan of nature's parts governed as one
    if suffix == "运河" and (stem_words := name[:-2]) and (stem_words in leading_words() or stem_words[-1] in VERBS_BEFORE):
        return False  # 开挖运河, 沿运河: the word for a canal after a verb
    if name[: -len(suffix)] in _SIZES or name[: -len(suffix)].endswith(suffix):
        return False  # 小水库: a small reservoir; 甲水库水库: the name written twice
    if name.endswith(GENERIC_TAILS) and not _named_sea_bay(name) or any(w in name for w in GENERIC_PARTS):
        return False
    if name.endswith("河涌") and len(name) > 3:
        return False  # 清挖河涌, 责任河涌: the south's word for a creek after a verb or a noun; 沙河涌 is a name
    stem = name[: -len(suffix)]
    if stem[-1] in VERBS_BEFORE or _TIER.search(stem) or stem[-1] in "全一" and not _GRID.fullmatch(stem):
        return False  # 全湾: the whole bay; 一湖碧水
    if stem in leading_words() and stem[-1] in COMPLEMENTS:
        return False  # 建成湖(库)体系: a verb and its result (建成, 打造好), then the generic word as its object
    if stem[0] == "全" and stem[1:2] in _LEVEL_ENDS | {"村"}:
        return False  # 全镇河库, 全县河流: the waters of the whole town
    if _COUNTED.match(stem) or _PLAN_COUNT.fullmatch(name):
        return False  # 三大江河, 两条河, 八库一湖: a count of waters
    tails = [name[k:] for k in range(len(name) - 2)]
    if suffix == "港" and (any(t + "市" in divisions() for t in tails) or not river_after and
                          any(t[:-1] in divisions() or t[:-1] + "市" in divisions() for t in tails)):
        return False  # 海口港, 湛江港: a city's seaport, not a water; 生态防城港: the city 防城港市
    if any(name.endswith(g) and name[: -len(g)].endswith(("水库", "湖")) for g in GENERIC if len(g) >= 2):
        return False  # 甲水库灌渠: the reservoir's irrigation canals, no name of their own
    if suffix == "川" and any(name[k:] in divisions() for k in range(len(name) - 1)):
        return False  # 市南川, 赴汶川: a division named with the old word for a river, as many are
    full_division = any(d.name == name or d.level in ("province", "city") for d in divisions().get(name, []))
    return not full_division and not _ends_with_province(name) and not any(ch.isdigit() for ch in stem)


def _ends_with_province(name: str) -> bool:
    """Whether the name ends with a province's short form that is no listed water (美丽浙江, 全四川): the province
    after the words said of it, as slogans and bodies named after them write it (美丽浙江建设领导小组)."""
    return any(name[k:] not in waters() and any(d.level == "province" for d in divisions().get(name[k:], []))
               for k in range(1, len(name) - 1))


def _named_sea_bay(name: str) -> bool:
    """Whether a name ending in the word 海湾 (a bay) is a bay's own name of three characters (甲海湾, named after
    the place 甲海), not a bay qualified by a generic word (美丽海湾, 重点海湾) or a level (县海湾: the county's bays)."""
    return len(name) == 3 and name.endswith("海湾") and is_name_char(name[0]) and \
        name[0] not in _LEVEL_ENDS | set("全大小近级各每某村")


def _known_tail(name: str) -> bool:
    return any(name.endswith(k) and len(k) > 2 for k in waters())


def _kinds_only(name: str) -> bool:
    return bool(_KIND_WORDS.fullmatch(name))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, z in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, z))
    return out
