"""Persons: a name of two or three characters written right after a role title, or before 同志 / 总书记.

Names are read by their position next to a role (厅长毛东利, 时任省长沈晓明, 习近平总书记), and the first character
must be a common surname, so the role words around a name are not taken for one.
"""

from __future__ import annotations

import re

from .gazetteer import leading_words
from .mention import Mention
from .names import STOP_CHARS

# Common single-character surnames (the most frequent ones of the national census lists).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
    "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗"
    "瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
    "赖傅洪晋邸冀屠郁鄢冼栗匡鞠荆谌胥蔺"
)
# Two-character surnames: the name after them has one or two characters more (欧阳长江).
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文",
                      "司徒", "端木", "东方", "西门", "南宫", "万俟", "澹台", "呼延")
_ROLES = (
    "总书记", "副书记", "书记", "副省长", "省长", "副市长", "市长", "副县长", "县长", "副区长", "区长", "副厅长", "厅长",
    "副局长", "局长", "副主任", "主任", "副部长", "部长", "副组长", "组长", "副处长", "处长", "副科长", "科长",
    "副主席", "主席", "副总理", "总理", "副院长", "院长", "副站长", "站长", "董事长", "总经理", "副秘书长", "秘书长",
    "巡视员", "调研员", "检察长", "委员", "河长", "湖长", "湾长", "记者", "通讯员", "副司长", "司长", "总工程师",
    "副镇长", "镇长", "副乡长", "乡长", "副所长", "所长", "副队长", "队长", "副州长", "州长", "副旗长", "旗长",
    "特派员", "领导", "法定代表人", "支书",
)
_ROLE = "|".join(map(re.escape, _ROLES))
_AFTER_ROLE = re.compile(rf"(?P<role>(?:时任)?[\u4e00-\u9fff]{{0,8}}?(?:{_ROLE}))(?P<name>[\u4e00-\u9fff]{{2,3}})")
_BEFORE_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?P<role>总书记|同志)")
# What may follow a name: punctuation, a verb or a particle, not more name characters.
_NAME_END = re.compile(rf"[,,、。;;:：()()\s]|为|任|同志|等|担任|分别|主持|带队|率|在|出席|指出|强调|要求|表示|作|和|与|及|同|对|到|赴|先后|亲自|深入|调研|检查|参加|听取|会见|于|代表|专题|一行|率队|莅|视察|召开|宣布|介绍|现场|带领|实施|说|陪同|一同|一起|来到|组织|"
                       rf"反馈|宣读|传达|通报|讲话|汇报|部署|批示|走访|看望|慰问|做|就|向|也|还|认为|提出|巡河|巡湖|巡湾|巡林|巡查|督导|"
                       rf"(?:{_ROLE})")
# A news page's byline (记者 甲乙 通讯员 丙丁, 责任编辑:甲乙, 作者:甲 乙): the name may be spaced out to three places.
_BYLINE_ROLE = "全媒体记者|融媒体记者|实习记者|见习记者|特约记者|首席记者|记者|通讯员|责任编辑|责编|编辑|作者|审核人|审核|编审|校对|摄影"
# What may follow a byline's name: a break, the next name, the next field of the page's header (作者:甲乙来源:…), or
# what the reporter did (记者甲乙报道, 记者甲乙摄).
_BYLINE_NEXT = rf"[\s)）】\]、]|$|{_BYLINE_ROLE}|来源|发布|时间|日期|浏览|阅读|字号|点击|报道|摄"
_BYLINE = re.compile(rf"(?<![\u4e00-\u9fff])(?P<role>{_BYLINE_ROLE})\s*[:：]?\s*"
                     rf"(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff]{{1,2}}| {{1,3}}[\u4e00-\u9fff]))"
                     rf"(?={_BYLINE_NEXT})")
_NEXT_BYLINE_NAME = re.compile(rf"[ 、]{{1,2}}([\u4e00-\u9fff]{{2,3}})(?={_BYLINE_NEXT})")
# A dateline's first name written before a byline role (某网讯(甲乙 记者丙丁), (记 者 甲 乙 丙丁 通讯员 戊己)).
_NAME_BEFORE_BYLINE = re.compile(rf"(?<=[(（ ])(?P<name>[\u4e00-\u9fff]{{2,3}}) +(?=通讯员|实习记者|见习记者|记者)")
# A person in a decision's or a page's field (法定代表人:甲乙丙, 负责人(经营者):甲乙, 联系人:甲乙), perhaps with part
# of the name masked (法定代表人:甲*乙, 负责人:甲**); a firm in the field (当事人:某某有限公司) is longer than a name.
_FIELD = re.compile(r"(?P<role>法定代表人|法定代表|法人代表|负责人|经营者|当事人|联系人|河长|湖长|湾长|林长)(?:[(（][\u4e00-\u9fff]{1,5}[)）])?"
                    r"\s*(?P<colon>[:：]?)\s*(?P<name>[\u4e00-\u9fff](?:[*＊×]{1,2}[\u4e00-\u9fff]?|[\u4e00-\u9fff]{1,2}))"
                    r"(?![\u4e00-\u9fff*＊×])")
_NOT_NAME = set("副总主市省县区厅局处科组长员的和与及等为在对书记任")
# More names listed after one found by its role (县领导甲乙、丙丁、戊己一同调研): the list must close with a word
# that people do together, so words listed after a role's holder are not taken for names.
_LISTED = re.compile(r"(?:、[\u4e00-\u9fff]{2,3})+(?=一同|一起|等|分别|共同|陪同|出席|参加)")
# A name before its role, right after the body it serves (省水利厅节水办甲乙丙副主任一行), after another role
# (总河长甲乙主任带领), or opening a clause before what the person says or does (,甲乙主任强调).
_BEFORE_ROLE = re.compile(r"(?:(?<=[办局厅委部处科室院站组长])|(?<=[,,。;;\n])|^)(?P<name>[\u4e00-\u9fff]{2,3}?)"
                          r"(?P<role>副?(?:主任|局长|厅长|处长|科长|部长|书记|组长|站长|院长|所长|队长))"
                          r"(?=一行|等|带队|率|一同|陪同|带领|组织|主持|强调|指出|要求|表示|说|来到|深入|[,,、])")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")
_MASKS = set("*＊×")
# Conjunctions that may follow a role and precede the next holder's name (书记和甲乙市长).
_CONJUNCTIONS = set("和与及")
# Two-character verbs that follow a two-character name: 甲乙来到 is 甲乙, not 甲乙来.
_VERB_AFTER_NAME = ("来到", "前往", "深入", "带领", "率领", "带队", "主持", "参加", "出席", "强调", "指出", "要求",
                    "表示", "介绍", "调研", "检查", "陪同", "组织")
# A news report's author in brackets at its very end, after its last sentence, perhaps after the paper's or the
# body's name (…有着落。(甲乙丙), 。(某某日报 甲乙), 。(驻某机关纪检监察组 甲乙)), or right after its dateline
# (某地消息(甲乙丙)).
_CLOSING_BYLINE = re.compile(r"(?:(?<=[。!?”])\s*[(（](?:[\u4e00-\u9fff]{2,14}\s+)?"
                             r"(?P<name>[\u4e00-\u9fff]{2,3})[)）]\s*(?=\n|$)|"
                             r"(?:(?<=消息)|(?<=[讯电]))[(（](?P<name2>[\u4e00-\u9fff]{2,3})[)）])")
# A dateline's authors written with spaces (本报讯(甲 乙 丙 丁)): each surname and the given name after it.
_SPACED_DATELINE = re.compile(r"(?:(?<=消息)|(?<=[讯电]))[(（](?P<names>[\u4e00-\u9fff](?: {1,3}[\u4e00-\u9fff])+)[)）]")
# A name a report quotes: 据甲乙介绍, or a speaker right after the closing quote of the words (…”甲乙丙说).
_QUOTED = re.compile(r"(?<=据)(?P<name>[\u4e00-\u9fff]{2,3}?)(?=介绍|表示|透露)|"
                     r"(?<=”)(?P<name2>[\u4e00-\u9fff]{2,3}?)(?=说|表示|介绍|告诉记者)")


def find_persons(text: str) -> list[Mention]:
    """Persons with the role written beside them.

    >>> [(m.name, m.attrs["role"]) for m in find_persons("成立由党组书记、厅长毛东利任组长的领导小组")]
    [('毛东利', '厅长')]
    """
    out: dict[int, Mention] = {}
    for m in _AFTER_ROLE.finditer(text):
        name = _name(text, m.start("name"), m.group("name"))
        # 王河长和苏河长: 和 joins two roles' holders; 王局长向鱼主任汇报: 向 is "to" before the next holder's role
        to_role = name[:1] == "向" and re.match(_ROLE, text[m.start("name") + len(name) :])
        if name and name[0] not in _CONJUNCTIONS and not to_role:
            role = m.group("role")
            role = next((r for r in _ROLES if role.endswith(r)), role) if not role.startswith("时任") else role
            out.setdefault(m.start("name"), Mention("person", name, name, m.start("name"), m.start("name") + len(name), {"role": role}))
    for m in _BYLINE.finditer(text):
        role, at, name = m.group("role"), m.start("name"), m.group("name")
        # A two-character name set off by a space after its role (记者 底甲) may bear a rarer surname.
        spaced = " " in text[m.end("role") : m.start("name")] and len(name) == 2
        while (name[0] in _SURNAMES or spaced and name[0] not in STOP_CHARS) and not set(name[1:]) & _NOT_NAME \
                and not re.fullmatch(_BYLINE_ROLE, name):
            out.setdefault(at, Mention("person", name, name, at, at + len(name), {"role": role}))
            more = _NEXT_BYLINE_NAME.match(text, at + len(name))  # 通讯员 甲乙 丙丁: each name of the byline
            if not more:
                break
            at, name = more.start(1), more.group(1)
    for m in _BEFORE_TITLE.finditer(text):
        name = m.group("name")
        if name[0] in _SURNAMES and not set(name[1:]) & _NOT_NAME and m.start() not in out:
            out[m.start()] = Mention("person", name, name, m.start(), m.end("name"), {"role": m.group("role")})
    for pattern in (_BEFORE_ROLE, _CLOSING_BYLINE, _QUOTED, _NAME_BEFORE_BYLINE, _FIELD):
        for m in pattern.finditer(text):
            group = "name" if m.group("name") else "name2"
            if pattern is _FIELD and set(m.group(group)) & _MASKS:  # 梁*强: the masks stand for the rest of the name
                out.setdefault(m.start(group), Mention("person", m.group(group), m.group(group), m.start(group),
                                                       m.end(group), {"role": m.group("role")}))
                continue
            if pattern is _FIELD and not m.group("colon"):  # 负责人向…: a field states its name after a colon
                continue
            name, at = m.group(group), m.start(group)
            if name[0] in _SURNAMES and not set(name[1:]) & _NOT_NAME and at not in out:
                role = m.group("role") if "role" in pattern.groupindex else ""
                out[at] = Mention("person", name, name, at, at + len(name), {"role": role})
    for m in _SPACED_DATELINE.finditer(text):
        chars = [c for c in re.finditer(r"[\u4e00-\u9fff]", m.group("names"))]
        pairs = [(chars[k], chars[k + 1]) for k in range(0, len(chars) - 1, 2)]
        if len(chars) % 2 == 0 and all(first.group() in _SURNAMES for first, _ in pairs):
            base = m.start("names")
            for first, last in pairs:
                a, z = base + first.start(), base + last.end()
                out.setdefault(a, Mention("person", text[a:z], text[a:z], a, z, {"role": ""}))
    for found in [m for m in out.values() if m.attrs["role"]]:
        listed = _LISTED.match(text, found.end)
        for item in re.finditer(r"[\u4e00-\u9fff]{2,3}", listed.group(0) if listed else ""):
            name, at = item.group(0), found.end + item.start()
            if name[0] in _SURNAMES and not set(name[1:]) & _NOT_NAME and at not in out:
                out[at] = Mention("person", name, name, at, at + len(name), {"role": found.attrs["role"]})
    return [out[k] for k in sorted(out)]


# Words of a water's stretch that follow a river's name (长江水域, 长江流域): no given name.
_WATER_WORDS = ("水域", "流域", "干流", "支流", "沿岸", "岸线", "段")


def _name(text: str, start: int, candidate: str) -> str:
    """The person's name at `start`: 3 characters when the text goes on after them, else 2."""
    compound = text.startswith(_COMPOUND_SURNAMES, start)
    if candidate[0] not in _SURNAMES and not compound:
        return ""
    for n in (4, 3) if compound else (3, 2):
        name = text[start : start + n]
        # 长 ends role words (局长), but a three-character name may hold it in the middle (张长忠)
        if len(name) < n or not _CJK_NAME.fullmatch(name) or n == 3 and text.startswith(_VERB_AFTER_NAME, start + 2):
            continue
        given = name[2:] if compound else name[1:]
        if given.startswith(_WATER_WORDS):  # 某县长江水域: the county, then the Yangtze's waters, no 县长
            return ""
        role_chars = set(given) & _NOT_NAME if len(given) == 1 else set(given[-1]) & _NOT_NAME | set(given[0]) & _NOT_NAME - {"长"}
        acting = n == 3 and _verb_at(text, start + n) and not _verb_at(text, start)  # 甲乙丙兼任, not 书记关于…
        if not role_chars and (_NAME_END.match(text, start + n) or acting):
            return name
    return ""


def _verb_at(text: str, i: int) -> bool:
    """Whether a verb, an adverb or a preposition of jieba's dictionary opens text[i:]: after a three-character name
    it is what the person does (甲乙丙兼任, 甲乙丙立即), so the name ends before it; opening the name itself it says
    the characters after a role are no name (书记关于…, 书记高度重视)."""
    words = leading_words()
    return any(text[i : i + n] in words for n in (2, 3, 4))
