"""What frames a document's text rather than stating an action: a letter's salutation and the sentence announcing
what follows, a page's furniture, a news report's dateline, title lines and the short headings news reports give
their parts. None of them is a measure.
"""

from __future__ import annotations

import re

CLAUSE_MARKS = re.compile(r"[,,。;;]")
"""Clause punctuation: a line without any is a title, not prose."""
_ADDRESSEE = re.compile(
    r"[^,,:;;。]{0,60}(?:政府|单位|部门|厅|局|委|委员会|办公室|办|公司|集团|企业|院|所|中心|组|机关|同志们?)"
)
_ANNOUNCES = re.compile(r"(?:[^。;;,,]{0,40}[,,])?(?:现将|现就|特将|特此)[^。;;]{0,30}(?:如下|通知|报告|函告|通报|说明)[^。;;]{0,6}[。:;;]?")
_FURNITURE = re.compile(
    r"\s*(?:特别声明|免责声明|版权声明|声明|原标题|来源|责任编辑|编辑|作者|原文链接|转载请注明|扫一扫|分享到|打印本页|关闭窗口)"
    r"\s*[::\s]|\s*[(（][^()（）]{2,30}[)）]\s*$"
    r"|[^,,。;;]{0,8}(?:点个?赞|按个?赞|点在看|扫码关注|长按识别|关注我们|分享给)[^,,。;;]{0,8}[!！。]*\s*$"
)
"""A letter's salutation line (沿海各市人民政府,省直有关单位:) and the sentence announcing what follows
(现将整改情况报告如下) are the letter's frame, no measures; nor is a page's furniture (特别声明:…, 原标题:…,
责任编辑:…), a source alone in brackets ((某县政府办)) or a social prompt (喜欢就点个赞吧!)."""


CONTACT_FIELD = (r"(?:联系|咨询|举报|投诉|监督|通讯|通信|单位|公司|办公)?(?:电话|热线|手机|电子邮箱|邮箱|邮寄地址|通信地址|通讯地址|地址"
                 r"|邮编|邮政编码|传真|网址|联系人|联系方式|QQ|微信号?|公众号)\s*[:：]")
"""A page's contact field (联系电话:…, 地址:某省某市…, 联系QQ:…): no measure, and no place the document is about (an
advertiser's address often stands there)."""
_CONTACT = re.compile(r"\s*" + CONTACT_FIELD)


def is_contact(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] opens with a contact field."""
    return _CONTACT.match(text, a, z) is not None


_NOTICE = re.compile(r"\s*(?:如果?(?:对[^,,。;;]{0,40})?有异议|[^,,。;;]{0,20}以邮戳为准)")
"""A public notice's closing clauses (如有异议,请在公示期内…反映; 邮寄的以邮戳为准): how to object, no action taken."""


def is_frame(text: str, a: int, z: int) -> bool:
    r"""A salutation (a whole line of addressees ending in a colon), a sentence announcing what follows, or a
    notice's clause on how to object.

    >>> t = "沿海各市人民政府,省直有关单位:\n现将有关情况报告如下:"
    >>> is_frame(t, 0, 16), is_frame(t, 17, len(t)), is_frame("完成排查,建立台账:", 0, 10)
    (True, True, False)
    >>> is_frame("如对公示内容有异议,请于公示期内向县河长办反映。", 0, 24), is_frame("邮寄的以邮戳为准。", 0, 9)
    (True, True)
    """
    if _ANNOUNCES.fullmatch(text, a, z) or _FURNITURE.match(text, a, z) and line_text_start(text, a) == a \
            or _NOTICE.match(text, a, z):
        return True
    line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", z)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not line.endswith(":"):
        return False
    parts = re.split(r"[,,;;]", line[:-1])  # 响水县、滨海县人民政府,市各有关委、办、局:
    return all(_ADDRESSEE.fullmatch(x.strip()) for x in parts)


_DATELINE = re.compile(
    r"[^,,。;;:\n]{0,24}?(?:讯|(?<=[日社台])电)(?=[\s(（\d])(?:\s*[(（][^()（）\n]{0,40}[)）])?\s*"
)
"""A news report's dateline and byline (本报讯, 东北网9月6日讯, 某报讯(记者某某), 新华社北京2月17日电): not part of
the measure. A 电 ends one only after a date or an agency: 受理来电120件 is a count of calls."""


def after_dateline(text: str, a: int, z: int, keep: int) -> int:
    """Where a sentence starts after its dateline, if it opens with one and `keep` characters remain.

    >>> t = "东北网9月6日讯9月5日,记者从市相关部门获悉,市水务局完成清淤。"
    >>> t[after_dateline(t, 0, len(t), 6):][:6], after_dateline("市政府致电省厅,请求支援。", 0, 12, 6)
    ('9月5日,记', 0)
    """
    m = _DATELINE.match(text, a, z)
    return m.end() if m and z - m.end() >= keep else a


def line_text_start(text: str, a: int) -> int:
    """Where the line holding position a starts, spaces after the line break skipped."""
    i = text.rfind("\n", 0, a) + 1
    while i < a and text[i] in " \t\u3000":
        i += 1
    return i


def is_title_line(text: str, a: int, z: int) -> bool:
    r"""A sentence that is a whole line with no clause punctuation: a title (of a notice, a case); or a short line
    of two phrases with no full stop over a paragraph, as news reports head their parts (狠抓整治,养殖进一步规范).
    A numbered line that no heading took, or a line opening with 二是, that counts what was done (2.拆除沿河违建3处)
    is a list's item.

    >>> t = "狠抓整治,水产养殖进一步规范\n针对养殖污染问题,成立工作专班,制定工作指引。\n一是加强巡查,二是严格执法\n"
    >>> is_title_line(t, 0, 14), is_title_line(t, 15, 37), is_title_line(t, 38, 51)
    (True, False, False)
    >>> is_title_line("2.拆除沿河违建3处", 0, 10), is_title_line("2.沿河违建情况", 0, 8)
    (False, True)
    """
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", z)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:a].strip() or text[z:line_end].strip():
        return False
    if _COUNTED_ITEM.match(text, a, z) and states_action(text, a, z):
        return False
    return not CLAUSE_MARKS.search(text, a, z) or _subhead(text, a, z, line_end)


_COUNTED_ITEM = re.compile(r"\s*(?:\d{1,2}[.、](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]是)"
                           r"[^\n]*?\d+(?:\.\d+)?余?[^\W\d_]")
"""A numbered line, or an item's 二是, holding a count (1.清理河道垃圾20吨, 二是成立了22名村级河长队伍)."""
_SUBHEAD_MAX = 20
_ITEM = re.compile(r"\s*[一二三四五六七八九十]是")


def _subhead(text: str, a: int, z: int, line_end: int) -> bool:
    """A line of at most two short phrases, without a full stop, over a longer paragraph: a part's heading."""
    line = text[a:z].strip()
    if len(line) > _SUBHEAD_MAX or line.endswith(("。", ".", ";", ";", "!", "?", ":")) or _ITEM.match(line):
        return False
    if len(re.findall(r"[,,]", line)) != 1:
        return False
    next_end = text.find("\n", line_end + 1)
    following = text[line_end + 1 : next_end if next_end >= 0 else len(text)].strip()
    return len(following) > len(line) and following.endswith(("。", "!", "?"))


_ACTION = re.compile(
    r"开展|推进|推动|整治|整改|清理|清除|清运|清淤|拆除|拆解|查处|查封|扣押|查扣|收缴|没收|罚款|处罚|立案|关停|取缔|停产|"
    r"搬迁|关闭|封堵|吊装|运离|治理|修复|建设|建成|新建|改造|完善|完成|制定|制订|制作|印发|出台|修订|建立|健全|加强|强化|加大|"
    r"落实|督促|督办|督导|督查|指导|组织|召开|部署|实施|排查|检查|巡查|巡河|巡湖|核查|经查|调查|监测|监管|执法|约谈|问责|追责|"
    r"移送|移交|交办|责令|要求|通报|培训|宣传|签订|签署|投入|拨付|安排|下达|成立|设立|配备|安装|铺设|种植|补植|复绿|打捞|收集|"
    r"处置|转运|销号|验收|办结|回复|反馈|举一反三|严防|严禁|禁止|防止|确保|提升|提高|减少|削减|控制|管控|优化|调整|规范|开通|"
    r"启动|发放|张贴|走访|入户|摸排|摸清|梳理|研究|审议|批示|调度|跟踪|协调|会同|联合|配合|采取|实行|推行|利用|引导|鼓励|打击|"
    r"依法|严厉|查办|办理|受理|核实|取样|采样|检测|报送|上报|公开|公示|恢复|保障|防控|防治|疏浚|截污|纳管|整合|编制|划定|勘界|"
    r"立标|设置|树立|补齐|解决|处理|消除|杜绝|遏制|压实|压减|淘汰|即知即改|立行立改|制止|劝导|劝离|清退|清拆|回填|封存|暂扣|"
    r"警告|教育|批评|腾退|退养|整顿|暂停|叫停|复查|复核|回访|自查|抽查|抽检|曝光|下发|动员|审批|批复|申报|筹措|开工|竣工|投运|"
    r"维护|养护|保洁|清扫|巡护|暗访|溯源|监督|稽查|询问|登记|取证|查获|抓获|捣毁|收回|注销|吊销|撤销|拘留|起诉"
)
"""Words of doing: what someone did, does or is told to do to a problem (整治, 拆除, 查处, 督促, 责令 …)."""
_NOT_DONE = re.compile(r"(?:未|没有|尚未|仍未|未能|不|无|缺乏)(?:按要求|按规定|依法|及时|严格|认真|有效|切实|全面)?(?:开展|进行|实施)?$")
"""A word of doing that is denied (尚不健全, 未按要求开展) states a fault, not an action."""


def states_action(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] states an action. A sentence that states none (a place's figures, a page's note, a
    quoted remark, a line of a site's menu, a fault such as 制度尚不健全) may stand among measures, but answers no
    problem by being near it.

    >>> states_action("全县共有河流12条,水库3座。", 0, 15), states_action("拆除沿河棚屋12处。", 0, 10)
    (False, True)
    >>> states_action("海上环卫制度尚不健全,工作不协调。", 0, 17)
    False
    """
    return any(not _NOT_DONE.search(text, max(a, m.start() - 8), m.start()) for m in _ACTION.finditer(text, a, z))


_REPORTED = re.compile(r"(?:督察|督查|巡视|巡察|审计|暗访|暗查|检查|核查)(?:组|人员)?(?:还|也)?(?:认为|指出|发现|查实)(?![::的])")
"""An inspection reporting what it found (督察认为, 督察组指出, 督察还发现): what follows is the finding, not an action;
检查发现: before a colon opens an inspection whose findings the paragraph's measures answer (link_cues.found_after),
and 暗访发现的问题 is an object. A report in a clause opening with a preposition (在巡视组指出问题当日,…; 针对审计发现
问题,…) is when or what an action answers."""
_RESULT = re.compile(r"(?:检测|监测|化验|检验|测定)?(?:结果|报告|数据)[^,,。;;]{0,30}?(?:显示|表明)")
"""A test's result reported (检测结果显示, 监测报告(…)显示): what follows it is a measured fact; when it holds a
fault's state (…分别超标2倍) it is the finding, not an action."""
_INQUIRY = re.compile(r"\s*(?:而|后)?[经經](?:现场|現場)?(?:查|核查|调查|調查|核实|核實|查实|查實|了解|瞭解)"
                      r"(?:发现|發現|核实|核實|确认|確認|认定|認定)?[,,::]")
"""A sentence opening with what an inquiry established (经查,该厂未批先建; 经调查发现,…; 经核实,…): a finding or a fact,
whatever words of doing it holds, up to a clause telling what was then done (经核查,已完成整改). 据了解 is a reporter's
source, not an inquiry, and 经查询… names how something was done."""
_DONE = re.compile(r"(?<![被曾])(?:(?:" + _ACTION.pattern + r")了|责令|立案|查封|扣押|罚款|没收|移送|约谈|问责|下达)")
"""A word of doing told as done (拆除了, 下达了) or a word only an authority does (责令, 立案, 查封): a clause holding
it is what was done about an inquiry's finding, not part of it; told in the passive (被查封, 曾被立案) it is the
party's history."""
_BREACH = re.compile(r"(?:违反|违背)了?(?=《)")
"""A clause whose predicate is the law a deed broke (上述行为违反了《某法》第十条的规定): the case's finding in legal
terms, not an action; the deed named before it (违反卫生管理规定的摊主, 涉嫌违反…的企业) is an object, not a
predicate, when the clause opens with 对 or 涉嫌 stands before it."""
_BREACH_OBJECT = re.compile(r"(?:对|针对|涉嫌|如|若|凡|是否|防止|杜绝|严禁)[^,,;;。]*$")
_FRAMED = re.compile(r"(?:^|[,,;;])[^,,;;]*?(?:在|对|针对|根据|按照|就|将|把|从)[^,,;;]*$")
_WHEN = re.compile(r"[^,,;;。]*?(?:后|时|当日|当天|以来|之际|期间)(?=[,,;;])")
"""A report that is a time clause (督察组指出问题后,…) dates what follows, which is the action."""
_REPLY_WORDS = r"(?:并|随即|立即|及时|当即|遂|已|均已|现已|要求|责令|督促|交办|正在|将)"
_REPLY = re.compile(r"[,,;;]" + _REPLY_WORDS)
"""A clause after a reported finding that tells what was done about it (…,要求限期整改; …,随即开展整治)."""
_REPLY_START = re.compile(_REPLY_WORDS)
"""The same reply right after an inquiry's colon (经核实:已整改到位)."""
_STATE = re.compile(r"不彻底|溢流|外溢|直排|偷排|漏排|渗漏|超标|黑臭|不达标|未达标|不到位|不力|滞后|缓慢|依然突出|仍然突出|较为突出")
"""A state that is a fault when it is a clause's predicate (雨污分流不彻底, 污水收集井向河道溢流污水)."""
_STATE_TAIL = 4
"""How many characters may follow the state to its clause's end: its object (溢流污水), not a problem it names."""
_ON_STATE = re.compile(r"杜绝|防止|严防|确保|消除|解决|避免|减少|遏制|禁止|严禁|严查|打击|不再|查处|整治|整改|封堵|取缔|截污|问\s*题|现象|行为|情况|等")
"""A clause that works against the state (杜绝污水直排, 整治溢流) or names it as an object (直排问题) acts on it."""
_NO_STATE = re.compile(r"无|没有|未见|未发现")
"""A state denied (均无污水溢流, 日产日清无外溢) is no fault."""
_EXISTS = re.compile(r"存在(?!的|于|问题)")
"""存在 as a clause's predicate (该厂存在超标排放问题, 仍然存在整改不到位等现象) states a finding; 存在的问题 and
存在问题 (推进存在问题整改) are a noun phrase, 存在于 a place."""
_FRAMED_START = re.compile(r"\s*(?:对|针对|就|根据|按照|为|为了)")
"""A clause opening with a preposition (针对仍存在X的现象, 对存在X问题的企业) frames the existence it names."""
_EXISTS_OBJECT = re.compile(r"(?:对|针对|就|是否|有无|不|无|未|没有|防止|避免|杜绝|确保|严防|如|若|凡|一旦)"
                            r"(?:仍然|依然|仍|还|均|都|也|普遍)?$")
"""What makes 存在 no predicate of a finding: a question or a condition (是否存在, 如存在), a denial (不存在), a purpose
(防止存在), or the object of a preposition (对存在X的企业)."""


def finding_spans(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """Spans of text[a:z] whose predicate is a finding, beyond the faults the problem finder names: an inspection's
    report (督察认为…, 督察组发现…) or a test's result that shows a fault (检测结果显示…超标) up to a clause telling
    what was done about it, a clause whose predicate is 存在 (该厂存在X问题), and a clause whose predicate is a
    fault's state (雨污分流不彻底, 收集井向河道溢流污水), a clause whose predicate is the law a deed broke (上述行为
    违反了《某法》…的规定), and a sentence opening with what an inquiry established (经查,…) up to a clause telling
    what was done about it. A word of doing in them is part of the finding (污水收集井,
    督察整改取得进展, 该公司安排车辆运往外省处置), so a sentence made of them states a finding and no measure.

    >>> t = "督察认为,某地整改虽有进展,但存在虚假整改的问题。"
    >>> [t[x:y] for x, y in finding_spans(t, 0, len(t))]
    ['督察认为,某地整改虽有进展,但存在虚假整改的问题。']
    >>> t = "某区雨污分流不彻底,多个收集井溢流污水,已责令整改。"
    >>> [t[x:y] for x, y in finding_spans(t, 0, len(t))]
    ['某区雨污分流不彻底', '多个收集井溢流污水']
    >>> finding_spans("在检查组指出问题当日,立即停止施工。", 0, 18), finding_spans("完成黑臭水体排查。", 0, 9)
    ([], [])
    >>> t = "经查,该厂安排车辆将废油运往外省处置,执法人员当场责令其停止。"
    >>> [t[x:y] for x, y in finding_spans(t, 0, len(t))]
    ['经查,该厂安排车辆将废油运往外省处置']
    >>> t = "检测结果显示,该厂排口化学需氧量超标2倍。乙村仍存在垃圾乱堆现象。"
    >>> [t[x:y] for x, y in finding_spans(t, 0, 21)], [t[x:y] for x, y in finding_spans(t, 21, len(t))]
    (['检测结果显示,该厂排口化学需氧量超标2倍。', '该厂排口化学需氧量超标2倍'], ['乙村仍存在垃圾乱堆现象'])
    """
    spans: list[tuple[int, int]] = []
    m = _REPORTED.search(text, a, z)
    if m and not states_action(text, a, m.start()) and not _FRAMED.search(text[a:m.start()]) \
            and not _WHEN.match(text, m.end(), z):
        reply = _REPLY.search(text, m.end(), z)
        spans.append((m.start(), reply.start() if reply else z))
    result = _RESULT.search(text, a, z)
    if result and _STATE.search(text, result.end(), z):
        reply = _REPLY.search(text, result.end(), z)
        spans.append((result.start(), reply.start() if reply else z))
    inquiry = _INQUIRY.match(text, a, z)
    if inquiry:
        reply = _REPLY_START.match(text, inquiry.end(), z) or _REPLY.search(text, inquiry.end() - 1, z)
        end = reply.start() if reply else z
        done = _DONE.search(text, inquiry.end(), end)
        if done:  # …,执法所现场拆除了违章建筑物; …,执法人员当场责令其停产: what was done about the finding
            end = max((x.start() for x in CLAUSE_MARKS.finditer(text, inquiry.end() - 1, done.start())),
                      default=inquiry.end())
        spans.append((inquiry.start(), end))
    for m in _BREACH.finditer(text, a, z):
        c0 = max((x.end() for x in CLAUSE_MARKS.finditer(text, a, m.start())), default=a)
        if not _BREACH_OBJECT.search(text, c0, m.start()):
            spans.append((c0, _clause_end(text, m.end(), z)))
    c0 = a
    for c1 in [x.start() for x in CLAUSE_MARKS.finditer(text, a, z)] + [z]:
        if c1 > c0 and _states_existence(text, c0, c1):
            if not any(s0 <= c0 and c1 <= s1 for s0, s1 in spans):  # not already in an inspection's report
                spans.append((c0, c1))
        elif c1 > c0 and not _ON_STATE.search(text, c0, c1):
            states = list(_STATE.finditer(text, c0, c1))
            last = states[-1] if states else None
            if last and c1 - last.end() <= _STATE_TAIL and not states_action(text, last.end(), c1) \
                    and not _NO_STATE.search(text, max(c0, last.start() - 2), last.start()):
                spans.append((c0, c1))
        c0 = c1 + 1
    return spans


def _clause_end(text: str, start: int, z: int) -> int:
    """Where the clause going on at `start` ends: at the first clause mark outside a title (《…》) or a quotation (“…”),
    which a law's text cited in full often holds."""
    depth = 0
    for i in range(start, z):
        ch = text[i]
        if ch in "《“":
            depth += 1
        elif ch in "》”" and depth:
            depth -= 1
        elif depth == 0 and CLAUSE_MARKS.match(ch):
            return i
    return z


def _states_existence(text: str, c0: int, c1: int) -> bool:
    """Whether the clause text[c0:c1] states that a fault exists: 存在 is its predicate (该厂存在超标排放问题,
    联合督导组检查发现被巡察单位存在8个问题整改不到位), not a question (是否存在), a denial (不存在), a purpose
    (确保不存在) or a phrase framed by 对 or 针对 (针对仍存在X的现象)."""
    if _FRAMED_START.match(text, c0, c1):
        return False
    for m in _EXISTS.finditer(text, c0, c1):
        if not _EXISTS_OBJECT.search(text, max(c0, m.start() - 6), m.start()):
            return m.end() < c1
    return False
