"""Regulations: titles written in 《》 (nesting handled by a stack), their short forms, kinds and merge keys."""

from __future__ import annotations

import re

from .mention import Mention

_MAX_TITLE = 150
_INNER = {"〈": "〉", "<": ">"}
# A noun written right after 》 that belongs to the title ("《…分析》报告").
_TRAILING_KIND = ("报告",)
_SHORT_FORM = re.compile(r"\s*[(（]\s*(?:以下)?简称\s*[《“\"]?(?P<short>[^》”\")）]{2,30})[》”\"]?\s*[)）]")

# Head nouns, longest first within each kind, checked at the end of the title (the mapping of the annotation notes).
_KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("opinion", ("意见",)),
    ("notice", ("通知", "函", "请示")),
    ("law", ("法",)),
    ("regulation", ("办法", "规定", "条例", "章程", "细则", "规则", "制度", "职责")),
    ("scheme", ("方案",)),
    ("plan", ("预案", "规划", "路线图", "区划", "要点", "计划", "纲要", "程序")),
    ("list", ("清单", "名录", "目录")),
    ("standard", ("标准", "指南", "规范", "技术要求")),
    ("report", ("报告", "需求书", "评估", "评价", "分析", "建议")),
    ("agreement", ("协议", "备忘录")),
]
_EDITION = re.compile(r"[(（]\s*(?P<e>修编|修订|\d{4}\s*年版|第[一二三四五六七八九十\d]+批)\s*[)）]")
# Parenthesised parts that do not make a different document: trial status and the period a plan covers.
_NOT_DISTINCT = re.compile(r"[(（]\s*(?:试行|暂行|\d{4}\s*[-—–~至]\s*\d{4}\s*年?)\s*[)）]")
_ISSUER_BEFORE_GUANYU = re.compile(r"^(?P<issuer>[^关《]{2,40}?(?:党组|厅|局|委|部|办公厅|政府|办公室|委员会|中心|院))\s*关于")
_ISSUER_BEFORE_YINFA = re.compile(r"^(?P<issuer>[^《〈<]{2,60}?(?:办公厅|政府|党组|厅|局|部|委员会))\s*印发")
# A department named after a place prefix ("海南省生态环境厅X" is the department's own X).
_DEPARTMENT_INFIX = re.compile(r"^(?!中共)(?P<place>[\u4e00-\u9fff]{1,6}?[省市县])(?P<unit>[\u4e00-\u9fff]{2,8}?厅)(?!关于|党组)")
# A file's name as a sharing site prints it, with its extension and the site's tag (….docx(16页珍藏版)): no title.
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|pptx?|txt|rtf)\s*(?:[(（][^()（）]{0,20}[)）])?\s*$", re.IGNORECASE)
_NOTICE_WRAPPER = re.compile(r"^(?P<core>(?!.*关于)(?!.*印发).+?(?:方案|办法|规定|意见|规划|计划|清单|细则|条例|要点))的通知$")


def find_titles(text: str) -> list[Mention]:
    """Every outermost and inner 《…》 title, with the span of its characters (brackets excluded).

    Titles nested with 〈〉 or <> are not separate mentions: they go to attrs["nested_titles"].

    >>> [m.name for m in find_titles("关于报送《省委办公厅关于印发《方案》的通知》的请示")]
    ['方案', '省委办公厅关于印发《方案》的通知']
    """
    out: list[Mention] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "《":
            stack.append(i)
            if len(stack) > 8:
                stack.pop(0)
        elif ch == "》" and stack:
            a = stack.pop()
            name = text[a + 1 : i]
            if 0 < len(name.strip()) <= _MAX_TITLE and "\n" not in name and not _FILE_NAME.search(name):
                out.append(_mention(text, name, a + 1, i))
        elif ch == "\n":
            stack.clear()
    return out


def _mention(text: str, name: str, start: int, end: int) -> Mention:
    title = name.strip()
    after = text[end + 1 : end + 3]
    trailing = next((w for w in _TRAILING_KIND if after.startswith(w) and not title.endswith(w)), "")
    attrs: dict[str, object] = {}
    nested = inner_titles(title)
    if nested:
        attrs["nested_titles"] = nested
    if trailing:
        attrs["trailing"] = trailing
    return Mention("regulation", title, name, start, end, attrs)


def inner_titles(title: str) -> list[str]:
    """Titles a title quotes with 〈〉 or <> (not 《》, which are titles of their own).

    >>> inner_titles("关于印发〈生态环境应急监测能力建设指南〉的通知")
    ['生态环境应急监测能力建设指南']
    """
    out = []
    for open_, close in _INNER.items():
        for m in re.finditer(re.escape(open_) + r"([^" + re.escape(close) + r"]{2,100})" + re.escape(close), title):
            out.append(m.group(1).strip())
    return out


def short_forms(text: str, titles: list[Mention]) -> dict[str, str]:
    """Short form -> full title, from 《full》(以下简称《short》) or (简称“short”) right after a title.

    >>> t = "批准《山东省整改工作方案》(以下简称《整改方案》)。现将《整改方案》印发"
    >>> short_forms(t, find_titles(t))
    {'整改方案': '山东省整改工作方案'}
    """
    out: dict[str, str] = {}
    for m in titles:
        hit = _SHORT_FORM.match(text, m.end + 1)
        if hit and hit["short"].strip() != m.name:
            out.setdefault(hit["short"].strip(), m.name)
    return out


def kind_of(title: str, trailing: str = "") -> str:
    """The kind of document a title names, from its head noun (the longest noun it ends with).

    >>> kind_of("海南省全面推行“湾长制”实施方案(2020—2025年)"), kind_of("珠溪河负荷估算分析", "报告")
    ('scheme', 'report')
    """
    head = title.strip()
    while re.search(r"[(（][^()（）]*[)）]\s*$", head):  # (试行), (修编), (2020年版) say nothing of the kind
        head = re.sub(r"[(（][^()（）]*[)）]\s*$", "", head).strip()
    head += trailing
    fits = [(len(noun), kind) for kind, nouns in _KINDS for noun in nouns if head.endswith(noun)]
    return max(fits)[1] if fits else "other"


def edition_of(title: str) -> str:
    """The edition a title names: (修编), (2020年版), (第二批); these make different documents.

    >>> edition_of("海南省水功能区划(修编)")
    '修编'
    """
    m = _EDITION.search(title)
    return re.sub(r"\s+", "", m["e"]) if m else ""


def issuer_of(title: str) -> str:
    """The organ a title names as its author, in `X关于…` or `X印发…` form; "" when it names none.

    >>> issuer_of("中共海南省生态环境厅党组关于配合落实整改工作的通知")
    '中共海南省生态环境厅党组'
    """
    m = _ISSUER_BEFORE_GUANYU.match(title) or _ISSUER_BEFORE_YINFA.match(title)
    return m["issuer"].strip() if m else ""


_POSSESSOR = re.compile(r"\s*(?P<issuer>[\u4e00-\u9fff]{2,20}?(?:办公厅|督查室|办公室|委员会|政府|党组|厅|局|部|委|室|院))\s*$")


def possessor(words: str) -> str:
    """The organ named right before a title, as in 按照生态环境部《…》: it issued the title; "" when none is named.

    `words` is the text between the verb and the opening 《.

    >>> possessor("审计厅"), possessor("生态环境部办公厅"), possessor("全省")
    ('审计厅', '生态环境部办公厅', '')
    """
    m = _POSSESSOR.fullmatch(words)
    return m["issuer"] if m else ""


def merge_key(title: str) -> str:
    """The name two spellings of one document share; it names the document's node, whatever order texts come in.

    Drops what does not make a different document: an issuer before 关于, a department after a place prefix,
    (试行), the period a plan covers, and a 的通知 that only wraps a named scheme. Editions stay.

    >>> merge_key("海南省全面推行“湾长制”实施方案(2020—2025年)")
    '海南省全面推行“湾长制”实施方案'
    >>> merge_key("中共海南省生态环境厅党组关于配合落实整改工作的通知")
    '关于配合落实整改工作的通知'
    >>> merge_key("海南省生态环境厅环评审批管理工作廉政行为规定(试行)")
    '海南省环评审批管理工作廉政行为规定'
    """
    s = re.sub(r"\s+", " ", title.strip())
    s = _NOT_DISTINCT.sub("", s).strip()
    m = _ISSUER_BEFORE_GUANYU.match(s)
    if m and not _INNER.keys() & set(s):
        s = s[m.end("issuer") :].strip()
    m = _NOTICE_WRAPPER.match(s)
    if m:
        s = m["core"]
    m = _DEPARTMENT_INFIX.match(s)
    if m and len(s) - m.end() >= 4 and not _INNER.keys() & set(s):
        s = m["place"] + s[m.end() :]
    return s
