"""Problems named as what a measure acts on, or by what enforcement and surveys found: what a measure reduces,
seizes, demolishes or prohibits, banned goods named with their trade, faults a sanction is threatened for, an
illegal act, waste cleaned up, a water found foul, the plight a water fell into, wrong conduct stopped, what a
survey found and counted, disorder stopped, what the law on protected waters bars as unrelated to their purpose,
and outfalls put right (ingest/extract/problems.py adds them in its order).

All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re

from .problem_words import ITEM_SPLIT

_POLLUTANT = re.compile(
    r"(?:污染物?|总氮|总磷|氨氮|化学需氧量|COD|重金属|排污|污水|废水|尾水|废气|粪污|垃圾|扬尘|黑臭|富营养化|赤潮|浒苔|"
    r"漂浮物|油污|塑料(?:制品|袋)?|噪声|异味|恶臭)(?:排放|排放量|浓度|含量|负荷|入海量|入河量|产生量|总量|入海|入河|入湖)?$"
)
"""What a reduction or a control applies to when it is a fault: a pollutant, a discharge or a nuisance, their
amount or their way into a water (…污染物入海量, 陆域污染物入海); the cost of a substitute (降低生物降解塑料制品使用成本) is none."""
_REDUCED = re.compile(r"(?:削减|减少|降低|消减|压减|遏制|管控|控制|防控)(?P<x>[^,,;;:。!?]{2,24}?)(?=[,,;;:。!?]|$)")
"""What a measure reduces or controls is the problem it answers (削减总氮、总磷等主要污染物入海量, 有效管控入海污染排放)."""
_SEIZED = re.compile(
    r"(?P<verb>先行登记保存|登记保存|查扣|扣押|没收|查封|收缴|(?<!检)查收(?!缴)|暂扣|下架|销毁|查处|严查)(?:涉案|各类|各种)?"
    r"(?P<x>[^,,;;:。、]{3,30}?)"
    r"(?=\d+(?:\.\d+)?[百千万余多]*[批件个台套吨公斤千克箱袋份株棵只条艘辆宗]|[,,;;:。、]|$)"
)
"""Goods enforcement seizes are the fault when the text qualifies them as banned (登记保存一次性不可降解塑料制品);
after 查处 or 严查 only goods, since what else they take (违法案件) is found by other rules. The 查收 of 检查收缴 is
no verb: there the goods follow 收缴."""
_SEIZED_NAMED = re.compile(
    r"对(?P<x>[^,,;;:。!?对的]{3,30})的(?:查处|打击|查扣|收缴|清查|整治)(?:和[\u4e00-\u9fff]{2,4})?(?:力度|工作|行动)"
)
"""Goods named after 对 as what enforcement steps up against (加大对不合格塑料制品的查处力度): the same fault as
after the verb, when the text qualifies them as banned."""
_SEIZED_LIST = re.compile(
    r"(?:先行登记保存|登记保存|查扣|扣押|没收|查封|收缴|查收|暂扣|下架|销毁|查处|严查)(?:涉案|各类|各种)?"
    r"(?P<x>[^,,;;:。!?]{3,80}?)(?=[,,;;:。!?]|$)"
    r"|对(?P<y>[^,,;;:。!?对]{3,80}?)等?(?:依法|当场|现场)?进行了?(?:严厉|依法|当场|现场)?"
    r"(?:查扣|扣押|没收|查封|收缴|暂扣|下架|销毁|查处)"
)
"""Goods enforcement seizes named as a list, after the verb (查处无厂名、厂址的“三无”购物袋及不合格塑料袋) or
after 对 (对不符合要求的塑料袋、垃圾袋及餐具进行查扣): each item the text qualifies as banned."""
_BANNED = re.compile(r"不可|不合格|不符合|非法|违法|违规|违禁|假冒|伪劣|过期|禁止|禁用|淘汰|未|一次性|超薄|三无|厚度小于")
"""What qualifies goods as banned, by their own word or by the thickness the national standard bars (厚度小于0.025
毫米的塑料购物袋)."""
_COUNT = re.compile(r"\d|[一二三四五六七八九十两]+[处个座间栋宗起家条艘户]")
"""A count in a list of what was demolished (违栽树木900棵、违章建筑一处): a tally of results, named as a whole."""
_REMOVAL = r"(?:拆除|取缔|关停|关闭|清除|清理|封堵|搬迁)"
_REMOVED = re.compile(
    rf"{_REMOVAL}(?:[和、]?(?:{_REMOVAL}|整治|整顿))*了?(?:各类|各种|全部|所有)?(?P<x>[^\s,,;;:。!?]{{3,40}}?)(?=[\s,,;;:。!?]|$)"
)
"""What a measure demolishes, closes or clears, one verb or a chain of them (关停取缔, 清理整治), is the fault when the text
says it is wrong (拆除违建房屋, 拆除与水源保护无关的构建筑物, 清理整治非正规垃圾堆放点)."""
_UNLAWFUL = re.compile(
    r"违[法规章建栽禁]|非法|非正规|私搭|乱搭|私设|私建|无关|未经|无证|三无|散乱污|小散乱|重污染|高污染|禁[养建采捕]区"
)
"""What marks a thing as unlawful, by its own word or by the zone that bars it (禁养区内养殖场)."""
_MEASURE = re.compile(r"(?:面积|数量|长度|总量)$")
"""The size of a tally (违规种植面积248亩), no part of the thing it counts."""
_CAMPAIGN_WORK = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:工作|行动|力度)$")
"""An object that is the work of a campaign (…非法养殖设施的整治工作): the campaign, not a thing found."""
_TREATED = re.compile(
    r"对(?P<x>[^;;:。]{3,40}?)等?(?:依法|集中|全面|逐一|统一|坚决|及时)?(?:进行|予以|实施|开展)了?[^,,;;:。]{0,4}?"
    r"(?:拆除|拆解|清理|清除|取缔|关停|封堵|整治|搬迁|处置)"
)
"""What a measure demolishes, closes or cleans up, named after 对 (对占用海域的废弃网箱进行拆解), is the fault when
the text says it is wrong."""
_LEAD_COUNT = re.compile(r".*\d+(?:\.\d+)?[余多]?[家个处座条艘台套户间栋]")
_FAULTY_OBJECT = re.compile(
    r"(?P<x>[^\s,,;;:。]{2,40}的[^\s,,;;:。的]{2,12}?)(?:清理整治|综合整治|集中整治|专项整治|整治|清理|取缔|拆除|关停|封堵)"
)
"""A thing a measure deals with, its fault said before 的 (非法设置、设置不合理的入海排污口清理整治)."""
_HARMFUL = re.compile(
    r"禁[养建采捕]区|违[法规章建栽]|非法|私搭|乱搭|未经|无证|散乱污|重污染|高污染|污染|占用|侵占|废弃|破坏|超标|偷排|直排|不合理|无法达标|不达标"
)
_OBJECT_LEAD = re.compile(r".*(?:完成|推进|开展|加快|实施|启动|组织|继续|持续|全面|对|将)")
_PROHIBITED = re.compile(
    r"(?:严禁|禁止|不得)(?:在[^,,;;:。]{0,12}?(?:区|内|中|上|边|旁|沿岸|水域))?(?P<x>[^,,;;:。在]{2,20}?)等(?:活动|行为)"
)
"""Activities a measure prohibits, listed before 等活动 (严禁在库区游泳垂钓、野炊等活动)."""
_ILLEGAL_ACT = re.compile(
    r"(?:违规|违法|非法)(?:回收|收集|贮存|排放|排污|倾倒|捕捞|采砂|采矿|开采|种植|养殖|占用|侵占|搭建|建设|填海|围海|建"
    r"|生产|经营|处置|堆放|取水|捕鱼|使用|销售)[^\s,,;;:。、的\d在等和及与]{0,12}?"
    r"(?=[\s,,;;:。、的\d在等和及与]|以及|行为|现象|活动|依法|进行|面积|问题|联动|执法|专项|整治|行动|清理|清退|整顿|取缔"
    r"|打击|查处|情况|重点|主要|涉|也|均|都|已|仍|还|$)"
)
"""An illegal act wherever it stands (有人在民宅内非法回收废旧电池, 对…的违规种植进行清理); a list's 等 or 和, a
place after it (违法建筑在…中倒塌), the campaign against it (非法捕捞联动执法行动, 非法养殖清理整顿) or what the
text goes on to say of it (非法采砂情况, 非法采砂重点河段, 非法养殖主要为紫菜, 非法采砂涉及的设备, 非法排污口也…)
ends it."""
_WASTE = r"(?:垃圾|漂浮物|杂物|废弃物|淤泥|油污|浒苔|渔具|网具|用具)"
_CLEANED = re.compile(
    rf"对(?P<x>[^,,;;:。]{{2,30}}?{_WASTE})等?进行(?:[^,,;;:。]{{0,6}}?)(?:清理|打捞|清运|清除|处置)"
    rf"|(?:清理|清除|打捞|清运)了?(?P<y>[^,,;;:。、\d]{{2,12}}?{_WASTE})(?=[,,;;:。、\d]|$)"
    rf"|(?:常有|存在|有)大量的?(?P<z>[^,,;;:。]{{2,30}}?{_WASTE})(?=[,,;;:。]|$|滞留|堆积|漂浮|堆放)"
)
"""Waste a clean-up removes or a survey finds piled up (对沙滩上的白漂、杂物等垃圾进行清理, 清理海洋垃圾,
岸滩有大量泡沫浮球、废弃渔网等垃圾滞留)."""
_WASTE_WORD = re.compile(_WASTE)
_LITTER = re.compile(
    rf"(?P<x>[^\s\d,,;;:。、“”]{{2,12}}?{_WASTE})(?=(?:综合|集中|专项)?(?:治理|整治|清理|防治|清运|打捞)"
    r"(?!效果|成效|水平|能力|项目|资金|经费|设施|方案|规划|计划|实际|需要|需求|体系))"
)
"""Waste a campaign is named for (推进海漂垃圾治理常态化); a campaign's effect, project or needs (影响农村垃圾治理效果,
垃圾治理项目的深埋桶) name no waste found, only the campaign's topic."""
_CAMPAIGNED = re.compile(
    r"(?P<x>[\u4e00-\u9fff]{2,12}?(?:养殖|養殖|行业|行業)(?:乱象|亂象)?)(?:全部|全面|依法)?"
    r"(?:(?:综合|专项|集中|清查|綜合|專項)?(?:整治|清退|退养|退養)|清理整治)"
    r"|清退了?(?P<y>[^\s\d,,;;:。、“”]{2,8}?(?:养殖|養殖))(?=\d|[,,;;:。、]|$)"
)
"""A farming or a trade a campaign clears out or puts right (海域养殖清退, 关于砂石行业整治, 清退畜禽养殖1处): the
campaign names the fault by the activity; what it farms or trades in is no part of the name."""
_CAMPAIGN_LEAD = re.compile(
    r".*(?:关于|開展|开展|展开|推进|推進|推动|加快|深化|实施|持续|全面|全力|完成|启动|组织|抓好|做好|狠抓|出台|制定|印发|"
    r"召开|部署|聚焦|围绕|针对|实现|确保|力争|要求|对|將|将|和|、|"
    r"全[省市县区]|我[省市县区]|[省市县区]级)"
)
_DUST = re.compile(r"(?P<x>(?:(?:施工)?工地|道路|建筑|渣土|裸土|堆场|矿山)?(?:扬尘|揚塵))(?=(?:综合|专项)?(?:治理|整治|防治|管控|防控))")
"""Dust a campaign is named for (工地扬尘防治, 扬尘治理工作): the nuisance is the fault it treats; where its source
stands before it (工地), it names the nuisance more sharply."""
_DISORDERS = re.compile(r"“[三四五][乱亂][”〞\"](?=[(（]|问题|問題|行为|行為|现象|現象|具体现象|整治)")
"""The disorders a national campaign counts, quoted as faults (“四乱”行为, 河湖“四乱”(乱占、乱采、乱堆、乱建)问题):
one fault, named as the campaign names it; the campaign itself (“清四乱”工作) names its work, not a finding."""
_CHAOS = re.compile(r"(?:整治|治理|清理|打击|遏制|纠治|整頓|整顿)(?P<x>[^\s\d,,;;:。、“”的]{2,10}?(?:乱象|亂象))")
"""Disorder of a field a measure puts right (治理城市管理工作乱象, 重拳整治河湖乱象): 乱象 says the field is at fault."""
_WRONGDOING = re.compile(r"(?P<x>[^\s\d,,;;:。、“”]{2,16}?(?P<wrong>违法|违规|违章)(?:行为|现象))")
"""Wrongdoing of a field, as a campaign or enforcement names it (开展生态环境违法行为专项整治)."""
_REFERRING = re.compile(r"[该此其这那你您贵]|上述|以上|以下|下列|相关|有关|本(?:公司|单位|企业)")
_ACT_LEAD = re.compile(
    r".*(?:推进|推進|推动|加强|加快|开展|做好|抓好|深化|强化|实施|持续|全面|狠抓|完成|组织|打击|查处|整治|治理|发现|制止|对|"
    r"处置|减轻|停止|惩处|震慑|严惩|遏制|规范|关于|"
    r"落实|切实|负责|成立|雇佣|安排|改正|纠正|责令|应当|应(?![急用对])|我[省市县区镇乡]|"
    r"全[省市县区国]|辖区|区域|各类|一批|各种)"
)
_PLIGHT = re.compile(r"陷入“?(?P<x>[^,,;;:。“”]{2,16})”?的?(?:困境|窘境|局面)")
"""The plight a water body fell into (陷入“全年365天黑臭”的困境)."""
_RESTRAINED = re.compile(
    r"对(?P<x>[^\s,,;;:。]{2,20}?(?:行为|现象))(?:进行|予以|依法)(?:劝阻|制止|查处|整治|纠正|处理|处罚|教育)"
)
"""Conduct a measure stops (对园区企业的不文明行为进行劝阻) when the text says it is wrong."""
_WRONG = re.compile(r"不|违|乱|私|偷|非法|超标|无证")
_FOUND_COUNT = re.compile(
    r"(?:排查出|排查发现|摸排出|查出|发现)(?:各类|各种)?(?P<x>(?:(?!存在|有|问题)[^\s,,;;:。、\d“”]){2,14}?)(?:共计|共)?\d+(?:\.\d+)?"
    r"(?:个|处|条|件|家|项|座|段|起|宗)"
)
"""What a survey found, counted (共排查出各类入河排污口2359个): the things to be dealt with."""
_COUNTED_NEXT = re.compile(
    r"[,,、](?:其中)?(?P<x>(?:(?!存在|有|问题)[^\s,,;;:。、\d“”]){2,14}?)(?:共计|共)?\d+(?:\.\d+)?"
    r"(?:个|处|条|件|家|项|座|段|起|宗)(?=[,,;;。、]|$)"
)
"""A further item of a counted survey result (…入河排污口2359个,入海污染源192处)."""
_HELD_COUNTED = re.compile(
    r"(?<![没未无所拥具享持])有(?:各类|各种)?(?P<x>[^\s,,;;:。、\d“”]{2,30}?)(?:共计|共)?\d+(?:\.\d+)?[余多]?"
    r"(?:户|处|个|家|座|间|栋|条|艘|宗)"
)
"""Things a place is said to hold, counted (行洪区内有未经审批的非法建筑5户): the unlawful ones are the fault, named
from the last word that makes them so."""
_DISORDER = re.compile(
    r"(?P<x>[\u4e00-\u9fff]{0,6}?乱[扔倒放堆排建占采挖搭停倾][放弃置]?(?:、\d?乱[扔倒放堆排建占采挖搭停倾][放弃置]?)*)"
)
"""Disorder a measure stops (制止生活垃圾乱扔、乱倒、乱放), a list of 乱X without 等问题."""
_DISORDER_LEAD = re.compile(
    r".*(?:制止|禁止|杜绝|防止|整治|清理|清运|查看|惩处|严禁|严查|存在|有无|无|对|向[^乱]{0,4}?里|将|把|和|与|及|的|家|户|仍然|仍)"
)
"""Where the subject of a disorder starts: after the verb that stops or looks for it (查看周边有无乱堆, 清运乱扔),
after 和 (占道经营和油烟乱排放) or after a count's word (14家养鸡场乱排放)."""


_UNRELATED = re.compile(
    r"与(?P<purpose>[^,,;;:。!?与]{2,16}?)无关的(?:[^\s,,;;:。!?、等和及]{0,6}?)"
    r"(?:建设项目|项目|建构筑物|建筑物|构筑物|建筑设施|建筑|设施|设备|房屋|活动|植物)"
)
"""What the law on protected waters bars as unrelated to their purpose (已建成的与供水设施和保护水源无关的建设项目):
whatever stands there is the fault found."""
_PROTECTED_PURPOSE = re.compile(r"供水|取水|水源|防洪|行洪|保护")
_DAMAGED = re.compile(
    r"(?:整治|修复|改造|整改|更换|疏浚|清理|清除|拆除|处置|打捞|清运)了?(?:各类|全部|所有)?"
    r"(?P<x>(?:老旧)?(?:破损|损坏|老化|淤塞|阻水|废弃(?!物)|废旧|无主|不达标|渗漏|坍塌|堵塞)[^\s\d,,;;:。、“”()]{1,10}?)"
    r"(?=\d|[,,;;:。、]|$|等|进行)"
)
"""A thing a measure repairs, clears or removes, named by its fault (整治破损管网, 拆除阻水建筑物, 清理废弃船只,
清理废旧渔排): the fault is the problem; a thing only old (改造老旧管网) is a measure's ordinary object, and 废弃物 is
waste (疏浚废弃物), no thing named by its fault."""
_REMOVING = re.compile(r"(?:铲除|拆除|清运|清除|清理|取缔|关闭|关停|搬迁|整治|完成)了?$")
"""A removal before it (铲除与取水无关的种植植物) is a measure on a fault its page states elsewhere, in its own
words: naming the object again would split that finding in two."""
_OUTFALL = r"[^\s\d,,;;:。、“”()]{0,10}?(?:排污口|排水口|直排口|排口)"
_OUTFALL_TREATED = re.compile(
    rf"(?:整治|封堵|取缔|关闭|拆除|清理)了?(?:全部|各类|各|所有)?(?P<x>{_OUTFALL})(?=\d|[,,;;:。、]|$)"
    rf"|(?P<y>{_OUTFALL})(?:的)?(?:排查|分类|规范化?|集中|专项)?(?:整治|清理整治|封堵|取缔)"
    r"(?![\u4e00-\u9fff]{0,6}?(?:方案|意见|办法|计划|要点|规定|通知))"
)
"""Outfalls a measure closes or puts right (整治入河排污口12个, 入河排污口排查整治): the outfalls are the fault it
treats, as the national campaign on outfalls names them; a plan named for the campaign (入海排污口整治工作方案)
treats none."""
_OUTFALL_KIND = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}(?<![辖全我本各该每])[省市县区])?"
    r"(?:(?:入河|入海|入湖|入江|入库|沿河|沿江|沿湖|沿岸|沿海|沿线|非法|违法|违规|私设|设置不合理|不合理|超标|工业|企业|雨水|污水|"
    r"生活污水|问题|异常|水质异常|水产|养殖|尾水|鱼塘|雨污|混接|错接|城镇|农村|入河入海)(?:和|、)?)*(?:排污口|排水口|直排口|排口)$"
)
"""What may name an outfall's kind before it (入河, 沿河非法, 水产养殖尾水, 非法和设置不合理), after the county it lies in (丙县): a
verb or a count before it (强化入河排污口, 4个镇街排污口) is no part of its name."""
_OUTFALL_WORD = re.compile(r"排污口|排水口|直排口|排口")
_OUTFALL_FAULT = re.compile(r"异常|非法|违法|违规|私设|直排|不合理|超标")
"""An outfall whose kind names its fault (水质异常排口, 私设排口, 水产养殖直排口, 非法和不合理排口, 超标排口) is a
problem wherever it stands."""
_OUTFALL_LEAD = re.compile(r".*(?:开展|推进|推动|完成|加快|实施|落实|聚焦|全面|持续|对|将|的|和|及|与|年|各(?:县区|市县|[县区市镇乡])?)")


_FOUL = re.compile(
    r"(?:水体|河水|湖水|塘水|池水|沟水|渠水|海水|水面|水质)(?:(?:发黑|发臭|发绿|变黑|变臭|浑浊|黑臭|有异味|散发(?:出)?(?:臭味|异味|恶臭))"
    r"(?:、|和|且|并)?){1,3}(?<![、和且并])"
)
"""A water found foul (池塘水体发黑发臭, 河水浑浊、有异味): a finding stated with no cue word."""
_UNREGISTERED = re.compile(r"“三无”(?:渔船|船舶|船只)")
"""Boats without name, port and papers (“三无”船舶), which the law bars from the water wherever they are met: a fault
named by the campaign against them, whether seized, held or only looked for."""
_STOPPING = re.compile(r"(?:有效)?(?:制止|禁止|杜绝|防止|整治|清理|对)了?")


_COUNT_FIRST = re.compile(r"了?(?:共|计|约|近|逾)?\d+(?:\.\d+)?[余多]?[百千万]?[余多]?[捆箱袋批件个吨台套份株棵只条艘辆宗]|其")
_TRADED = re.compile(
    r"(?:生产|销售|使用|经营|进口|提供|储存|运输)(?:(?:、|和|及)?(?:生产|销售|使用|经营|进口|提供|储存|运输))*"
    r"(?P<x>[^,,;;:。!?()()]{4,90}?)(?=[,,;;:。!?()()]|的(?:违法|违规)*(?:行为|现象|活动)|$)"
)
"""Goods a trade is named with (生产、销售超薄塑料购物袋、不符合标准的塑料购物袋以及“三无”塑料购物袋), up to the
act it makes (…塑料制品的行为): each item the text qualifies as banned is a fault enforcement looks for."""
_NOT_TRADED = re.compile(r"(?:未发现|没有|不|拒绝|避免|杜绝|少)$")
"""A trade denied, refused or avoided (未发现销售…, 不使用…) names no goods found."""
_GOODS = re.compile(r"(?:袋|制品|产品|商品|用品|餐具|吸管|包装|物品|食品|药品|农药|化肥|地膜|器具|设备|材料)$")
_SANCTIONED = re.compile(
    r"对(?P<x>[^,,;;:。!?对]{2,40}?)的(?:[\u4e00-\u9fff]{0,4}?(?:单位|部门|个人|人员|干部|责任人|企业|地方))?"
    r"(?:要|将|应当?|必须|一律|坚决|严肃|从严|依法|依规|依纪|视情)*(?:实施|进行|予以|给予)?"
    r"(?:问责|追责|追究|严肃处理|从严处理|严肃查处|通报批评|处分)"
)
"""Faults a sanction is threatened for (对敷衍整改、久拖不改、工作缓慢的要实施问责): each item is a fault; the
bodies sanctioned (对相关责任人要实施问责) name none."""
_SANCTIONED_BODY = re.compile(r"单位|部门|个人|人员|干部|责任人|企业|地方|同志|领导|党员|问题")
_STRUCK = re.compile(
    r"(?:打击|查处|取缔)(?P<x>(?:使用|销售|生产|经营|运输|储存)[^\s,,;;:。、\d的]{2,20}?)(?=的|行为|现象|活动|[\s,,;;:。、\d]|$)"
)
"""The banned trade enforcement strikes at (严厉打击使用一次性不可降解塑料袋的商户)."""


def is_pollutant(phrase: str) -> bool:
    """A pollutant, a discharge or a nuisance, or their amount (总氮, 污染物入海量), as a measure's object.

    >>> [is_pollutant(x) for x in ("污染物入海量", "生物降解塑料制品使用成本")]
    [True, False]
    """
    return bool(_POLLUTANT.search(phrase))


def acted_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of problems named as what a measure reduces, seizes, demolishes or prohibits, of
    banned goods named with their trade and of faults a sanction is threatened for.

    >>> t = "削减总磷排放量,查扣不合格农药12箱,拆除违建房屋,严禁在库区垂钓、野炊等活动"
    >>> [t[a:b] for a, b in acted_on(t, 0, len(t))]
    ['总磷排放量', '不合格农药', '违建房屋', '垂钓、野炊']
    >>> t = "严禁生产、销售过期饲料、不符合标准的肥料袋以及“三无”包装,对推诿扯皮、进展迟缓的要严肃问责"
    >>> [t[a:b] for a, b in acted_on(t, 0, len(t))]
    ['不符合标准的肥料袋', '“三无”包装', '推诿扯皮', '进展迟缓']
    """
    out: list[tuple[int, int]] = []
    for m in _REDUCED.finditer(text, start, end):
        x1 = text.find("对", m.start("x"), m.end("x"))  # 减少污水对河道的影响: the pollutant, not its effect
        x1 = m.end("x") if x1 < 0 else x1
        if _POLLUTANT.search(text[m.start("x"):x1]) and text[m.start("x"):x1] != "污染":  # 减少污染: none named
            out.append((m.start("x"), x1))
    for m in _SEIZED.finditer(text, start, end):
        if _BANNED.search(m["x"]) and (m["verb"] not in ("查处", "严查") or _GOODS.search(m["x"])):
            count = _COUNT_FIRST.match(m["x"])  # 收缴3捆一次性塑料制品: the goods, not their count
            out.append((m.start("x") + (count.end() if count else 0), m.end("x")))
    for m in _SEIZED_LIST.finditer(text, start, end):
        group = "x" if m.group("x") else "y"
        if group == "y" or ITEM_SPLIT.search(text, m.start(group), m.end(group)):
            out.extend(_banned_goods(text, m.start(group), m.end(group)))
    for m in _SEIZED_NAMED.finditer(text, start, end):
        if _BANNED.search(m["x"]) and _GOODS.search(m["x"]):
            out.append((m.start("x"), m.end("x")))
    for m in _REMOVED.finditer(text, start, end):
        out.extend(_unlawful_items(text, m.start("x"), m.end("x")))
    for m in _PROHIBITED.finditer(text, start, end):
        out.append((m.start("x"), m.end("x")))
    for m in _STRUCK.finditer(text, start, end):
        out.append((m.start("x"), m.end("x")))
    for m in _TRADED.finditer(text, start, end):
        if not _NOT_TRADED.search(text, max(start, m.start() - 3), m.start()):
            out.extend(_banned_goods(text, m.start("x"), m.end("x")))
    for m in _SANCTIONED.finditer(text, start, end):
        out.extend(_sanctioned_faults(text, m.start("x"), m.end("x")))
    return out


def _unlawful_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What text[start:end], the object of a demolition or a ban, names as unlawful: each item of a list joined by 、
    that the text says is wrong (取缔违禁渔具、“三无”渔船), the kind after a list's 等 when that says it (拆除设备、
    彩钢棚等违法建筑), else the whole object when it is one thing or a tally, named up to its count (拆除违建大棚680余
    平方米; a tally that opens with lawful things names the unlawful ones, each up to its count), or when the word
    that makes it unlawful opens it and so qualifies the whole list (拆除违建房屋、围墙). A list only partly unlawful
    otherwise names something else (清理范围包括非法设施、养殖物…, 张贴清理通告、约谈非法养殖户…), and so does a
    campaign (清理…非法设施的整治工作)."""
    if _CAMPAIGN_WORK.search(text, start, end):
        return []
    kind = text.rfind("等", start, end) + 1
    if kind and _UNLAWFUL.search(text, kind, end):
        start = kind
    items = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^、]+", text[start:end])]
    if len(items) > 1 and _COUNT.search(text, start, end) and not _UNLAWFUL.search(text, *items[0]):
        items = [(a, b) for a, b in items if _UNLAWFUL.search(text, a, b)]  # 围网30亩、违章建筑5间: the unlawful ones
    elif len(items) == 1 or _COUNT.search(text, start, end):
        items = [(start, end)] if _UNLAWFUL.search(text, start, end) else []
    elif not all(_UNLAWFUL.search(text, a, b) for a, b in items):
        items = [(start, end)] if _UNLAWFUL.match(text, start) else []
    out = []
    for a, b in items:
        digit = re.compile(r"\d").search(text, a, b)
        b = digit.start() if digit and _UNLAWFUL.search(text, a, digit.start()) else b
        measure = _MEASURE.search(text, a, b)  # 清理违规种植面积248亩: the act, not the size of it
        out.append((a, measure.start() if measure else b))
    return out


def _banned_goods(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list of goods text[start:end] that the text qualifies as banned, each named from its
    qualifier: after its last 的 when the qualifier follows it (厚度小于0.025毫米的超薄塑料购物袋), from a quoted
    mark (无执行标准“三无”塑料购物袋), else whole (不符合国家相关标准的塑料购物袋)."""
    out: list[tuple[int, int]] = []
    a = start
    for sep in [*ITEM_SPLIT.finditer(text, start, end), None]:
        b = sep.start() if sep else end
        kind = text.find("等", a, b)  # …聚乙烯农用地膜等塑料制品: the item, not the kind of goods it falls under
        b = kind if kind > a and _GOODS.search(text, a, kind) else b
        if _GOODS.search(text, a, b) and _BANNED.search(text, a, b):
            de = text.rfind("的", a, b)
            quote = text.find("“", a, b)
            if de >= 0 and _BANNED.search(text, de + 1, b):
                a = de + 1
            elif quote >= 0 and _BANNED.search(text, quote, b):
                a = quote
            if b - a >= 3:
                out.append((a, b))
        a = sep.end() if sep else end
    return out


def _sanctioned_faults(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the faults text[start:end] a sanction is threatened for, unless one names a body."""
    items = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^、和及]+", text[start:end])]
    if any(_SANCTIONED_BODY.search(text, a, b) or not 2 <= b - a <= 10 for a, b in items):
        return []
    return items


def acts_found(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of illegal acts, waste cleaned up or piled up, waters found foul, plights, wrong
    conduct stopped, things a survey found and counted, disorder stopped, things barred from protected waters as
    unrelated to their purpose, and outfalls put right.

    >>> t = "有人非法回收废旧电池,清理海洋垃圾,共排查出各类入河排污口118个,制止生活垃圾乱扔、乱倒"
    >>> [t[a:b] for a, b in acts_found(t, 0, len(t))]
    ['非法回收废旧电池', '海洋垃圾', '入河排污口', '生活垃圾乱扔、乱倒']
    >>> t = "村东一处水塘,塘水发绿发臭,周边河水浑浊、有异味"
    >>> [t[a:b] for a, b in acts_found(t, 0, len(t))]
    ['塘水发绿发臭', '河水浑浊、有异味']
    >>> t = "已建成的与供水设施无关的建设项目责令拆除,完成整治入河排污口12个"
    >>> [t[a:b] for a, b in acts_found(t, 0, len(t))]
    ['与供水设施无关的建设项目', '入河排污口']
    """
    out: list[tuple[int, int]] = []
    for m in _ILLEGAL_ACT.finditer(text, start, end):
        out.append(m.span())
    for m in _CLEANED.finditer(text, start, end):
        group = next(g for g in ("x", "y", "z") if m.group(g))
        out.append((m.start(group), m.end(group)))
    for m in _LITTER.finditer(text, start, end):
        lead = _ACT_LEAD.match(text, m.start("x"), m.end("x"))
        a = lead.end() if lead else m.start("x")
        waste = [w.start() for w in _WASTE_WORD.finditer(text, a, m.end("x"))]  # the last: 垃圾桶不能满足…垃圾 is a clause
        absent = text[waste[-1] - 1] == "无" if waste else False  # 全域无垃圾治理: the aim, not waste found
        if waste and 2 <= waste[-1] - a <= 6 and not absent:  # its kind (海漂垃圾), not 垃圾 alone nor a clause before it
            out.append((a, m.end("x")))
    for m in _CAMPAIGNED.finditer(text, start, end):
        group = "x" if m.group("x") else "y"
        lead = _CAMPAIGN_LEAD.match(text, m.start(group), m.end(group))
        a = lead.end() if lead else m.start(group)
        if m.end(group) - a >= 4 and not _REFERRING.match(text, a):  # 海域养殖, not 养殖 alone nor 该行业
            out.append((a, m.end(group)))
    for m in _DISORDERS.finditer(text, start, end):
        out.append((m.start() + 1, m.end() - 1))
    for m in _CHAOS.finditer(text, start, end):
        out.append(m.span("x"))
    for m in _DUST.finditer(text, start, end):
        out.append(m.span("x"))
    for m in _WRONGDOING.finditer(text, start, end):
        lead = _ACT_LEAD.match(text, m.start("x"), m.start("wrong"))
        a = lead.end() if lead else m.start("x")
        while a < m.start("wrong") and text[a] in "了的":
            a += 1
        field = text[a:m.start("wrong")]  # 违法违规行为 and 该公司违法行为 name no field
        if len(field) >= 2 and "违" not in field and not _REFERRING.match(field):
            out.append((a, m.end("x")))
    for m in _FOUL.finditer(text, start, end):
        out.append(m.span())
    for m in _UNREGISTERED.finditer(text, start, end):
        out.append(m.span())
    for m in _PLIGHT.finditer(text, start, end):
        out.append((m.start("x"), m.end("x")))
    for m in _RESTRAINED.finditer(text, start, end):
        if _WRONG.search(m["x"]):
            out.append((m.start("x"), m.end("x")))
    for m in _FOUND_COUNT.finditer(text, start, end):
        if not m["x"].endswith("问题"):
            out.append((m.start("x"), m.end("x")))
        at = m.end()
        while nxt := _COUNTED_NEXT.match(text, at, end):  # …入河排污口2359个,入海污染源192处: the list goes on
            if not nxt["x"].endswith("问题"):
                out.append((nxt.start("x"), nxt.end("x")))
            at = nxt.end()
    for m in _HELD_COUNTED.finditer(text, start, end):
        unlawful = [u.start() for u in _UNLAWFUL.finditer(text, m.start("x"), m.end("x"))]
        if unlawful and m.end("x") - unlawful[-1] >= 3 and text[m.end("x") - 1] != "的":
            out.append((unlawful[-1], m.end("x")))
    for m in _DISORDER.finditer(text, start, end):
        first = text.find("乱", m.start("x"), m.end("x"))
        verb = _DISORDER_LEAD.match(text, m.start("x"), first)  # 制止生活垃圾乱扔: the verb is no part of it
        out.append((verb.end() if verb else m.start("x"), m.end("x")))
    # last: a named act or waste inside what is treated (对…的违规养殖进行清理) is the sharper name
    for m in _TREATED.finditer(text, start, end):
        a = max(m.start("x"), *(text.rfind(c, m.start("x"), m.end("x")) + 1 for c in ",,"))  # 占用海域,污染…的网箱
        a += text.startswith("对", a) and a > m.start("x")  # …监控,对违规经营行为予以取缔: the clause's own 对
        count = _LEAD_COUNT.match(text, a, m.end("x"))  # 对辖区内32家散乱污企业: the kind, not where or how many
        a = count.end() if count and m.end("x") - count.end() >= 3 else a
        if _HARMFUL.search(text, a, m.end("x")):
            out.append((a, m.end("x")))
    for m in _FAULTY_OBJECT.finditer(text, start, end):
        lead = _OBJECT_LEAD.match(text, m.start("x"), m.end("x"))
        a = lead.end() if lead else m.start("x")
        if _HARMFUL.search(text, a, text.rfind("的", a, m.end("x"))):
            out.append((a, m.end("x")))
    # after the sharper names above (违规设置的入河排污口清理整治): what the law bars, things named by their
    # fault, and outfalls put right
    for m in _DAMAGED.finditer(text, start, end):
        out.append((m.start("x"), m.end("x")))
    for m in _UNRELATED.finditer(text, start, end):
        if _PROTECTED_PURPOSE.search(m["purpose"]) and not _REMOVING.search(text, start, m.start()):
            out.append(m.span())
    for m in _OUTFALL_WORD.finditer(text, start, end):
        a = _OUTFALL_KIND.search(text, max(start, m.start() - 12), m.end()).start()
        if _OUTFALL_FAULT.search(text, a, m.end()) and m.end() - a >= 4 and not text.endswith("无", 0, a):  # 无直排口
            out.append((a, m.end()))
    for m in _OUTFALL_TREATED.finditer(text, start, end):
        group = "x" if m.group("x") else "y"
        lead = _OUTFALL_LEAD.match(text, m.start(group), m.end(group))
        a = lead.end() if lead else m.start(group)
        a = _OUTFALL_KIND.search(text, a, m.end(group)).start()  # the outfall word alone always matches
        if m.end(group) - a >= 4:  # 入河排污口, not 排口 alone
            out.append((a, m.end(group)))
    return out
