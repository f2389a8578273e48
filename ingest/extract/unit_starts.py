"""Where a unit's name begins when the words before its suffix run past it or stop short: past a visit verb
(调研省…, 甲厅党组巡察甲省乙局), back over a task group's verb (市配合保障…信访组), a joint body's committee
(省委、省政府…督察组), a bracketed other name of its owner and a national pilot zone cut by a conjunction."""

from __future__ import annotations

import re

from .gazetteer import divisions, leading_words, towns
from .names import LEADING, is_name_char, name_start

#: The longest unit name, in characters.
NAME_LIMIT = 30
# Ends of a body's name that a visit verb may follow (甲厅党组巡察…).
_BODY_ENDS = ("党组", "党委", "厅", "局", "委", "委员会", "政府", "办公室", "部")
# A name that opens with a national pilot zone may hold a conjunction: 国家生态文明试验区应对气候变化和碳达峰专项小组.
_ZONE_HEAD = re.compile(r"国家[\u4e00-\u9fff]{2,8}?(?:试验区|示范区|先行区)[\u4e00-\u9fff]{0,10}?[和与及]$")


# Verbs of a visit or an inspection written right before the body visited (实地调研省河长制办公室, 某镇调研督查省…,
# 甲厅党组巡察甲省乙局):
# where a division or its level follows one, the body's name starts there.
_VISIT = re.compile(r"调研|督查|督察|检查|巡查|巡察|巡视|视察|考察|走访|暗访|督导|指导|拜访")


def after_visit(text: str, a: int, e: int) -> int:
    """The start past the last visit verb in text[a:e] that a division or a level word follows."""
    for m in _VISIT.finditer(text, a, e):
        if not (text.startswith(("省", "自治区", "市", "县"), m.end()) or division_at(text, m.end())
                and text.endswith(_BODY_ENDS, a, m.start())):
            continue  # 甲省水利厅党组巡察甲省乙局, but 海洋督察上海工作联络组 is one group's name
        if e - m.end() >= 4 and not text.startswith(("县级", "市级", "省级"), m.end()):
            a = m.end()
    return a


def task_group_start(text: str, a: int, suffix: str, floor: int) -> int:
    """Take in the verb a task group's name opens with after its level (市配合保障…督察工作信访组, where 配合 would
    otherwise end the words before the name): the level stands alone after a break, and the name ends in a group."""
    central = text.startswith("中央", a) and suffix not in _INSPECTION_GROUPS
    if not suffix.endswith("组") or text[a : a + 1] in "省市县区中" and not central or division_at(text, a):
        return a  # 市配合省督察组, 市配合中央督察组: the group after the verb is a body of its own
    for verb in _GROUP_VERBS:
        v = a - len(verb)
        if v - 1 < floor or not text.startswith(verb, v):
            continue
        if text[v - 1] in "省市县区" and not is_name_char(text[v - 2 : v - 1] or "。"):
            return v - 1
        # 甲省配合中央…督察“回头看”联络组: the province's group, named after the central campaign it serves
        place = next((v - n for n in range(min(8, v - floor), 1, -1) if text[v - n : v] in divisions()
                      and is_division_name(text[v - n : v])), None)
        if central and place is not None:
            return place
    return a


# Verbs a task group's name may open with (市配合保障…工作组).
_GROUP_VERBS = ("配合", "协助", "协调")
# The inspection groups themselves, which a verb before them never opens (配合中央第一督察组).
_INSPECTION_GROUPS = ("督察组", "督查组", "巡视组", "巡察组")


def division_at(text: str, a: int) -> bool:
    """Whether a division's name starts at text[a] (自贡市, 原平市)."""
    return any(text[a : a + n] in divisions() for n in range(2, 8))


def joint_body(text: str, a: int, e: int, floor: int) -> int:
    """Take in the party committee of a joint body: 省委、省政府第三…督察组 (but not 省委、省政府 themselves), and the
    first of two issuers an inspection group is named after (中央、省委…督察组, 自治区、兵团第二…督察组)."""
    head = re.match(r"(?:省|市|县|区)(?:人民)?政府", text[a:e])
    if head and a - 3 >= floor and re.fullmatch(r"(?:省|市|县|区)委、", text[a - 3 : a]):
        rest = text[a + len(head.group(0)) : e]
        if len(rest) >= 3 and not rest.startswith("办公"):
            return a - 3
    second = _ISSUER.match(text, a, e)
    if second and text.endswith(_INSPECTION_GROUPS, a, e) and e - second.end() >= 5:
        first = _FIRST_ISSUER.search(text, max(floor, a - 8), a)
        if first:
            return first.start()
    return a


# The issuers an inspection group is named after, the first of two written before a 、 or a space.
_ISSUER = re.compile(r"中央|国家|自治区|兵团|[省市县区州](?:委|人民政府|政府)")
_FIRST_ISSUER = re.compile(r"(?:中央|国家|自治区|兵团|(?<![\u4e00-\u9fff])[省市县区州](?:委|人民政府|政府))[、 ]$")


def through_bracket(text: str, a: int, floor: int) -> int:
    """Take in a name written around the bracketed other name of its owner: 甲开发区工委(乙区委)党政办公室,
    甲开发区(乙区)城市运行管理中心, or around a bracketed water kind of the chiefs' system (某省河(湖)长制办公室);
    an insertion that lists (市县(含某开发区)生态环境局) is none."""
    if text[a - 1 : a] not in ")）":
        return a
    chief = _CHIEFS_BRACKET.search(text, max(floor, a - 4), a)
    if chief and text.startswith("长", a):  # 某省河(湖)长制办公室: the chiefs of rivers (and lakes), one system's name
        return name_start(text, chief.start() + 1, NAME_LIMIT, floor, activity=False, keep=0)
    opening = max(text.rfind("(", max(floor, a - 11), a - 1), text.rfind("（", max(floor, a - 11), a - 1))
    inner = text[opening + 1 : a - 1]
    if opening < 0 or not _BRACKETED_OWNER.fullmatch(inner) or inner.startswith(("含", "包括", "以下", "简称")):
        return a
    b = name_start(text, opening, NAME_LIMIT, floor, activity=False, keep=0)
    return b if opening - b >= 3 and text[b:opening].endswith(_OWNER_ENDS) else a


# A water kind bracketed after another in the chiefs' system (河(湖)长制, 湖(库)长办): the chiefs of both.
_CHIEFS_BRACKET = re.compile(r"[河湖][(（][湖库湾海][)）]")
_BRACKETED_OWNER = re.compile(r"[\u4e00-\u9fff]{1,7}(?:区|县|市|区委|县委|市委|工委)")
_OWNER_ENDS = ("区", "县", "市", "工委", "区委", "县委", "市委", "管委会")


def zone_head(text: str, a: int, floor: int) -> int:
    """Take in a national pilot zone that opens the name before a conjunction cut it, and the division before it
    (海南省国家生态文明试验区建设和生态环境保护督察整改工作领导小组)."""
    head = _ZONE_HEAD.search(text, max(floor, a - 24), a)
    if not head:
        return a
    a = head.start()
    before = next((n for n in range(min(10, a - floor), 1, -1) if text[a - n : a] in divisions()), 0)
    return a - before


def is_division_name(word: str) -> bool:
    """A division's full name, or a short form that still ends like one (保亭县), not a bare short form (保亭)."""
    return any(d.name == word for d in divisions()[word]) or word.endswith(("省", "市", "县", "区"))


# Groups a task names (落实…整改工作领导小组), and the words after which a verb opens such a name: a modifier's
# 的 (由甲任组长的落实…领导小组) or the verb that sets the group up (成立推进…领导小组).
_TASK_GROUPS = ("领导小组", "工作小组", "专项小组", "指挥部")
_SET_UP = ("的", "成立", "成立了", "组建", "组建了", "设立", "设立了")
# Verbs of carrying a decision out, which jieba's dictionary classes otherwise.
_CARRY_OUT = ("落实", "贯彻", "贯彻落实")


def verb_led_group(text: str, a: int, e: int, suffix: str, floor: int) -> int:
    """Take in the verb a task group's name (or its office's) opens with where the group is set up or described
    (成立了落实市委巡察反馈意见整改工作领导小组), or where the division or the level whose group it is stands right
    before a verb of carrying out (甲省落实…整改工作领导小组办公室): the words before a name would
    otherwise leave the verb out, and the owner with it."""
    if suffix not in _TASK_GROUPS and not (suffix == "办公室" and text.endswith(_TASK_GROUPS, floor, e - len(suffix))):
        return a
    for n in (4, 3, 2):
        v = a - n
        verb = text[v:a] in leading_words() or text[v:a] in _CARRY_OUT
        if v > floor and verb and text.endswith(_SET_UP, floor, v):
            return v
        owner = _owner_before(text, v, floor) if v > floor and text[v:a] in _CARRY_OUT else None
        if owner is not None:
            return owner
    return a


def _owner_before(text: str, v: int, floor: int) -> int | None:
    """Where the division's name (甲省) or the bare level (市, 县) that ends at v starts, when nothing that could be
    part of a name stands before it (我省 is a pronoun's, not a level written alone), or None."""
    for start in [v - n for n in range(min(8, v - floor), 1, -1) if text[v - n : v] in divisions()
                  and is_division_name(text[v - n : v])] + [v - 1]:
        if start < floor or start == v - 1 and text[start] not in _LEVELS:
            continue
        if start == floor or not is_name_char(text[start - 1]):
            return start
    return None


_LEVELS = "省市县区州"


# Verbs of inspecting or enforcing that run into the name of the firm or bureau acted on (检查甲乙公司, 依法查封甲乙厂,
# 责成甲市环保局): none opens such a name.
_ACTING_ON = ("检查", "抽查", "抽检", "巡查", "督查", "调查", "核查", "排查", "复查", "走访", "暗访", "关停", "取缔", "查封",
              "扣押", "查扣", "暂扣", "封存", "没收", "吊销", "拆除", "调取", "责成", "约见", "询问", "帮助", "惩处")
# Every place such a verb starts, overlapping ones too (检查封: 检查 and 查封), found in one scan of the name.
_ACTING_ON_AT = re.compile("(?=(" + "|".join(_ACTING_ON) + "))")
# Ends of the names such a verb may run into: firms and bureaus.
_ACTED_ON_ENDS = ("有限公司", "公司", "集团", "合作社", "厂", "场", "局", "分局", "厅")


def past_acting_verb(text: str, a: int, e: int, suffix: str) -> int:
    """The start past an inspecting or enforcing verb in the first four characters of a firm's or a bureau's name
    (执法人员检查甲乙公司 -> 甲乙公司), or right after the body acting (甲部责成乙市环保局 -> 乙市环保局), when two
    or more characters of the name remain before its suffix; a body named by the verb alone (调查组, 检查站) keeps it."""
    end = next((w for w in _ACTED_ON_ENDS if text.endswith(w, a, e)), "")
    if not end:
        return a
    best = a
    for m in _ACTING_ON_AT.finditer(text, a, e):
        i, after = m.start(), m.start() + len(m.group(1))
        if (i - a <= 4 or text.endswith(_BODY_ENDS, a, i)) and e - max(len(end), len(suffix)) - after >= 2:
            best = after
    return best


# Names a body's name opens with before its division: the Party's, the state's and the country's (中共甲省委,
# 国家甲乙局, 中国海监甲省总队), the Youth League's and the eight democratic parties' short forms (民建甲省委).
_OPENERS_BEFORE_DIVISION = ("中共", "中国", "国家", "共青团", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社",
                            "台盟")
# Ends of a body's name: a name before a division that ends in one is a body whose branch or part follows
# (甲公司乙市分公司), left to the rules that split or join such names.
_BODY_END_CHARS = set("局厅委部办室组队会社所站院司处团行")
# Divisions whose full names are everyday words (中心城区, 郊区): they open no name inside another word.
_WORD_DIVISIONS = {"城区", "郊区", "矿区"}


def past_words_before_division(text: str, a: int, e: int) -> int:
    """The start at the division a body's name opens with (甲市生态环境局), past the words of the sentence that the
    span before it took in (以上事实甲州生态环境局, 报告甲市生态环境局, 主要有甲县乙丙有限公司, 案例一甲市某某有限公司):
    a body is named from its division down, so words before the first division are its name's only where they
    name a body themselves (中共, 国家, a body's name) or are a place (甲市乙区…) or a mask (某)."""
    for p in range(a + 1, e - 2):
        n = _division_here(text, p, e)
        if not n:
            continue
        head = text[a:p]
        if head.startswith(_OPENERS_BEFORE_DIVISION) or "某" in head or set(head) & _BODY_END_CHARS or \
                not all(is_name_char(c) or c in "一二三四五六七八九十" for c in head) or \
                any(division_at(text, q) for q in range(a, p)):
            return a
        return p
    return a


def _division_here(text: str, p: int, e: int) -> int:
    """The length of the division's full name, or its short form with its level (甲州 for 甲白族自治州), that starts
    at text[p] and leaves a character of the name after it (甲市委), or 0."""
    for n in range(8, 1, -1):
        key = text[p : p + n]
        if p + n > e - 1 or key not in divisions() or key in _WORD_DIVISIONS:
            continue
        if any(d.name == key for d in divisions()[key]) or n >= 3 and key.endswith(("省", "市", "县", "区", "州", "盟", "旗")):
            return n
    return 0


def into_listed_town(text: str, a: int, e: int, floor: int) -> int:
    """The start of a listed town whose name the start of a body's name falls inside (甲都镇渔政站, where 都 read as
    "all" left 镇渔政站; 甲乙如丙苏木危废中心): the national list of towns says where such a name begins."""
    for b in range(a - 1, max(floor, a - 6) - 1, -1):
        if text[b:a] in leading_words() or text[b:a] in LEADING:
            continue  # 人员联合镇城管中队: the verb 联合 and the town's squad, though a town is named 联合镇
        if any(text[b:z] in towns() for z in range(max(a + 1, b + 3), min(e, b + 8) + 1)):
            return b
    return a
