"""Firms' names that the words before a suffix cut short or run past: a division's name in brackets inside a firm's
name (甲乙(丙丁)水务发展有限公司), a trade name holding 和 (甲县兴和养殖专业合作社), a firm's own treatment plant
(某有限公司某路污水处理厂) and a farm named by a name of its own (甲县乙丙养殖场), unlike a kind of farm (规模养殖场)."""

from __future__ import annotations

import re

from .gazetteer import divisions, leading_words, time_words
from .names import LEADING, is_name_char, name_start
from .unit_starts import NAME_LIMIT, is_division_name

# Suffixes of firms' names: the rules here apply to these only.
FIRM_SUFFIXES = ("有限公司", "公司", "集团", "合作社", "厂", "养殖场", "奶牛场", "养牛场", "养猪场", "养鸡场", "养鸭场",
                 "养羊场", "种羊场", "种猪场", "林场", "农场", "屠宰场", "猪场",
                 # the shops' kinds among the organisational forms of enterprise names (甲乙超市, 甲乙商场, 甲乙商行)
                 "超市", "商场", "商行")
# Words that say what kind of farm it is, or which ones, but give it no name (规模化畜禽养殖场, 散养生猪养殖场).
_FARM_KIND = re.compile(r"(?:[万千百]头|小散|散户|大中型|连锁|便利|生鲜|社区|综合|全县|全市|全镇|全区|本地|当地|各地|规模化?|非规模化?|规模以下|畜禽|生猪|家禽|肉牛|肉羊|奶牛|蛋鸡|肉鸡|专业|散养|个体|家庭|大型|中型|小型|"
                        r"标准化|现代化?|生态|周边|附近|辖区|其他|其它|部分|上述|涉事|违法|非法|国有|集体|该|此|各|一)+")
_FIRM_OWNER = re.compile("公司|集团|合作社")


def firm_start(text: str, a: int, floor: int) -> int:
    """Take a firm's name back over a bracketed division (北控(大石桥)水务发展有限公司: a branch's or an owner's
    place written inside the name) and over a 和 inside its trade name, written right after a division
    (新田县兴和养殖专业合作社: a single character is no body joined by 和)."""
    if text[a - 1 : a] in ")）":
        opening = max(text.rfind("(", max(floor, a - 10), a - 1), text.rfind("（", max(floor, a - 10), a - 1))
        inner = text[opening + 1 : a - 1]
        if opening > floor and inner in divisions():
            b = name_start(text, opening, NAME_LIMIT, floor, activity=False, keep=0)
            if 2 <= opening - b:
                return b
    if text[a - 1 : a] == "和" and is_name_char(text[a - 2 : a - 1] or "。"):
        place = next((n for n in range(7, 1, -1) if a - 2 - n >= floor and text[a - 2 - n : a - 2] in divisions()
                      and is_division_name(text[a - 2 - n : a - 2])), 0)
        if place:
            return a - 2 - place
    return a


def owned_plant(name: str, plants: tuple[str, ...]) -> bool:
    """Whether a treatment plant is a firm's own, named after the firm (甲乙股份有限公司丙路污水处理厂): one works."""
    plant = next((w for w in plants if name.endswith(w)), "")
    return bool(plant) and _FIRM_OWNER.search(name[: -len(plant)]) is not None


def named_after_a_break(text: str, a: int, head: str) -> bool:
    """Whether a farm or a shop with no place before it (farm_of_its_own judges those) is named by words of its own
    (对甲乙猪场, 来到甲乙超市, 发现甲乙生态农场): two to five characters that a verb, a function word or a stop opens
    and that say no kind (大型超市, 万头猪场), no count, no goods and no zone; a name with no such break before it may
    be any words the sentence ran into."""
    if _after_places(head)[1] or set(head) & _PLACE_WORDS or not 2 <= len(head) <= 5 or _FARM_KIND.fullmatch(head):
        return False
    if head[0] in _COUNTS or _COUNTED.search(head) or not all(map(is_name_char, head)) or \
            any(w in head for w in _GOODS_AND_KINDS):
        return False  # 3家猪场, 这里两处养猪场, 塑料制品商场, 商场超市, 畜禽养殖场
    if _holds_verb_or_time(head):
        return False  # 检查超市, 当前全县猪场: the sentence's words
    return a == 0 or not is_name_char(text[a - 1]) or any(text.endswith(w, 0, a) for w in LEADING)


# Words of places, and of zones (适养区), that farm_of_its_own reads or that make a farm a zone's.
_PLACE_WORDS = set("省市县区镇乡村")
# Words of what a shop sells or a farm keeps, and of the kinds themselves, which a name of its own does not hold.
_GOODS_AND_KINDS = ("超市", "商场", "市场", "商店", "养殖", "畜禽", "塑料", "制品", "商品", "部份", "部分", "百货", "购物",
                    "农资", "建材", "家电", "校园", "便民", "平价")


def _holds_verb_or_time(head: str) -> bool:
    """Whether a verb or a time word of two characters or more that jieba's dictionary lists stands in `head` (健全,
    检查, 当前): the sentence's words, which the span before a farm's or a shop's kind ran into."""
    words = leading_words() | time_words()
    return any(head[i : i + n] in words for n in (2, 3, 4) for i in range(len(head) - n + 1))


def farm_of_its_own(head: str) -> bool:
    """Whether the words before a farm's kind give it a name of its own: a firm's (甲乙食品有限公司养殖场), or
    two to six characters after the divisions it lies in that are not words of a kind (甲县乙镇丙丁奶牛场, not
    甲镇规模养殖场 or 养殖场 alone), or a masked one (某养猪场); a name with no division before it may be any word
    and is left out."""
    if _FIRM_OWNER.search(head):
        return True
    rest, placed = _after_places(head)
    if rest.startswith("某"):  # 某养猪场, 甲县某养殖场: a name the page masks
        return not _FARM_KIND.fullmatch(rest[1:]) if rest[1:] else True
    return placed and 2 <= len(rest) <= 6 and not _FARM_KIND.fullmatch(rest)



def _after_places(head: str) -> tuple[str, bool]:
    """The words before a farm's kind after the divisions, towns and villages they open with (甲县乙镇丙丁 -> 丙丁),
    and whether any opened them."""
    rest, placed = head, False
    while rest:
        n = next((n for n in range(min(8, len(rest) - 1), 1, -1) if rest[:n] in divisions()
                  or 3 <= n <= 4 and rest[:n].endswith(("镇", "乡", "村"))
                  or n == 2 and rest[0] == "某" and rest[1] in "省市县区镇乡村"), 0)
        if not n:
            break
        rest, placed = rest[n:], True
    return rest, placed


def listed_after_farm(text: str, a: int, head: str) -> bool:
    """Whether a farm named by two to six characters follows a named farm in a list (甲县乙镇丙丁奶牛场、戊己奶牛场):
    a list names its items alike, the first with the divisions it lies in and the next ones without them, so the
    next one's words are its name unless they say a kind (…养殖场、规模养殖场) or the farm before is a kind too."""
    if text[a - 1 : a] != "、" or not 2 <= len(head) <= 6 or _FARM_KIND.fullmatch(head) or head[0] in _COUNTS:
        return False
    kind = next((k for k in FARM_SUFFIXES if text.endswith(k, 0, a - 1)), "")
    if not kind:
        return False
    z = a - 1 - len(kind)
    b = max(text.rfind(c, 0, z) for c in "、,，;；。:：\n") + 1
    return farm_of_its_own(text[b:z]) or listed_after_farm(text, b, text[b:z])


FARM_SUFFIXES = FIRM_SUFFIXES[FIRM_SUFFIXES.index("养殖场"):]
_COUNTS = set("0123456789一二三四五六七八九十两几多")
# A number with a measure word anywhere in the words before the kind counts farms or shops; it names none.
_COUNTED = re.compile(r"[0-9一二三四五六七八九十两几多数]+[处个家座所间栋户]")
