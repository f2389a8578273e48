"""Problems: where a document states the faults, findings or problem areas its measures answer.

Three places, each with its own rule:

* a heading: a problem area (在…方面, a category ending in 方面) or a list of findings (存在问题, 清单内问题,
  整改任务, 审计发现的主要问题): ingest/extract/problem_headings.py;
* a sentence in the body of a list-of-findings section: the finding itself (1.一级保护区内有居民8户, …), also
  there;
* a phrase inside any sentence (here): X、Y等问题 (each listed item, and the list as a whole; where a list starts
  and which items are findings: ingest/extract/problem_lists.py), 存在X问题, “X”问题,
  a noun phrase ending in 问题 (解决县城段入河排污问题), 导致X (导致水质持续恶化), and violation clauses
  (未经…审批从事…, 未建立…, 擅自…, 制止违规…), faults that persist (仍有…), what a polluter lets happen
  (任由…), discharges (…直排, …超标), complaints (信访件, 投诉举报件) and problems handed over (上级交办的问题), pollutants a measure reduces or controls
  (削减…入海量, 加强…总氮控制), the matters an inspection examined (对…等情况进行督察), findings listed with
  、 that each end on a fault word (水质恶化、设施缺乏、监测不到位), a value over its limit, the inspection that
  found a problem (督察暴露的问题) or who reported it (群众反映的突出问题), a problem area counted by its
  findings, and what measures act on or enforcement found (seized, demolished, prohibited, sanctioned, cleaned
  up, counted: ingest/extract/problem_objects.py).
  Phrases shaped like a problem that name none (其余问题, 直面问题) are left out: ingest/extract/problem_mentions.py.

All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problem_findings import discharged_into, stated_findings
from .problem_lists import (BODY_END, ITEM_OPEN, LIST_END, LIST_TRIGGER, announced_items, faults_start, list_start,
                            shares_object)
from .problem_manner import unlawful_acts
from .problem_mentions import names_no_problem
from .problem_objects import acted_on, acts_found, is_pollutant
from .problem_sites import sites_lacking
from .problem_treated import treated_things
from .problem_words import (CONJUNCTION, FAULT_STATED, FAULT_WORD, GENERIC, ITEM_FAULT, ITEM_SPLIT, MAX_PHRASE, PHRASE_CUT,
                            THINGS_AT_FAULT, capped_start, cut_before_negation, states_fault)

_FAULTY_BODY = re.compile(
    rf"(?P<x>(?:整改|落实|履职|推进|监管|治理|管理|责任|进度|执行|工作)[\u4e00-\u9fff]{{0,2}}?{FAULT_WORD})"
    r"的(?:\d+[个家名])?[\u4e00-\u9fff]{0,4}?(?:单位|企业|部门|地方|乡镇|市县|区县|党组织|责任人|负责人|政府|河长|项目)"
)
"""A fault in some work named as what marks out a body (约谈整改不力的单位负责人, 整改滞后的10个市县政府)."""
_SOURCED = re.compile(
    r"(?P<x>[^\s,,;;:。]{2,20}?(?P<src>督察|巡视|巡察|审计|督查|检查)组?"
    r"(?:(?:暴露|发现|反馈|指出|交办|查出)的?(?:突出)?问题|反馈的?意见))"
)
"""Problems named by the inspection that found them (两轮中央生态环保督察暴露的问题, 督察反馈意见)."""
_HANDED = re.compile(r"(?P<x>[^\s,,;;:。!?“”《》]{0,16}?)交办的?问题(?!清单|台账|库)")
"""Problems a higher body handed over to be settled (上级交办的问题, 省、市级交办问题, 州第一轮督导交办问题): named by
who handed them over, or bare (交办问题整改情况) when the text names no one; like complaints, they are what the
measures that follow settle."""
_REFERRING = re.compile(r"(?:相关|有关|上述|以上|这些|此类|各类|各项)?")
"""Words that only refer back to problems named elsewhere (确保相关交办问题…): no part of a name."""
_REPORTED = re.compile(
    r"(?:群众|市民|村民|居民|网民|媒体|信访)(?:反映|举报|投诉)(?:强烈|集中|较多)?的?(?:突出|热点|难点)?(?:生态)?(?:环境)?问题"
)
"""The problems named by who reported them (核实群众反映的突出问题的整改情况, 转办群众反映问题12批)."""
_FIELD_COMPLAINTS = re.compile(r"涉[\u4e00-\u9fff]{1,2}类(?:信访投诉|信访举报|信访|投诉|举报)(?:件|案件)?")
"""Complaints counted by the field they concern (涉气类信访投诉37起, 涉噪类信访4起): each field is a problem of its
own, unlike the complaints of a document named in other words (is_complaint), which are one."""
_SOURCE_LEAD = re.compile(
    r".*(?:整改|推进|解决|落实好?|针对|对照|对于?|收到|接到|根据|按照|围绕|了解|认识到|紧盯|讨论|扛起|扛牢|抓好|做好|有关"
    r"|(?<![方导走志意])向)"
)
_AREA_COUNT = re.compile(
    r"(?:^|(?<=[,,;;:。\n]))(?P<x>[^,,;;:。\d]{2,30}?方面)(?=(?:\d+|[一二三四五六七八九十两]+)个(?:具体|突出|主要)?问题)"
)
"""A problem area counted by its findings (渤海治理绩效方面5个具体问题; 污染治理方面8个具体问题)."""
_ITEM_LEAD = r"(?:从|针对|对照|对|存在着?|发现|指出|反映|包括|主要是|主要有|体现在|表现在|表现为|有的|等|:)"
_FIRST_LEAD = re.compile(r".*?" + _ITEM_LEAD)
_LAST_LEAD = re.compile(r".*" + _ITEM_LEAD)
"""Words that open a list of findings: the first item starts after them."""
_NEXT_ITEM = r"、(?!部分|一些|个别|局部|少数|多数|有的|未|擅自|违规|违法|非法)"
"""A 、 that joins two verbs or objects of one violation (收集、贮存), not two findings (…、部分污水处理厂超标排放,
…设施、未落实…措施)."""
_VIOLATION = re.compile(
    rf"(?:未经|未(?:按照?|依法|依规定?|建立|设立|落实|取得|办理|执行|配备|安装|设置))"
    rf"(?:[^,,;;:。的、\n“”]|{_NEXT_ITEM}){{3,40}}"
    rf"|(?:^|(?<=[,,;;:。\n]))(?:擅自|违规|违法|非法|逃避|以逃避)(?:[^,,;;:。、\n“”]|{_NEXT_ITEM}){{3,40}}"
)
"""A violation, up to the end of its clause, its line or its quotation (未依规定使用污染防治设施, 擅自收集、贮存废铅
蓄电池; a case quoted by its title, “…未经处理直排甲河”案件, ends at its quote mark)."""
_CAUSE = re.compile(r"(?:导致|致使)(?P<x>[^,,;;:。]{3,30})")
_BECAUSE = re.compile(r"因(?P<x>[^,,;;:。]{2,20}?)(?:陷入|导致|造成|引发|致使|而(?:出现|形成|造成))")
"""What a plight is blamed on (曾因工业污染和生活排污陷入…的困境), when it names a harm."""
_HARM = re.compile(r"污染|排污|排放|垃圾|黑臭|超标|违法|违规|非法|破坏|直排|偷排|侵占|占用|过度|无序")
_ALLOWED = re.compile(r"(?:任由|放任|听任)(?P<x>[^,,;;:。]{3,40})")
"""What a polluter lets happen (任由雨水直接进入沉降池) is the fault found."""
_QUOTED = re.compile(r"“(?P<x>[^“”]{2,80})”\s*的?(?:突出|重点|主要)?问题(?!闭环|导向|清单|台账|库|意识)")
_BARE_FAULT = re.compile(r"(?:较大|一定|明显|较多)?(?:的)?(?:偏差|差距|不足|漏洞|隐患|缺陷)")
"""A fault that names no subject of its own (存在偏差): what stands before 存在 is its subject."""
_QUANTITY = re.compile(r"^(?:[一某有]些|个别|部分|少数)")
_EXISTS = re.compile(r"(?<!结)存在着?(?P<x>[^,,;;:。“”]{1,40}?(?:问题|(?=[,,;;:。“”]|$)))")
_TARGETED = re.compile(r"针对(?P<x>[^,,;;:。]{4,40}?)的?(?:情况|现象)(?=[,,]|$)")
"""The state of affairs a measure is aimed at (针对群众反映强烈的甲市场大量使用塑料袋情况,…)."""
_TARGET_LEAD = re.compile(r"(?:群众|媒体|网民)?(?:反映|举报|投诉)(?:强烈|较多|集中)?的|上述|这一|该")
_LISTED = re.compile(r"(?:根据|对照|按照|依据|结合|列入|纳入|形成|建立)(?P<x>[^\s,,;;:。!?“”]{4,24}?问题)(?=清单|台账)")
"""The problems a list or ledger is named for (根据饮用水水源地环境问题清单,…): named by the list's subject."""
_FOUND_OBJECT = re.compile(
    r"对(?:检查|排查|巡查|督查|核查)?(?:中|时)?发现的(?P<x>[^,,;;:。]{4,40}?)(?=一律|下发|进行|予以|依法|责令|立即|要求|采取|实施|[,,])"
)
"""What an inspection found, as the object a measure deals with (对发现的…临时搅拌站下发通知)."""
_HELD = re.compile(r"(?P<x>[^\s,,;;:。!?]{2,30}?)(?:中|里|上)(?:存在|涉及|发现|暴露)的(?:突出|主要|环境|生态环境)?问题")
"""The problems a work or project holds (整改农村饮用水安全工程中存在的问题): named by what holds them."""
_HELD_LEAD = re.compile(r"就|(?:为了?)?(?:彻底|切实|着力|认真)?(?:处理|解决|整改|处置)")
_PHRASE = re.compile(r"(?P<x>[^\s,,;;:。!?]{2,40})问题(?!导向|清单|台账|线索|根源|意识|和不足|库|反弹|不(?:解决|整改|查清|放过))")
_LIST_ITEM = 10
"""Longest item of a list joined by 、 alone before 问题 (乱占、乱采、乱建问题); items of unlike length or named
after a water or a place (甲河、乙河河水黑臭问题) are the subjects of one problem, no list."""
_SUBJECT_END = re.compile(r"[河江湖库渠溪港湾海市县区镇乡村]$")
_TITLE = re.compile(r"《[^》]*》")
_CASE = re.compile(r"[^,,;;。]{6,80}(?<![方预草提档备议答图])案")
"""A case title (某公司未经审批从事建设活动案) names the violation the case is about; a 方案, 预案 or 草案 is no case."""
_POLLUTION = re.compile(
    r"(?P<x>[^\s,,;;:。、“”]{2,20})污染(?=(?:防治|治理)(?!设施|设备|装置)|整治|问题|攻坚|$|[,,;;:。、]"
    r"|的(?:防治|治理|整治|防控|管控|监管)|的.{0,3}力度)"
)
"""A named pollution a measure fights (加强对农业污染的防治, 加大对工业污染的治理力度); 污染治理设施 and 污染防治设施 name
a facility, whose lack or misuse other rules read whole (未安装污染治理设施)."""
_POLLUTION_CUT = re.compile(
    r".*(?:在|走|将|和|与|及|治理|防治|整治|打好|打赢|打响|加强|深化|强化|做好|抓好|狠抓|加大|控制|减少|削减|应对|推进|实施|开展|严防|防止"
    r"|由于|计划为|注重|提升|展开|助推|维护|运行|运营)"
)
_PLAN = re.compile(
    r"防治(?:攻坚)?(?:[^\s,,;;:。]{0,6}?)(?:行动计划|工作方案|作战方案|实施方案|方案|规划|条例|办法|目标责任书|法|资金|项目|经费|情况)"
)
"""A plan, a law, a fund or a project named for a pollution (水污染防治行动计划, 水污染防治资金) fights it in general:
the pollution is its topic, no finding, and what stands before it is its issuer (国务院, 广西) or a sum (15.66亿元)."""
_PERSISTS = re.compile(r"(?:^|(?<=[,,;;:。\n]))[^,,;;:。\n]{0,12}(?:仍有|仍存在|仍然存在|依然存在)[^,,;;:。\n]{2,30}")
"""A clause saying a fault persists (河面仍有大量漂浮物)."""
_COMPLAINTS = re.compile(r"(?:群众|投诉|来信|来访)?(?:信访举报件|信访投诉件|信访件|举报件|投诉件)|(?:群众|民众)举报(?=\d)")
"""Complaints handed over by inspectors are problems to be settled (群众信访件, 投诉举报件)."""
_CURBED = re.compile(
    r"(?:制止|查处|打击|取缔|查获|发现)了?(?P<x>(?:违规|违法|非法|破坏|私自|偷)[^\s,,;;:。、\d的]{0,20}?)(?=行为|现象|活动|[\s,,;;:。、\d的]|$)"
)
"""What enforcement stops is a violation (制止违规捕鱼船只, 发现非法排污口, 打击破坏水生态环境行为)."""
_EXCEEDED = re.compile(
    r"(?P<x>[^\s,,;;:。、]{2,24}?(?:浓度|排放量|含量|限值|需氧量|氨氮|总磷|总氮|石油类|悬浮物|溶解氧|指数|大肠菌群))"
    r"(?:超过|超出|高于|超)(?:《[^》]*》|[^,,;;:。《]){0,40}?"
    r"(?:限值|标准值|标准|要求)(?:[\d.]+倍)?"
)
"""A measured value over its limit (二噁英类排放浓度超过《…标准》限值0.3倍): a finding of a monitoring."""
_OWNER = re.compile(r"(?:你|该|我|贵)(?:公司|单位|厂|企业)|[A-Za-z\d#号]*(?:采样点|监测点|点位)")
"""Who or where a value was measured (该公司, 采样点), which the finding's name leaves out."""
_DISCHARGE = re.compile(
    r"(?P<x>[^\s,,;;:。、“”]{2,30})(?:直排|偷排|乱排|超标排放|超标)(?![率口])"
    r"(?P<what>(?:大气|水|有毒有害水?)?(?:污染物|废水|废气|污水))?"
)
"""A discharge at fault, with the matter let out when the text names it (超标排放大气污染物): then the act is a
finding without a subject (涉嫌超标排放水污染物)."""
_MAX_STATE = 24
_ABSENT = re.compile(r".*(?:无|未发现|未曾发现|没有|杜绝|防止|严禁|严防)")
"""Before a discharge, these say it is absent or to be prevented: what follows is still the fault looked for
(未曾发现污水偷排情况), the absence word is no part of its name."""
_CONTROLLED = re.compile(r"(?P<x>[^\s,,;;:。!?、“”]{2,20}?)(?:控制|管控)(?=[,,;;:。!?]|$|工作|行动|方案|措施|目标)")
"""The object of a control (加强入海河流总氮控制, 强化陆源入海污染控制)."""
_INSPECTED = re.compile(
    r"对(?P<x>[^,,;;:。]{2,60}?)等?(?:方面的?|方面的?情况|情况)进行了?(?:专项|集中|全面)?(?:督察|检查|审计|巡察|巡视|核查)"
)
"""The matters an inspection examined (对…围填海管理、执法…等情况进行专项督察) are the problem areas it reports
on; the body inspected (对省生态环境厅党组进行巡视) is none."""
_REVIEWED = re.compile(r"进展|进度|整改|落实|成效")
"""An inspection of progress (对…整治修复进展情况进行督察) examines measures, not problem areas."""
_WATER_STATE = re.compile(r"(?:黑臭|劣(?:V|五)类)水体")
"""The two water-body problems national campaigns are named for."""
_CLUES = re.compile(r"(?:移交|转交|移送|转办|发现|办理|处置|收到)(?:的)?(?:\d+件)?(?P<x>问题线索)")
"""Clues of wrongdoing an inspection hands over (向纪委监委移交问题线索2件): findings to be dealt with."""
_POLLUTERS = re.compile(r"“?散乱污”?企业")
"""The polluters a national campaign is named for, where no sharper name took them (拆除沿岸“散乱污”企业)."""
_AT_FAULT = re.compile(rf"问题(?:{THINGS_AT_FAULT})")
"""A thing marked as at fault by 问题 before it (推动问题排口精准施治, 对新发现的问题排污口及时整治)."""


@dataclass(frozen=True)
class ProblemMention:
    """A problem stated inside a sentence."""

    title: str
    start: int
    end: int
    parent: int | None = None
    """Index, in the same result list, of the list this item belongs to (X、Y等问题)."""


def is_complaint(title: str) -> bool:
    """A problem that is the complaints handed over (信访件, 群众信访举报件, 群众举报): one document's names for
    them name the same complaints.

    >>> [is_complaint(t) for t in ("信访件", "群众信访举报件", "群众举报", "水污染问题")]
    [True, True, True, False]
    """
    return bool(_COMPLAINTS.fullmatch(title) or re.fullmatch(r"(?:群众|民众)举报", title))



def names_case(title: str) -> bool:
    """A case title (某公司未经审批从事建设活动案), which names the violation the case is about."""
    return bool(_CASE.fullmatch(title))


_ORDINAL = r"[\s—-]*(?P<n>[一二三四五六七八九十]是|\d{1,2}[.、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])?"
"""What a clause or a listed finding opens with that is no part of it (一是, 2., (3), (一))."""
_CLAUSE = re.compile(r"(?:^|(?<=[,,;;:。!?\n]))" + _ORDINAL + r"(?P<x>[^,,;;:。!?\n]+)")
_ORDINAL_LEAD = re.compile(_ORDINAL)
_MAX_CLAUSE = 30
_FIRM = re.compile(r"(?:如|其中)?[^,,;;:。]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|(?<!处理)(?<!水)厂)(?![区房界内外长))旁边侧前后])的?")
"""A firm a clause opens with (甲市乙县丙化工有限公司在线监控设施不正常): the firm is the subject, a unit of its own;
the finding is the fault that follows it. A treatment plant or a waterworks (丁污水处理厂至今未投入使用) is a facility
whose own state is the finding, and stays; so does a firm that only marks a place (甲河段(乙家具厂旁)护栏缺失)."""
_LEAD_VERB = re.compile(r"(?:着力|推动|切实|加快|及时|彻底)?(?:解决|整治|整改|纠正|针对|查处|扭转|改变|补齐|补足|弥补|破解)了?")
_SOLVES = re.compile(r".{0,8}?(?:解决|整治|纠正|扭转|破解|补齐)了?")
"""A remedy verb after a few words of manner (能够从根本上解决河道工程老化失修): the fault follows it."""
_PREVENTS = re.compile(r"(?:要|应|须|必须|坚决|切实)?(?:防止|避免|杜绝|严防|确保|防范|严禁|禁止|无)")
_ABSENCE = re.compile(r"未出现|未发现|没有(?:出现|发现)|不再")
"""A clause that prevents a fault or reports its absence (防止问题反弹, 未出现问题反弹) states no finding."""


def find_problems(text: str, start: int = 0, end: int | None = None) -> list[ProblemMention]:
    """Problems stated inside text[start:end] (one sentence): lists first, then the other patterns.

    >>> [p.title for p in find_problems("剖析认识不深、责任不实等问题,推动解决县城段入河排污问题")]
    ['认识不深、责任不实', '认识不深', '责任不实', '县城段入河排污问题']
    """
    end = len(text) if end is None else end
    found: list[ProblemMention] = []
    titles = [m.span() for m in _TITLE.finditer(text, start, end)]
    """《》 titles name documents, not problems."""
    taken: list[tuple[int, int]] = list(titles)

    def add(a: int, b: int, parent: int | None = None) -> int | None:
        while a < b and text[a] in " |“”的了" and not (text[a] == "“" and "”" in text[a + 1:b]):  # “三无”袋 keeps its mark
            a += 1
        lead = CONJUNCTION.match(text, a, b)
        a = lead.end() if lead else a
        while b > a and text[b - 1] in " |“”。" and not (text[b - 1] == "”" and "“" in text[a:b - 1]):  # | closes a table cell
            b -= 1
        title = text[a:b]
        if b - a < 2 or title in GENERIC or names_no_problem(title) or (a, b) in taken \
                or any(x <= a and b <= y for x, y in titles):
            return None
        taken.append((a, b))
        found.append(ProblemMention(title, a, b, parent))
        return len(found) - 1

    def add_free(a: int, b: int) -> None:
        """Add text[a:b] unless an earlier rule took part of it."""
        if b - a >= 2 and not any(x < b and a < y for x, y in taken):
            add(a, b)

    def add_items(a: int, b: int) -> None:
        """Add each item of the list text[a:b] (A、B及C), each cut after its verb or modifier."""
        ia = a
        for sep in [*ITEM_SPLIT.finditer(text, a, b), None]:
            ib = sep.start() if sep else b
            cut = PHRASE_CUT.match(text, ia, ib)
            item_start = cut.end() if cut else ia
            if 3 <= ib - item_start <= MAX_PHRASE and text[item_start:ib] not in GENERIC:
                add_free(item_start, ib)
            ia = sep.end() if sep else b

    for m in LIST_END.finditer(text, start, end):
        a = list_start(text, start, m.start())
        if m["kind"]:  # a list named by its kind reaches back only over faults (…,妥善处置,杜绝A、B等“一刀切”行为)
            a = faults_start(text, start, m.start())
        for word in ("的", "等"):  # 存在的X、Y; 甲河、乙河等河沿岸乱占、乱建: the problems follow the last one
            k = text.rfind(word, a, m.start())
            a = k + 1 if k >= 0 else a
        items = [(x.start() + a, x.end() + a) for x in re.finditer(r"[^、,,]+", text[a:m.start()])]
        if m["kind"] and (not items or any(_SUBJECT_END.search(text, ia, ib) or BODY_END.search(text, ia, ib)
                                           for ia, ib in items)):
            continue
        if m["kind"] and not re.search("[、“]", m["kind"]):  # 等可能影响水质状况问题: the kind names no fault itself
            taken.append((m.start(), m.end()))
        if len(items) > 1 and shares_object(items):  # 生产、销售和使用一次性塑料制品: verbs of one object
            add(a, m.start())
        elif len(items) > 1:
            group = add(a, m.start())
            for ia, ib in items:
                lead = ITEM_OPEN.match(text, ia, ib)  # 一批不作为, 甚至敷衍应对: the finding follows
                add(lead.end() if lead and ib - lead.end() >= 2 else ia, ib, group)
        elif items:
            add(*items[0])
    for m in _QUOTED.finditer(text, start, end):
        add(m.start("x"), m.end("x"))
    for m in _EXISTS.finditer(text, start, end):
        core = _QUANTITY.sub("", m["x"].lstrip("的着")).removesuffix("问题")  # 存在一些突出问题: no problem named
        cut = PHRASE_CUT.match(core)
        core = core[cut.end():] if cut and cut.end() < len(core) else "" if cut else core  # 存在3个方面带有共性的突出问题, 存在8个方面36个问题: none
        if _BARE_FAULT.fullmatch(core):  # 评分标准与财政部要求存在偏差问题: the fault is its subject's
            a = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ",,;;:。!?\n"))
            lead = _LEAD_VERB.match(text, a, m.start()) or re.compile("对").match(text, a, m.start())
            a = lead.end() if lead else a
            if m.end("x") - a > _MAX_CLAUSE + 10:
                a = max(a, text.rfind("的", a, m.start()) + 1)
            subject = text[a:m.start()].rstrip("中上还仍也都")
            if len(subject) >= 2 and subject not in GENERIC | {"工作", "整改工作"} \
                    and not any(x < m.end("x") and a < y for x, y in taken):
                add(a, m.end("x"))
            continue
        if len(m["x"]) >= 3 and core and core not in GENERIC and not m["x"].lstrip("的着").startswith("问题") and \
                not any(a < m.end("x") and m.start("x") < b for a, b in taken):
            add(m.start("x"), m.end("x"))
    for m in _TARGETED.finditer(text, start, end):
        lead = _TARGET_LEAD.match(text, m.start("x"), m.end("x"))
        a = lead.end() if lead else m.start("x")
        if m.end("x") - a >= 4:
            add_free(a, m.end("x"))
    for m in _LISTED.finditer(text, start, end):
        cut = PHRASE_CUT.match(text, m.start("x"), m.end("x") - 2)
        a = cut.end() if cut else m.start("x")
        if m.end("x") - a >= 6 and text[a:m.end("x") - 2] not in GENERIC:
            add_free(a, m.end("x"))
    for m in _FOUND_OBJECT.finditer(text, start, end):
        if m["x"] not in GENERIC and not m["x"].endswith("问题"):
            add_free(m.start("x"), m.end("x"))
    for m in _HELD.finditer(text, start, end):
        cut = PHRASE_CUT.match(text, m.start("x"), m.end("x"))
        a = cut.end() if cut else m.start("x")
        lead = _HELD_LEAD.match(text, a, m.end("x"))  # 为了彻底处理投诉受理中涉及的环境问题
        a = lead.end() if lead else a
        if m.end("x") - a >= 3 and text[a:m.end("x")] not in GENERIC | {"工作", "整改工作"}:
            add_free(a, m.end())
    for m in _PHRASE.finditer(text, start, end):
        x0 = m.start("x")
        x1 = m.end("x") - 1 if m["x"].endswith("的") else m.end("x")  # 整改任务打折扣的问题
        whole = x0
        kinds = text.rfind("等", max(x0, m.end() - MAX_PHRASE), x1) + 1
        if kinds and _KINDS.fullmatch(text, kinds, x1):  # 等形式主义、官僚主义问题: the kinds a list falls under
            add(kinds, m.end())
            continue
        x0 = cut_before_negation(text, x0, x1)
        if _FAULT_ONLY.fullmatch(text, x0, x1):  # 思想认识不高、推进落实不力的问题: 落实 is no verb here
            x0 = max(whole, text.rfind("、", whole, x0) + 1, *(t.end() for t in LIST_TRIGGER.finditer(text, whole, x0)))
        x0 = capped_start(text, x0, m.end())
        if "等" in text[x0:x1]:  # 甲地、乙地等水环境问题: the problem is what follows 等
            x0 = text.rfind("等", x0, x1) + 1
        head = text[x0:x1]
        if len(head) < 2 or head in GENERIC or head.endswith(("等", *_PREPOSITIONS)) or any(a <= x0 < b for a, b in taken):
            continue
        if x0 > start and text[x0 - 1] == "、":  # 乱占、乱采、乱建问题: a list without 等
            la = list_start(text, start, x0)
            items = [(la + it.start(), la + it.end()) for it in re.finditer(r"[^、]+", text[la:x1])]
            sizes = [ib - ia for ia, ib in items]
            if (len(items) > 1 and max(sizes) <= _LIST_ITEM and max(sizes) - min(sizes) <= 3
                    and not any(_SUBJECT_END.search(text, ia, ib) for ia, ib in items)):
                group = add(la, m.end())
                for ia, ib in items:
                    add(ia, ib, group)
                continue
        tail = _FAULT_TAIL.match(text, m.end(), end)  # 海漂垃圾问题仍较为突出: the problem keeps its weight
        add(x0, tail.end() if tail else m.end())
    for m in _POLLUTION.finditer(text, start, end):
        x0 = m.start("x")
        cuts = [c.end() for c in (PHRASE_CUT.match(text, x0, m.end("x")), _POLLUTION_CUT.match(text, x0, m.end("x"))) if c]
        x0 = max([x0, *cuts, m.end() - MAX_PHRASE])
        if m.end("x") - x0 >= 2 and not any(a <= x0 < b for a, b in taken) and not _PLAN.match(text, m.end(), end):
            add(x0, m.end())
    for m in _WATER_STATE.finditer(text, start, end):
        add(*m.span())
    line = text[start:end].strip()
    if _CASE.fullmatch(line):
        head = max(line.rfind(":"), line.rfind(":"))
        add(start + head + 1 if head >= 0 else start, end)
    for m in _BECAUSE.finditer(text, start, end):
        if _HARM.search(m["x"]) and not any(x < m.end("x") and m.start("x") < y for x, y in taken):
            add(m.start("x"), m.end("x"))
    for pattern in (_CAUSE, _ALLOWED, _VIOLATION, _PERSISTS, _COMPLAINTS, _CURBED):
        for m in pattern.finditer(text, start, end):
            a, b = (m.start("x"), m.end("x")) if "x" in pattern.groupindex else m.span()
            held = [(x, y) for x, y in titles if a <= x and y <= b]  # 未办理《排污许可证》: the title is its object
            if pattern is _CURBED and b - a <= 2:  # 发现违规行为: no act named
                continue
            if not any(x < b and a < y for x, y in taken if (x, y) not in held):
                add(a, b)
    for a, b in discharged_into(text, start, end):
        add_free(a, b)
    for m in _DISCHARGE.finditer(text, start, end):
        x0 = m.start("x")
        cut = PHRASE_CUT.match(text, x0, m.end("x"))
        x0 = max(cut.end() if cut else x0, m.end() - _MAX_STATE)
        absent = _ABSENT.match(text, x0, m.end("x"))
        x0 = absent.end() if absent else x0
        owner = _OWNER.match(text, x0, m.end("x"))  # 该公司超标排放大气污染物: who let it out is no part of it
        x0 = owner.end() if owner and m["what"] else x0
        if (m.end("x") - x0 >= 2 or m["what"]) and not any(x < m.end() and x0 < y for x, y in taken):
            add(x0, m.end())
    for m in _CONTROLLED.finditer(text, start, end):
        x0 = m.start("x")
        cuts = [c.end() for c in (PHRASE_CUT.match(text, x0, m.end("x")), _POLLUTION_CUT.match(text, x0, m.end("x"))) if c]
        x0 = max([x0, *cuts])
        if is_pollutant(text[x0:m.end("x")]):
            add_free(x0, m.end("x"))
    for a, b in acted_on(text, start, end):
        add_free(a, b)
    for m in _EXCEEDED.finditer(text, start, end):  # the standard's 《》 title is part of the finding
        cut = PHRASE_CUT.match(text, m.start("x"), m.end("x"))
        a, b = cut.end() if cut else m.start("x"), m.end()
        owner = _OWNER.match(text, a, b)
        a = owner.end() if owner else a
        if not any(x < b and a < y for x, y in taken if not (a <= x and y <= b and (x, y) in titles)):
            add(a, b)
    for m in _INSPECTED.finditer(text, start, end):
        if not _REVIEWED.search(m["x"]):
            add_items(m.start("x"), m.end("x"))
    for m in _CLAUSE.finditer(text, start, end):  # ——围填海政策法规落实不到位。
        a, b = m.start("x"), m.end("x")
        lead = _LEAD_VERB.match(text, a, b) or _SOLVES.match(text, a, b)  # 解决污水收集率偏低: what follows the verb
        a = lead.end() if lead and b - lead.end() >= 6 else a
        firm = _FIRM.match(text, a, b)
        a = firm.end() if firm and b - firm.end() >= 6 else a
        if 6 <= b - a <= _MAX_CLAUSE and states_fault(text[a:b]) and not _PREVENTS.match(text, a, b) \
                and not _ABSENCE.search(text, a, b) \
                and not any(x < b and a < y for x, y in taken):
            add(a, b)
    for m in ITEM_FAULT.finditer(text, start, end):  # 从水质恶化、设施缺乏、监测不到位9个方面
        b = m.end()
        a = max(start, *(text.rfind(c, start, m.start()) + 1 for c in "、,,;;:。!?\n"))
        clause = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ",,;;:。!?\n"))
        ordinal = _ORDINAL_LEAD.match(text, a, b)  # 四是工作不实: the finding follows its ordinal, which marks it
        a = ordinal.end()                            # as a finding even when short
        lead = next((x for x in (_LAST_LEAD.match(text, a, b), _FIRST_LEAD.match(text, a, b)) if x and b - x.end() >= 6), None)
        a = lead.end() if lead else a
        if b - a > _MAX_CLAUSE:
            continue
        verb = _LEAD_VERB.match(text, a, b)
        a = verb.end() if verb else a
        fault = FAULT_STATED.search(text, a, b)
        negated = fault is not None and fault.start() > a and text[fault.start() - 1] == "不"  # 不闲置
        short = ordinal["n"] is not None and b - a >= 4 and fault is not None and fault.start() > a
        if (states_fault(text[a:b]) or short) and not _PREVENTS.match(text, clause, b) \
                and not _ABSENCE.search(text, clause, b) and not negated:
            add_free(a, b)
    for a, b in acts_found(text, start, end):
        if text[a:b] not in GENERIC:
            add_free(a, b)
    for m in _CLUES.finditer(text, start, end):
        add_free(m.start("x"), m.end("x"))
    for m in _POLLUTERS.finditer(text, start, end):
        add_free(*m.span())
    for m in _AT_FAULT.finditer(text, start, end):
        add_free(*m.span())
    for m in _SOURCED.finditer(text, start, end):
        cuts = [c.end() for c in (PHRASE_CUT.match(text, m.start("x"), m.start("src")),
                                  _SOURCE_LEAD.match(text, m.start("x"), m.start("src"))) if c]
        add_free(max([m.start("x"), *cuts]), m.end("x"))
    for pattern in (_REPORTED, _FIELD_COMPLAINTS):
        for m in pattern.finditer(text, start, end):
            add_free(*m.span())
    for m in _HANDED.finditer(text, start, end):
        cuts = [c.end() for c in (PHRASE_CUT.match(text, m.start("x"), m.end("x")),
                                  _SOURCE_LEAD.match(text, m.start("x"), m.end("x"))) if c]
        a = max([m.start("x"), *cuts])
        a = _REFERRING.match(text, a, m.end()).end()  # 确保相关交办问题…: 相关 only refers
        add_free(a, m.end())
    for pattern in (_AREA_COUNT, _FAULTY_BODY):
        for m in pattern.finditer(text, start, end):
            a = m.start("x") + (m.start("x") > start and text[m.start("x") - 1].isdigit())  # 10家整改不力: no 家
            if text[a:m.end("x")] not in GENERIC and not text[a:m.end("x")].endswith("问题"):
                add_free(a, m.end("x"))
    for a, b in stated_findings(text, start, end, FAULT_STATED.search):
        add_free(a, b)
    for a, b in announced_items(text, start, end):  # 发现两个问题,即:A、B
        add_free(a, b)
    for a, b in [*unlawful_acts(text, start, end), *sites_lacking(text, start, end)]:
        add_free(a, b)
    for a, b in treated_things(text, start, end):  # last: the thing a measure treats, where no finding is stated
        add_free(a, b)
    return found


_FAULT_TAIL = re.compile(r"(?:仍然|依然|仍|还)?(?:较为|比较|十分|尤为|最为)?(?:突出|严重)|日益加剧|日趋严重")
_KINDS = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+")
"""Kinds of fault joined by 、 after a list's 等 (…等形式主义、官僚主义问题): one problem, named whole."""
_PREPOSITIONS = ("对", "把", "将", "向")
"""A phrase that ends on one of these before 问题 (没有对问题突出的行业) has problems as its object and names none."""
_FAULT_ONLY = re.compile(r"不[\u4e00-\u9fff]{1,2}|滞后|缓慢|薄弱")
"""A fault word with nothing before it: a phrase cut down to it lost its subject."""
