"""Figures written in words that a count of digits misses: round numbers (百余人次, 千余份, 近百家, 数十家), sums in
the numerals of finance (罚款陆拾万元), ranks (排名全省第一, 位居全市第3名), spans of time (为期一个月, 用三个月时间)
and frequencies (每月巡河不少于一次).

Round numbers are counts a report gives when it does not count exactly; a rank is how a body or a river was
assessed against others, which a researcher compares across reports; a span tells how long an action ran.
Each pattern names its value `n` and its unit `u`, as the patterns of ingest/extract/figures.py do.
"""

from __future__ import annotations

import re

ROUND = re.compile(
    r"(?<![一二两三四五六七八九十百千万\d])(?P<n>[十百千万][余多]|数[十百千万]余?|(?:近|逾|超)[百千万]余?)"
    r"(?P<u>人次|家次|户次|车次|台次|船次|辆次|艘次|人|名|家|户|份|件|起|条|个|处|次|场|吨|公斤|千克|亩|平方米|米|公里|株|棵)"
    r"(?![\u4e00-\u9fff]{0,1}?(?:计|划))"
)
"""A round number before a classifier (百余人次, 十多家, 近千份); a bare 十, 百 or 千 must carry 余, 多, 近, 逾, 超 or 数, so
千家万户 and 百家争鸣 stay words, and 上百米 stays a vague hundred."""
CAPITAL = re.compile(r"(?<![壹贰叁肆伍陆柒捌玖拾佰仟])(?P<n>[壹贰叁肆伍陆柒捌玖][壹贰叁肆伍陆柒捌玖拾佰仟万零]{0,7})(?P<u>万元|元)")
"""A sum in the numerals of finance (罚款陆拾万元), as penalty decisions write them so that no digit can be altered."""
RANK = re.compile(
    r"(?:排名|排位|排序|位列|位居|名列|居|获评|评为|列)(?:全国|全省|全区|全市|全县|全州|同类|各[省市县区])?"
    r"(?P<n>第[一二三四五六七八九十]{1,3}|第\d{1,3})(?P<u>名|位|)(?![\u4e00-\u9fff]{0,1}(?:批|次|轮|届|季度|期|条|款|项|章|节))"
)
"""A rank after the verb that assigns it (在全市排名第一, 位居全省第3名); 第一批 and 第二轮 are ordinals, no ranks."""
_RANK_WORDS = re.compile(
    r"(?P<thing>.*?)(?P<scope>在[^在,,;;。]{0,12}?|全国|全省|全区|全市|全县|全州)?"
    r"(?:排名|排位|排序|位列|位居|名列|居|获评|评为|列)(?P<after>全国|全省|全区|全市|全县|全州|同类|各[省市县区])?$",
    re.S,
)
_LEADING_TIME = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|上半年|下半年|全年|去年|今年|本年度?)+")

SPAN = re.compile(
    r"(?:(?<=长达|历时|持续|为期|时隔|用时)|(?<=用)(?=[^,,;;。]{1,6}时间))"
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<u>个月|个工作日|周|天|年)(?![\d度底末初前内多余])"
)
"""How long something ran (为期一个月的专项行动, 用三个月时间完成整治, 历时两年): the unit is one of time only after
a word of duration; 用 only before the 时间 it measures. A vague span (历时两年多) is none."""


def rank_parts(text: str, c0: int, a: int) -> tuple[str, str]:
    """(what was ranked, where) from the words of the clause before a rank at `a`
    (2022年河湖长制考核在全市排名第一 → 河湖长制考核, 在全市); what was ranked may be left to the clause before
    (空气质量综合指数2.07,全市排名第1 → "", 全市).

    >>> rank_parts("2022年河湖长制考核在全市排名第一", 0, 16)
    ('河湖长制考核', '在全市')
    """
    m = _RANK_WORDS.match(text[c0:a].strip())
    if not m:
        return "", ""
    thing = _LEADING_TIME.sub("", m["thing"].strip()).strip(" ,,的")
    return thing, m["scope"] or m["after"] or ""

LISTED = re.compile(
    r"“(?=[^“”]{1,40}?、)[^“”,,;;。]{3,60}”"
    r"(?P<n>[二两三四五六七八九十])(?P<u>个|项|条|类)(?=[\u4e00-\u9fff])"
)
"""The count of what a quoted list names (按“清理、选址、搬迁”三个环节): the items are listed with 、 inside the quote,
and the number after it counts them; a quoted slogan without a list (“两个维护”) is none."""

FREQUENCY = re.compile(
    r"每(?:日|天|周|旬|月|季度?|半年|年)[^,,;;。\d一二两三四五六七八九十]{0,6}?"
    r"(?P<n>(?:不少于|不低于|至少|不得少于|不超过|最多)?[一二两三四五六七八九十]{1,3})(?P<u>次)"
)
"""How often a duty is done (县级河长每月巡河不少于一次, 每季度至少开展两次): a limit a rule sets, which a researcher
compares across rules; the words after 每 name the period, the duty stands before the count."""
