"""Figures written in words that a count of digits misses: round numbers (百余人次, 千余份, 近百家, 数十家), ranks
(排名全省第一, 位居全市第3名) and spans of time (为期一个月, 用三个月时间).

Round numbers are counts a report gives when it does not count exactly; a rank is how a body or a river was
assessed against others, which a researcher compares across reports; a span tells how long an action ran.
Each pattern names its value `n` and its unit `u`, as the patterns of ingest/extract/figures.py do.
"""

from __future__ import annotations

import re

ROUND = re.compile(
    r"(?<![一二两三四五六七八九十百千万\d])(?P<n>[百千万]余|数[十百千万]余?|(?:近|逾|超)[百千万]余?)"
    r"(?P<u>人次|家次|户次|车次|台次|船次|辆次|艘次|人|名|家|户|份|件|起|条|个|处|次|场|吨|公斤|千克|亩|平方米|米|公里|株|棵)"
    r"(?![\u4e00-\u9fff]{0,1}?(?:计|划))"
)
"""A round number before a classifier (百余人次, 近千份); a bare 百 or 千 must carry 余, 近, 逾, 超 or 数, so
千家万户 and 百家争鸣 stay words, and 上百米 stays a vague hundred."""
RANK = re.compile(
    r"(?:排名|排位|排序|位列|位居|名列|居|获评|评为|列)(?:全国|全省|全区|全市|全县|全州|同类|各[省市县区])?"
    r"(?P<n>第[一二三四五六七八九十]{1,3}|第\d{1,3})(?P<u>名|位|)(?![\u4e00-\u9fff]{0,1}(?:批|次|轮|届|季度|期|条|款|项|章|节))"
)
"""A rank after the verb that assigns it (在全市排名第一, 位居全省第3名); 第一批 and 第二轮 are ordinals, no ranks."""
_RANK_VERB = re.compile(r"(?:在(?:全国|全省|全区|全市|全县|[^在,,;;。]{0,6}))?(?:排名|排位|排序|位列|位居|名列|居|获评|评为|列)")
_LEADING_TIME = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|上半年|下半年|全年|去年|今年|本年度?)+")

SPAN = re.compile(
    r"(?:(?<=长达|历时|持续|为期|时隔|用时)|(?<=用)(?=[^,,;;。]{1,6}时间))"
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<u>个月|个工作日|周|天|年)(?![\d度底末初前内多余])"
)
"""How long something ran (为期一个月的专项行动, 用三个月时间完成整治, 历时两年): the unit is one of time only after
a word of duration; 用 only before the 时间 it measures. A vague span (历时两年多) is none."""


def rank_subject(text: str, c0: int, a: int) -> str:
    """What was ranked: the words of the clause before the verb of ranking and where it was ranked
    (2022年河湖长制考核在全市排名第一 → 河湖长制考核)."""
    before = text[c0:a]
    verb = None
    for verb in _RANK_VERB.finditer(before):
        pass
    words = before[: verb.start()] if verb else before
    return _LEADING_TIME.sub("", words.strip()).strip(" ,,的")
