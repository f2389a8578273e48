"""Resolution: the names one document uses for one thing brought to one canonical name, the merge key of its id.

Within a document: 我厅 / 全厅 / 厅机关 are the issuing department; 厅党组 is that department's Party group, a body
of its own; 省水务厅 is the document's province's 水务厅 (海南省水务厅); 省委 is 中共海南省委. The forms
of one name found among the names a document writes (巡视组 … 七届省委第一巡视组) are ingest/same_names.py's. Across
documents, the same canonical name gives the same id (graph/ids.py entity_id), so a body met in several documents is
one node.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .extract.frames import CONTACT_FIELD
from .extract.gazetteer import department_forms, division_heads, divisions, unit_forms
from .extract.mention import Mention
from .extract.names import ends_water_before
from .extract.units import division_prefix
from .normalize import PRINTED_GLOSS, in_other_script

# Words by which a document names its own issuing body.
_SELF = {"我厅": "厅", "本厅": "厅", "全厅": "厅", "厅机关": "厅", "我局": "局", "本局": "局", "全局": "局",
         "局机关": "局", "我委": "委", "本委": "委", "我办": "办", "本办": "办", "我院": "院", "本院": "院"}
_PARTY_GROUP = {"厅党组": "厅", "局党组": "局", "委党组": "委"}
_ROLE_WORDS = ("书记", "副书记", "成员", "会议", "领导", "长")
# A committee's or a government's term, before its level (十届市委) or after its division (市五届人大常委会,
# 某省十三届人大常委会): the body is the same in every term.
_TERM = re.compile(r"^[一二三四五六七八九十\d]+届(?=[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|州)(?:委|政府|人民政府|人大常委会)$)|"
                   r"(?<=[省市县区州])[一二三四五六七八九十\d]+届(?=(?:委|政府|人民政府|人大常委会)$)")
_GOVERNMENT = {"政府": "人民政府", "政府办公厅": "人民政府办公厅", "政府办公室": "人民政府办公室"}
_NATIONAL_HEADS = ("国家", "中共中央", "中央", "党中央", "国务院", "全国", "中国", "最高人民")
_NATIONAL_MINISTRY = ("部", "署", "总局", "部办公厅")
_PILOT_ZONE = re.compile(r"国家[\u4e00-\u9fff]{2,8}?试验区(?:[(（][\u4e00-\u9fff]+[)）])?[\u4e00-\u9fff]")
_LOCAL_BODIES = ("镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处", "镇党委", "乡党委")


@dataclass
class Context:
    """What the document tells about itself that names depend on."""

    province: str = ""
    city: str = ""
    county: str = ""
    """The county or district the document is about (甲乙县), when one stands out: its 县委 and 县水务局 are that
    county's."""
    issuer: str = ""
    """The issuing body's full name when the document gives it (海南省生态环境厅)."""


_CONTACT_LINE = re.compile(r"(?m)^[ \t]*" + CONTACT_FIELD + r"[^\n]*")
# A site's own lines at the foot of a page (某研究院主办 | 某办公室 主管, 某网 版权所有, 第一办公区:某市某区…): where
# the site sits, not what the document is about.
_SITE_LINE = re.compile(r"(?m)^[^\n]{0,60}(?:版权所有|主办单位|承办单位|主管单位|主办\s*[|｜]|ICP备|技术支持[:：]|办公区[:：])"
                        r"[^\n]{0,60}$")


def document_context(text: str, issuer: str = "", title: str = "") -> Context:
    """The document's province, city and county: the divisions its own name and its text name most often."""
    table = divisions()
    provinces: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    counties: Counter[str] = Counter()
    text = _CONTACT_LINE.sub(lambda m: " " * len(m.group()), text)  # an advertisement's address is no place of its
    text = _SITE_LINE.sub(lambda m: " " * len(m.group()), text)
    head = f"{issuer}\n{title}\n{text[:300]}"
    for weight, part in ((3, head), (1, text)):
        heads = division_heads()
        for i in range(len(part) - 2):
            if part[i : i + 2] not in heads:
                continue
            if not ends_water_before(part, i):  # a province's short form (海南, 山东) is seldom another word
                provinces.update({d.province: weight for d in table.get(part[i : i + 2], [])
                                  if d.level == "province" and d.name != part[i : i + 2]})
            for n in range(3, min(9, len(part) - i + 1)):  # two-character names (城区, 和县) are mostly other words
                word = part[i : i + n]
                for d in table.get(word, []):
                    if d.name != word:
                        continue
                    provinces[d.province] += weight
                    if d.level == "city":
                        cities[d.name] += weight
                    elif d.level in ("county", "district"):
                        counties[d.name] += weight
    province = provinces.most_common(1)[0][0] if provinces else ""
    # A county-level city under a prefecture (盘州市 under 六盘水市) named once is a place the text mentions; a
    # document speaking of its own 市生态环境局 names its city more often than that.
    in_province = [(c, k) for c, k in cities.most_common() if any(d.province == province for d in table[c])
                   and (text.count(c) >= 2 or not all(d.city for d in table[c] if d.name == c))]
    # A city only when one stands out: four county towns listed once each (甲市、乙市及丙市各发现…) do not make
    # the document any one city's, so its 市水务局 stays as written.
    city = in_province[0][0] if in_province and (len(in_province) == 1 or in_province[0][1] > in_province[1][1]) else ""
    if province.endswith("市"):  # a municipality is its own city: 市水务局 is 北京市水务局
        city = province
    return Context(province, city, _own_county(text, f"{issuer}\n{title}", counties, province, city), issuer)


def _own_county(text: str, name: str, counties: Counter[str], province: str, city: str) -> str:
    """The county or district of the province (and city) that the document names in its own name or more than once,
    more often than any other; "" when none stands out (a city's report listing its counties)."""
    table = divisions()
    ranked = [(c, k) for c, k in counties.most_common()
              if any(d.province == province and (not city or d.city in (city, "")) for d in table[c] if d.name == c)
              and (c in name or text.count(c) >= 2)]
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def self_references(text: str, ctx: Context) -> list[Mention]:
    """Where the document names its issuer or the issuer's Party group by 我厅, 全厅, 厅党组 …, when it knows the issuer.

    >>> [(m.surface, m.name) for m in self_references("我厅会同省水务厅", Context(issuer="某省生态环境厅"))]
    [('我厅', '某省生态环境厅')]
    """
    out = []
    for word, end in (*_SELF.items(), *_PARTY_GROUP.items()):
        if not ctx.issuer.endswith(end):
            continue
        for i in _positions(text, word):
            if word in _PARTY_GROUP and text[i - 1 : i] in ("省", "市", "县", "区") or text.startswith(_ROLE_WORDS, i + len(word)):
                continue
            m = Mention("unit", word, word, i, i + len(word))
            m.name = unit_name(m, ctx)
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _positions(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def unit_name(m: Mention, ctx: Context) -> str:
    """The canonical name of a unit mention (the name as written when nothing says more)."""
    s = m.surface
    if s in unit_forms():
        return unit_forms()[s][0]
    if s in _SELF:
        return ctx.issuer if ctx.issuer.endswith(_SELF[s]) else s
    if s in _PARTY_GROUP:
        return f"中共{ctx.issuer}党组" if ctx.issuer.endswith(_PARTY_GROUP[s]) else s
    s = without_term(s)  # 七届省政府 is the provincial government in its seventh term
    if s.endswith("长办") and len(s) > 3:  # 省河长办 is the standard short form of 省河长制办公室
        s = s[:-1] + "制办公室"
    name = _committee_or_government(_full_department(_expand_place(s, ctx)))
    if name.endswith("党组") and not name.startswith("中共") and division_prefix(name):
        name = "中共" + name
    return name


def _committee_or_government(name: str) -> str:
    """A division's Party committee or government written with the division's name, in the form that 省委 and 省政府
    expand to (海南省委 -> 中共海南省委, 甲乙镇政府 -> 甲乙镇人民政府), so the body is one node however a page writes it.

    >>> _committee_or_government("海南省委"), _committee_or_government("海南省政府办公厅")
    ('中共海南省委', '海南省人民政府办公厅')
    """
    if name.startswith("中共"):
        return name
    rest = name
    while division_prefix(rest):
        rest = rest[len(division_prefix(rest)) :]
    place = name[: len(name) - len(rest)]
    town = _TOWN_GOVERNMENT.fullmatch(rest) if not place else None
    if town:
        place, rest = town.group(1), rest[len(town.group(1)) :]
    if not place:
        return name
    if rest.startswith("委") and not rest.startswith("委员会"):
        return "中共" + name
    if rest in _GOVERNMENT:
        return place + _GOVERNMENT[rest]
    return name


# A town's government written with the town's name (甲乙镇政府); 乡镇政府 names every town's.
_TOWN_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,4}(?<![乡各该本全])(?:镇|乡|街道))政府(?:办公室)?")


def without_term(s: str) -> str:
    """The name without the term a committee is numbered by (十届市委 -> 市委, 市五届人大常委会 -> 市人大常委会),
    as the text also calls it.

    >>> without_term("十届市委")
    '市委'
    """
    return _TERM.sub("", s)


def _expand_place(s: str, ctx: Context) -> str:
    """省水务厅 -> 海南省水务厅; 省委 -> 中共海南省委; 省政府 -> 海南省人民政府; 市政府 -> 儋州市人民政府."""
    for word, full in (("省", ctx.province), ("自治区", ctx.province if ctx.province.endswith("自治区") else ""),
                       ("市", _branch_city(s, ctx.city)), ("县", ctx.county if ctx.county.endswith("县") else ""),
                       ("区", ctx.county if ctx.county.endswith("区") else "")):
        if not full or not s.startswith(word) or s.startswith(_LEVEL_WORDS) and not s.startswith("市场", len(word)):
            continue  # 县市 is every county and city, but 县市场监管局 is the county's market regulator
        rest = s[len(word):]
        if rest.startswith("委"):
            return "中共" + full + rest
        if rest in _GOVERNMENT:
            return full + _GOVERNMENT[rest]
        if rest.startswith("政府") and not rest.startswith("政府办"):
            return full + "人民" + rest
        return full + rest
    return s


def _branch_city(s: str, city: str) -> str:
    """The city a 市 body belongs to when its name holds a branch named after a district or county (市某局李沧分局
    is the city's of 李沧区, whatever city the page names most): that division's city, or "" when the short name
    may be several divisions of different cities; else the document's city."""
    branch = _BRANCH.search(s)
    if not branch:
        return city
    table = divisions()
    cities = {d.city for w in (branch.group(1), *(branch.group(1) + k for k in "区县市")) for d in table.get(w, [])
              if d.level in ("district", "county", "city") and d.city and d.name.startswith(branch.group(1))}
    return cities.pop() if len(cities) == 1 else ""


_BRANCH = re.compile(r"[局厅]([\u4e00-\u9fff]{2,3}?)(?:区|县|市)?分局$")


# Words that open with a level but name no body of one division (省级, 市县, 市场, 区域, 县城).
_LEVEL_WORDS = ("省级", "市级", "市县", "省市", "市场", "县级", "县市", "县区", "县城", "县域", "县乡", "区级", "区县", "区域",
                "区内", "区划", "区市")


def _full_department(name: str) -> str:
    """某区市场监管局 -> 某区市场监督管理局: a department's standard short form after the division it serves."""
    for short, full in department_forms():
        if name.endswith(short) and len(name) > len(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


_TERM_HEAD = re.compile(r"^[一二三四五六七八九十\d]+届")


def _bare(name: str) -> str:
    """A body's name without 中共 and the term it opens with: 七届省委第一巡视组 is the province's."""
    return _TERM_HEAD.sub("", name.removeprefix("中共"))


def unit_level(name: str) -> str:
    """national, provincial, city_county or other, from how the name begins."""
    if _PILOT_ZONE.match(name):  # a national pilot zone covers a province: its bodies are the province's
        return "provincial"
    if name.startswith(_NATIONAL_HEADS):
        return "national"
    bare = _bare(name)
    place, rest = "", bare
    while division_prefix(rest):  # the innermost division: 某省某市河长办 is the city's
        place = division_prefix(rest)
        rest = rest[len(place) :]
    if place:
        return "provincial" if divisions()[place][0].level == "province" else "city_county"
    if bare.startswith(("省", "自治区")):
        return "provincial"
    if bare.startswith(("市", "县", "区", "镇", "乡")) or bare.endswith(_LOCAL_BODIES):
        return "city_county"
    if name.endswith(_NATIONAL_MINISTRY) and len(name) <= 7:  # 生态环境部, 自然资源部, 审计署
        return "national"
    return "other"


# Words a body's name may open with that say its level but not which division it belongs to.
_LEVEL_OPENERS = ("省", "自治区", "市", "州", "盟", "县", "旗", "区", "街道", "镇", "乡", "村")
# Groups and offices named by their kind alone (巡察组, 第二督察组, 河长办).
_KIND_ONLY = re.compile(r"(?:第[一二三四五六七八九十]+)?(?:[\u4e00-\u9fff]{0,6}?(?:巡视|巡察|督察|督查|检查|调查|核查)组"
                        r"|[河湖湾林田]长(?:制)?(?:办|办公室))")


# Bodies that are some other body's part or some page's task, whoever's they are: an office inside a department
# (人事处, 机关党委, 驻厅纪检监察组), a group or task force named by its task (巡视整改工作领导小组, 禁塑工作专班,
# 联络组); a department named by its field alone (审计厅, 城管中队, 湖泊局); a town's, a street's or a village's
# body named without its county (甲乙街道办事处, 甲乙镇人民政府, 甲村委会, 甲乙派出所), as many counties have one so named.
_PART_OR_TASK = re.compile(r"(?:机关|驻)[\u4e00-\u9fff]+|[\u4e00-\u9fff]{1,4}[处科室司]|[\u4e00-\u9fff]*(?:组|专班)"
                           r"|[\u4e00-\u9fff]{1,3}办")
_FIELD_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:局|厅|委|分局|中队|大队|支队)")
_LOCAL_UNSAID = re.compile(r"[\u4e00-\u9fff]+(?:街道办事处|街道办|镇人民政府|乡人民政府|镇政府|乡政府|镇党委|乡党委|村委会|"
                           r"居委会|村民委员会|居民委员会|两委|派出所)")


def owner_unsaid(name: str) -> bool:
    """Whether a body's name leaves unsaid whose body it is (市政府, 七届县委第二巡察组, 河长办, on a page whose
    city is never named; 人事处, 审计厅, 甲乙镇人民政府): the same words name a different body on many pages, so such
    a node is its document's own, never merged with another page's.

    >>> [owner_unsaid(n) for n in ("市政府", "巡察组", "甲乙市人民政府", "国务院", "生态环境部", "人事处", "海南大学")]
    [True, True, False, False, False, True, False]
    """
    bare = _bare(name)
    if division_prefix(bare) or unit_level(name) == "national" or name.startswith(_NATIONAL_HEADS):
        return False
    if bare.startswith(_LEVEL_OPENERS) or _KIND_ONLY.fullmatch(bare) is not None:
        return True
    return not _short_region(bare) and any(p.fullmatch(bare) for p in (_PART_OR_TASK, _FIELD_ONLY, _LOCAL_UNSAID))


def _short_region(name: str) -> bool:
    """Whether a name opens with a province's or a city's short form (海南海警局, 天水…): its owner is said."""
    table = divisions()
    return any(d.level in ("province", "city") for n in (2, 3) for d in table.get(name[:n], []))


def place_key(name: str, attrs: dict[str, str]) -> str:
    """The merge key of a place: a county's name alone is shared by several provinces."""
    province = attrs.get("province", "")
    if attrs.get("level") in ("county", "district", "town", "village") and province and province != name:
        return province + name
    return name


def as_written(original: str, offsets: list[int], start: int, end: int) -> list[str]:
    """The published forms of normalized text[start:end] when the page writes it otherwise than matching reads it:
    in traditional script (東寨港 for 东寨港), or with a reading aid the matching text dropped standing in it
    (監(jiān)察部 for 监察部) or right after it (小欖鎮(zhèn)). A reader quoting the page quotes it so, and finds it
    by that form; with a gloss after the name, both the form without it and the one with it.

    >>> as_written("由監(jiān)察部", [0, 1, 8, 9, 10], 1, 4)
    ['監(jiān)察部']
    >>> as_written("在甲鎮(zhèn)", [0, 1, 2, 8], 1, 3)
    ['甲鎮', '甲鎮(zhèn)']
    >>> as_written("在東寨港", [0, 1, 2, 3, 4], 1, 4)
    ['東寨港']
    >>> as_written("由监察部", [0, 1, 2, 3, 4], 1, 4)
    []
    """
    if end <= start or end > len(offsets) - 1:
        return []
    a, z = offsets[start], offsets[end - 1] + 1
    s = original[a:z]
    if "\n" in s:
        return []
    glossed = len(s) > end - start and PRINTED_GLOSS.search(s)
    forms = [s] if glossed or in_other_script(s) else []
    after = PRINTED_GLOSS.match(original, z)
    if after:
        forms.append(s + after.group())
    return forms

