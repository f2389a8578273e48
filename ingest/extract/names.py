"""Where a name written before a suffix (…厅, …河, …村) begins: the shared left-boundary rules of the extractors.

Chinese writes names without spaces, so a suffix pattern alone cannot tell 重点整治篤马河 from 篤马河. The name
is taken back from the suffix over characters that can belong to a name, and then cut after the last verb or
function word it holds (整治, 位于, 督促, 组织 …), because names are nouns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import divisions

_CJK = re.compile(r"[\u3400-\u9fff]")

# Characters that never stand inside an organisation, place or water name.
STOP_CHARS = set("的在对向由被把将于是了与及并等为以从据请让使给也都已就之此该各这那无不没未再又还年月批"
                 "着过到至即且或而但若如每个项次位条件起些")

# Verbs and function words a name is cut after, longest first (组织 in 组织人事处 is the verb; see _NAME_STARTS).
LEADING = sorted(
    {
        "组织", "督促", "指导", "协调", "会同", "推动", "要求", "配合", "报请", "报送", "提请", "成立", "召开", "前往",
        "协助", "通过", "牵头", "根据", "按照", "落实", "贯彻", "下沉", "核查", "了解", "支持", "邀请", "委托", "印发",
        "制定", "出台", "起草", "修订", "发布", "审议", "涉及", "针对", "关于", "上报", "移交", "交办", "转办",
        "督办", "约谈", "问责", "通报", "批复", "同意", "批准", "指出", "发现", "提出", "认为", "作为", "担任", "陪同",
        "坚持", "抓好", "简称", "原原本本", "传达", "梳理", "明确", "明晰", "转发", "联合", "进入", "纳入", "列入",
        "适应", "提升", "启动", "选拔任用", "需", "加大", "颁布", "签署", "率", "组成", "后续", "优化", "聚焦", "协同",
        "所有", "一批", "思想", "精干力量", "分工中", "度", "增设", "报", "引导", "教育", "区内", "查看", "现场", "打好", "确保", "导致", "造成", "设置", "含", "引领", "街道", "鼓励", "动员", "引导", "禁止", "占用", "非法", "按照", "照", "依照", "参照", "强化", "压实", "督导", "指派", "指定", "抄送", "锁定", "地跨", "安排", "会见", "接待", "致谢", "感谢",
        "带领", "率领", "派出", "赴", "到", "去", "来", "向", "对", "由", "经", "和", "与", "及", "并", "或", "为",
        "是", "在", "从", "据", "全体", "有关", "相关", "所属", "下属", "分管", "听取", "汇报", "部署", "参加", "参与",
        "列席", "出席", "主持", "以及", "同时", "分别", "先后", "共同", "积极", "认真", "持续", "全面", "深入", "切实",
        "进一步", "位于", "排向", "流入", "汇入", "排入", "注入", "包括", "其中", "组建", "查处", "责令",
        "处罚", "加强", "推进", "开展", "实施", "完成", "建立", "完善", "联系", "会商", "商请", "致函", "函告",
        "负责", "抽调", "协商", "配备", "召集", "邀请", "受理", "接受", "接到", "收到", "配套", "利用", "依托",
        "告知", "移送", "送达", "已有", "现有", "共有", "还有", "拥有", "没有",
        "发挥", "上级", "不能", "欢迎", "访问", "分送", "写入", "下设", "函商", "重视", "围绕", "选择", "履行",
        "尽管", "目前", "随意", "审定", "相应", "反映", "登录", "登陆", "增强", "提高", "加快", "期间", "时任", "现任", "曾任", "兼任", "设立", "察看", "深化", "编制", "收回", "一带", "改善", "解决", "地处",
        "等待", "有待", "亟待", "期待", "调整", "决定", "当时", "此前", "日前", "近日",
        "今后", "此后", "随后", "今年", "去年", "转自", "结合", "代表", "以上", "个别", "项目", "擅自", "责成", "调取",
    },
    key=len,
    reverse=True,
)

# Activity words that also occur inside the names of bodies (环境保护督察组, 监测中心) but not of waters or places.
ACTIVITY = sorted(
    {
        "整治", "治理", "保护", "建设", "监测", "审计", "督察", "督查", "巡视", "巡察", "会议", "修复", "清理",
        "疏浚", "新建", "改建", "扩建", "研究", "检查", "调研", "审批", "审核", "立案", "罚款", "沿线", "全市",
        "全省", "全区", "全县", "我市", "我省", "我区", "我县", "协同", "管理", "执法", "污染", "排查", "水质", "反馈",
        "重点", "拆除", "清除", "取缔",
    },
    key=len,
    reverse=True,
)

# Verbs and function words that open with a stop character (了解, 没有): the name starts after them, not inside.
_STOP_LED = tuple(w for w in LEADING if len(w) >= 2 and w[0] in STOP_CHARS)

# Words that end a verb but also begin the names of bodies (组织部 is a department, not 组织 + 部).
_NAME_STARTS = ("为民服务", "便民服务", "组织部", "全面推行", "街道办", "街道党工委", "街道纪工委", "街道工委", "街道党委", "协商会议", "协调领导小组", "协调小组", "协调办公室", "协调联络组", "教育处", "教育科", "联合执法室", "联合执法队", "联合执法大队", "审计厅", "审计局", "审计署", "督察组", "督查组", "督察局", "巡视组", "巡察组", "督察办",
                "督查室", "督导室", "接待办", "接待处", "巡视办", "巡察办", "会议", "经济", "经开区", "教育局", "教育厅", "教育部", "教育体育局",
                "教育和体育局", "教育科技局", "教育委员会", "结合医院", "代表处", "项目部", "项目办", "来水公司", "来水厂",
                "现场指挥部")
# Department names with 和 inside.
_JOINED = ("住房和城乡", "发展和改革", "资源和规划", "工业和信息化", "水利和湖泊", "水务和湖泊", "资源和社会保障", "文化和旅游",
           "卫生和计划生育", "科学和技术", "农业和农村", "林业和草原", "广播电视和", "住房和建设", "商务和", "海洋与渔业",
           "国土资源与", "海洋与水产", "科学与技术",
           # the departments' names of the 2018-2019 reform of local government (文体广电和旅游局, 教育和体育局)
           "广电和旅游", "体育和旅游", "教育和体育", "城市管理和综合执法", "政务服务和大数据", "政务服务和数据",
           "粮食和物资储备", "民族和宗教", "科技和工业信息化", "经济和信息化", "商务和投资促进", "城乡建设和交通")


# Words names hold although they hold a stop character: 为民服务中心, 专项整治领导小组, 全域无垃圾办公室, 无废城市建设办公室,
# and the recycling and reclaimed-water trades' 再生 (某再生资源有限公司, 某再生水厂), where 再 is no "again".
_BRIDGES = ("为民服务", "专项", "无废", "无垃圾", "无塑", "无烟", "无害化", "审批", "再生")

# Measure words and date words written right after a number (69名, 5日, 2家): never the start of a name.
_MEASURE = set("名个家位项次批年月日处座条吨米")
# Time words after a year, a month or a day (2021年—2023年间, 年底, 月初, 9月份, 8月7日前): never the start of a name.
_TIME_AFTER_DATE = set("间底初末内前后起份")


def is_name_char(ch: str) -> bool:
    return bool(_CJK.match(ch)) and ch not in STOP_CHARS


LEADING_CHARACTERS = frozenset(w for w in LEADING if len(w) == 1 and is_name_char(w))
"""One-character function words a name may also begin with (和平镇, 和睦港), the name characters among them."""


def name_start(text: str, end: int, limit: int, floor: int = 0, activity: bool = True, keep: int = 1,
               quotes: bool = True, moon: bool = False) -> int:
    """Where the name that ends at `end` begins: back over name characters (at most `limit`), then after the last
    verb or function word inside (and, unless `activity` is false, after activity words such as 整治 too). With
    `moon`, a 月 that is no month's may stand in the name (a water's: 日月湾, 半月湖).

    >>> t = "重点整治篤马河"
    >>> t[name_start(t, len(t), 8):]
    '篤马河'
    """
    i = end
    while i > floor and end - i < limit:
        if text[i - 1] == "”" and quotes:  # a quoted word inside a name: “禁塑”联合执法行动工作组
            q = text.rfind("“", max(floor, i - 12), i - 1)
            if q < 0:
                break
            i = q
        elif is_name_char(text[i - 1]) or _joined_at(text, i - 1) or moon and _moon_at(text, i - 1, floor):
            i -= 1
        elif (bridged := _bridge_start(text, i - 1, floor)) >= 0:
            i = bridged
        elif _CJK.match(text[i - 1]) and _division_starts(text, i - 1):  # 向阳区: 向 is no preposition there
            i -= 1
            break
        elif (inside := _division_around(text, i - 1, floor, end)) >= 0:  # 乐至县, 无为市: no stop there either
            i = inside
        elif text[i - 1] == "那" and i < end and text[i] not in _AFTER_THAT:
            i -= 1  # 那大镇, 那坡河: 那 (a paddy field, in the south's place names) opens the name, not "that"
            break
        else:
            break
    k = i
    while k > floor and text[k - 1] == " ":
        k -= 1
    if k > floor and text[k - 1].isdigit() and i < end and text[i] in _MEASURE:
        i += 1  # 69名, 9 日: a count's or a date's word
    if i > floor and text[i - 1] in "年月日" and i < end and text[i] in _TIME_AFTER_DATE:
        i += 1  # 2023年间跳磴河: the years' span, then the river
    if i > floor and text[i - 1] in STOP_CHARS:  # 了解省委: the stop character opened a verb, which the name follows
        i = max(i, next((i - 1 + len(w) for w in _STOP_LED if text.startswith(w, i - 1) and i - 1 + len(w) <= end), i))
    return cut_after_leading(text, i, end, keep, words=(*LEADING, *ACTIVITY) if activity else tuple(LEADING))


# Characters after 那 that make it the demonstrative "that" (那些, 那里, 那条河, 那一年) or a conjunction (那就, 那么).
_AFTER_THAT = set("些里么样个种时边天年次条座片段位就头处类批项份家所则一会儿部")


def _moon_at(text: str, j: int, floor: int) -> bool:
    """Whether text[j] is a 月 inside a name (日月湾, 半月湖), not a month's (5月, 十二月, 本月)."""
    return text[j] == "月" and j > floor and not text[j - 1].isdigit() and text[j - 1] not in _MONTH_BEFORE


_MONTH_BEFORE = set("一二三四五六七八九十正腊本每当上下这该个同次整")


def _bridge_start(text: str, j: int, floor: int) -> int:
    """Where a bridge word (_BRIDGES) holding the stop character text[j] starts, or -1 when none holds it."""
    return next((j - k for w in _BRIDGES for k, ch in enumerate(w)
                 if ch == text[j] and j - k >= floor and text.startswith(w, j - k)), -1)


# Ends of a body's name: a one-character conjunction after one joins two bodies even where it opens a division's name
# with what follows (领导小组和县河长办 is no 和县).
_BODY_ENDS = ("组", "办", "局", "委", "厅", "室", "部", "政府", "中心", "队", "所", "站", "会", "联", "校", "馆", "社", "司",
              "厂")


def cut_after_leading(text: str, start: int, end: int, keep: int = 1, words: tuple[str, ...] = tuple(LEADING)) -> int:
    """The start after the last leading word in text[start:end], leaving at least `keep` characters."""
    best = start
    pattern = _alternation(words)
    for j in range(start, end - keep):
        m = pattern.match(text, j, end - keep)
        if not m:
            continue
        if any(text.startswith(n, j) for n in _NAME_STARTS) or _joined_at(text, j):
            continue
        if len(m.group(0)) == 1 and _inside_division(text, j) and not (text.endswith(_BODY_ENDS, 0, j)
                                                                        and text[j + 1 : j + 2] in "省市县区"):
            continue  # 平和县; but 会同 before 县… is the verb, and …领导小组和县河长办 joins two bodies
        if j > 0 and text[j - 1] == "”" and text.startswith("联合", j):
            continue  # “禁塑”联合执法行动工作组: a quoted task named before a joint body
        if not (len(m.group(0)) == 1 and j == start and j > 0 and text[j - 1] == "、"):  # 、和平科技有限公司
            best = max(best, m.end())
    return best


@lru_cache(maxsize=4)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the words, longest first, so a match at a place is the longest word there."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _inside_division(text: str, j: int) -> bool:
    """Whether text[j] is inside a division's full name (平和县, 向阳区): its characters are not verbs there."""
    return _division_holding(text, j, range(j, max(0, j - 3) - 1, -1), len(text), 2, autonomous=True) >= 0


def _autonomous_county(key: str) -> bool:
    """Whether a gazetteer key is an autonomous county written as pages write it, without its peoples' words
    (和布克赛尔县 for 和布克赛尔蒙古自治县): a full county's name in use, so its characters are no verbs either."""
    return len(key) >= 3 and key.endswith("县")


def _division_around(text: str, j: int, floor: int, end: int) -> int:
    """Where the division's full name of three or more characters that holds text[j] inside it starts (乐至县 for
    至), or -1; the name must end before `end`."""
    return _division_holding(text, j, range(j - 1, max(floor, j - 6) - 1, -1), end, 3, autonomous=False)


def _division_holding(text: str, j: int, starts: range, end: int, shortest: int, autonomous: bool) -> int:
    """The first of `starts` where a division's full name of at least `shortest` characters, ending by `end`,
    holds text[j], or -1. With `autonomous`, an autonomous county written without its peoples' words counts too.
    The one search behind both questions a name's left edge asks: is this character inside a division (so it is
    no verb), and where does that division begin."""
    table = divisions()
    for a in starts:
        for z in range(j + 1, min(end, a + 8) + 1):
            key = text[a:z]
            if z - a >= shortest and key in table and (any(d.name == key for d in table[key])
                                                        or autonomous and _autonomous_county(key)):
                return a
    return -1


def _division_starts(text: str, j: int) -> bool:
    """Whether a division's full name of three or more characters starts at text[j] (向阳区, 由…)."""
    table = divisions()
    return any(text[j : j + n] in table and any(d.name == text[j : j + n] for d in table[text[j : j + n]])
               for n in range(3, 8))


def _joined_at(text: str, j: int) -> bool:
    """Whether text[j] is the 和 inside a department name (住房和城乡建设局)."""
    return text[j] in "和与" and any(text.startswith(w, j - w.index(text[j])) for w in _JOINED if text[j] in w)


def ends_water_before(text: str, i: int) -> bool:
    """Whether text[i], a water's last character, ends the word before it and the next character opens a direction
    word: 湖南 in 杭嘉湖南排 or 洞庭湖南岸, 河南 in 黄河南岸, 海南 in 渤海南部; after a verb (赴湖南) or before
    another word (宣传海南禁塑) the province's short form stands.

    >>> ends_water_before("杭嘉湖南排", 2), ends_water_before("赴湖南南部", 1), ends_water_before("宣传海南禁塑", 2)
    (True, False, False)
    """
    if text[i : i + 1] not in _WATER_LAST or i == 0 or not is_name_char(text[i - 1]):
        return False
    if text[i + 2 : i + 3] not in _DIRECTION_WORD_ENDS:
        return False
    return not any(text.endswith(w, 0, i) for w in LEADING)


_WATER_LAST = set("湖河江海")
# What follows 南 / 北 / 东 / 西 in a direction word (南岸, 北部, 西侧, 南排).
_DIRECTION_WORD_ENDS = set("岸部侧端面边段排麓坡缘沿")
