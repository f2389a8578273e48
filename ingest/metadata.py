"""Document metadata read from the text: title, issuer, date and document number.

Chinese official documents put the issuing unit and the title at the head (海南省生态环境厅 / 关于…的公告), a
document number near it (琼环函〔2022〕7号, 2022年第8号), and a signature block at the end: the issuing unit on
one line and the date (2023年5月24日, or 二〇二三年五月二十四日) on the last. Web pages add 来源: and 发布时间:
lines, used when the text has no signature block.
"""

from __future__ import annotations

import re

from .extract.date_stamps import STAMP
from .extract.dates import CN_DATE, cn_number, cn_year
from .outline import Section

_ORGAN = re.compile(r"(?:厅|局|委员会|委|政府|办公室|办公厅|部|院|中心|小组|组|会|处|署|所|站|公司|集团|党组|支队|大队|分局)$")
_DOC_KINDS = ("公告", "通知", "报告", "通报", "方案", "意见", "办法", "决定", "规划", "计划", "函", "批复", "规定",
              "细则", "纲要", "情况", "公示", "清单", "要点", "总结", "决议", "条例", "说明")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,4}\s*号|(?:19|20)\d{2}\s*年第\s*\d{1,4}\s*号")
_SOURCE = re.compile(r"(?:来源|发布机构|发文机关|来源单位)\s*[::]\s*([^\s|]{2,30})")
# A label for the publication date; the time a page was viewed (现在时间是) is not one.
_PUBLISHED = re.compile(r"(?<!现在)(?:发布|發布|发文|發文|成文|印发|更新)?(?:时间|時間|日期)\s*[::][\s|]*")
_SOURCE_LINE = re.compile(r"(?:来源|來源|作者)\s*[::]")
_HEAD_LINES = 12
_HEADLINE_LINES = 6
# Page furniture in a line: a location path, menu separators, a field label, a home-page link, a site's name;
# a comma makes a sentence (a share widget's 微信里点…,扫一下), not a headline.
_FURNITURE = re.compile(r"[>»|｜,，]|首页|首頁|位置[:：]|网$|网站$|(?:来源|來源|编辑|編輯|作者|标签|發布|发布|索引|主题|发文|日期|时间|時間|浏览|点击)"
                        r"[^:：]{0,4}[:：]")
_TAIL_LINES = 8
_MAX_TITLE = 80


def find_metadata(text: str, outline: list[Section], declared_title: str = "") -> dict[str, str]:
    """Title, issuer, date (ISO) and number found in the text; keys with nothing found are left out.

    >>> find_metadata("海南省某某厅\\n关于整改情况的公告\\n正文。\\n海南省某某厅\\n2023年5月24日", [])
    {'title': '海南省某某厅关于整改情况的公告', 'issuer': '海南省某某厅', 'date': '2023-05-24'}
    """
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    head_end = outline[0].start if outline else None
    head = lines[:_HEAD_LINES] if head_end is None else [ln.strip() for ln in text[:head_end].split("\n") if ln.strip()][:_HEAD_LINES]
    meta: dict[str, str] = {}
    title, head_issuer = _title(head)
    title = title or declared_title or _headline(head)
    if title:
        meta["title"] = title
    issuer, date = _signature(lines[-_TAIL_LINES:])
    issuer = issuer or head_issuer or _source(head)
    date = date or _published(head)
    if issuer:
        meta["issuer"] = issuer
    if date:
        meta["date"] = date
    number = _number(head) or _number(lines[-_TAIL_LINES:])
    if number:
        meta["number"] = number
    return meta


def _title(head: list[str]) -> tuple[str, str]:
    """(title, issuer named above it) from the lines before the first heading."""
    for k, ln in enumerate(head):
        if len(ln) > _MAX_TITLE or _DATE.fullmatch(ln) or _NUMBER.fullmatch(ln) or _menu(ln):
            continue
        if ln.startswith("关于") or ("关于" in ln and ln.endswith(_DOC_KINDS)) or ln.endswith(("公告", "通知", "报告", "通报")):
            title = ln
            if k + 1 < len(head) and not ln.endswith(_DOC_KINDS) and head[k + 1].endswith(_DOC_KINDS) \
                    and len(ln + head[k + 1]) <= _MAX_TITLE:
                title += head[k + 1]
            prev = head[k - 1] if k else ""
            if ln.startswith("关于") and prev and len(prev) <= 30 and _ORGAN.search(prev):
                return prev + title, prev
            return title, ""
    return "", ""


def _headline(head: list[str]) -> str:
    """The first of the opening lines that reads as a headline: what an excerpt without the usual title forms is
    called. Web pages open with furniture (您的位置:首页>…, 编辑: … | 2019-07-11, menus, image marks, mojibake), so
    a headline is short, mostly Chinese, not a sentence, and carries no path, field label or menu separators."""
    for line in head[:_HEADLINE_LINES]:
        chinese = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
        if len(line) > 40 or chinese < 6 or chinese < 0.6 * len(line.replace(" ", "")):
            continue
        if line.endswith(("。", ",", ";", ":")) or _FURNITURE.search(line) or _menu(line):
            continue
        return line
    return ""


def _menu(line: str) -> bool:
    """A site's menu: three or more short items in a row (关于本站 管理团队 版权申明 …)."""
    items = line.split()
    return len(items) > 2 and max(map(len, items)) <= 8


def _signature(tail: list[str]) -> tuple[str, str]:
    """(issuer, ISO date) from a signature block: a date alone on one of the last lines, units above it."""
    for k in range(len(tail) - 1, -1, -1):
        iso = _line_date(tail[k])
        if not iso:
            continue
        units = []
        j = k - 1
        while j >= 0 and len(tail[j]) <= 30 and _ORGAN.search(tail[j]) and not re.search(r"[。,,;;::]", tail[j]):
            units.insert(0, tail[j])
            j -= 1
        return "、".join(units), iso
    return "", ""


def _line_date(line: str) -> str:
    """The ISO date when a line holds only a date (maybe in brackets)."""
    core = line.strip(" ()()")
    m = _DATE.fullmatch(core) or _ISO_DATE.fullmatch(core)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = CN_DATE.fullmatch(core)
    if m and m["d"]:
        return _iso(cn_year(m["y"]), cn_number(m["m"]), cn_number(m["d"]))
    return ""


def _published(head: list[str]) -> str:
    """A date in the head: a 发布时间: line, or a line that is only a date."""
    for ln in head:
        p = _PUBLISHED.search(ln)
        if p:
            rest = ln[p.end():]
            m = _ISO_DATE.match(rest) or _DATE.match(rest)
            if m:
                return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        iso = _line_date(ln) or _stamp(ln)
        if iso:
            return iso
        for m in re.finditer(r"[((]([^()()]{6,14})[))]", ln):
            iso = _line_date(m.group(1))
            if iso:
                return iso
    return ""


def _stamp(line: str) -> str:
    """A page's unlabelled date: a date with its time (2023-08-29 10:51:04), or on the line of the page's source."""
    stamp = STAMP.search(line)
    m = stamp and (_ISO_DATE.fullmatch(re.sub(r"\s+", "", stamp["d"])) or _DATE.fullmatch(stamp["d"]))
    if m is None and _SOURCE_LINE.search(line):
        m = _ISO_DATE.search(line) or _DATE.search(line)
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else ""


def _source(head: list[str]) -> str:
    for ln in head:
        m = _SOURCE.search(ln)
        # a page's address or the site itself (本站) names no issuer
        if m and not m.group(1).startswith(("http", "www.", "本站", "本网")):
            return m.group(1)
    return ""


def _number(lines: list[str]) -> str:
    """A document number opening a line (or after a space, in flattened text); numbers cited in sentences are not it."""
    for ln in lines:
        for m in _NUMBER.finditer(ln):
            if m.start() == 0 or ln[m.start() - 1].isspace():
                return re.sub(r"\s+", "", m.group(0))
    return ""


def _iso(year: int, month: int, day: int) -> str:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"
