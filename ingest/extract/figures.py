"""Figures: quantities written as a number and a unit (36项, 约55公里, 93.3%, 4000余份, 3.4万次, 不低于25%).

Runs on normalized text (NFKC), so ㎡ is already m2, Ⅴ is V and full-width digits are ASCII.
A figure keeps its value as written (with 约 / 近 / 不低于 / 余 …, which a reader needs to trust it), the unit,
the subject it counts (the noun after a classifier, else the words before the number) and its clause.
Numbers that are dates, ordinals (第60次), document numbers (12号) or parts of names (PM2.5) are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure_changes import change_before
from .figure_lists import listed_counts
from .figure_respectively import respective_subjects
from .figure_tables import TableNumber, table_numbers
from .figure_words import CAPITAL, FREQUENCY, LISTED, RANK, ROUND, SPAN, rank_parts

_UNITS = sorted(
    """个百分点 百分点 平方公里 平方千米 平方米 立方米 方 公顷 公里 千米 km2 km m2 m3 m 米 亩 万亩
    亿元 万元 千元 元 万吨 吨/月 吨/日 吨/天 吨/年 吨 千克 公斤 斤 kg mg/L mg/l mg/m3 mg/kg μg/m3 微克/立方米 毫克/立方米 毫克/升 % 倍
    人次 家次 项次 船次 艘次 辆次 台次 条次 车次 架次 批次 户次 次 万人 人 名 位 户 个工作日 工作日 家 个 项 件 条 份 场 台(套) 台套 台 套
    批 宗 起 处 段 座 栋 所 辆 艘 只 张 篇 期 轮 棵 株 根 口 眼 块 大类 小类 类 个月 天 小时 分钟 周年 支 队 组 册 本 捆 箱 袋 笔
    省(自治区、直辖市) 省(区、市) 省(市) 省区市 省市 省 市 万 亿 毫米 厘米 海里 延米 尾 """.split(),
    key=len,
    reverse=True,
)
# Latin units must not run into a following word (m before mg, km before kmh).
# 方 is cubic metres (清淤3.7万余方), not the 方 of 方面, 方案, 方式 ….
_UNIT_GUARD = {
    "方": "(?![面案式向法针位便言可])", "省": "(?![级委份内外长会道])", "市": "(?![级委场民政长直属区县辖])",
    "根": "(?![据本源治除系])", "本": "(?![级地单部市县区次年月届着身])", "台": "(?![账风阶])",
    "支": "(?![持付出援撑部])", "期": "(?![间限满末初])", "组": "(?![织建成长员])", "批": "(?![准复示评])",
    "尾": "(?![水矿款气声巴部])", "笔": "(?![录记者试画墨直])",
}
"""Units that open common words (2根据省 is a page number before 根据, not two roots)."""
_UNIT = "|".join(
    re.escape(u) + ("(?![A-Za-z])" if u[-1].isascii() and u[-1].isalpha() else _UNIT_GUARD.get(u, "")) for u in _UNITS
)
_QUALIFIER = r"不得(?:超过|低于|高于|少于|大于|小于)|不应(?:超过|低于)|不宜超过|至少|最多|最高|最低|[≤≥≦≧<>]|约|接近|近|逾|超过|超|不低于|不少于|不超过|不高于|不大于|不小于|不足|低于|高于|小于|大于|少于|共计|共|累计|达到|达"
"""Words before a number that belong to its value: a reader needs them to trust it, and a limit (不得超过50mg/L,
氨氮≤5mg/L) reads the other way without them."""
_BOUND = r"以上|以下|以内|之内|内(?![容部涵设])|左右"
"""A bound written after the unit (90%以上, 27公顷以下, 70%左右, 7日内): part of the value, never its subject;
内 of 内容 (27项内容) is none."""

_NUMBER = r"(?<![\d.A-Za-z第])(?<!第\s)\d+(?:,\d{3})*(?:\.\d+)?"
_RANGE = rf"{_NUMBER}(?:\s*[-—–~至到]\s*\d+(?:\.\d+)?)?"
"""A value may be a range (渠深3-4m, 3至5个工作日): both ends are the value."""
# 千 before 米, 克 or 瓦 belongs to the unit (152千米 is 152 km, not 152 thousand metres).
_PER = "平方公里|平方千米|平方米|公顷|亩|立方米|升|L|日|天|月|年|小时|秒|s|人|户|公里|千米|km2|km|m2|m3"
"""What a rate is per (80103尾/平方公里, 23.45万吨/日, 633.43平方米/公里, 216m2/s): part of the unit."""
_FIGURE = re.compile(
    rf"(?:(?P<q>{_QUALIFIER})为?)?(?P<n>{_RANGE})\s?(?P<mult>[万亿]|千(?![米克瓦]))?(?P<more>余|多)?\s?"
    rf"(?P<u>(?:{_UNIT})(?:/(?:{_PER}))?)(?P<bound>{_BOUND})?"
)
_WITHIN = re.compile(r"(?<![\d.月年])(?P<n>\d+)(?P<u>日)(?P<bound>内|以内|之内)")
"""A time limit in days (在7日内送达, 15个工作日内): 日 is a unit only there, never in a date."""
# Counts written in Chinese numerals are kept only where they are rarely idioms: with classifiers such as 处, 段,
# 轮 (一处, 三段, 五轮); after 共 / 累计 (共十项主要任务); when the numeral holds a digit and a power of ten
# (两千余张, 二十三个); before a unit of measure (达三吨以上); before a bound (巡湖三次以上, 两名以上); with 个, 条
# or 类 before a counted noun (_COUNTED); and a count of months (四个月的集中整改), which no idiom is.
_CN_NUMBER = "一二两三四五六七八九十百千万"
_CN_DIGIT = "一二两三四五六七八九"
_CN_CLASSIFIER = "|".join(re.escape(u) for u in _UNITS if not u.isascii() and u not in ("万", "省", "市", "方", "期"))
_CN_MEASURE = "吨|千克|公斤|公里|千米|米|公顷|亩|平方米|立方米|亿元|万元|元(?![化素])"
_COUNTED = "省|市|县|区|乡|镇|村|街道|社区|部门|单位|企业|园区|项目|问题|方面|点位|断面|批次|组|专班|试点|案例|案件|水库|水源地|排污口|水体"
"""What a single Chinese digit with 个 counts in a report (五个省, 三个方面, 四个试点城市, 两个检查组), unlike a
slogan's 两个维护 or 一个中心."""
_COUNTED_LINES = f"{_COUNTED}|排口|河流|河道|河段|渠道"
"""What one with 条 or 类 counts (三条城市河流, 四类突出问题), unlike a slogan's 三条红线. Waters counted with 个
(两个湖泊的水质…) open the subject of the figures after them more often than they are a count of their own."""
_BODIES = "企业|公司|单位|工厂|厂|医院|超市|商户|商家|商场|门店|店|酒店|宾馆|餐馆|饭店|机构|银行|学校|养殖场|加油站|农场|合作社"
"""What a single Chinese digit with 家 counts (四家企业, 两家公司): bodies of business and service, unlike 万家灯火 or
a family (三家人)."""
_CN_FIGURE = re.compile(
    rf"(?=[{_CN_NUMBER}])(?<![{_CN_NUMBER}“第])(?:"  # every count opens with a numeral: others fail at once
    rf"(?P<n>[{_CN_NUMBER}]{{1,4}})(?P<u>处|段(?!时间|时期|日子|距离)|座|栋|轮|宗|艘)"  # 一段时间 is a while
    rf"|(?<=共|计)(?P<n2>[{_CN_NUMBER}]{{1,4}})(?P<u2>{_CN_CLASSIFIER})"
    rf"|(?P<n3>(?=[{_CN_NUMBER}]*[{_CN_DIGIT}])(?=[{_CN_NUMBER}]*[十百千万])[{_CN_NUMBER}]{{2,5}}(?:余|多)?)(?P<u3>{_CN_CLASSIFIER})"
    rf"|(?P<n4>(?=[{_CN_NUMBER}]*[{_CN_DIGIT}])[{_CN_NUMBER}]{{1,4}})(?P<u4>{_CN_MEASURE})(?P<bound>{_BOUND})?"
    rf"|(?P<n5>[二两三四五六七八九十])(?P<u5>个)(?=[^“,,。;;]{{0,4}}?(?:{_COUNTED}))"
    rf"|(?P<n8>[二两三四五六七八九十])(?P<u8>条|类)(?=[^“,,。;;]{{0,4}}?(?:{_COUNTED_LINES}))"
    rf"|(?<![数几])(?P<n9>[二两三四五六七八九])(?P<u9>家)(?=[^“,,。;;]{{0,4}}?(?:{_BODIES}))"
    rf"|(?P<n7>[{_CN_NUMBER}]{{1,3}})(?P<u7>个月)"
    rf"|(?P<n6>[{_CN_NUMBER}]{{1,3}})(?P<u6>{_CN_CLASSIFIER})(?P<bound6>以上|以下|左右)"
    rf")(?![{_CN_NUMBER}])"
)
_POINTS = re.compile(
    r"(?<![\d.第])(?<!上午|下午|晚上|凌晨|中午|早上|傍晚)(?P<n>\d{1,2}|[二两三四五六七八九十]{1,2})(?P<u>点)"
    r"(?=[^,,;;。]{0,4}?(?:意见|建议|要求|措施|举措|做法|经验|共识|启示|体会|打算))"
)
"""Points of advice or demands (提出3点整改意见, 三点要求); elsewhere 点 tells the time (凌晨4点)."""
_ORDINAL_LIST = re.compile(rf"第[{_CN_NUMBER}]+、$")
"""The second of two ordinals shares the first one's 第 (第二十七、二十八批): not a count."""
_SHARE = re.compile(
    rf"(?P<n>(?:(?:{_QUALIFIER})为?)?(?:(?<![{_CN_NUMBER}])[二两三四五六七八九]成(?!群)|[一二两三四五六七八九十百]+分之[一二两三四五六七八九十]+"
    r"|(?<![\d.A-Za-z])[1-9]成(?=以上|以下|左右|多|的|[,,。;;、]))|一成(?=以上|左右))"
    rf"(?P<u>)(?P<bound>{_BOUND})?"
)
"""A share in tenths: 近六成, 超九成, 三分之一, 6成以上 (一成 only as 一成以上, never 一成不变; 三五成群 is a crowd; a digit
before 成 only with a bound or a stop after it, since PM2.5成为 is a word)."""
_YEARS_LONG = re.compile(
    rf"(?<=长达|历时|持续|为期|时隔)(?P<n>(?:\d{{1,3}}|[{_CN_NUMBER}]{{1,3}})(?:多|余)?)(?P<u>年)(?![\d度底末初前内多余])"
)
"""How many years something lasted (陆域长达10年没有项目, 为期3年的行动): 年 is a unit only after a word of duration,
never in a date (2020年) or a span of years (连续4年100%, where the count qualifies another figure)."""
_WATER_CLASS = re.compile(r"(?<![A-Za-z])(?P<n>劣?(?:IV|V|I{1,3}))(?P<u>类)")
# A score or an index is written without a unit, or with 分 (points), after the word that names it.
_SCORE = re.compile(rf"(?:得分|平均分|评分|总分|分值|分数|指数)(?:为|是|达到?|[::])?\s*(?P<n>{_NUMBER})(?P<u>分(?!之|钟|别|类|批|期|局|级|区|管)|)")
_PH = re.compile(rf"(?<![A-Za-z])[pP][hH]\s*值?(?:为|是|达到?|[::])?\s*(?P<n>{_RANGE})(?P<u>)(?![\d.%A-Za-z])")
"""A pH reading (废水pH值为5.53, 出水pH值6~9): a measure without a unit."""
_CLAUSE_STOP = ",,;;。:!?\n"
_SUBJECT_STOP = re.compile(
    r"[,,;;。:!?()“”、|\d\s]|\.(?!\d)|的|(?<!党)组成(?!员)|(?<!平)均|(?<=[\u4e00-\u9fff])平均|排名|位居|位列|没有|尚未|全面(?![的性])|全部|已|正在|完成|进行|开展|纳入|入列|入选|注册|实施|达到|长达|(?<![送到传下抵长])达|作为|为|是|得到|通过|共|累计|其中|等|合计|总计|(?:提升|提高|上升|下降|增加|减少|增长)(?=至|到)"
    r"|分别|分赴|相继|陆续|先后|全都|现(?=已)|都(?![市会城])|仍|将(?!军)|深入|逐步|(?:位|属|等|处|对|关|由)?(?<!用)于"
    r"|基本(?=建成|消除|完成|实现|形成|达到|解决|恢复|稳定|具备|落实|到位|遏制)"
    r"|(?<![针面相绝反核比])对(?![口岸象外接标照应面话策])|(?<![存所现实潜内外自])在(?![建线册岗校职编途库押审办])|向(?![阳日])"
)
"""Where the noun after a count ends: a stop, a verb of report, or the adverb or preposition that opens the rest of
the sentence (7名河段长在…率领下, 6个巡察组分别到…, 4个督查组分赴…, 20个海湾将基本建成, 8套设施现已损坏)."""
_NOT_NOUNS = frozenset("内外后前中上下里间余多次和及与或至到整")
"""Words that follow a count without being what it counts (1个月内, 20万元至100万元, 罚款5万元整)."""
_QUOTED = re.compile(r"“[^”,,;;。]{1,12}”")
"""A quoted name inside the noun a classifier counts (184块“河长制”公示牌)."""
_BEFORE_CUT = re.compile(r"(?:[、()“”|]|已经|已|共计|合计|总计|共(?!性)|累计|其中|分别(?:是|为)?|对|向|等|(?<![\d.A-Za-z])\d+\.(?!\d))")
_BRIDGE = re.compile(r"已|共计|合计|总计|共|累计|分别(?:是|为)?")
"""Words between a subject and its number (完成率已达99%, 比例分别达到100%): when nothing stands after them, the
subject is what stands before them."""
_LEAD_WORDS = re.compile(r"^(?:全年|共计|先后|合计|总计|目前|截至目前|现(?![场金状代行役])|再|有|将|的)+")
_CHANGE_TO = r"(?:提升|提高|上升|下降|增加|减少|增长|降低|扩大|缩小)了?(?:至|到)"
_TAIL_WORDS = re.compile(
    rf"(?:(?<!行)为|达到|达|是|共计|合计|总计|一共|共|累计|约|近|(?<![拥具持享没所占])有|计|超过|不低于|不少于|的|从|由|:|各|{_CHANGE_TO}"
    r"|(?:控制|稳定|保持|维持)在|总体|整体|全面|(?<!平)均|最高|最低|至少|最多)+$"
)
"""Words between a subject and its number (达标率为, 禄丰市各, 完成率上升到, 比例总体控制在, 河长一共达到): none of
the subject. 有 of 拥有 is."""
_FROM = re.compile(r"从(?![事严而重快头新中业源根来未此前])")
"""从 opening the start of a change (处理能力从53万吨/日提高至72万吨/日): what changes stands before it."""
_CHANGES = re.compile(rf"\s*(?:{_CHANGE_TO}|至|到)")
_JOINED = re.compile(rf"\s*(?:[、和及与或至到]|以及|{_CHANGE_TO})?\s*")
"""What joins a value to the one before it when both tell of one subject (超标0.8倍、0.9倍; 从67%上升至97%;
百分之一以上百分之五以下)."""
_CONJUNCTIONS = frozenset({"和", "及", "与", "或", "以及", "至", "到"})
_REMARK = re.compile(r"\([^()]{1,12}\)")
"""A remark in brackets in the words before a number (专题民主生活会(组织生活会)38次, 水质优良(达到或优于III类)比例):
none of the subject."""
_JOINED_CHANGE = re.compile(r"\s*[、,,]?\s*")
_INNER_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
"""A space a page left inside a word (累 计): not part of the subject."""


@dataclass(frozen=True)
class FigureMention:
    """One quantity in the text."""

    value: str
    """The number as written, with its qualifier and multiplier: 约55, 3.4万, 4000余, 不低于25."""
    unit: str
    subject: str
    """What is counted or measured, from the words around the number (may be empty)."""
    start: int
    end: int
    """Span of value and unit."""
    clause_start: int
    clause_end: int
    kind: str = "quantity"
    """quantity, or for key dates (ingest/extract/key_dates.py) period, deadline, date or milestone."""
    bound: str = ""
    """A bound written after the unit: 以上, 以下, 以内 or 左右 (90%以上)."""
    change: str = ""
    """The verb of a change written before the value and what it compares with (同比下降, 较上年提高): the value is a
    difference, not a level (ingest/extract/figure_changes.py)."""

    @property
    def text(self) -> str:
        return f"{self.value}{self.unit}{self.bound}"


def find_figures(text: str, start: int = 0, end: int | None = None,
                 tables: list[TableNumber] | None = None) -> list[FigureMention]:
    """The figures in text[start:end], in order; figures that touch (4大类19小类) are one figure. `tables`: the
    numbers of the document's tables (figure_tables.table_numbers over the whole text, since a table's header
    stands sentences before its rows); read from text[start:end] alone when not given.

    >>> [f.text for f in find_figures("共清理垃圾约3.5吨,达标率为93.3%,第60次会议,PM2.5浓度13微克/立方米")]
    ['约3.5吨', '93.3%', '13微克/立方米']
    >>> [(f.subject, f.text) for f in find_figures("交办的208件群众信访件已办结207件")]
    [('群众信访件', '208件'), ('办结', '207件')]
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int, str, str, str]] = []
    for m in _FIGURE.finditer(text, start, end):
        value = (m["q"] or "") + m["n"] + (m["mult"] or "") + (m["more"] or "")
        spans.append((m.start(), m.end(), value, m["u"], m["bound"] or ""))
    words = (ROUND, RANK, SPAN, CAPITAL, LISTED, FREQUENCY)
    for pattern in (_CN_FIGURE, _SHARE, _YEARS_LONG, _WATER_CLASS, _SCORE, _PH, _WITHIN, _POINTS, *words):
        for m in pattern.finditer(text, start, end):
            n = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9") if g in m.groupdict() and m[g])
            unit = m["u" + n[1:]]
            a = m.start(n)
            if n != "n" and _ORDINAL_LIST.search(text, max(start, a - 8), a):
                continue
            # 一座座 (one after another) and a slogan's numeral (“最后一公里”) count nothing
            if pattern is _CN_FIGURE and (text.startswith(unit[-1:], m.end()) or _in_slogan(text, a, m.end())):
                continue
            if not any(x < m.end() and a < y for x, y, *_ in spans):
                bound = m.groupdict().get("bound") or m.groupdict().get("bound6") or ""
                spans.append((a, m.end(), m[n], unit, bound))
    for a, b, value, unit in listed_counts(text, start, end):
        if not any(x < b and a < y for x, y, *_ in spans):
            spans.append((a, b, value, unit, ""))
    headed: dict[int, str] = {}  # a table's number: its column's name, by its start
    in_tables = table_numbers(text, start, end) if tables is None else [t for t in tables if start <= t[0] < end]
    for a, b, value, unit, column in in_tables:
        if any(x == a for x, *_ in spans):
            headed[a] = column
        elif not any(x < b and a < y for x, y, *_ in spans):
            spans.append((a, b, value, unit, ""))
            headed[a] = column
    spans.sort()
    merged: list[tuple[int, int, str, str, str]] = []
    for a, b, value, unit, bound in spans:
        if merged and merged[-1][1] == a and not merged[-1][4]:
            pa, _, pv, pu, _ = merged[-1]
            merged[-1] = (pa, b, f"{pv}{pu}{value}", unit, bound)
        else:
            merged.append((a, b, value, unit, bound))
    out: list[FigureMention] = []
    ranked: dict[int, str] = {}  # what each rank ranks, by its start
    for i, (a, b, value, unit, bound) in enumerate(merged):
        c0, c1 = clause_of(text, a, b, start, end)
        lo = max(c0, merged[i - 1][1]) if i else c0  # a change starts after the value before it
        turn = change_before(text, lo, a, b)  # 同比下降12.3%: what changed is the subject, not 同比下降
        change = "" if turn is None else _INNER_SPACE.sub("", text[turn:a]).strip()
        words_end = a if turn is None else turn
        label = _label(text, c0, start)
        if label in _PAGE_COUNTERS:
            continue
        upto = min(c1, merged[i + 1][0]) if i + 1 < len(merged) else c1  # the noun after a count stops at the next
        if a in headed:  # 某河 | 12.5 |: the column names what the number measures
            subject = headed[a]
        elif value.startswith("第"):  # 排名第一: what was ranked, and where
            thing, scope = rank_parts(text, c0, a)
            thing = thing or _prior(text, out, c0, ranked)
            ranked[a] = thing
            subject = f"{thing}{scope}排名" if thing or scope else label
        else:
            subject = _subject_among(text, out, words_end, b, c0, c1, upto, unit) or label
            if change and not subject and out and _JOINED_CHANGE.fullmatch(text, out[-1].end, words_end):
                subject = out[-1].subject  # 立案1015起、同比增长58.6%: the change of that count
            elif change and (not subject or _BENCHMARK.match(subject)):  # 浓度为30…,优于目标(32.9…),较2019年下降16.7%
                subject = _prior(text, out, c0, ranked) or subject
            elif _SHARE_OF.fullmatch(subject) and (whole := _prior(text, out, c0, ranked)):
                subject = f"{whole}占比"  # 河流1595条,占85.7%: the share of that count
        out.append(FigureMention(value, unit, subject, a, b, c0, c1, bound=bound, change=change))
    return respective_subjects(text, out)


def _subject_among(text: str, out: list[FigureMention], a: int, b: int, c0: int, c1: int, upto: int, unit: str) -> str:
    """The subject of a figure from its own words, else from the figures before it: the value it is listed with
    (分别超标0.8倍、0.9倍: the second exceeds as the first does), or, for a value alone in its clause, the one in
    the clause before (居民8户,共计42人)."""
    prev = out[-1] if out and out[-1].end > c0 and not _bracketed(text, out[-1], c0, a) else None
    subject = _subject(text, a, b, prev.end if prev else c0, upto, unit)
    if subject and subject not in _CONJUNCTIONS:
        return subject
    if prev and prev.unit == unit and _JOINED.fullmatch(text, prev.end, a):
        return prev.subject
    last = out[-1] if out else None
    alone = text[c0:c1].strip() == text[a:b]
    if alone and last and last.clause_end <= c0 and not any(c in _SENTENCE_ENDS for c in text[last.end:c0]):
        return last.subject
    return "" if subject in _CONJUNCTIONS else subject


_BENCHMARK = re.compile(r"(?:优于|好于|高于|低于|超过|超出|较|比)")
"""A subject that names what a value is compared with (优于年度目标): a benchmark, not what a change after it
changes."""
_SHARE_OF = re.compile(r"占(?:总数|总量|比|比例)?的?")
"""A share whose words name only 占 (占85.7%, 占总数的15.84%): of the count before it."""


def _prior(text: str, out: list[FigureMention], c0: int, ranked: dict[int, str]) -> str:
    """What the figures before, in earlier clauses of the sentence, tell of: the thing the last rank ranks, else
    the subject of the last figure (空气质量综合指数2.07,全市排名第1,全省排名第3: both ranks rank the index)."""
    earlier = []
    for f in reversed(out):
        if any(c in _SENTENCE_ENDS for c in text[f.end:c0]):
            break
        if f.clause_end <= c0:
            earlier.append(f)
    things = [ranked[f.start] for f in earlier if f.start in ranked]
    return things[0] if things else next((f.subject for f in earlier if f.subject and not _BENCHMARK.match(f.subject)), "")


def _bracketed(text: str, f: FigureMention, c0: int, a: int) -> bool:
    """True when figure `f` stands in a remark in brackets before `a` (水质优良(达到或优于III类)比例达到80%): the
    words before `a` then run across the remark."""
    opening = text.rfind("(", c0, f.start)
    return opening >= 0 and ")" not in text[opening:f.start] and ")" in text[f.end:a]


_SENTENCE_ENDS = frozenset("。;;!?\n")
_LABEL_EDGES = frozenset("((,,。;;::!?\n|、 ")
_PAGE_COUNTERS = frozenset({"浏览", "浏览量", "浏览次数", "阅读", "阅读量", "阅读次数", "点击", "点击量", "点击率", "访问量"})
"""A page's own counters (浏览:1次): no fact of the text."""


def _label(text: str, c0: int, lo: int) -> str:
    """The label of a field whose value opens the clause at `c0` (工程进展:65%, 整改时限:3个月), or ""."""
    colon = c0 - 1
    if colon < lo or text[colon] not in "::":
        return ""
    i = colon
    while i > max(lo, colon - 12) and text[i - 1] not in _LABEL_EDGES:
        i -= 1
    return text[i:colon].strip()


_SLOGAN = 8
"""The most characters between a numeral and the quotation marks of a slogan around it."""


def _in_slogan(text: str, a: int, b: int) -> bool:
    """True when text[a:b] stands inside a short quotation (打通“最后一公里”, “一河一策”)."""
    opening = text.rfind("“", max(0, a - _SLOGAN), a)
    return opening >= 0 and "”" not in text[opening:a] and text.find("”", b, b + _SLOGAN) >= 0


_SERIES_GAP = 10
"""At most this many characters between two values of one series (碰头会, / 、经营单位 / ,完成问题整改)."""
_SERIES_JOINS = frozenset(",、")
_SERIES_BREAKS = frozenset(";;。:!?\n()")


def find_series(text: str, figures: list[FigureMention]) -> list[list[FigureMention]]:
    """Runs of two or more figures with one unit, coordinated in one sentence: 提出问题1152条,完成整改1093条.

    Such a run is one statement with several values (raised / fixed, producers / operators), which a reader
    compares as a whole. Values in different units, or far apart, are separate statements.

    >>> t = "2次碰头会,3次听取汇报,出动2238人次"
    >>> [[f.text for f in run] for run in find_series(t, find_figures(t))]
    [['2次', '3次']]
    """
    runs: list[list[FigureMention]] = []
    run: list[FigureMention] = []
    for f in figures:
        prev = run[-1] if run else None
        if prev is not None and f.kind == prev.kind == "quantity" and f.unit == prev.unit and _coordinated(text[prev.end:f.start]) \
                and not f.value.startswith("第") and not prev.value.startswith("第"):
            run.append(f)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [f]
    if len(run) > 1:
        runs.append(run)
    return runs


def _coordinated(gap: str) -> bool:
    joins = sum(c in _SERIES_JOINS for c in gap)
    return len(gap) <= _SERIES_GAP and joins == 1 and not any(c in _SERIES_BREAKS for c in gap)


def clause_of(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause (between commas, semicolons, stops) holding text[a:b], within text[lo:hi]."""
    c0 = a
    while c0 > lo and not _ends_clause(text, c0 - 1):
        c0 -= 1
    c1 = b
    while c1 < hi and not _ends_clause(text, c1):
        c1 += 1
    while c0 < c1 and text[c0].isspace():
        c0 += 1
    return c0, c1


_CLOCK = re.compile(r"(?<=\d):\s?\d")
"""A colon between digits writes a time of day (15:57, 11: 05 with a page's stray space), not a clause mark."""


def _ends_clause(text: str, i: int) -> bool:
    """A clause mark ends a clause; a question mark only alone, since a run of them (??口市) is a page's lost
    characters, not a question; a colon only outside a time of day (发布时间:2024-06-27 15:57)."""
    if text[i] == "?":
        return text[i - 1:i] != "?" and text[i + 1:i + 2] != "?"
    if text[i] == ":" and _CLOCK.match(text, i):
        return False
    return text[i] in _CLAUSE_STOP


_SPANS = frozenset({"个月", "天", "小时", "周年", "年"})
"""Units of time: what lasts that long is named after 的 (为期3个月的专项行动)."""


SUBJECT_MOST = 24
"""The most characters of a subject: enough for a body and what it counts (某督察组转办的第三批信访举报件)."""
_WORD_ENDS = frozenset("、,,的了对向在将把和与及并 ")
"""Where a subject may be cut: after a particle, a preposition or a conjunction, never inside a name."""


def clip(words: str, keep_end: bool = False, most: int = SUBJECT_MOST) -> str:
    """At most `most` characters of `words`, cut where a word ends when one stands in the half that would be cut
    into: the end is kept of the words before a number, the start of the clause after a date.

    >>> clip("海南省第五生态环境保护督察组对儋州市开展了生态环境保护督察")
    '海南省第五生态环境保护督察组对儋州市开展'
    >>> clip("中央第二生态环境保护督察组向我市转办的第九批信访举报件", keep_end=True)
    '我市转办的第九批信访举报件'
    """
    if len(words) <= most:
        return words
    if keep_end:
        part = words[-most:]
        ends = [i for i, c in enumerate(part[: most // 2]) if c in _WORD_ENDS or c == "年"]  # not inside 2019年
        return part[ends[0] + 1:] if ends else part
    part = words[:most]
    ends = [i for i, c in enumerate(part) if c in _WORD_ENDS and i >= most // 2]
    return part[: ends[-1]] if ends else part


def _cell(before: str) -> str:
    """The words before a value within its cell of a flattened table; for a value that fills its cell
    (污水处理厂 | 2.5万吨/日 |), the cell before it when that names something rather than holds a value."""
    if "|" not in before:
        return before
    *cells, own = before.split("|")
    if own.strip():
        return own
    prior = next((c.strip() for c in reversed(cells) if c.strip()), "")
    return "" if len(prior) < 2 or any(ch.isdigit() for ch in prior) else prior


def _subject(text: str, a: int, b: int, c0: int, c1: int, unit: str = "") -> str:
    """The noun a classifier counts (36项巡视反馈问题事项), else the words before the number (达标率为93.3%).

    `c0` is where the words before may start: the clause start, or the end of the previous figure in it.
    """
    after = text[b:c1]
    if after.startswith("的") and unit in _SPANS:  # 为期4个月的联合行动
        after = after[1:]
    masked = _QUOTED.sub(lambda q: "名" * len(q[0]), after)
    stop = _SUBJECT_STOP.search(masked)
    noun = after[: stop.start()] if stop else after
    if len(noun) >= 2 or noun and noun not in _NOT_NOUNS and not (stop and after[stop.start()].isdigit()):
        return clip(noun)  # 8个村, 4个区(市)
    before = _cell(_INNER_SPACE.sub("", text[c0:a]))
    if before.rstrip().endswith("("):  # 优于年度目标(32.9微克/立方米): what the bracket gives the value of
        before = before.rstrip()[:-1]
    start = _FROM.search(before)
    if start and before[: start.start()].strip() and _CHANGES.match(text, b, c1):
        before = before[: start.start()]
    before = _TAIL_WORDS.sub("", _REMARK.sub("", before.strip()) or before.strip())  # first: 合计 and 累计 are no cut
    cuts = list(_BEFORE_CUT.finditer(before))
    while cuts:
        cut = cuts.pop()
        after = _TAIL_WORDS.sub("", before[cut.end():].strip())
        if not after and cut.group() == "等":  # 辽宁、广西等6省: the places listed are what is counted
            opening = max((c.end() for c in cuts if c.group() != "、"), default=0)
            listed = before[opening: cut.start()].strip()
            if "、" in listed:
                after = listed
        if after or not _BRIDGE.fullmatch(cut.group()):
            before = after
            break
        before = _TAIL_WORDS.sub("", before[: cut.start()].strip())
    return _LEAD_WORDS.sub("", clip(before, keep_end=True))
