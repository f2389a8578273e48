"""The words problems are stated in: the fault words a finding ends on, the words a problem phrase starts after,
the words that name no problem of their own, and the joints between the items of a list.

ingest/extract/problems.py, ingest/extract/problem_findings.py and ingest/extract/problem_objects.py cut problem
phrases with these words; one home keeps the three in step (a list of findings is split the same way wherever it
is read).

All functions are pure.
"""

from __future__ import annotations

import re

FAULT_WORD = (
    r"(?:(?:未|没有|尚未|仍未|未能)[^,,;;。、]{0,10}(?:完成|落实|到位|达标|达到|建成|建立|开展|执行|整改|实施|划定|设立|运行|启动"
    r"|转变|改变|扭转|解决|遏制|消除|开工|完工|竣工|投运|投入使用|验收|拨付|公开|报送|上报|销号)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:目标要求|目标任务|目标|要求|效果|标准|任务|整改工作|工作))?"
    r"|得不(?:牢|紧|实|够|好|力|深|细|严|到位|彻底)|老化失修|年久失修|淤积阻塞|淤积严重|淤塞|堵塞严重|破损严重|渗漏"
    r"|(?:存在|有)(?:较大|一定|明显)?偏差|不相符|不一致|不符合[^,,;;。、]{0,12}?(?:要求|规定|标准|程序|条件)"
    r"|[\u4e00-\u9fff]{1,4}多、[\u4e00-\u9fff]{1,4}少"
    r"|不到位|不落实|不合规|掌握不清|滞后|不力|不快|(?<!相)不符(?!合)|不足|不严格?|不高|不规范|不完善|不健全|不彻底|不达标|不合理|不充分|缓慢|薄弱|超标|较差|偏低|偏高|频发|反弹"
    r"|缺失|缺位|走过场|打折扣|恶化|缺乏|闲置|脆弱|迟缓|较低|过低|不强|不实|不深不透|不够[\u4e00-\u9fff]{0,6}|短板(?:弱项)?|弱项"
    r"|(?:仍有|存在|还有|有)差距|差距较大|(?:较为|比较|十分|尤为|仍然|依然|问题|短板|矛盾)(?:突出|严重)|(?:较为|比较|十分)密集|时有发生"
    r"|无序(?:排污|排放|开发|建设|扩张)"
    r"|淡薄|乏力|流于形式|形同虚设|有名无实|名存实亡|虚化|弱化|淡化|不明确|不明显|不浓|不齐|(?<!清)单一"
    r"|不平衡|不均衡|不协调|欠缺|较弱|偏弱|(?<!淘汰)落后|老化|盛行|(?:流失|浪费)严重"
    r"|不清|不明|失真|粗放|欠账(?:较|很|过)?多|敷衍(?:应付|应对|了事)|避重就轻|拈轻怕重"
    r"|(?:依然|仍然|仍|十分|较为|更加|日益)严峻|加剧|[\u4e00-\u9fff]多[\u4e00-\u9fff]少"
    r"|(?:还需|仍需|亟需|亟待|有待)(?:进一步)?[\u4e00-\u9fff]{2,4}"
    r"|(?<![无见])异常(?:偏[大小高低])?|不合格|造假|故障|不正常|(?<![无清])淤积|破裂|停运|数据不准|不准确|超负荷(?:运行|运转)?)"
)
"""The words a finding ends on (整改工作推进不快, 与批复不符). The last group states a fault of data, a facility or a
water by its state, whoever is at fault (在线监测数据造假, 监控装置故障, 断面水质异常, 环保设施验收不合格, 库区淤积,
设施超负荷运行); 无异常 and 清淤积 say the fault is absent or removed."""
FAULT_STATED = re.compile(FAULT_WORD + "$")
"""How a heading that is itself a finding ends (audit reports: 部分年度空气质量指标任务未完成, 整改措施落实不到位)."""
ITEM_FAULT = re.compile(FAULT_WORD + r"(?=[、,,;;:。!?\n]|$|等|\d+个方面|[一二三四五六七八九十]+个方面|方面|的?问题)")
"""A finding ending at its fault word inside a list joined by 、 (从水质恶化、部分设施缺乏、监测不到位9个方面…)."""
GENERIC = frozenset(
    "这些 相关 有关 上述 以上 突出 共性 个性 该 此类 重点 主要 具体 存在 发现 反馈 新的 一些 各类 其他 其它 整改 "
    "遗留 历史遗留 各项 所有 同类 类似 个别 部分 有些 实际 重大 一批 所列 交办 新增 剩余 环境 生态环境 仍有 自身 方面 "
    "难点 热点 焦点 堵点 痛点 重点难点 难点热点 违法违规 违规违法 违法 违规".split()
)
"""Words that name no problem of their own (这些问题, 突出问题, 整改): a phrase that is only one of them is none."""
PHRASE_CUT = re.compile(
    r".*(?:[、,,;;:“”()《》]|近年来?|解决好?|处置|跟踪|推动|针对|存在着?|发现|指出|反映|反馈的|各类|的|对照|对标|对于?|关于|"
    r"涉及|涉嫌|导致|造成|开展|排查出|查处|整治|消除|防止|杜绝|避免|减少|交办|聚焦|围绕|把|抓好|以[上下]|以|确保|落实好?|督导|推进|完成|正视|改正|暴露|召开|组建|按照|"
    r"督办|监督|包括|根据|剩余|未完成|统筹|通报了|做到|[本此这该上]轮|全[省市县区国]|我[省市县区委局厅镇乡办]|剖析|梳理|查找|制定|建立|坚持|作为|认真|深入|负责|做好|加强|举办|编制|纳入|移交|打击|发函|调度|发生|印发|达到|明确|重视|曝光|关注|其中|[一某有]些|一批|一系列|带来了?|了解|紧盯|扛起|扛牢|认识到|讨论|累计向|将(?![来军近])|有关(?!部门|单位)|加大|记录|查看|察看|部署|[一二三四五六七八九十]是|每一?个|各个|[此本这该]次|(?:\d+|[一二三四五六七八九十百两]+)[年月日项个件条类](?:份|度)?|\d{1,2}\s*[.、](?!\d))"
)
"""The words a problem phrase starts after: a verb acting on it, a joint, a count, a date or a list number
(推动解决X问题 -> X问题, 2.审计反馈问题 -> 审计反馈问题)."""
MAX_PHRASE = 14
"""Longest problem phrase named before 问题 or a pollution word; a longer one reaches into the words of its clause."""
CONJUNCTION = re.compile(r"(?:以及|及(?!时)|并且|并|但是?|而且|此外|另外|或者|也(?=没有|未|不))(?=[\u4e00-\u9fff“])")
"""A conjunction or link a phrase may open with (但仍存在…, 也没有推进落实); 及时 (in time) is an adverb, no
conjunction."""
ITEM_SPLIT = re.compile(r"、|以及|及|和")
"""The joints between the items of a list (A、B及C, A以及B, A和B)."""
THINGS_AT_FAULT = "排口|排污口|企业|河段|点位"
"""Things 问题 before them marks as at fault (问题排口, 问题企业): a name of the thing, no act on problems."""


def states_fault(title: str) -> bool:
    """A heading that is a finding in its own words, as audit and inspection reports head each problem.

    >>> [states_fault(t) for t in ("部分年度空气质量约束性指标任务未完成", "整改措施落实不到位", "加强监管", "滞后")]
    [True, True, False, False]
    """
    return len(title) >= 6 and "," not in title and bool(FAULT_STATED.search(title))


_NEGATION = re.compile(r"(?:未|没有|尚未|仍未|不)$")
_VERB_CUT = re.compile(PHRASE_CUT.pattern.replace(".*(?:", ".*(?P<verb>", 1))
"""PHRASE_CUT with the verb it cuts after as a group."""


_OVERRUN = 4
"""How far past MAX_PHRASE a phrase may reach back to where its words start (我市县级集中式饮用水…问题)."""
_CAP_BOUNDARY = re.compile(r"[省市县区镇乡村将把和及与的]")


def capped_start(text: str, natural: int, end: int) -> int:
    """Where a phrase ending at `end` starts when its words start at `natural`: there, if it is at most
    MAX_PHRASE (+ _OVERRUN) long; else at the cap, moved past a division's suffix, a 将 or a 和 just after it, so that
    the phrase does not open inside a word (…实验区无居民海岛违规开发利用问题 -> 无居民海岛违规开发利用问题)."""
    cap = end - MAX_PHRASE
    if natural >= cap - _OVERRUN:
        return natural
    k = _CAP_BOUNDARY.search(text, cap, cap + 3)
    return k.end() if k and end - k.end() >= 6 else cap


def cut_before_negation(text: str, a: int, b: int) -> int:
    """Where a phrase text[a:b] starts after its leading verb (对, 解决, 落实 …), never after a verb the phrase
    negates (对提前下达比例未达到要求: the phrase starts after 对, since 未达到要求 is the fault itself)."""
    end = b
    while True:
        cut = _VERB_CUT.match(text, a, end)
        if not cut:
            return a
        neg = _NEGATION.search(text, a, cut.start("verb"))
        if not neg:
            return cut.end()
        end = neg.start()
