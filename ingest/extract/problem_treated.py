"""Problems named as the thing a measure clears, removes or treats: news, enforcement and campaign pages often state
no finding at all, and the problem is what the measures act on (清理海洋垃圾, 收缴违禁塑料袋, 违规设施拆除, 封堵私设
的暗管). Every measure that treats the thing answers it.

A phrase is such a problem when two things hold:

* its place: the object of a clearing or treating verb (清理, 拆除, 取缔, 收缴, 封堵, 揪出 …), the thing before 进行
  after 对 (对海漂垃圾进行收集), or the subject before such a verb used as a noun (海洋垃圾治理, 违规设施拆除工作);
* its head: a thing at fault by itself (垃圾, 漂浮物, 暗管, 地笼 …) or a thing the text qualifies as unlawful, hidden
  or left over (设施, 建筑, 网具, 船舶, 排污口, 围网 … after 违规, 非法, 私设, 隐蔽, 非正常, 三无, 废弃 …).

A measure's ordinary object has no such head (完善制度, 建设污水处理厂: 制度 and 处理厂 are no thing at fault), and a
head that only modifies the word after it (垃圾桶, 排污口名录) is no head: the name must end on it.
ingest/extract/problems.py calls this after all its other rules, so a name another rule gave is kept.

All functions are pure and work on normalized text.
"""

from __future__ import annotations

import re

from .problem_words import PHRASE_CUT

_AT_FAULT = r"垃圾|漂浮物|废弃物|暗管|偷排口|直排口|拦河网|地笼网?|地龙网?|绝户网|迷魂阵|污水|废水"
"""Things at fault by themselves: refuse, hidden pipes, and the nets the fishing bans forbid everywhere; sewage where
it is the thing treated (生活污水整治), never as the modifier of a plant (污水处理厂)."""
_QUALIFIED = (
    r"设施|建筑物|构筑物|建筑|网具|渔具|钓具|船舶|船只|网箱|渔排|鱼排|养殖场|大棚|房屋|设备|管道|塑料袋|购物袋"
    r"|塑料制品|餐具|排污口|排水口|排口|围拦网|围网|拦网"
)
"""Things at fault only when the text says so (违规设施, 非法网具, “三无”船舶, 废弃网箱, 违禁塑料袋, 隐蔽排口): an
outfall a campaign puts right or an enclosure net a tally of removals opens with may be lawful (排污口整治, 拆除围网
300亩)."""
_QUALIFIER = re.compile(
    r"违[法规章建栽禁种]|非法|非正常|不正常|私设|私建|私搭|私架|乱搭|擅设|擅自|隐蔽|三无|废弃|禁用|不合格|超薄|残余|偷排"
    r"|无证|未经"
)
"""What says a thing is unlawful, hidden or left over (违规, 私设, 隐蔽, 废弃, 残余)."""
_GENERIC = re.compile(r"(?:垃圾|污水|废水|废弃物)$")
"""Heads that name no problem alone (清理垃圾, 治理污水): their kind, a word or two, stands before them (海洋垃圾,
农村生活污水); the others name one by themselves (地笼, 暗管)."""
_KIND = re.compile(
    r"(?:生活|农村|城镇|城市|城乡|村庄|乡镇|工业|企业|养殖|畜禽|水产|医疗|建筑|餐厨|厨余|海洋|海漂|海上|海滩|海岸|岸滩|沙滩|"
    r"滩涂|河道|河面|水面|湖面|沿岸|沿河|沿湖|白色|农业|塑料|生产|工地|船舶|旅游|景区|暴露|漂浮|陈年|存量){1,2}业?"
)
"""The kinds of refuse and sewage, named by where they come from or lie (生活, 农村生活, 养殖业, 海漂, 岸滩): the
words before a generic head are its kind only when they are these; other words are a clause's (实现污水…,
建设某市海岛垃圾)."""
_TALLY = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)[个处家座条户]$")
"""A count before a kind (完成12个村庄生活污水治理) makes the phrase a tally of work done, no thing found."""
_MODIFIER = 8
"""How long the words before any other head may be (江夏区湖泊局部区域的“三网”残余设施 is cut to its last ones)."""
_HEAD = re.compile(rf"(?:{_AT_FAULT}|{_QUALIFIED})$")
_NEEDS_QUALIFIER = re.compile(rf"(?:{_QUALIFIED})$")
_VERB = (
    r"(?:清理|清除|清缴|收缴|拆除|拆解|取缔|封堵|揪出|打捞|清运|没收|查扣|扣押|销毁|整治|治理|清退|处置|查处|捞除|清捞"
    r"|收集和无害化处理|收集处理)"
)
_OBJECT = re.compile(
    rf"(?<![检督排核调巡审])(?:{_VERB})(?:[和、]{_VERB})*(?:了|掉)?(?:各类|各种|全部|所有|每个|每一个|一批|近|约|共)?"
    r"(?:\d+(?:\.\d+)?[万千百余多]*[个处艘只顶条根副台套吨件袋箱批张公斤千克平方米亩]+)?"
    r"(?P<x>[^\s,,;;:。!?()()]{2,60}?)(?=[,,;;:。!?()()]|$)"
)
"""The object of a clearing or treating verb, after a count it may open with (收缴了近3万个违禁塑料袋), up to the
clause's end (each item then ends at its count); a verb inside another word (检查收缴: 查收) is none."""
_BEFORE_DOING = re.compile(
    rf"对(?P<x>[^\s\d,,;;:。!?()()对]{{2,30}}?)等?(?:依法|集中|全面|统一|及时)?(?:进行|予以|实施)了?[^,,;;:。]{{0,4}}?"
    rf"{_VERB}"
)
"""The thing after 对 that a measure then treats (对海漂垃圾进行收集和无害化处理)."""
_TOPIC = re.compile(
    rf"(?P<x>[^\s\d,,;;:。!?()()]{{2,20}}?)(?:的)?(?:常态化|综合|集中|专项|全面|分类|排查)?"
    r"(?:治理|整治|清理|拆除|清运|打捞|封堵|取缔|清退)"
    r"(?!效果|成效|水平|能力|项目|资金|经费|设施|设备|方案|规划|计划|办法|意见|标准|实际|需要|需求|费用|费)"
)
"""The thing a campaign or a measure is named for (海洋垃圾治理, 违规设施拆除情况); a campaign's effect, fund, plan
or equipment (垃圾治理项目, 垃圾清运设备) names the campaign, not a thing found."""
_LEAD = re.compile(
    r".*(?:参与|实施|深化|强化|持续|加快|抓好|狠抓|打好|打赢|常态化|积极|认真|严格|依法|及时|进一步|大力|着力|切实|了解|查看|"
    r"督导|调研|巡查|检查|监测|严查|坚决|限期|彻底|集中|全面|统一|拉网式|整顿|整改|为期[^的]{0,6}的|建设|健全|完善|促进|助力|力促|"
    r"公开|了|掉|是|在|向|和|与|及(?!时)|或|等|"
    rf"{_VERB}|各类|各种|各处|全部|所有|每个|一批|其中|有|无|未|[个处家条座艘只])"
)
"""Words before a thing that are no part of its name: the verbs and adverbs of the campaign against it (积极参与,
拉网式, 各处) and a count's word, besides those every problem phrase starts after (problem_words.PHRASE_CUT)."""
_NAMED = re.compile(
    rf"(?P<x>(?:{_QUALIFIER.pattern})的?[^\s\d,,;;:。!?、“”()()的]{{0,6}}?(?:{_QUALIFIED}|暗管))"
    r"(?!农|用地|面积|垃圾|污染|名录|清单|台账|数量|总数|建设|管理)"
)
"""A thing the text names as unlawful, hidden or broken, wherever it stands (发现一个隐蔽排口正在排污, 锁定为私设的暗管,
对非正常运行设施深入分析): its own words state the fault; a word it only begins (违规设施农用地) is none."""
_ITEM_END = re.compile(r"\d|等|进行|予以")
_DE_QUALIFIED = re.compile(rf"(?:{_QUALIFIER.pattern})的$")


def treated_things(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of things at fault that a measure clears, removes or treats.

    >>> t = "执法人员收缴了近3万个违禁塑料袋,参与海洋垃圾治理,详细了解违规设施拆除情况,建设污水处理厂,完善制度"
    >>> [t[a:b] for a, b in treated_things(t, 0, len(t))]
    ['违禁塑料袋', '海洋垃圾', '违规设施']
    >>> t = "坚决揪出每个隐蔽的排污口,对海漂垃圾进行收集和无害化处理,清理垃圾桶,封堵私设的暗管,整治排污口"
    >>> [t[a:b] for a, b in treated_things(t, 0, len(t))]
    ['隐蔽的排污口', '海漂垃圾', '私设的暗管']
    """
    out: list[tuple[int, int]] = []
    tallies: list[tuple[int, int]] = []
    for pattern in (_OBJECT, _BEFORE_DOING, _TOPIC, _NAMED):
        for m in pattern.finditer(text, start, end):
            items = _items(text, m.start("x"), m.end("x"))
            counted = pattern is _OBJECT and len(items) > 1 and re.search(r"\d", m["x"])
            if counted and _QUALIFIER.search(text, *items[0]):  # 拆除违栽树木300棵、违章建筑两处: a tally of removals,
                items = items[:1]                               # named as a whole by its first item
                tallies.append(m.span("x"))
            for a, b in items:
                span = _thing(text, start, a, b)
                if span and span not in out and not any(x <= span[0] and span[1] <= y for x, y in out + tallies):
                    out.append(span)
    return sorted(out)


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a list text[a:b] joined by 、 or 和, each up to its count or to what the clause goes on to say
    of it (清理地笼18个、违规网具2副, 对垃圾等进行清理)."""
    items = []
    for m in re.finditer(r"[^、和及]+", text[a:b]):
        x, y = a + m.start(), a + m.end()
        stop = _ITEM_END.search(text, x, y)
        items.append((x, stop.start() if stop else y))
    return items


def _thing(text: str, start: int, a: int, b: int) -> tuple[int, int] | None:
    """The name of the thing at fault that text[a:b] ends on, cut after the words before it that are no part of
    it, or None when its head is no thing at fault or the thing is not said to be at fault."""
    head = _HEAD.search(text, a, b)  # ends at b: 垃圾桶, 污水处理厂 end on no head
    if not head:
        return None
    x = a
    for cut in (PHRASE_CUT.match(text, a, head.start()), _LEAD.match(text, a, head.start())):
        x = max(x, cut.end()) if cut else x
    before = _DE_QUALIFIED.search(text, max(start, x - 5), x)
    if before and text[x - 1] == "的":
        x = before.start()  # 私设的暗管: the qualifier before 的 is part of the name
    if _GENERIC.search(text, head.start(), b):
        if not _KIND.fullmatch(text, x, head.start()) or _TALLY.search(text, max(start, x - 4), x):
            return None
    elif head.start() - x > _MODIFIER:
        return None
    if _NEEDS_QUALIFIER.search(text, x, b) and not _QUALIFIER.search(text, x, b):
        return None
    return (x, b) if b - x >= 2 else None
