"""Units a text names without writing their names out: 该厅, 你公司, a leading group written alone, a group formed by a
body named before it, and bodies named by ellipsis (儋州市、临高县、保亭县委). Each takes the units `find_units`
found in the same text and returns mentions of its own, those that stand for a written name carrying it as
attrs refers.
"""

from __future__ import annotations

import re

from .gazetteer import divisions
from .mention import Mention
from .names import is_name_char, name_start
from .units import NAME_LIMIT, division_prefix, is_division_name


def bare_groups(text: str, units: list[Mention]) -> list[Mention]:
    """领导小组 written alone: the leading group its paragraph named before, with attrs refers (that mention), or else
    the group of the paragraph's topic (积极推进禁塑工作。… 领导小组 is 禁塑工作领导小组); none when neither is given.

    >>> [m.name for m in bare_groups("积极推进禁塑工作。完成领导小组成员名单调整", [])]
    ['禁塑工作领导小组']
    """
    out = []
    for m in re.finditer(_BARE_GROUP, text):
        i, z = m.span()
        if any(u.start <= i and z <= u.end for u in units) or \
                name_start(text, i, NAME_LIMIT, activity=False, keep=0) < i:
            continue
        line = text.rfind("\n", 0, i) + 1
        earlier = [u for u in units if line <= u.start and u.end <= i and u.surface.endswith(_BARE_GROUP)]
        topic = _TOPIC.match(text, line)
        if earlier:
            out.append(Mention("unit", earlier[-1].surface, _BARE_GROUP, i, z, {"refers": earlier[-1]}))
        elif topic and topic.end() <= i:
            name = topic.group(1).replace("“", "").replace("”", "") + "工作" + _BARE_GROUP
            out.append(Mention("unit", name, _BARE_GROUP, i, z))
    return out


def anaphora(text: str, units: list[Mention]) -> list[Mention]:
    """该厅, 该院 …: the body of that kind its paragraph named last, with attrs refers (that mention).

    >>> t = "经协调省财政厅,该厅表示款项已上缴"
    >>> [(m.surface, m.name) for m in anaphora(t, find_units(t))]
    [('该厅', '省财政厅')]
    """
    out = []
    for m in _ANAPHOR.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        earlier = [u for u in units if line <= u.start and u.end <= m.start() and u.surface.endswith(m.group(1))]
        if earlier:
            out.append(Mention("unit", earlier[-1].surface, m.group(0), m.start(), m.end(), {"refers": earlier[-1]}))
    return out


_ANAPHOR = re.compile(r"该(厅|局|院|委|办|部|中心|公司|站|大学)")


def addressed(text: str, units: list[Mention]) -> list[Mention]:
    r"""你公司, 贵单位 …: the body a letter or a decision is addressed to, on a line of its own before its colon
    (某某有限公司:), with attrs refers (that mention); with no such addressee they name no one.

    >>> t = "行政处罚决定书\n甲市乙材料有限公司:\n经查,你公司未批先建。"
    >>> [(m.surface, m.name) for m in addressed(t, find_units(t))]
    [('你公司', '甲市乙材料有限公司')]
    """
    out = []
    heads = [u for u in units if text.startswith((":", ":"), u.end) and text.rfind("\n", 0, u.start) + 1 == u.start]
    for m in _ADDRESSEE_REF.finditer(text):
        to = [u for u in heads if u.end <= m.start() and u.surface.endswith(m.group(1))]
        if to:
            out.append(Mention("unit", to[0].surface, m.group(0), m.start(), m.end(), {"refers": to[0]}))
    return out


_ADDRESSEE_REF = re.compile(r"[你贵](公司|单位|合作社|厂|局|院|委|厅|中心|站|学校|医院|场)")


def founded_with(text: str, units: list[Mention]) -> list[Mention]:
    """A group written without a name, set up together with a named one (成立巡视整改工作领导小组和联络组): a body of
    its own, named as written; alone (增设专项组) such a word is generic.

    >>> t = "成立督察整改工作领导小组和联络组"
    >>> [m.surface for m in founded_with(t, find_units(t))]
    ['联络组']
    """
    out = []
    for u in units:
        group = _PARTNER_GROUP.match(text, u.end)
        if group and u.surface.endswith(("小组", "组", "专班")) and text.endswith(_FOUNDING, 0, u.start) and \
                not is_name_char(text[group.end() : group.end() + 1] or "。"):
            out.append(Mention("unit", group.group(1), group.group(1), group.start(1), group.end()))
    return out


def formed_groups(text: str, units: list[Mention]) -> list[Mention]:
    """A group word that names no body alone (检查组, 调查组), once the text says a body formed or sent it (某委组成
    检查组, 派出调查组) or has it open a sentence as the one acting (…专项督查。检查组深入…): that mention and each later
    one standing alone (。检查组通过…) is that group.

    >>> t = "甲委组成检查组,先后赴各地。检查组通过查阅资料核实"
    >>> [m.start for m in formed_groups(t, find_units(t))]
    [4, 14]
    """
    out = []
    inside = [(u.start, u.end) for u in units]
    for formed in sorted([*_FORMED.finditer(text), *_ACTING.finditer(text)], key=lambda m: m.start(1)):
        word = formed.group(1)
        for hit in re.finditer(word, text[formed.start(1) :]):
            a, z = formed.start(1) + hit.start(), formed.start(1) + hit.end()
            alone = a == formed.start(1) or not is_name_char(text[a - 1 : a] or "。")
            if alone and not any(x <= a and z <= y for x, y in inside) and all(m.start != a for m in out):
                out.append(Mention("unit", word, word, a, z))
    return out


_FORMED = re.compile(r"(?:组成|派出|组建了?|成立了?)(检查组|调查组|核查组|督导组|评估组|专家组|审计组)"
                     r"(?=[于赴到对在先分将]|[^\u4e00-\u9fff]|$)")
# An inspecting group opening a sentence or a line as its subject (检查组分别深入…), not its leader (检查组组长). A
# group formed may be followed by a preposition or an adverb (派出审计组于…, 组成检查组先后…).
_ACTING = re.compile(r"(?:^|(?<=[。！？!?]))[ \t　]*(检查组|调查组|核查组|督导组|审计组)(?!组|成员)", re.M)


# Group words that name no body alone, and the verbs that set a body up.
_PARTNER_GROUP = re.compile(r"[和及与、](联络组|工作组|专项组|协调组|督导组|工作专班|专班)")
_FOUNDING = ("成立", "成立了", "组建", "组建了", "设立", "设立了")
_BARE_GROUP = "领导小组"
# A paragraph that opens by naming its topic: (三)积极推进“禁塑”工作。
_TOPIC = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:积极|全面|深入|扎实|持续|大力)?推进"
                    r"([\u4e00-\u9fff“”]{2,8}?)工作[。,，;；]")


def elliptical(text: str, units: list[Mention]) -> list[Mention]:
    """Bodies the text names by ellipsis: 儋州市、临高县、保亭县委 (the committees of all three) and
    定安县党委、政府 (the county's government too). Each is evidenced by the words that name it."""
    out = []
    for u in units:
        place = division_prefix(u.surface)
        body = u.surface[len(place) :]
        if not place or body not in _SHARED_BODIES:
            continue
        end = u.start
        while end >= 2 and text[end - 1] == "、":
            prev = next((text[end - 1 - n : end - 1] for n in range(min(10, end - 1), 1, -1)
                         if text[end - 1 - n : end - 1] in divisions()), "")
            if not prev or not is_division_name(prev):
                break
            out.append(Mention("unit", prev + body, prev, end - 1 - len(prev), end - 1, {"literal": False}))
            end -= 1 + len(prev)
        if body.endswith("党委") and text.startswith("、政府", u.end):
            a = u.end + 1
            out.append(Mention("unit", place + "人民政府", "政府", a, a + 2, {"literal": False}))
    return out


# Bodies that a list of divisions shares when only the last division is written with it.
_SHARED_BODIES = {"委", "党委", "政府", "人民政府"}


def shared_prefixes(text: str, units: list[Mention]) -> dict[int, str]:
    """Departments listed after a body whose level or division they share, written without it (区卫计局、环保局、
    人社局; 县公安局、农业农村局、市场监管局): id of each such mention -> the words it shares (区, 县, 甲乙区), which
    the first of the list writes and the others leave out. A body with a level or a division of its own, a national
    ministry or a firm shares none.

    >>> t = "向区卫计局、环保局、人社局反馈"
    >>> [(m.surface, p) for m in find_units(t) if (p := shared_prefixes(t, find_units(t)).get(id(m)))]
    [('环保局', '区'), ('人社局', '区')]
    """
    out: dict[int, str] = {}
    ordered = sorted(units, key=lambda u: u.start)
    for prev, u in zip(ordered, ordered[1:]):
        if text[prev.end : u.start] != "、" or not _BARE_DEPARTMENT.fullmatch(u.surface) or _owned(u.surface):
            continue
        prefix = out.get(id(prev)) or _owner_words(prev.surface)
        if prefix:
            out[id(u)] = prefix
    return out


def zone_committees(text: str, units: list[Mention]) -> list[Mention]:
    """A zone's management committee written after its Party working committee with the zone's name left out
    (甲乙经济开发区党工委、管委会): the zone's committee, named as written, with attrs owner (the zone's words)."""
    out = []
    starts = {u.start for u in units}
    for u in units:
        owner = u.surface[: -len(u.surface.rsplit("党", 1)[-1]) - 1] if u.surface.endswith(("党工委", "党委")) else ""
        word = _ZONE_BODY.match(text, u.end + 1)
        if owner and len(owner) >= 2 and text[u.end : u.end + 1] == "、" and word and word.start() not in starts \
                and not text.startswith(("主任", "副主任", "办公室"), word.end()):
            out.append(Mention("unit", word.group(), word.group(), word.start(), word.end(), {"owner": owner}))
    return out


# A department named by its field alone (环保局, 农业农村局, 禁捕办): a bureau, a commission, an office or a centre;
# stations and brigades are mostly named after their place (甲乙派出所, 甲乙中队) and share no owner's words.
_BARE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委|办|办公室|中心)")
_ZONE_BODY = re.compile(r"管委会|管理委员会")
_LEVELS = "省市县区州旗镇乡"


def _owned(name: str) -> bool:
    """Whether a department's name says whose it is: a division (甲乙县水利局) or a firm's word (某公司办公室); 市场监管局
    opens with 市场, a field, not the city."""
    return bool(division_prefix(name)) or any(w in name for w in ("公司", "集团", "某")) or \
        name[:1] in _LEVELS and not name.startswith(("市场", "区域")) or _NAMED_LEVEL.match(name) is not None


# A division's name not in the gazetteer still ends in its level (甲乙县环保局), unlike a field's 城市 or 城乡.
_NAMED_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,6}?(?<!城)[省市县区州旗]")


def _owner_words(name: str) -> str:
    """The level or division a listed department's name opens with (区 in 区卫计局, 甲乙区 in 甲乙区禁捕办), or ""."""
    place = division_prefix(name)
    if place:
        return place
    return name[0] if name[:1] in _LEVELS and not name.startswith(("市场", "区域")) and len(name) >= 3 else ""


def defined_short_forms(text: str, units: list[Mention]) -> dict[int, Mention]:
    """Short forms a text defines for a body right after its name (甲乙县农业农村局(以下简称县农业局), 某省生态环境厅
    (简称“省厅”)): id of each mention written so, in the bracket or later -> the body's mention. The short form is that
    body in this document, whatever another body it would otherwise expand to (县农业局, 省厅).

    >>> t = "甲乙县农业农村局(以下简称县农业局)牵头,县农业局组织排查"
    >>> [(m.surface, full.surface) for m in find_units(t) if (full := defined_short_forms(t, find_units(t)).get(id(m)))]
    [('县农业局', '甲乙县农业农村局'), ('县农业局', '甲乙县农业农村局')]
    """
    out: dict[int, Mention] = {}
    by_end = {u.end: u for u in units}
    for m in _SHORT_FORM.finditer(text):
        full = by_end.get(m.start())
        if full is None or full.surface == m.group(1):
            continue
        for u in units:
            if u.surface == m.group(1) and u.start >= m.start():
                out[id(u)] = full
    return out


# A short form defined in brackets after a name: (以下简称甲乙), (简称“甲乙”), (下称甲乙).
_SHORT_FORM = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[:：]?[“\"']?([\u4e00-\u9fff]{2,12})[”\"']?[)）]")
