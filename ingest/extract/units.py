"""Units (organizations) named in the text: found by the suffix that ends their name, taken back to where it begins.

Only the outermost name counts (海南省生态环境厅生态环境保护督察整改工作领导小组 is one unit, not two), except where
two names run together with nothing between them (省委办公厅省政府办公厅). Mentions carry the name as written;
ingest/resolve.py turns them into canonical names.
"""

from __future__ import annotations

import re

from .gazetteer import divisions, unit_forms
from .mention import Mention
from .names import LEADING, cut_after_leading, is_name_char, name_start
from .unit_departments import department_start
from .unit_firms import (FARM_SUFFIXES, FIRM_SUFFIXES, farm_of_its_own, firm_start, listed_after_farm,
                         named_after_a_break, owned_plant)
from .unit_starts import (NAME_LIMIT, after_visit, division_at, is_division_name, joint_body, past_acting_verb,
                          into_listed_town, past_words_before_division, task_group_start, through_bracket,
                          verb_led_group, zone_head)

# Markets, whose name holds no activity word (检查农贸市场) and is a market's own: not a town's (某镇农贸市场) or a
# trade's (水果批发市场).
_MARKETS = ("农贸市场", "集贸市场", "菜市场", "批发市场")
_TRADES = re.compile(r"(?:水果|蔬菜|果蔬|农产品|农副产品|水产品?|海鲜|粮油|肉类|家禽|花卉|建材|小商品|综合|大型|农村|城乡|"
                     r"乡镇|城区|市区|社区|辖区|城镇|县城|各类)$")
# Ends of organisation names. Longer ones first, so 人民政府办公室 wins over 办公室 at the same place.
_SUFFIXES = sorted(
    {
        "人民政府办公室", "人民政府办公厅", "人民政府", "政府办公室", "政府办公厅", "政府", "办公厅", "办公室", "委员会",
        "管委会", "领导小组", "工作小组", "专项小组", "中心组", "纪检监察组", "巡视组", "巡察组", "督察组",
        "督查组", "督导组", "稽察组", "稽查组", "信访组", "工作组", "评估组", "联络组", "检查组", "审计组", "调查组", "专家组", "核查组", "专员办", "工作专班", "专班",
        "指挥部", "党组", "党委", "党工委", "纪委", "纪工委", "省委", "市委", "县委", "区委", "州委", "总站",
        "监测站", "中心", "研究院", "科学院", "医院", "卫生院", "大学", "学院", "有限公司", "公司", "集团", "厂", *_MARKETS,
        "日报", "报社", "电视台", "委", "厅", "局", "分局", "署", "部", "处", "科", "司", "室", "办", "大队",
        "支队", "总队", "中队", "协会", "学会", "基金会", "联席会议", "秘书处", "法院", "检察院", "海警局",
        "监测中心", "站", "人大常委会", "政协", "办事处", "村委会", "居委会", "研究所", "事务所", "联合会", "合作社", "海关", "晚报",
        "管理站", "管理处", "管理所", "派出所", "供电局", "水务集团", "银行", "分行", "支行",
        # Schools, each named by its own words or its division and number (甲乙区第五中心小学, 甲乙幼儿园).
        "小学", "中学", "幼儿园",
        # Party schools, archives and the mass organisations every level has (区委党校, 区档案馆, 区科协, 县妇联).
        "党校", "档案馆", "文联", "科协", "妇联", "残联", "侨联", "工商联", "总工会", "团委", "编委会",
        *FARM_SUFFIXES,
    },
    key=len,
    reverse=True,
)
_SUFFIX = re.compile("|".join(map(re.escape, _SUFFIXES)))
_SUFFIX_AT = re.compile(f"(?=({_SUFFIX.pattern}))")

# What follows a suffix when it is not the end of a name (厅长, 处理, 部分, 委托, 党组书记, 中心城区).
_NOT_AFTER = {
    "厅": "长", "局": "长面势限", "部": "分份署门长位队件湾", "处": "理置罚分于在长室级以", "科": "学技研普长室院级",
    "司": "长法机", "室": "内外主", "办": "理法公结好", "委": "托员屈书常", "院": "长士子落内", "中心": "城区组渔村镇",
    "政府": "部性采投", "党组": "织理", "党委": "会", "省委": "书常副会员", "市委": "书常副会员",
    "县委": "书常副会员", "区委": "书常副会员", "州委": "书常副会员", "纪委": "书副", "署": "名理",
    "大队": "长员", "中队": "长员", "支队": "长员", "总队": "长员", "厂": "区房家商", "公司": "化",
    "委员会": "", "领导小组": "", "站": "长点位在", "办公室": "内外",
    "日报": "告送",  # 当日报告, 每日报送: a day's report, no daily paper
    "中学": "习到生历", "小学": "习生",  # 集中学习, 从中学到, 高中学生: words that hold 中学 or 小学, no school
}
# What precedes a one-character suffix when the word is not a name (部署, 布局, 全部, 交办, 开办企业, 严肃惩处, 百科).
_NOT_BEFORE = {
    "局": "布格开大结当胜全好", "办": "交督查主承协兴创举包代试照转领补督侦盯开", "部": "全内外东西南北中局干大细头底顶尾腹",
    "处": "之到好益难长短坏用住实查一两三几多各每此远近深高低接开重道随界口弯别何去汇边角尽损漏裂出惩", "署": "部签合", "厅": "客餐大展", "科": "学本专外内百", "厂": "驻进出建", "室": "教科", "站": "网车油电",
}
# A document number follows the issuer's short form (鲁政办发〔2019〕, or 甲委办[2017] in ASCII brackets), which is not
# a unit name; a page's fields after a body's name (电话:, 字号:) are no number.
_DOC_NUMBER = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}(?:字|发|函|电)〔|[\u4e00-\u9fff]{1,3}(?:〔|\[\d{4}\])|字(?![号体])|发(?![布表展现生出放挥])|函|电(?![话子视力])|明电|〔|\[|\(\d)")
_NOT_START = ("级", "当地", "属地", "地方", "各", "有关", "相关", "以下", "下简称", "简称", "市县", "县市", "省部", "家", "部门",
              "沿海", "全市", "全省", "全区", "全县", "全国", "第三方", "拟", "乡镇", "辖区")
# Stations that are works or sites, no body (****泵站, 临时搅拌站, 垃圾处理站, 接收站), unless a firm's name holds
# them (某建设工程总公司搅拌站 is the firm's plant).
_FACILITIES = ("泵站", "闸站", "提升站", "搅拌站", "接收站", "处理站", "转运站", "中转站", "收集站", "加油站", "加气站",
               "充电站")
_OWNER_FIRM = re.compile("公司|集团")
# A count before a body's kind (三处小农水泵站, 两家公司): how many, not a name.
_COUNT_HEAD = re.compile(r"[一二三四五六七八九十两几数多]+[处个座家所条名批项](?!长)")
# Latin letters right before a name: a mask of Xs (xx乡, XXXX经济开发区), or a word in Latin letters.
_LATIN_BEFORE = re.compile(r"(?:([xX]{2,})|[A-Za-z]+)\Z")
# Characters a page masks names with (****建材厂).
_MASKS = set("*＊×")
# The departments directly under a level, all of them (区直部门党委, 市直单位): no one body.
_DIRECT_UNDER = re.compile(r"[省市县区州旗]直(?:各|有关|相关)?(?:部门|单位)")
# Bodies whose regional branches are named after them and a division (…总站海南…站, …公司海南分公司).
_HEAD_ORGANISATIONS = ("总站", "总局", "研究院", "科学院", "集团", "有限公司", "总公司", "大学")
# A company's name may hold a bracketed word before its suffix: 某某(集团)有限公司.
_COMPANY_PAREN = re.compile(r"[(（](?:集团|中国|股份|控股)[)）]$")
# Activity words that open a sentence rather than a name when a long name follows them (建设政务服务中心).
_OPENING_VERBS = ("建设", "管理", "治理", "保护", "监测", "执法")
# Verbs that lead one of those verbs (加快建设政务服务中心, 推进治理…).
_VERB_LEADS = tuple(w for w in LEADING if len(w) >= 2)
# Nouns that open with one of those verbs.
_NOUNS_OF_VERBS = ("建设工程", "管理工程")
# A place named after one of those words (建设镇, 建设路街道): the name opens there.
_PLACE_AFTER_VERB = set("镇乡村路街区")
_NOT_END = ("常委", "污水处理厂", "污水处理站", "自动监测站", "自动站", "垃圾处理厂", "全部", "会议中心", "会展中心",
            "会议室", "服务中心大厅")
# An administrative tier (镇一级党委, 县级政府) names every body of that tier, no one body.
_TIER = re.compile(r"[一二三四五六七八九十两多各省市县区镇乡村]级")
# Whole words that end in a suffix but name no body.
_GENERIC = {
    "部门", "干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "基层", "大局", "格局",
    "布局", "当局", "办公室", "办公厅", "政府", "人民政府", "地方政府", "各级政府", "中心", "委员会", "党委", "党组",
    "公司", "企业", "工厂", "医院", "大学", "学院", "领导小组", "工作组", "专班", "工作专班", "指挥部", "现场指挥部", "科室",
    "处", "科", "室", "办", "委", "厅", "局", "部", "司", "组", "署", "厂", "两委", "有限公司", "县市区人民政府",
    "县市区政府", "市县政府", "市县人民政府", "工业公司", "处室", "业务处室", "责任处室", "党支部", "支部",
    "环境监测站", "管委", "环委", "行业协会", "生态环境监测站", "全国首部", "国内首部",
    "村委", "居委", "村两委", "常委会", "秘书处", "清运公司", "保洁公司", "物业公司", "第三方公司", "专家组", "联络组", "调查组", "核查组", "评估组", "纪委", "分局",
    "监督委员会", "村民委员会", "居民委员会",
    "新闻中心", "文章中心", "资讯中心", "民办", "公办", "街道办事处",
    # a post and kinds of firm or room that end like bodies (担任政委, 及其子公司, 实验室分析)
    "政委", "副政委", "子公司", "分公司", "实验室",
    # a website's menu items
    "视频中心", "图片中心", "下载中心", "帮助中心", "产品中心", "会员中心", "用户中心", "个人中心", "服务中心", "信息中心",
    # a decision's payment fields
    "收款银行", "开户银行", "代收银行",
    # a kind of body, each page's own or any one (街道办 牵头, 社区居委会 宣传, 人民法院 审理, 聘请环保公司)
    "街道办", "社区居委会", "社区居委", "人民法院", "人民检察院", "环保公司", "运维公司", "施工公司", "环卫公司",
    # kinds of school (辖区中小学, 中心小学, 公办幼儿园)
    "中小学", "中心小学", "初级中学", "高级中学", "职业中学", "附属中学", "附属小学", "公办幼儿园", "民办幼儿园",
}
# Departments every government has, written alone: one body where the text lists it with others or has it act with
# another (区卫计局、环保局、人社局; 联合水务局), else the kind (市县(含某开发区)生态环境局, 不能水务局一家).
_DEPARTMENT_KINDS = {"生态环境局", "生态环境分局", "环境保护局", "环保局", "水务局", "自然资源局"}
_BRACKET_BEFORE = re.compile(r"[(（][^()（）]{2,}[)）]$")
# Words before a department written alone that make it one body acting with another (联合水务局, 与环保局).
_JOINT_WORDS = ("联合", "会同", "配合", "协调", "与", "和", "及", "同")
# Role nouns a name must not end with (办公室主任 is a person).
_ROLE_AFTER = re.compile(r"书记|副书记|成员|委员|主任|副主任|负责人|主要负责|领导|干部|同志|局长|厅长|部长|处长|科长|组长")
# A party group's post joined to the head's post of its body (甲局党组书记、局长, 党组成员、副局长): one person's two
# titles, which name the body; the group whose post it is goes unnamed.
_POST_AND_HEAD = re.compile(r"(?:副?书记|成员)、(?:常务)?副?(?:[局厅部处科院所站署司行社台会]长|主任|[省市县区]长)")
# Where a name that ran into the previous one starts: a place word or a party prefix.
_RESTART = re.compile(r"(?:省|市|县|区|自治区|中共)(?:委|政府|人民政府|纪委|监委)")
_ENDS = ("厅", "局", "委", "委员会", "政府", "办公室", "部")
# An inspection campaign written after the bodies that run it; its groups and offices are bodies.
_CAMPAIGN = re.compile(r"(?:生态环境保护|环境保护|环保)督察(?![组办局室处])")
# A newspaper's name right before its reporter's title or its dateline's 讯 (某某报记者, 某某报讯).
_PAPER_BY_REPORTER = re.compile(r"报(?=(?:全媒体|融媒体|首席|特约|实习|见习|驻[\u4e00-\u9fff]{1,4})?记者|讯)")
# Words ending in 报 that are a report or reporting, no newspaper (群众举报记者…, 年报讯息).
_REPORT_WORDS = {"举报", "通报", "上报", "汇报", "呈报", "申报", "填报", "预报", "情报", "年报", "月报", "季报", "简报", "捷报",
                 "喜报", "电报", "海报", "回报", "公报", "周报"}
# A page's field that names the issuing body: its value may stand on the next line or in the table's next cell (发布机构:
# | 某局 |); a field left empty runs into the page's menu (发布机构: 【字体:), which names no body.
_ISSUER_FIELD = re.compile(r"(?:发文机关|发文单位|发布机关|发布机构)[:：][\s|]*([\u4e00-\u9fff][^\s|:：,，。;；]{1,29})")
# A page's source or editor field naming a body as written (来源:某某日报, 来源:生态环境局, 责任编辑:大数据中心);
# a person's name there ends in no organisation suffix, or is shorter (责任编辑:陈科).
_SOURCE_FIELD = re.compile(r"(?:来源|稿源|来稿|供稿|责任编辑)[:：]\s*([\u4e00-\u9fff]{3,20})(?![\u4e00-\u9fff])")
# A byline's field, which names a person (责任编辑:陈科, 作者:李科).
_BYLINE_FIELD = re.compile(r"(?:编辑|作者|记者|通讯员|审核|校对)[:：]\s*$")
# A chief's title inside the words before a body (区域河长街道办事处): not the system's office (河长制办公室, 河长办).
_CHIEF_ROLE = re.compile(r"[河湖湾林田路]长(?![制办])")
# The short form of a chief system's office (河长办, 湾长办) written alone is the page's own office, as 区委 is its
# committee; after 各级 or 当地 it is every level's or an unnamed one.
_CHIEF_OFFICE = re.compile(r"[河湖湾林田路]{1,2}长办")
_EVERY_LEVEL = re.compile(r"各级|各地|当地|属地|各(?=[^,，。;；、]*$)")


def _every_level(text: str, a: int, floor: int) -> bool:
    """Whether the clause before `a` makes an office every level's (各级河长以及河长办) or an unnamed one (当地河长办)."""
    clause = re.split(r"[,，。;；:：]", text[max(floor, a - 12) : a])[-1]
    return _EVERY_LEVEL.search(clause) is not None


def find_units(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Organisation names in text[start:end], outermost, in order.

    >>> [m.surface for m in find_units("督促三亚市市场监督管理局、省水务厅和厅党组落实")]
    ['三亚市市场监督管理局', '省水务厅', '厅党组']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in _SUFFIX_AT.finditer(text, start, end):  # at every place: 委员会 inside 市委员会 too
        a, z = _span(text, m.start(), m.start() + len(m.group(1)), start)
        if a is not None:
            spans.append((a, z))
    for name in unit_forms():
        for m in re.finditer(re.escape(name), text[start:end]):
            nxt = text[start + m.end() : start + m.end() + 1]
            if not nxt or nxt not in _NOT_AFTER.get(name[-1], ""):  # 住建部门 is not 住建部
                spans.append((start + m.start(), start + m.end()))
    for m in _PAPER_BY_REPORTER.finditer(text, start, end):  # 中国环境报记者: a newspaper, whatever its name ends in
        a = name_start(text, m.end(), NAME_LIMIT, start, activity=False, keep=1)
        if m.end() - a >= 4 and text[a] not in "本该我其" and text[m.end() - 2 : m.end()] not in _REPORT_WORDS:
            spans.append((a, m.end()))
    for m in _ISSUER_FIELD.finditer(text, start, end):  # 发文机关:洋浦经济开发区 names a body whatever its form
        spans.append(m.span(1))
    for m in _SOURCE_FIELD.finditer(text, start, end):
        body = m.group(1)
        if body.endswith("报") or len(body) >= 4 and body not in _GENERIC and body.endswith(tuple(_SUFFIXES)) \
                and not body.endswith("网站"):  # 来源:某某网站 is a website
            spans.append(m.span(1))
    spans = [(a, _subgroup_end(text, z, end)) for a, z in spans]
    out: list[Mention] = []
    outer = _outermost(spans)
    for a, z in outer:
        for a2, z2 in _split_run(text, a, z):
            s = text[a2:z2]
            out.append(Mention("unit", s, s, a2, z2))
    for a, z in set(spans) - set(outer):
        if any(x == a and z < y for x, y in outer) and _parent_of_branch(text, a, z):
            out.append(Mention("unit", text[a:z], text[a:z], a, z))
    return _without_campaign_owners(text, sorted(out, key=lambda m: (m.start, m.end)))


def _without_campaign_owners(text: str, units: list[Mention]) -> list[Mention]:
    """Leave out the committees and governments that name an inspection campaign (省委、省政府环境保护督察, like
    中央生态环境保护督察): the campaign is no body, and its group (…督察组) is found as a name of its own."""
    owners: set[int] = set()
    for m in reversed(units):
        nxt = next((u for u in units if u.start == m.end + 1), None) if text[m.end : m.end + 1] == "、" else None
        if m.surface.endswith(("委", "政府")) and (_CAMPAIGN.match(text, m.end) or nxt and id(nxt) in owners):
            owners.add(id(m))
    return [m for m in units if id(m) not in owners]



def _parent_of_branch(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] is a head organisation whose regional branch follows (中国环境监测总站 + 海南…重点站)."""
    if not text[a:z].endswith(_HEAD_ORGANISATIONS):
        return False
    # a road named after a city (…有限公司咸阳路污水处理厂) is where a works lies, no branch's division
    return any(text[z : z + n] in divisions() and text[z + n : z + n + 1] not in _ROAD for n in range(2, 8))


_ROAD = set("路街道巷桥")


def _span(text: str, s: int, e: int, floor: int) -> tuple[int | None, int]:
    """The name that ends with the suffix text[s:e], or None when the suffix ends no name here."""
    suffix = text[s:e]
    nxt = text[e : e + 1]
    if nxt and nxt in _NOT_AFTER.get(suffix, _NOT_AFTER.get(suffix[-1:], "")):
        return None, e
    if suffix == "处" and text[s - 1 : s] == "地" and text[s - 2 : s - 1] != "用" and is_name_char(nxt or "。"):
        return None, e  # 地处珠江口: "lies at", a verb before a place (but 用地处 is a land-use office)
    role = _ROLE_AFTER.match(text, e) is not None
    if role and suffix in ("省委", "市委", "县委", "区委", "纪委", "委"):
        return None, e
    if s > 0 and text[s - 1] in _NOT_BEFORE.get(suffix, "") or _DOC_NUMBER.match(text, e):
        return None, e
    inner = _COMPANY_PAREN.search(text, max(floor, s - 6), s)
    head = inner.start() if inner and suffix in ("有限公司", "公司", "集团") else s
    market = suffix in _MARKETS
    a = min(head, name_start(text, head, NAME_LIMIT, floor, activity=market, keep=0))
    a = verb_led_group(text, task_group_start(text, a, suffix, floor), e, suffix, floor)
    a = after_visit(text, a, e)
    if text.startswith(_OPENING_VERBS, a) and e - a - 2 >= 5 and not text.startswith(_NOUNS_OF_VERBS, a) and \
            text[a + 2 : a + 3] not in _PLACE_AFTER_VERB and \
            (not is_name_char(text[a - 1 : a] or "。") or text.endswith(_VERB_LEADS, floor, a)):  # 建设工程总公司: 建设工程 is construction works, a noun
        a += 2
    a = joint_body(text, a, e, floor)
    a = through_bracket(text, a, floor)
    a = zone_head(text, a, floor)
    a = _past_function_word(text, a, e)
    if suffix in FIRM_SUFFIXES:
        a = firm_start(text, a, floor)
    a = past_acting_verb(text, a, e, suffix)
    a = past_words_before_division(text, a, e)
    a = into_listed_town(text, a, e, floor)
    chief = None
    for chief in _CHIEF_ROLE.finditer(text, a, e):
        pass
    if chief:  # 区域河长街道办事处主任: the chief's title, then the body
        a = chief.end()
    a = min(a, department_start(text, a, e, floor))  # 海洋和渔业局, 县经信局: a cut never falls inside a department
    name = text[a:e]
    if role and suffix in ("党组", "党委") and (len(name) - len(suffix) < 4 or name.startswith(("党组", "党委"))
                                             or _POST_AND_HEAD.match(text, e)):
        return None, e  # 厅党组书记, 甲局党组书记、局长: posts in the body; 某市政府办公室党组书记 names the group
    title_end = text.rfind("》", max(floor, a - 6), a)
    if title_end >= 0 and text[title_end + 1 : a].lstrip(")）") in _AFTER_TITLE and name.startswith(("情况", "工作")):
        return None, e  # 加强对《…》(简称…)贯彻落实情况监督检查工作领导小组: the name holds the title; its tail is none
    if _CHIEF_OFFICE.fullmatch(name) and _every_level(text, a, floor):
        return None, e
    if name.endswith(("党委政府", "党委和政府")) and len(name) >= 5:
        e -= 3 if name.endswith("和政府") else 2  # 镇党委政府: the committee, and the government it is written with
        name = text[a:e]
    if suffix.endswith("政府") and text[e : e + 1] == "网" and text[e + 1 : e + 2] != "站":
        return None, e  # 某市政府网: a website's name; 市政府网站 is the government's site, the government named
    if len(name) < 2 or name in _GENERIC or name.startswith(_NOT_START) and not name.startswith("县市场") or \
            name.endswith(_NOT_END) and not (_named_plant(name) or owned_plant(name, _PLANTS)) or _TIER.match(name) and not _tier_group(name) or \
            name.endswith(_FACILITIES) and not _OWNER_FIRM.search(name):
        return None, e  # 县市 opens 县市区 (every county and district), but 县市场监督管理局 is the county's
    if _COUNT_HEAD.match(name) or _DIRECT_UNDER.match(name):
        return None, e  # 三处泵站, 区直部门党委
    latin = _LATIN_BEFORE.search(text, max(floor, a - 12), a)
    if latin and not latin.group(1):
        return None, e  # Abcde橡胶制品厂: a name run into Latin letters is cut, no name
    if latin:  # 某省XXXX经济开发区管委会, xx乡河长制办公室: a name masked with Xs, as written
        a = name_start(text, latin.start(), NAME_LIMIT, floor, activity=False, keep=0)
        name = text[a:e]
    masked = text[a - 1 : a] in _MASKS or bool(latin)
    if not masked and (suffix == "厂" and len(name) <= 3 or suffix == "站" and "网" in name[-3:-1]):
        return None, e  # 造船厂, 砖瓦厂: a kind of works (but ****建材厂 is one, masked); 新闻网微站: a website
    if not masked and text.startswith(_OPENING_VERBS, a) and text[a + 2 : e] in _GENERIC:
        return None, e  # 增强建设政府: a verb and a kind of body (but ****建设局 is one, masked)
    if name in _DEPARTMENT_KINDS and (_BRACKET_BEFORE.search(text, max(floor, a - 24), a) or not (
            "、" in (text[a - 1 : a], text[e : e + 1]) or text.endswith(_JOINT_WORDS, floor, a))):
        return None, e  # 市县(含某开发区)生态环境局: the kind of every one; 不能水务局一家: the kind, no one body
    if text[a - 1 : a] == "、" and text.startswith(suffix[-1] + "长", e) and len(name) <= 4 and not division_at(text, a):
        return None, e  # 市委常委、统战部部长: a post in a person's list of posts, no body named
    if len(name) <= 3 and _BYLINE_FIELD.search(text, max(floor, a - 8), a):
        return None, e  # 责任编辑:陈科: a person's name in a byline's field
    if name.startswith(("我", "本", "该", "全", "你", "贵")) and (len(name) <= 3 or name[1:] in _SUFFIXES):
        return None, e  # 我局, 该合作社, 你合作社: a pronoun and a kind, the body named elsewhere
    if text[a - 1 : a] == "各" or text[a - 2 : a] in ("有关", "相关", "所有"):  # 各市人民政府: every city's, no one body
        return None, e
    if name in _BARE_GROUPS and _COUNT_BEFORE.search(text, max(floor, a - 8), a):
        return None, e  # 派出3个巡察组, 组成四个督查组: so many groups of a kind, no one group named
    if market and _market_of_places(name[: -len(suffix)]):
        return None, e  # 某镇农贸市场: the town's market place, named by no name of its own
    if suffix == "中心" and name[-3:-2] in ("村", "镇", "乡"):
        return None, e  # 甲镇乙村中心有一池塘: the middle of the village, no body
    if suffix in FARM_SUFFIXES and not (masked or farm_of_its_own(name[: -len(suffix)])
                                 or listed_after_farm(text, a, name[: -len(suffix)])
                                 or named_after_a_break(text, a, name[: -len(suffix)])):
        return None, e  # 规模养殖场, 14家养鸡场: a kind of farm
    if _TRADE_COMPANY.fullmatch(name) and not division_at(text, a):
        return None, e  # 矿业公司 alone: a kind of firm, no one firm
    if name in _BARE_IF_NAMED and not _named_in_full(text, name):
        return None, e
    if (len(name) == len(suffix) or name in _SUFFIXES) and name not in _BARE_OK | _BARE_IF_NAMED or \
            suffix == "部" and len(name) <= 2:  # 批发部 cut at 批
        return None, e
    return a, e


# A firm named by its trade alone (矿业公司, 渔业有限公司).
_TRADE_COMPANY = re.compile(r"[\u4e00-\u9fff]{1,2}业(?:有限)?公司")
# Suffix words that are a body on their own when the text writes them alone.
_BARE_OK = {"省委", "市委", "县委", "区委", "州委", "党中央", "国务院", "巡视组", "巡察组", "督察组", "督查组", "稽察组",
            "稽查组"}
# Group words that are a body alone only where the text names one such group in full (州第三督导组 … 督导组一行);
# alone they are a kind of group (联合督导组).
_BARE_IF_NAMED = {"督导组", "检查组"}
# The groups among them, which a count before them makes so many of a kind (派出3个巡察组, 水利部派出两个稽察组): the
# count says how many groups went, and no one of them is named; the body that sent them is.
_BARE_GROUPS = {w for w in _BARE_OK | _BARE_IF_NAMED if w.endswith("组")}


# A count of groups right before a group's bare word (4个巡察组, 三个督查组).
_COUNT_BEFORE = re.compile(r"(?:[一二三四五六七八九十两几数多]+|\d+)\s*个\s*$")


# Verbs and particles that run into a name written after them (不能水务局一家, 落实好州委, 自十四届市委, 系你公司,
# 受市人民政府委托, 附某省监测中心报告).
_FUNCTION_HEAD = set("能好自系有将把受附")
_TERM_HEAD = re.compile(r"[一二三四五六七八九十]+届")


# The words that make a title part of a body's name (对《…》贯彻落实情况…领导小组).
_AFTER_TITLE = ("", "贯彻落实", "贯彻执行", "贯彻", "落实", "执行", "实施")


def _past_function_word(text: str, a: int, e: int) -> int:
    """The start past a function word, a 该/本 city's repeated 市 (该市市委) or 原 (former: 原环境保护部)."""
    name = text[a:e]
    pronoun = next((i for i in range(len(name) - 2, 0, -1) if name[i] in "我你本贵该" and name[i - 1] in _FUNCTION_HEAD), 0)
    if pronoun:  # 以上事实有我局: the body is 我局
        return a + pronoun
    if name.startswith("合同") and name[2:3] in ("省", "市", "县", "区"):
        return a + 2  # 合同县财政局: 会同 misprinted, or a contract's word before the body; 合同管理科 keeps it
    agent = next((i for i in range(len(name) - 3, 0, -1) if name[i] == "受" and name[i + 1] in "省市县区"), 0)
    if agent:  # 审计局受市政府委托: the body named is the one after 受
        return a + agent + 1
    if len(name) >= 3 and name[0] in _FUNCTION_HEAD and not division_at(text, a):
        rest = name[1:]
        if rest in _GENERIC or rest[0] in "我你本贵该省市县区州" or _TERM_HEAD.match(rest) or division_at(text, a + 1):
            return a + 1
    if len(name) >= 3 and name[0] == name[1] and name[0] in "省市县区" and text[a - 1 : a] in ("该", "本", "我", "全"):
        return a + 1  # 该市市委巡察组: the city's 市委巡察组
    if len(name) >= 4 and name[0] == "原" and name.endswith(("部", "局", "厅", "委", "署")) and not division_at(text, a):
        return a + 1
    return a


def _tier_group(name: str) -> bool:
    """Whether a name that opens with a tier is still one body: a task group of that tier named by its task
    (省级协调联络组信访组), not a tier's bodies of a kind (县级政府, 镇一级党委)."""
    rest = name[_TIER.match(name).end() :]
    return rest.endswith("组") and len(rest) >= 5 and rest not in _GENERIC and not _SUFFIX.fullmatch(rest)


def _market_of_places(head: str) -> bool:
    """Whether the words before a market's kind name no market of its own: only places (某镇农贸市场), a trade or a
    kind of area (水果批发市场, 农村集贸市场) or a division written in full and a trade (甲乙县蔬菜批发市场); a name a
    trade follows is the market's own even where a division shares it (和平水果批发市场)."""
    rest = _TRADES.sub("", head)
    if rest == head:
        return _only_divisions(head)
    return not rest or _only_divisions(rest) and rest.endswith(("省", "市", "县", "区", "镇", "乡", "村", "街道"))


def _only_divisions(words: str) -> bool:
    """Whether words are nothing but divisions' names, short forms and towns (县甲乙镇, 甲市), or nothing."""
    while words:
        n = next((n for n in range(min(8, len(words)), 0, -1)
                  if words[:n] in divisions() or n == 1 and words[0] in "省市县区镇乡村"
                  or n >= 3 and words[:n].endswith(("镇", "乡", "街道"))), 0)
        if not n:
            return False
        words = words[n:]
    return True


def _subgroup_end(text: str, z: int, end: int) -> int:
    """The end of a leading group's sub-group written right after it (…领导小组边督边改组, …指挥部综合协调组): the
    words up to 组 name it when they hold no verb (领导小组组长 and 领导小组研究组建 are no sub-groups)."""
    if not text.endswith(("小组", "指挥部", "专班"), 0, z):
        return z
    sub = _SUBGROUP.match(text, z, end)
    if not sub or cut_after_leading(text, z, sub.end(), keep=0) > z or not all(is_name_char(c) for c in sub.group()):
        return z
    return sub.end()


_SUBGROUP = re.compile(r"[\u4e00-\u9fff]{2,5}?组(?![长员织成建合])")


def _named_plant(name: str) -> bool:
    """Whether a treatment plant or a station is named by the division it serves (甲乙县污水处理厂, 甲乙污水处理厂
    for 甲乙区, 甲乙县城污水处理厂): one works, unlike 城镇污水处理厂 or 300吨污水处理站."""
    plant = next((w for w in _PLANTS if name.endswith(w)), "")
    head = _PLANT_ORDINAL.sub("", name[: len(name) - len(plant)])  # 甲乙县第二污水处理厂, 甲乙县城东污水处理厂
    town = head[:-1] if head.endswith("县城") else head  # 甲乙县城污水处理厂: the county town's one works
    return bool(plant) and len(town) >= 2 and town in divisions() and town not in _GENERIC_AREAS


_PLANTS = ("污水处理厂", "污水处理站", "垃圾处理厂")
# A division's plants are told apart by a number or a side of town after its name.
_PLANT_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十\d]+|城[东南西北]|[东南西北]区)$")
_GENERIC_AREAS = {"城区", "郊区", "矿区", "市区", "县城", "城镇"}


def _named_in_full(text: str, word: str) -> bool:
    """Whether the text names a body that ends with `word` in full somewhere (州环保第三督导组 for 督导组)."""
    return any(name_start(text, m.start(), NAME_LIMIT, activity=False, keep=0) < m.start() - 1
               for m in re.finditer(word, text))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans not inside or across an earlier, longer one: the leftmost-longest names."""
    out: list[tuple[int, int]] = []
    for a, z in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or a >= out[-1][1]:
            out.append((a, z))
    return out


def _split_run(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """Split names written one after the other with no separator (省委办公厅省政府办公厅, …人民政府海南省人民政府)."""
    name = text[a:z]
    for cut in range(2, len(name) - 2):
        if not name[:cut].endswith(_ENDS):
            continue
        rest = name[cut:]
        if _branch_of(name[:cut], rest):
            continue
        if (_RESTART.match(rest) or division_prefix(rest) or rest.startswith("中共")) and _SUFFIX.search(rest) or \
                _same_kind(name[:cut], rest):
            return [(a, a + cut), *_split_run(text, a + cut, z)]
    return [(a, z)]


def _branch_of(first: str, rest: str) -> bool:
    """Whether rest is the branch in a county or district of the bureau before it (甲市生态环境局乙县分局): a city
    bureau names its county offices after the county, so the two make one body's name, not two bodies."""
    place = division_prefix(rest)
    return first.endswith("局") and bool(place) and rest == place + "分局"


def _same_kind(first: str, rest: str) -> bool:
    """Whether two names written one after the other are bodies of one kind, each whole (住房城乡建设部生态环境部,
    省环保厅省水利厅, 中共中央办公厅国务院办公厅): a body's own part ends in another word (…部…司, …局…分局), and a
    committee's committee is its own (…常务委员会法制工作委员会)."""
    end = _end_word(first)
    return len(first) >= 4 and len(rest) >= 4 and end != "委员会" and end == _end_word(rest)


def _end_word(name: str) -> str:
    """The longest organisation suffix that name ends with, or ""."""
    return next((s for s in _SUFFIXES if name.endswith(s)), "")



def division_prefix(name: str) -> str:
    """The administrative division a unit's name starts with (海南省生态环境厅 -> 海南省), or ""."""
    for n in range(min(len(name) - 1, 12), 1, -1):
        if name[:n] in divisions() and name[n:] and is_division_name(name[:n]):
            return name[:n]
    return ""
