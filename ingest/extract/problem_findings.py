"""Findings told without a cue word (问题, 存在, 发现): the way inspection feedback, audit notices and enforcement
cases state a fault as a plain clause. Each rule is one form of official writing:

* a water's state (水体长期黑臭, 水质常年处于劣V类, 沦为纳污河, 溪水呈红色, 全湾均为劣四类水质);
* sewage let into a named water (污水直排长江), let out untreated or barely treated (废水直接排放至二级保护区,
  经简单沉淀后排放), and a polluter's discharge named with what it lets out (偷排废水);
* funds misused (挤占挪用, 闲置资金, 资金损失浪费, 违规套取资金, 财政资金未能有效使用, 克扣征地补偿费), figures or
  records falsified (虚假申报, 多报建设规模, 编造会议纪要);
* a duty not done, stated as the clause's predicate (环境保护主体责任尚未压紧压实, 也未开展有效治理,
  缺少针对印染废水的处理工艺, 无法实现达标排放), and a counted one (不能满负荷运转的有60座);
* an illegal act outside the verbs ingest/extract/problem_objects.py knows (违法用海, 违规设置入河排污口);
* the name of a kind of violation (未批先建, 未验先投, 弄虚作假), a breach of a named rule (违反中央八项规定精神),
  and the faults a sanction is given for (因港口布局混乱、未批先建等被约谈);
* a practice said to be widespread (围填海空置现象普遍存在), careless disposal (生活垃圾随意丢弃), dumping a case found
  (将…碱水倾倒至…水坑中) and faults named as what holds work back (人才短缺与资金不足制约…) or causes a harm
  (管网不完善导致…);
* faults listed after what they are instances of (问题主要表现在:一是…;二是…, “乱占”主要包括围垦湖泊,…).

ingest/extract/problems.py adds these spans after its own rules, so a finding an earlier rule named keeps that name.
All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .problem_find_acts import acts_and_sights
from .problem_words import FAULT_WORD, ITEM_SPLIT

_WATER_STATE = re.compile(
    r"(?:长期|常年|持续|一直|多年|仍然|依然|仍)?"
    r"(?:(?:为|处于|呈现?|恶化为|下降为|下降至|降为|降至|变为|沦为|成为)(?:重度|轻度|中度)?"
    r"(?:黑臭|劣(?:V|五|四|IV)类(?:海水)?(?:水质|水体)?|(?P<named>纳污河|臭水沟))"
    r"|(?:下降为|下降至|降为|降至|恶化为)(?:IV|V|四|五)类"
    r"|(?:出现)?劣于第?(?:[四五]|IV|V)类(?:海水)?(?:水质)?"
    r"|(?<=[水河江湖渠沟塘体])(?:长期|常年|持续|一直|多年)黑臭"
    r"|(?<=[水河江湖渠沟塘体])呈(?:红色|黑色|乳白色|黄色|绿色|酱油色))"
)
"""A water's state that is a finding (seas are graded one class lower: 劣四类), or a fall to class IV or V, the classes
no longer fit to drink from (水质由III类下降至IV类); the subject before it (老泵站河, 东河, 河道水体) is part of the name."""
_WATER_SUBJECT = re.compile(r"[^\s,,;;:。!?、“”()()\"]{0,14}$")
_STATE_CUT = re.compile(r".*(?:\d+(?:\.\d+)?[条个座处家段]?|%|年|以来|之后|后|的|等|其中|发现|显示|举报|反映|[省市县区镇](?![考控]))")
"""Where a water's name starts, back from its state: after a date, a count or a place (2018年以来水质…, 城区下游…);
省考 and 市控 (a section checked by the province or the city) are no place."""
_WATER_WORD = re.compile(r"水|河|江|湖|库|渠|沟|溪|塘|湾|海|断面")
"""A state is said of a water (个别月份甚至为劣V类 names none: the clause before it does)."""
_NOT_NOW = re.compile(r"(?:不再|消除|摆脱|告别|摘掉|退出|杜绝|防止|避免|基本无|无)[^,,;;:。]{0,6}$")
"""A state that is ended, prevented or absent (消除劣V类水体, 不再为黑臭) is no finding."""

_DISCHARGED = re.compile(
    r"(?P<x>(?:生活|工业|雨|养殖|生产)?(?:污水|废水|污染物|粪污|尾水|渗滤液)(?:长期|每天|直接|常年)?"
    r"(?:通过[\u4e00-\u9fff]{1,8}?)?(?:直排|偷排|直接排入|溢流(?:排)?入|排入|流入)(?:“[^“”]{1,6}”)?"
    r"[\u4e00-\u9fff]{1,8}?(?:河|江|湖|海|库|渠|沟|溪|港|湾|塘))(?=[,,;;:。!?、]|$|形成|致使|造成|导致)"
)
"""Sewage or leachate let into a named water or ditch (每天约4.5万吨污水直排“母亲河”东河, 渗滤液通过围堰缺口排入雨水沟):
the finding names the water it fouls."""

_DIRECT = re.compile(
    r"(?P<x>(?:生活|工业|生产|养殖|冲洗)?(?:污水|废水|废气|粪污|粪便|尿液|渗滤液|废液)"
    r"(?:未经(?:任何)?处理|经简单[\u4e00-\u9fff]{1,4}后)?(?:直接|随意)?(?:向[\u4e00-\u9fff]{1,6}?)?(?:排放|排入|外排)(?:至|到|进|入)?[^,,;;:。!?“”]{0,14})"
)
_UNTREATED = re.compile(r"未经(?:任何)?处理|经简单|直接|随意")
"""Sewage let out untreated, barely treated or straight into its surroundings (废水直接排放至二级保护区, 粪便和尿液
经简单沉淀后排放); a discharge without such a word (排放至污水处理厂) is the normal way, no finding."""

_FUNDS = re.compile(
    r"(?P<x>(?:违规|违法|虚报冒领|骗取|套取|挤占|挪用|截留|侵占|闲置)(?:[^\s,,;;:。、的]{0,14}?)资金)"
    r"|(?<=元被)(?P<y>挤占挪用|挤占|挪用|截留|套取|骗取)"
    r"|(?P<w>资金被(?:滞留|挤占挪用|挤占|挪用|截留|套取)(?:或|和|、)?(?:滞留|挤占挪用|挤占|挪用|截留)?"
    r"|(?:克扣|截留|挪用|侵占|套取|骗取)[^\s,,;;:。、的\d]{0,8}?(?:费|款|补贴|补助|补偿金))"
    r"|(?P<z>(?:财政|专项|项目|相关)?资金(?:损失浪费|未能有效使用|闲置|沉淀|长期结存))"
)
"""Funds misused, as audits state it (违规套取资金6531.57万元, 15.66亿元被挤占挪用于…, 造成相关资金损失浪费); a sum
said to be misused names the misuse (被侵占的水域 is land, no funds)."""
_FUNDS_LEAD = re.compile(r"(?:严禁|禁止|防止|杜绝|避免|不得|确保|追回|收回|退还|归还|清理|规范)[^,,;;:。]{0,4}$")
"""Funds a measure recovers or forbids misusing (严禁挤占挪用, 追回被挤占挪用资金) are named by the audit's own
finding, not by the measure."""

_CLAUSE = re.compile(r"[^,,;;:。!?\n]+")
_NEGATED = re.compile(
    r"(?:也|均|都|仍|还|仍然|依然|至今)?(?P<neg>没有|尚未|仍未|未能|从未|未|无法|不能|难以|缺少|缺乏)"
    r"(?:真正|根本|完全|彻底|有效|及时|全面|如实|按要求|按规定|按期|依法|严格|切实)?"
)
_ABSENT = re.compile(
    r"(?:发现|出现|收到|接到|造成|引发|检出|发生|受到|影响|反弹|新增|违反|超|低于|高于|突破|达到上限|批先|验先)"
)
"""Negated verbs that report a good state (未发现, 未出现反弹, 未超标), and 未批先建, a violation's name."""
_ABSENCE = re.compile(r"未出现|未发现|没有(?:出现|发现)|不再|杜绝|防止|避免|确保")
"""A clause that prevents a fault or reports its absence states no finding."""
_PREVENTION_UNDONE = re.compile(
    r"(?:未|没有|未能)(?:采取|落实|设置|建设|配备|安装)[^,,;;:。]{0,4}?(?:防止|避免)[^,,;;:。]{1,16}?(?:措施|设施)"
)
"""A duty to prevent that was not done (未采取防止扬散、流失措施, the pollution laws' formula for storage): 防止 is its
object, no prevention the clause orders."""
_JOINT = re.compile(r"[^的及和与、)]*[的及和与、)]")
_REPORTED = re.compile(r"表示|认为|声称|称")
"""A negation someone reports (该厅表示…无法退还) is their word, not a finding."""
_NOT_A_NEGATION = re.compile(r"未来|未成年|没有之一|未[\u4e00-\u9fff]{1,3}率")
"""Words that hold 未 but negate nothing (未来, 未完成率)."""
_DUTY_VERB = re.compile(
    r"(?:[\u4e00-\u9fff]{0,3}?)(?:开展|建成|建立|建设|打通|落地|压紧|压实|树立|形成|执行|履行|落实|整改|治理|处罚|处理|处置|予以|进行"
    r"|公示|公开|督促|采取|配备|安装|设置|设立|健全|制定|办理|取得|纳入|列入|实现|达到|达标|满足|完成|到位|发挥|拨付|投入|投运|运行"
    r"|验收|修复|清理|清除|拆除|关停|取缔|搬迁|上报|报送|填报|申报|登记|备案|制作|签订|核实|审批|批复|划定|开工|完工|启动|转变|改变|扭转|解决|遏制|消除|根除|推进|推动"
    r"|重视|掌握|摸清|查清|监管|监测|检查|巡查|考核|追究|问责|编制|出台|印发|明确|兑现|收集|接入|覆盖|改造|维修|维护|保护|启用|使用|安排|引起|达)"
)
"""What a body is bound to do: a negated duty (未开展有效治理, 没有真正打通) is a fault, a negated act of some other
kind (原有耕地多年未耕种) need not be."""
_UNABLE = re.compile(r"满足|满负荷|正常|达标|有效|按期|按时|及时|稳定|完全|发挥")
"""不能 states a fault only before what a body or a plant fails to do (不能满负荷运转, 不能正常运行)."""
_DUTY = re.compile(r"(?:责任|职责|义务|要求|规定|程序|手续|制度|标准|措施|设施|工艺|设备|机制|体系)$")
"""A negated duty may hold a 的 when it ends on the duty (未切实履行对管道排查和维修的主体责任)."""
_MEASURE_LEAD = re.compile(
    r"(?:对|将|把|要|应|须|督促|责令|确保|严禁|严防|严控|禁止|防止|避免|杜绝|针对|对照|对于|如|若|凡|一旦|以免|以防|为)"
)
"""What a clause opens with when it orders, forbids or supposes: its negation is no finding."""
_SUBJECT_MAX = 14
_OBJECT_MARK = re.compile(r"对|向|将|把")
"""What a negated duty names its object with (未对…设置, 未将…纳入): the duty verb comes after the object."""
_OBJECT_NEGATIONS = ("没有", "尚未", "仍未", "未能", "从未", "未")
_OBJECT_MAX = 12
"""Longest head of an object between its last 的 and the duty verb (镇级水源地 in 未对全区…的镇级水源地设置…)."""
_OWN_PREDICATE = re.compile(r"已|被|均|都|正在")
"""Adverbs that open a predicate of its own after a 的 (…的情况已核实): the negation was in a modifier."""
_PREDICATE_MAX = 22
_COUNTED = re.compile(r"的(?:有|达|共)?\d+(?:\.\d+)?[个座家处项条件宗所]")
"""A counted finding (不能满负荷运转的有60座): the finding is the clause before 的."""
_LEAD_WORDS = re.compile(
    r"(?:[一二三四五六七八九十]是|\d{1,2}\s*[.、](?!\d)|[((]\d{1,2}[))]|[—-]+|督察发现|督察指出|检查发现|审计发现|经查|分别(?:是|为)|同时|但|而|并且|并|且|其中|由于|因)"
)
"""Words a finding's clause opens with that are no part of it (一是, 3、, ——, 督察发现, 分别是, 但, 因)."""
_MORE_FAULTS = re.compile(
    r"(?:落空|有所(?:放松|松懈|懈怠)|呈(?:减少|下降|萎缩|退化|恶化)趋势|呈(?:多发|高发|上升|蔓延)(?:态势|趋势)|不高|有缺陷|(?:大面积|多处|严重)?(?:损坏|破损)|混乱"
    r"|[不乱慢]作为|(?:污染|超标|破坏|损毁)(?:十分|较为|尤为|比较)?严重|较严重|日益加剧|日趋严重|激增|退化"
    r"|返黑返臭|不正常(?:运行|使用)?|长期停运|停运多年|不善|隐患突出|敷衍塞责|表面文章"
    r"|(?:破损|损坏|老化)?(?:脱落|开裂|断裂|锈蚀|坍塌|倒塌|下沉|泄漏|漏水|漏油|损毁)"
    r"|(?:率|进展|进度)[^,,;;:。]{0,4}低于[^,,;;:。]{0,12}(?:平均水平|水平|标准|要求|目标))$"
)
"""Clause ends that state a fault, beyond the fault words of ingest/extract/problems.py (整治目标连年落空, 后期有所
放松, 草原面积呈减少趋势, 运行效益不高, 处理工艺有缺陷, 行政执法不作为, 设施长期停运, 不正常运行, 收集率或整治进展
低于全国平均水平), and the damage of a device or a building (保温层破损脱落, 墙体开裂, 管道泄漏)."""
_CLAUSE_MAX = 30
_REMARK = re.compile(r"[((][^()()]{2,16}[))]$")
"""A remark in brackets after a finding (详见附件) is no part of it."""
_UNAUTHORISED = re.compile(r"(?:擅自|私自|违规|违法|非法)[\u4e00-\u9fff]")
_SUBJECT_CUT = re.compile(r".*(?:的|对|在|中|、|及|和|与|\)|问题)")
"""Where a long finding's own subject starts: after the last 的, 对 or joint before its fault."""

_ILLEGAL = re.compile(
    r"(?:违法|违规|非法)(?:用海|用地|设置|圈占|占地|建房|取土|挖砂|捕捞|排污|经营|运输|签订|接收|转移|收购|出租|发放)"
    r"[^\s,,;;:。、的\d]{0,10}?(?=[\s,,;;:。、的\d]|行为|现象|活动|问题|$)"
)
"""An illegal act wherever it stands (4366公顷违法用海, 集中整改违规设置入河排污口)."""
_EVADED = re.compile(r"(?:规避|逃避|躲避)(?:[\u4e00-\u9fff]{0,6}?)(?:审批|监管|检查|执法|处罚|监测)")
"""Evading approval or oversight (规避国务院审批, 逃避监管)."""
_DUMPED = re.compile(
    r"将(?:[^,,;;:。]{0,30}?的)?(?P<x>(?:[^\s,,;;:。的]{0,8}?)(?:废水|污水|碱水|酸液|废液|废渣|垃圾|固废|危险废物|危废|污泥|废油|渣土|渗滤液|粪污)"
    r"(?:[^,,;;:。]{0,16}?)(?:(?:倾倒|排放|堆放|填埋|直排|偷排)(?:至|到|于|进|入)|排入|流入)[^,,;;:。]{2,24})"
)
"""What a case found dumped and where (将…产生的碱水倾倒至厂区西侧的水坑中, 将生活污水排入坑内), named from the waste
on."""
_BREACH = re.compile(r"违反了?(?!本|上述|前款|此|该|以上|相关|有关)[^\s,,;;:。、《》]{2,16}?(?:规定精神|规定|精神|纪律|要求)")
"""A breach of a named rule (违反中央八项规定精神, 对违反卫生管理规定的摊主…); a rule cited by a law's own words
(违反本条例规定的, 违反上述规定) or by its 《》 title (the legal basis of a penalty) is none."""
_FALSIFIED = re.compile(
    r"(?:重复申报|虚假申报|虚报|多报|瞒报|谎报|编造|伪造|篡改)[^\s,,;;:。、的\d]{0,10}?(?=[\s,,;;:。、的\d]|$|和|等)"
)
"""Figures or records falsified (虚假申报, 多报建设规模, 编造会议纪要): a finding of an audit or an inspection."""
_KINDS = re.compile(r"未批先建|未验先投|未批先填|未批先用|边批边建|批小建大|久拖不决|弄虚作假|虚假整改|敷衍整改|表面整改")
"""The names Chinese enforcement gives kinds of violation: each is a finding wherever it is listed."""
_SANCTIONED_FOR = re.compile(
    r"因(?P<x>[^,,;;:。]{2,40}?)等?被(?:约谈|问责|通报|处罚|曝光|查处|挂牌督办|处分|追责)"
)
"""The faults a sanction is given for (四省市因港口布局混乱、未批先建等被约谈问责): each item is a finding."""
_HINDERS = re.compile(r"(?P<x>[^,,;;:。!?\n]{4,24}?)(?:严重)?(?:制约|阻碍|拖累|削弱)(?:了|着)?")
"""Faults named as what holds work back (人才短缺与资金不足制约巡湾可持续性): the faults are the finding."""
_CAUSING = re.compile(r"(?P<x>[^\s,,;;:。!?]{4,24}?)而?(?:导致|造成|致使|使得)")
"""A fault named as the cause of a harm (由于对锅炉的管理不善造成超标排放, 管网不完善导致污水收集率过低): the harm is
read by ingest/extract/problems.py, the cause is a finding as well."""
_SOME_DEGREE = re.compile(
    r"(?P<x>[^\s,,;;:。!?]{4,20}?)(?:均|都|也)?存在不同程度的?(?:问题|污染|破坏|损毁|缺陷)"
)
"""A work or place found at fault to some degree (农村生活污水收集处理均存在不同程度的问题): it names the finding."""
_WIDESPREAD = re.compile(
    r"(?P<x>[^\s,,;;:。、“”]{2,14}?)现象(?:普遍存在|普遍|较为普遍|大量存在|屡禁不止|时有发生|依然存在|仍然存在|(?:较为|比较|十分)?(?:突出|明显|严重))"
)
"""A practice said to be widespread or marked (围填海空置现象普遍存在, 晴天排污现象明显): the practice is the finding."""
_CARELESS = re.compile(
    r"(?P<x>(?:生活|建筑|生产|工业)?(?:垃圾|废弃物|污水|废水|废渣|渣土|固废|杂物)(?:随意|随地|随处|任意)"
    r"(?:丢弃|倾倒|堆放|排放|堆弃|丢放|乱扔|抛撒))"
)
"""Careless disposal (生活垃圾随意丢弃): a finding of a survey or a river patrol."""
_LISTED_AFTER = re.compile(
    r"(?:问题|不足|短板|违法行为|违规行为|乱象|“[^“”]{0,4}[乱违污假虚][^“”]{0,4}”)"
    r"(?:(?:主要|具体)(?:包括|表现为|表现在|体现在|是|为|有)|表现为|表现在|体现在|包括)[::]?"
)
"""Faults listed after what they are instances of (问题主要表现在:…, “乱占”主要包括围垦湖泊,非法侵占水域,…): each
item up to the next ; or 。 is a finding."""
_LIST_ITEM = re.compile(r"[^,,;;。!?\n]+")
_ORDINAL = re.compile(r"\s*(?:[一二三四五六七八九十]是|\d[.、]|[((]\d[))])")
_ITEM_LEAD = re.compile(r"(?:[一二三四五六七八九十]是|\d[.、]|[((]\d[))]|在[^,,;;。]{1,12}?(?:范围内|内|中|上))")
"""What a listed item opens with that is no part of its fault (一是, 在河湖管理范围内)."""
_LISTED_MAX = 6


_WORK_FAULT = re.compile(
    r"(?:^|(?<=[,,;;:。!?\n、对]))(?P<x>(?:整改|推进|行动|监管|把关|落实|执行|履职|管理|审批|治理|整治|查处|执法|管护|保洁|问责"
    r"|处置|督办|监督|统筹|申报|填报|进展|进度)(?:工作)?" + FAULT_WORD + r")(?=[,,;;:。!?\n、]|的|$)"
)
"""A work criticised in two words, standing alone between joints (复垦项目审批不规范,监管不到位; 对行动缓慢、整改不力的…):
how work was done is the finding, even with no subject named."""


_OVERFLOW = re.compile(r"(?:污水|废水|粪污|渗滤液|垃圾)[\u4e00-\u9fff]{0,4}?(?:外溢|溢流|冒溢)")
"""Sewage or refuse spilling over (排口大量黑色污水外溢, 收集点垃圾严重外溢): a finding of a patrol or an inspection."""
_OVERFLOW_LEAD = re.compile(r"对|造成|导致|致使|出现|发现")
"""What the clause of an overflow opens with that is no part of it (对…出现污水外溢的情况进行排查)."""
_NO_OVERFLOW = re.compile(r"无|不|防止|避免|杜绝|确保|消除|减少|严禁")
"""An overflow prevented, ended or absent (确保污水不溢流, 均无污水溢流) is no finding."""
_OVERFLOW_SUBJECT = 16


_DISCHARGED_WHAT = re.compile(
    r"(?:偷排|偷倒|私排|违法排放|超标排放)(?:生产|生活|工业|含[\u4e00-\u9fff]{1,2})?(?:废水|污水|废气|污泥|废渣|废液)"
)
"""A polluter's act named with what it lets out (偷排废水): the act, not who did it (严查甲公司偷排); 直排 is said of
an outfall as well (排口晴天直排污水), which the outfall names."""


def discharged_into(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sewage let into a named water, named from the pollutant to the water (ingest/extract/problems.py adds these
    before its bare discharges, so that 有3500余万吨污水直排 gives way to 污水直排长江).

    >>> t = "全市每天有2万余吨污水直排甲江,乙镇生活污水长期直排“母亲河”丙河。"
    >>> [t[a:b] for a, b in discharged_into(t, 0, len(t))]
    ['污水直排甲江', '生活污水长期直排“母亲河”丙河']
    """
    spans = [m.span("x") for m in _DISCHARGED.finditer(text, start, end)]
    return spans + [m.span() for m in _DISCHARGED_WHAT.finditer(text, start, end)
                    if not any(a <= m.start() < b for a, b in spans)]


def stated_findings(text: str, start: int, end: int, faulty: Callable[[str], object]) -> list[tuple[int, int]]:
    """Spans in text[start:end] of findings stated with no cue word, in the order of the rules above; `faulty`
    says whether a phrase ends on a fault word of ingest/extract/problems.py.

    >>> t = "甲河水体长期黑臭,乙公司15.66亿元被挤占挪用,有关部门也未开展有效治理。"
    >>> [t[a:b] for a, b in stated_findings(t, 0, len(t), lambda x: x.endswith("不到位"))]
    ['甲河水体长期黑臭', '挤占挪用', '有关部门也未开展有效治理']
    """
    out: list[tuple[int, int]] = []
    out.extend(_water_states(text, start, end))
    out.extend(m.span("x") for m in _DIRECT.finditer(text, start, end) if _UNTREATED.search(m["x"]))
    for m in _FUNDS.finditer(text, start, end):
        group = next(g for g in ("x", "y", "z", "w") if m[g])
        lead_from = max(start, m.start() - 8)
        if not _FUNDS_LEAD.search(text, lead_from, m.start()):
            out.append(m.span(group))
    for m in _CLAUSE.finditer(text, start, end):
        out.extend(_fault_clause(text, *m.span(), faulty))
    out.extend(m.span() for m in _ILLEGAL.finditer(text, start, end))
    out.extend(m.span() for m in _EVADED.finditer(text, start, end))
    out.extend(m.span("x") for m in _DUMPED.finditer(text, start, end))
    for m in _SANCTIONED_FOR.finditer(text, start, end):
        out.extend(_items(text, m.start("x"), m.end("x")))
    out.extend(m.span() for m in _KINDS.finditer(text, start, end))
    out.extend(m.span() for m in _FALSIFIED.finditer(text, start, end))
    out.extend(m.span() for m in _BREACH.finditer(text, start, end))
    out.extend(m.span("x") for m in _WIDESPREAD.finditer(text, start, end))
    out.extend(m.span("x") for m in _SOME_DEGREE.finditer(text, start, end))
    out.extend(m.span("x") for m in _HINDERS.finditer(text, start, end)
               if faulty(m["x"]) or _MORE_FAULTS.search(m["x"]))
    out.extend(m.span("x") for m in _CARELESS.finditer(text, start, end))
    out.extend(m.span("x") for m in _WORK_FAULT.finditer(text, start, end) if m.span("x") not in out)
    out.extend(_overflows(text, start, end))
    for m in _CAUSING.finditer(text, start, end):
        lead = _LEAD_WORDS.match(text, m.start("x"), m.end("x"))
        a = lead.end() if lead else m.start("x")
        a += text[a] == "对"  # 对锅炉的管理不善: a fault of what 对 names
        if (faulty(text[a:m.end("x")]) or _MORE_FAULTS.search(text, a, m.end("x"))) \
                and not _ABSENCE.search(text, a, m.end("x")) and not _MEASURE_LEAD.match(text, a, m.end("x")):
            out.append((a, m.end("x")))
    for m in _LISTED_AFTER.finditer(text, start, end):
        out.extend(_listed(text, m.end(), end))
    out.extend(acts_and_sights(text, start, end))
    return out


def _water_states(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A water's state with the water it is said of (老泵站河水体长期黑臭, 东河水质持续恶化为劣V类)."""
    out = []
    for m in _WATER_STATE.finditer(text, start, end):
        clause = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ",,;;:。!?\n"))
        if _NOT_NOW.search(text, clause, m.start()):
            continue
        subject = _WATER_SUBJECT.search(text, clause, m.start())
        a = subject.start() if subject else m.start()
        cut = _STATE_CUT.match(text, a, m.start())
        a = cut.end() if cut else a
        if m.end() - a >= 4 and (_WATER_WORD.search(text, a, m.end()) or m["named"]):  # …出现劣于第四类海水水质
            out.append((a, m.end()))
    return out


def _overflows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sewage or refuse spilling over, with what it spills from when the clause names it in a few words (排污口涉及的管道
    沟渠出现污水外溢 -> 排污口涉及的管道沟渠出现污水外溢; a longer clause keeps the pollutant on)."""
    out = []
    for m in _OVERFLOW.finditer(text, start, end):
        clause = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ",,;;:。!?\n、"))
        if _NO_OVERFLOW.search(text, clause, m.end()):
            continue
        lead = _LEAD_WORDS.match(text, clause, m.start()) or _OVERFLOW_LEAD.match(text, clause, m.start())
        a = lead.end() if lead else clause
        out.append((a if m.start() - a <= _OVERFLOW_SUBJECT else m.start(), m.end()))
    return out


def _fault_clause(text: str, a: int, b: int, faulty: Callable[[str], object]) -> list[tuple[int, int]]:
    """Findings of the clause text[a:b]: the clause when its predicate is a negated duty or ends on a fault (a long
    one from its own subject on: …的突出问题整改紧迫性不强 -> 整改紧迫性不强), else each item of a list of faults
    joined by 、 (审批不规范、监管不到位), which may be shorter than a finding standing alone."""
    while a < b and text[a] in " “”|":
        a += 1
    lead = _LEAD_WORDS.match(text, a, b)
    a = lead.end() if lead else a
    counted = _COUNTED.search(text, a, b)
    b = counted.start() if counted else b
    b = b - 1 if b > a and text[b - 1] == "等" else b
    remark = _REMARK.search(text, a, b)  # 部分重点建设项目推进缓慢(发现问题详见附件)
    b = remark.start() if remark else b
    if b - a < 4 or (_ABSENCE.search(text, a, b) and not _PREVENTION_UNDONE.search(text, a, b)):
        return []
    if _UNAUTHORISED.match(text, a, b):  # 并擅自修改…参数: a violation after a link word
        return [(a, b)] if b - a <= _CLAUSE_MAX else []
    if _MEASURE_LEAD.match(text, a, b):
        about = text[a] == "对" and (_MORE_FAULTS.search(text, a, b) or faulty(text[a:b]))
        if not about:  # 对…管理不善: a fault of what 对 names; any other 对, 要, 严禁 … orders
            return []
        a += 1
    duty = _negated_duty(text, a, b)
    if duty:
        return [duty]
    clause = text[a:b]
    held = "问题" in clause[:-4]  # …直排问题整改工作中重视不够: the problem named before is no part of the fault
    if _MORE_FAULTS.search(clause) or ((counted or remark or held or len(clause) > _CLAUSE_MAX) and faulty(clause)):
        if len(clause) > _CLAUSE_MAX or held:
            cut = _SUBJECT_CUT.match(text, a, b - 4)
            a = cut.end() if cut else a
        return [(a, b)] if 4 <= b - a <= _CLAUSE_MAX else []
    items = [(a + m.start(), a + m.end()) for m in re.finditer(r"[^、]+", clause)]
    if len(items) > 1 and all(ib - ia >= 4 and (faulty(text[ia:ib]) or _MORE_FAULTS.search(text, ia, ib))
                              for ia, ib in items):
        return items
    return []


def _negated_duty(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The clause text[a:b] when its predicate is a negated duty (责任尚未压紧压实, 也未开展有效治理, 无法实现达标
    排放); a clause that orders, forbids or supposes (对未按要求整改的…, 严禁…, 如未…), exhorts (决不能放松) or
    reports a good state (未发现…, 未超标) states none."""
    neg = _NEGATED.search(text, a, b)
    if not neg or _NOT_A_NEGATION.match(text, neg.start("neg"), b):
        return None
    if neg.start() - a > _SUBJECT_MAX:  # 部分市(州)及部门环境保护主体责任尚未…: from the subject's last joint on
        joint = _JOINT.match(text, neg.start() - _SUBJECT_MAX, neg.start())
        if not joint:
            return None
        a = joint.end()
    subject, predicate = text[a:neg.start()], text[neg.end():b]
    if _REPORTED.search(subject) or _ABSENT.match(predicate):
        return None
    if _OBJECT_MARK.match(predicate) and neg["neg"] in _OBJECT_NEGATIONS:  # 未对全区水源地设置标识牌
        return _duty_on_object(a, b, predicate)
    if not 2 <= len(predicate) <= _PREDICATE_MAX:
        return None
    if neg["neg"] == "不能" and not _UNABLE.match(predicate):  # 决不能放松: an exhortation
        return None
    if neg["neg"] not in ("缺少", "缺乏", "无法", "不能", "难以") and not _DUTY_VERB.match(predicate):
        return None
    if "的" in predicate and not _DUTY.search(predicate):  # 未按要求整改的企业: a noun phrase, no predicate
        return None
    return (a, b) if b - a >= 5 else None


def _duty_on_object(a: int, b: int, predicate: str) -> tuple[int, int] | None:
    """The clause text[a:b] when its negated predicate names the object before the duty (未对辖区水源地设置标识牌,
    没有对重点行业组织开展排查, 也未将污水送至处理厂处理): the duty is read after the object's last 的, and must
    follow it closely, so that a clause that only mentions an object (未对水质造成影响) is none, nor one whose 的 closed
    a subject with a predicate of its own (未对外营业的情况已核实)."""
    if len(predicate) > _PREDICATE_MAX + _OBJECT_MAX:
        return None
    rest = predicate[predicate.rfind("的") + 1:] if "的" in predicate else predicate[1:]
    verb = _DUTY_VERB.search(rest)
    if not verb or verb.start() > _OBJECT_MAX or "的" in rest[verb.start():] or _OWN_PREDICATE.search(rest, 0, verb.end()):
        return None
    return (a, b) if b - a >= 6 else None


def _listed(text: str, a: int, end: int) -> list[tuple[int, int]]:
    """The items of a list of faults from text[a] to the next ; or 。 (围垦湖泊,非法侵占水域、滩地), each without its
    ordinal or place; a list of more than _LISTED_MAX items is no list of faults but a passage."""
    ends = "。" if _ORDINAL.match(text, a, end) else ";;。"  # 一是…;二是…: the items run to the full stop
    stop = min([k for k in (text.find(c, a, end) for c in ends) if k >= 0] or [end])
    items = []
    for m in _LIST_ITEM.finditer(text, a, stop):  # items end at a comma or a semicolon
        ia, ib = m.span()
        lead = _ITEM_LEAD.match(text, ia, ib)
        ia = lead.end() if lead and ib - lead.end() >= 3 else ia
        if 3 <= ib - ia <= _PREDICATE_MAX + 2:
            items.append((ia, ib))
    return items if len(items) <= _LISTED_MAX else []


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a list text[a:b] joined by 、, 和 or 及, each at least two characters."""
    out, ia = [], a
    for sep in [*ITEM_SPLIT.finditer(text, a, b), None]:
        ib = sep.start() if sep else b
        if ib - ia >= 2:
            out.append((ia, ib))
        ia = sep.end() if sep else b
    return out
