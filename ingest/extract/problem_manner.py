"""Unlawful acts named by their manner: the way the pollution and natural-resources laws, and the enforcement that
applies them, name a barred act by the word of manner before its verb.

* A manner word that makes any act of taking, dumping, occupying or building unlawful (非法, 违法, 违规, 无证,
  擅自, 私自; 露天 and 随意 before a verb of dumping or burning): 无证倾倒疏浚废弃物, 非法开发利用海岛, 违法委托他人
  运输…, 违法违规盗取河砂, 露天堆存, 废石弃渣随意倾倒. The act runs from the manner word (or from the waste
  carelessly dumped, named just before it) over its verb and object, up to what the text goes on to say of it
  (…的行为, 专项整治, a count).
* The one-character manners of the four-character names of theft from rivers and mines (私挖盗采, 偷挖盗采, 盗采河砂).
* Encroaching (侵占, 霸占, 圈占) is unlawful by its own meaning (侵占河道); occupying (占用) is so where
  enforcement acts on it (打击占用海上航道), since a project may occupy land lawfully.

ingest/extract/problems.py adds these spans after its own rules, so a finding an earlier rule named keeps that
name. All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re

_MANNER = r"(?:非法|违法|违规|违章|无证|无照|擅自|私自)"
_CARELESS = r"(?:随意|随便|随地|任意|肆意|露天)"
_DUMP_VERB = (
    r"(?:倾倒|倾废|丢弃|抛弃|抛撒|堆存|堆放|堆积|存放|贮存|摆放|填埋|掩埋|焚烧|排放|喷漆|喷涂|倒|丢|弃|扔|烧|埋|堆)"
)
"""Verbs of dumping, storing and burning: what 露天 and 随意 make a fault (露天堆存, 随意倾倒); 露天开采 is a way of
mining, no fault."""
_ACT_VERB = (
    r"(?:开发利用|开发|利用|开采|采挖|采砂|挖砂|采|挖|盗取|盗采|取用|取水|取土|取|捕捞|捕|砍伐|伐|"
    + _DUMP_VERB[3:-1]
    + r"|处置|转移|运输|运|收集|收购|回收|委托|占用|侵占|占|圈占|匡围|围垦|围|填海|围海|填|搭建|修建|建设|建(?![筑材])|搭|设置|设(?![施备计])"
    r"|开工|开垦|种植|养殖|放牧|经营|生产|销售|使用|改变|调出|调整|出租|转让|买卖)"
)
"""Verbs of taking, dumping, occupying, building and trading that the pollution and resources laws bar when done
unlawfully; 建 and 设 only as verbs (违规设施 and 违章建筑 name things, which other rules read). 挤占 is said of funds (挤占挪用), which
ingest/extract/problem_findings.py reads."""
_PAIR_VERB = r"[挖采取伐捕运排倒放建搭设占卖]"
_OBJECT = r"[^\s,,;;:。!?、的\d“”()()《》等和及与且并或而被]{0,14}?"
_STOP = (
    r"(?=[\s,,;;:。!?、的\d“”()()《》等和及与且并或而被]|以及|入手|着手|行为|现象|活动|案|问题|情况|专项|整治|行动|执法|清理|整顿|打击|查处"
    r"|取缔|联动|重点|主要|线索|嫌疑|船|车辆|企业|人员|者|$)"
)
"""What ends an act: a joint, a count, the word for an act (…的行为), or what the text goes on to say of it
(非法采砂专项整治, 非法采砂船, 违法倾倒嫌疑人)."""
_UNLAWFUL = re.compile(
    rf"{_MANNER}+(?:{_CARELESS})?{_ACT_VERB}{_OBJECT}(?:、{_ACT_VERB}{_OBJECT})*{_STOP}"
    rf"|{_CARELESS}{_DUMP_VERB}{_OBJECT}{_STOP}"
    rf"|(?<![防被])[私偷盗]{_PAIR_VERB}(?:[私偷盗乱]{_PAIR_VERB}{_STOP}|{_OBJECT}{_STOP})"
    rf"|(?:侵占|霸占|圈占)(?=[\u4e00-\u9fff]{{2}}){_OBJECT}{_STOP}"
    rf"|(?<=打击|查处|制止|清理|整治|严禁|禁止|清除|拆除|取缔|纠正)(?:各类|各种)?占用(?=[\u4e00-\u9fff]{{2}}){_OBJECT}{_STOP}"
)
_TRAILING = re.compile(r"(?:约|近|逾|共|达|有|了|各类|各种)+$")
"""A count's word left at an act's end (露天堆存约150吨 -> 露天堆存)."""
_WASTE_SUBJECT = re.compile(
    r"[^\s,,;;:。!?、的“”()()《》]{1,8}?(?:物|渣|土|石|砂|沙|油|桶|泥|灰|膏|料|垃圾|废水|污水|粪污|秸秆|杂物)$"
)
"""The waste a careless act is said of, named just before 随意 or 露天 (废石弃渣随意倾倒, 危险废物露天堆存)."""
_SUBJECT_CUT = re.compile(r".*(?:将|把|对|在|有|是|发现|存在|其中|部分|大量|厂区|厂|公司|企业|村|镇|户|处|个|家|内|上|旁|边|侧)")
"""Where the waste starts: after the firm, the place or the count before it (甲厂厂区内炉渣露天堆存 -> 炉渣露天堆存)."""
_NOT_SO = re.compile(r"(?:无|没有|未|杜绝|防止|避免|严禁|禁止|不得|确保|不再)$")
"""A careless act barred (严禁露天焚烧) is the fault looked for, and is still named; these words only stay out of
its subject."""
_ABSENT = re.compile(r"(?:未发现|没有发现|未见|不存在|无)[^,,;;:。!?]{0,4}$")
"""An act a check reports absent (未发现随意倾倒行为, 不存在非法采砂) is no finding."""
_TREATED_THING = re.compile(r"[^。;;]{0,30}?的[^,,。;;的]{1,10}?(?:进行|予以|实施)")
"""After 对, an act that describes the thing a measure then treats (对侵占河道,影响行洪的违章养殖棚进行拆除) is that
thing's fault, which ingest/extract/problem_objects.py names with the thing."""


def unlawful_acts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of acts named unlawful by their manner.

    >>> t = "查处无证倾倒建筑垃圾的船只,打击私挖盗采,甲厂废渣随意倾倒,清理侵占河道的违建,未发现露天焚烧"
    >>> [t[a:b] for a, b in unlawful_acts(t, 0, len(t))]
    ['无证倾倒建筑垃圾', '私挖盗采', '废渣随意倾倒', '侵占河道']
    >>> t = "乙公司违法委托他人运输、利用、处置工业固体废物,露天堆存约150吨"
    >>> [t[a:b] for a, b in unlawful_acts(t, 0, len(t))]
    ['违法委托他人运输、利用、处置工业固体废物', '露天堆存']
    """
    out: list[tuple[int, int]] = []
    for m in _UNLAWFUL.finditer(text, start, end):
        a, b = m.span()
        trail = _TRAILING.search(text, a, b)
        b = trail.start() if trail else b
        if b - a < 4 or _ABSENT.search(text, max(start, a - 8), a) \
                or (text.endswith("对", start, a) and _TREATED_THING.match(text, b, end)):
            continue
        if re.match(_CARELESS, text[a:a + 2]):
            clause = max(start, *(text.rfind(c, start, a) + 1 for c in ",,;;:。!?\n、"))
            subject = _WASTE_SUBJECT.search(text, clause, a)
            if subject and not _NOT_SO.search(text, clause, a):
                cut = _SUBJECT_CUT.match(text, subject.start(), a)
                s = cut.end() if cut and a - cut.end() >= 2 else subject.start()
                a = s if _WASTE_SUBJECT.search(text, s, a) else a
        out.append((a, b))
    return out
