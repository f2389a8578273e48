"""Two-character waters and waters written X水 or X曲, taken where the words around them say they are waters:
beside a water found by its full form in a list, before its basin, branch or stretch, after a verb of flowing in.
Alone, such a word (沿河, 该河, 污水) is too often something else."""

from __future__ import annotations

import re

from .gazetteer import after_leading_words, divisions, word_classes
from .mention import Mention
from .names import is_name_char
from .water_forms import GENERIC, KIND, NOT_AFTER, WATER_WORDS

# A verb right before the suffix makes a verb-object word, not a name: 巡河 (patrol the river), 治湖, 护江, 涉河
# (涉河违法行为, offences touching rivers); so do 沿 (沿河排污口, the outfalls along the river), 进 (倾倒垃圾进河,
# into the river), 逐 (逐河巡查, river by river), and the verbs of taking ponds or lakes back or filling them
# (退塘还林, 填湖造地).
VERBS_BEFORE = set("巡治护沿进涉逐退填")

_SHORT = re.compile(r"(?<=[、,,和及与])[\u4e00-\u9fff][河江湖溪](?=[、,,等和及与的])|[\u4e00-\u9fff][河江湖溪](?=、)")
# A two-character river before a stretch named after a town or a village (甲河乙丙段 where the text writes 乙丙乡).
_BEFORE_STRETCH = re.compile(r"[\u4e00-\u9fff][河江溪](?=([\u4e00-\u9fff]{2,3})段)")
# A two-character water whose basin, branch or section the text names (南溪流域, 东河支流, 甲江河段), or its stretch
# along named towns (甲河乙丙镇、丁戊镇段): those are a named water's.
_TOWN_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:、[\u4e00-\u9fff]{2,4}(?:镇|乡|街道))*段")
# A two-character water given its other name in brackets: 南河(甲乙河).
_ALIAS_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[河江湖溪渠][)）]")
# The words for a water's basin, branches and stretches, written after its name.
_BASIN_WORDS = ("流域", "支流", "一级支流", "二级支流", "三级支流", "干流", "河段", "沿线", "沿岸")
_BASIN = re.compile(rf"[\u4e00-\u9fff][河江溪](?={'|'.join(_BASIN_WORDS)}|{_TOWN_SECTION.pattern}|{_ALIAS_AFTER.pattern})"
                    r"|[\u4e00-\u9fff]水(?=流域|支流|干流)")
# A two-character water a river flows into, sewage is let into, or where a work lies (注入甲江, 直排乙河, 所在丙河的):
# a water, by the verb.
INTO_VERBS = ("注入", "汇入", "流入", "所在", "直排", "排入")
_INTO = re.compile(r"(?<=注入|汇入|流入|所在|直排|排入)[\u4e00-\u9fff][河江溪](?=[的,,。;;、]|$)")
# A two-character water named right after the word for its kind (甲江一级支流乙河, 入湾河流丙河, 甲河干流丁河): the
# word says what the name is; a character that goes on into another word (河流段河长) or a place's name (甲河村) does
# not end one.
_WATER_KINDS = ("支流", "干流", "河流")
_APPOSED = re.compile(r"(?<=支流|干流|河流)[\u4e00-\u9fff][河江溪]")
_PLACE_CHARS = "省市县区镇乡村路街桥"
# A two-character water whose stretch in a town, a village or a division is named (甲镇乙溪段, 丙丁乙溪段).
_STRETCH = re.compile(r"[\u4e00-\u9fff][河江溪](?=段)")
# Words for kinds of water written X水 (污水, 雨水): never the name of a river before 流域 / 干流 (a river written
# X河 before them is one: 海河流域, 清河干流).
_NOT_RIVER_WATER = set("污雨海河江湖溪山供排用饮废积淡洪潮地泉清")


def short_in_list(text: str, start: int, end: int, found: dict[tuple[int, int], Mention]) -> list[Mention]:
    """Two-character waters (滁河, 汉江), too often other words alone (沿河, 该河), taken where they stand in a
    list beside a water found by its full form (裕溪河、牛屯河、滁河等), before 流域 / 支流 (南溪流域), or at the
    head of a water named after them (甲溪乙丙湖: the stream, then the lake named from its own words)."""
    out: list[Mention] = []
    spans = set(found)
    candidates = [m.span() for m in _SHORT.finditer(text, start, end)]
    candidates += [m.span() for m in _BASIN.finditer(text, start, end)
                   if not (m.group(0)[-1] == "水" and text[m.start()] in _NOT_RIVER_WATER)
                   and not (m.group(0)[-1] == "水" and _kind_of_water(m.group(0)))]  # 汇水支流: catchment, no river
    candidates += [m.span() for m in _INTO.finditer(text, start, end)]
    candidates += [m.span() for m in _APPOSED.finditer(text, start, end)
                   if text[m.end() : m.end() + 1] not in NOT_AFTER[text[m.end() - 1]] + _PLACE_CHARS
                   or text.startswith(WATER_WORDS, m.end())]
    candidates += [m.span() for m in _STRETCH.finditer(text, start, end) if after_place(text, m.start())]
    candidates += [m.span() for m in _BEFORE_STRETCH.finditer(text, start, end) if _town_named(text, m.group(1))]
    candidates += [(a - 2, a) for a, _z in spans if a - 2 >= start and text[a - 1] in "河江溪"]
    grew = True
    while grew:  # 午河、澧河、小漳河: 澧河 stands beside 小漳河, and 午河 beside 澧河
        grew = False
        for a, z in candidates:
            word = text[a:z]
            if (a, z) in spans or any(y == a for _x, y in spans) or word in GENERIC or \
                    text[a] in "各该本此沿跨入出全每某两多级村镇乡县市区":  # 甲河乙河段: 乙河 names the stretch
                # 村级河段; 甲村河段: the river's stretch at a village, whose 村 ends the village's name
                continue
            # 甲溪乙丙湖: a lake, a reservoir or a ditch named from its stream; a river after a river (甲江乙丙河) is
            # no river named from another, and the words before it are a place's
            head = any(x == z and text[y - 1] not in "河江溪" for x, y in spans) and \
                not is_name_char(text[a - 1 : a] or "。")
            after_one = a > 0 and text[a - 1] == "、" and any(y == a - 1 for _x, y in spans)
            before_one = text[z : z + 1] == "、" and any(x == z + 1 for x, _y in spans)
            basin = (text.startswith(_BASIN_WORDS, z) or _TOWN_SECTION.match(text, z) or
                     _ALIAS_AFTER.match(text, z) or text.endswith(INTO_VERBS + _WATER_KINDS, 0, a) or
                     text.startswith("段", z) and after_place(text, a) or
                     (town := _BEFORE_STRETCH.match(text, a)) is not None and _town_named(text, town.group(1))) and \
                not VERBS_BEFORE & {text[a]}
            if (after_one or before_one or basin or head) and not any(x < z and a < y for x, y in spans):
                node_type, kind = KIND.get(word[-1], ("river", "river"))
                out.append(Mention(node_type, word, word, a, z, {"kind": kind, "place": ""}))
                spans.add((a, z))
                grew = True
    return out


# An item of a list written X水, the old word for a river (甲乙水): a river where the list is one of waters.
_SHUI_ITEM = re.compile(r"(?<=、)(?:[\u4e00-\u9fff]{2,4}水|[\u4e00-\u9fff]{1,4}曲)(?=[、等\d一二三四五六七八九十])")
_LIST_OF_WATERS = ("等河道", "等河流", "等水体", "等河湖", "等江河", "等主要河道", "等河")


def listed_shui(text: str, start: int, end: int, found: dict[tuple[int, int], Mention]) -> list[Mention]:
    """Rivers named X水, or X曲 as Tibetan names write a river, in a list of waters (甲河龙新段、乙丙水等河道,
    甲河、乙曲): an item so written is a river where the list ends with the word for waters or the item before or
    after it holds a water's name; 污水, 雨水, 歌曲 and the other words so written (地下水) are not."""
    out: list[Mention] = []
    spans = set(found)
    grew = True
    while grew:  # 甲曲、乙曲、丙河: 乙曲 stands before 丙河, and 甲曲 before 乙曲
        grew = False
        for m in _SHUI_ITEM.finditer(text, start, end):
            a, z = m.span()
            before = max(text.rfind("、", start, a - 1), text.rfind(",", start, a - 1), start - 1) + 1
            after_water = any(before <= x and y <= a - 1 for x, y in spans)  # the item before holds a water
            before_water = text[z : z + 1] == "、" and any(x == z + 1 for x, _y in spans)
            if _kind_of_water(text[a:z]) or not (after_water or before_water or text.startswith(_LIST_OF_WATERS, z)):
                continue
            name = text[after_leading_words(text, a, z - 1, keep=2) : z]
            if any(x < z and name and a < y for x, y in spans) or name in GENERIC:
                continue
            out.append(Mention("river", name, name, z - len(name), z, {"kind": "river", "place": ""}))
            spans.add((z - len(name), z))
            grew = True
    return out


def _kind_of_water(item: str) -> bool:
    """Whether an item written X水 ends with a word of jieba's dictionary that is no name (地下水, 污水, 下水),
    which makes it a kind of water, not a river."""
    classes = word_classes()
    return any(classes.get(item[k:], "ns") not in ("ns", "nz") for k in range(len(item) - 1))


def _town_named(text: str, words: str) -> bool:
    """Whether the text names a town, a street or a village by these words and its suffix (乙丙乡 for 乙丙段)."""
    return any(words + suffix in text for suffix in ("镇", "乡", "街道", "村"))


def after_place(text: str, a: int) -> bool:
    """Whether text[a] follows a town's or village's suffix or a division's name or short form."""
    return text[a - 1 : a] in ("镇", "乡", "村") or any(text[max(0, a - k) : a] in divisions() for k in (2, 3, 4))
