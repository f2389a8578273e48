"""The outline: numbered headings and the sections they open, and the 一是/二是 items inside paragraphs.

Markers, by level (after normalization, so full-width brackets and ．are already ASCII):
1 一、  2 (一)  3 1. 1、  4 (1)  5 ①, each optionally followed by a space.

A heading is a line that starts with a marker and carries a short title. The title runs to the end of the line
or to the first 。 (a run-in heading: title and body on one line), and stops at a colon a sentence follows (a label
and its body: 某河整治进展情况:工程已完工,…). Two kinds of numbered line are not headings:
a full sentence that ends in 。 and opens no body of its own (its next line is another item at its level or
above: a list of findings, not a section), with the sentences of its level that follow it in the same list, and
a title too long to be one. Those list decisions, which need a line's neighbours, are in outline_lists.

Text flattened from a PDF can hold a whole page on one line. There a marker may also follow a space in mid-line;
it counts only when its number continues the sequence of its level, and its title stops at the next space. A page
that lost its line breaks runs a heading into the sentence before it (…工作。(二)聚焦…) or the colon announcing
the outline (报告如下:一、…), or puts it after the document's title and a space; such a marker counts when its
number continues the outline so far. Such a page may run the body into the title too (二、工作进展为加强…): the
title ends on the noun titles end on, where the body opens on its basis, aim, time or subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .extract.problem_headings import label_kind
from .outline_lists import headings, is_full_sentence, opens_list
from .outline_markers import CN, CN_DIGITS, MARKERS, SENTENCE_END, VISIBLE, Section, number

_MAX_TITLE = 60
_FLAT_LINE = 200
"""A line longer than this may be flattened (a PDF page on one line): markers after a space are looked for."""
_SPACE = re.compile(r"\s")
_MID_LINE = re.compile(rf"(?<=\s)(?:[{CN}]{{1,3}}、|\([{CN}]{{1,3}}\))")
_CLAUSE_MARK = re.compile(r"[,,;;]")
_PROSE = re.compile(r"[,,;;。]")
"""Clause or sentence punctuation: text holding any is prose, not a title."""
_QUOTED = re.compile(r"“[^”]*”")
_LONG_TITLE = 30
"""A title longer than this with two clause marks reads as a sentence."""
_FILE_EXTENSION = re.compile(r"(?i)(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|html?|txt|zip|rar)\b")
_ITEM = re.compile(rf"(?:^|(?<=[。;;,,::\s]))([{CN_DIGITS}])是")
_BEFORE_TITLE = " \u3000\t?"
"""Skipped between a marker and its title: spaces, and the ? a page saved in a legacy code page prints for a
non-breaking space (1.?编号8:…)."""
_NO_TITLE_START = ",,、.。):;〕】》」』”’"
"""A title never opens with closing or clause punctuation: a number before it (2、〕7号,将…) is a page number of
a document viewer or a fragment of a reference cut in two, not a marker."""
_AFTER_STOP = re.compile(rf"(?:(?<=[。:])|(?<=[ \u3000\t]))[ \u3000\t]*"
                         rf"(?P<marker>[{CN}]{{1,3}}、|\([{CN}]{{1,3}}\)|\d{{1,2}}、)"
                         r"|(?<=[\u4e00-\u9fff])(?P<glued>一、)")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_NESTED_LIST = re.compile(r"(?<=[\u4e00-\u9fff])(?:\(一\)|1、|\(1\))")
"""The first item of a deeper list run into the title before it (主要做法和成效1、领导重视,责任明确。)."""
_AFTER_STOP_TITLE = 30
_BODY_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d年[,,]")
_YEAR_AFTER = 4
"""A title before a body that opens with its year has at least this many characters."""
_BODY_OPENER = (r"(?:根据|按照|依据|依照|对照|围绕|结合|通过|为了|为[加进切确全推落保提做巩深]|截至|截止|今年|近年来|目前"
                r"|我[镇乡县区市省局街委厅办]|各[村镇乡县区市级部单]|[xX]{2})")
"""How a body opens: on its basis (根据, 按照), its aim (为加强), its time (截至, 今年) or its subject (我镇, 各村)."""
_BODY_OPENS = re.compile(r"(?<=情况|进展|问题|成效|做法|措施|目标|要求|任务|原则|思想|计划|水平|职责|管理|机制|体系|保障)"
                         r"[ \u3000]*" + _BODY_OPENER)
"""A body run into its title with no stop between them (二、工作进展为加强…, (二)履行巡河职责根据…): the title
ends on a noun section titles end on, and the body opens as bodies do, at once or after a space. A line that
itself opens that way (1、按照文件要求我乡成立…) is a sentence, not a title."""
_OPENS_BODY = re.compile(_BODY_OPENER)
_CHUNK_NUMBER = re.compile(r"(\d{1,2})、")
_CHUNK_END = tuple("。!?;:”’)》")
_INNER_MARKER = re.compile(rf"\s+(?P<marker>[{CN}]{{1,3}}、|\([{CN}]{{1,3}}\)|\d{{1,2}}(?:\.(?!\d)|、)|\(\d{{1,2}}\))")
_RUN_IN_ITEMS = re.compile(r"(?<=[\u4e00-\u9fff])一是")


@dataclass(frozen=True)
class Item:
    """One 一是 / 二是 item of a paragraph: from its marker to the next item or the paragraph's end."""

    marker: str
    start: int
    end: int
    section: int | None
    """Index of the section the item stands in."""


def parse_outline(text: str) -> list[Section]:
    """Find the headings of `text` in order, with their levels, spans and parents.

    >>> [(s.level, s.marker, s.title) for s in parse_outline("一、总体要求\\n(一)加强领导。各地要落实。")]
    [(1, '一、', '总体要求'), (2, '(一)', '加强领导。')]
    """
    candidates: list[tuple[Section, bool]] = []
    chunks = _viewer_chunks(text)
    list_openers: list[tuple[int, int]] = []
    """(offset, level) of numbered sentences too long to be headings that open a list (see opens_list)."""
    seq: dict[int, int] = {}
    """The numbers the candidates so far end on, per level (see _advance): kept as they come, not recounted."""

    def add(s: Section, full: bool) -> None:
        candidates.append((s, full))
        _advance(seq, s)

    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        first = len(candidates)
        before = dict(seq)
        found = _heading_at(text, line_start + lead, line_start + len(line), flat=False)
        if found and found.start in chunks:
            found = None
        elif found:
            add(found, is_full_sentence(found))
            if nested := _nested_heading(text, found, line_start + len(line)):
                add(nested, False)
        elif (level := opens_list(text, line_start + lead, line_start + len(line))) is not None:
            list_openers.append((line_start + lead, level))
        if len(line) > _FLAT_LINE:
            for s in _mid_line_headings(text, line_start, line_start + len(line), found, before):
                add(s, False)
        on_line = [c for c, _ in candidates[first:]]
        prev = candidates[-1][0] if candidates else None
        for s in _headings_after_stops(text, line_start, line_start + len(line), on_line, prev, dict(seq)):
            add(s, False)
    candidates.sort(key=lambda c: c[0].start)
    sections = headings(candidates, list_openers, text)
    for s in sections:  # only once a line is known to be a heading: its whole line told whether it is one
        _end_at_colon_body(text, s)
    _close(sections, len(text))
    return sections


def in_heading(outline: list[Section], pos: int) -> bool:
    """Whether `pos` stands in a heading's marker or title (`outline` as parse_outline returns it, by start)."""
    k = bisect_right(outline, pos, key=lambda s: s.start) - 1
    return k >= 0 and pos < outline[k].title_end


def parse_items(text: str, sections: list[Section]) -> list[Item]:
    """The 一是 / 二是 ... items: runs numbered from 一是 on, in one paragraph or on consecutive lines, with no
    heading between them. An item ends where the next begins; the last at the end of its line.

    >>> t = "加强监管。一是完善制度;二是严格执法。"
    >>> [(i.marker, t[i.start:i.end]) for i in parse_items(t, [])]
    [('一是', '一是完善制度;'), ('二是', '二是严格执法。')]
    """
    heads = [s.start for s in sections]  # in text order
    items: list[Item] = []
    run: list[re.Match[str]] = []
    for m in _ITEM.finditer(text):
        n = CN_DIGITS.index(m.group(1))
        continues = run and n == len(run) and bisect_right(heads, run[-1].start()) == bisect_right(heads, m.start())
        if not continues:
            items.extend(_run_items(text, run, heads))
            run = [m] if n == 0 else []
        else:
            run.append(m)
    items.extend(_run_items(text, run, heads))
    return items


def _run_items(text: str, run: list[re.Match[str]], heads: list[int]) -> list[Item]:
    if len(run) < 2:
        return []
    out = []
    for k, m in enumerate(run):
        end = run[k + 1].start() if k + 1 < len(run) else _line_end(text, m.start())
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        section = bisect_right(heads, m.start()) - 1
        out.append(Item(m.group(0), m.start(), end, section if section >= 0 else None))
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _viewer_chunks(text: str) -> set[int]:
    """Offsets of the numbers a document-sharing site puts before each chunk of a document it shows in pieces
    (1、…组织制定落实河长制工\n2、作重要政策措施…): a numbered line that continues the word at which the long
    numbered line before it broke off. Both numbers are the viewer's, not markers."""
    out: set[int] = set()
    prev: tuple[int, int, str] | None = None
    """(offset, number, text) of the last line with visible text, its number 0 when it has none."""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos + len(line) - len(line.lstrip()), pos + len(line) + 1
        body = line.strip()
        if not body:
            continue
        m = _CHUNK_NUMBER.match(body)
        n = int(m[1]) if m else 0
        if n and prev and prev[1] == n - 1 and len(prev[2]) > _FLAT_LINE and not prev[2].endswith(_CHUNK_END):
            out.update((prev[0], start))
        prev = (start, n, body)
    return out


def _heading_at(text: str, start: int, line_end: int, flat: bool) -> Section | None:
    """The heading whose marker starts at `start`, if the text there reads as one."""
    for level, pattern in MARKERS:
        m = pattern.match(text, start, line_end)
        if not m:
            continue
        t0 = m.end()
        if m.group(0).endswith(")") and text.startswith("、", t0):  # (一)、加强领导: a 、 doubling the bracket
            t0 += 1
        while t0 < line_end and text[t0] in _BEFORE_TITLE:
            t0 += 1
        window = min(line_end, t0 + _MAX_TITLE + 1)  # a title is short: never scan a long line for its end
        stop = text.find("。", t0, window)
        t1 = stop + 1 if stop >= 0 else line_end
        if flat:
            space = _SPACE.search(text, t0, window)
            if space and space.start() < t1:
                t1 = space.start()
        t1 = _before_inner_list(text, level, t0, t1)
        year = _BODY_YEAR.search(text, t0 + _YEAR_AFTER, min(t1, t0 + _MAX_TITLE))
        if year:  # (二)治理修复情况2020年,全区…: the body opens with its year right after the title
            t1 = year.start()
        opens = _BODY_OPENS.search(text, t0 + 2, min(t1, t0 + _MAX_TITLE))
        if opens and not _OPENS_BODY.match(text, t0):
            t1 = opens.start()
        while t1 > t0 and text[t1 - 1].isspace():
            t1 -= 1
        if t1 == t0 or t1 - t0 > _MAX_TITLE or text[t0] in _NO_TITLE_START or _reads_as_sentence(text[t0:t1]):
            return None
        if _open_bracket(text[t0:t1]):
            return None
        if level == 3 and _FILE_EXTENSION.match(text, t0, t1):  # 1.jpg, an image's file name under a photo
            return None
        run_in = VISIBLE.search(text, t1, line_end) is not None
        return Section(level, m.group(0), text[t0:t1], start, t0, t1, len(text), run_in=run_in)
    return None


def _before_inner_list(text: str, level: int, t0: int, t1: int) -> int:
    """Where a title stops before a list run into it: a deeper heading's first marker after a space (一、主要工作
    (一)强化管控) or right after the title's last character (取得的工作成效(一)水体环境保持稳定。), or a run of
    一是 / 二是 items (工作开展情况一是召开会议。二是…)."""
    for m in _INNER_MARKER.finditer(text, t0, t1):
        inner = next((lv for lv, pattern in MARKERS if pattern.fullmatch(m["marker"])), 0)
        if inner > level and number(m["marker"]) == 1:
            return m.start()
    glued = _NESTED_LIST.search(text, t0 + 2, t1)
    if glued and next(lv for lv, pattern in MARKERS if pattern.fullmatch(glued[0])) > level \
            and _IDEOGRAPH.match(text, glued.end()):
        return glued.start()
    item = _RUN_IN_ITEMS.search(text, t0, t1)
    if item and item.start() > t0 + 1 and "二是" in text[item.end():_line_end(text, item.end())]:
        return item.start()
    return t1


def _end_at_colon_body(text: str, s: Section) -> None:
    """End a title before a body run in after a colon (一、某河整治进展情况:工程已完工,水质达标。): the label
    before the colon is the title when what follows it is a sentence of clauses. A colon followed by a name or a
    phrase without clause marks (编号8:加强入湖河流整治) stays in the title; so does one inside brackets or quotes
    (排污许可证(编号:…)), and the finding a finding's label announces (问题一:X,Y): the finding is what the
    section is about."""
    depth = 0
    for i in range(s.title_start + 2, s.title_end):
        ch = text[i]
        if ch in "(“《":
            depth += 1
        elif ch in ")”》":
            depth = max(depth - 1, 0)
        elif ch == ":" and depth == 0 and not (text[i - 1].isdigit() and text[i + 1:i + 2].isdigit()):  # 9:30
            if _CLAUSE_MARK.search(_QUOTED.sub("", text[i + 1:s.title_end])) \
                    and label_kind(text[s.title_start:i]) != "finding":
                s.title, s.title_end, s.run_in = text[s.title_start:i], i, True
            return


def _mid_line_headings(text: str, a: int, b: int, first: Section | None, before: dict[int, int]) -> list[Section]:
    """Headings after a space inside a flattened line, kept only when their numbers run 一, 二, 三 ... A document
    viewer cuts a flattened document into several such lines, so a number not yet seen at its level in the line may
    also continue the outline of the lines before ((一) at the end of one line, (二) in the next), unless a heading
    above its level in the line opened a new list. `before` is the outline's sequence (_advance) before the line."""
    last: dict[int, int] = {}
    """Per level, the number of the line's last heading there since its last heading above it."""
    if first and first.level <= 2:
        last[first.level] = number(first.marker)
    out: list[Section] = []
    for m in _MID_LINE.finditer(text, a, b):
        s = _heading_at(text, m.start(), b, flat=True)
        if s is None or s.start == (first.start if first else -1):
            continue
        n = number(s.marker)
        if s.level in last or n == 1:
            if n != last.get(s.level, 0) + 1:
                continue
        elif any(lv < s.level for lv in last) or n != before.get(s.level, 0) + 1:
            continue
        last[s.level] = n
        for deeper in [lv for lv in last if lv > s.level]:
            del last[deeper]
        out.append(s)
    return out


def _headings_after_stops(text: str, a: int, b: int, on_line: list[Section], prev: Section | None,
                          seq: dict[int, int]) -> list[Section]:
    """Headings in mid-line right after a 。, where a page lost its line breaks and runs a section's last sentence
    into the next heading (…开展整治工作。(二)聚焦设施建管,补齐短板。), or the colon that announces the outline
    (现将有关情况报告如下:一、基本情况…), or after a space behind a title or a heading
    on a short line (某县河长制工作总结 一、工作开展情况). A marker there counts only when its number continues the
    sequence of its level in the outline so far (a list's first number only right under the heading before it),
    its title is short and a body follows rather than the next item of its list. A first item of a deeper list run
    into the title (成效1、领导重视…) ends the title and is a heading too. An outline's first 一、 may even be glued
    to the document's title (…工作计划一、主要工作开展情况(一)主要指标完成情况。) when its own first item is glued
    to its title in turn: two lists opening at once are an outline, not prose (统一、规范). `seq` is the outline so
    far as the numbers it ends on (_advance), a copy this function advances; `on_line` the candidates already found
    on the line, and `prev` the last candidate. The outline is never recounted here: for each line, that is
    quadratic."""
    if not _AFTER_STOP.search(text, a, b):
        return []
    taken = {s.start for s in on_line}
    out: list[Section] = []
    for m in _AFTER_STOP.finditer(text, a, b):
        glued = m["glued"] is not None
        start = m.start("glued" if glued else "marker")
        if start in taken or (prev is not None and prev.start <= start < prev.title_end) or glued and 1 in seq:
            continue
        spaced = not glued and text[m.start() - 1] not in "。:"
        if spaced and (b - a > _FLAT_LINE or len(_IDEOGRAPH.findall(text, a, m.start())) < 2
                       or _PROSE.search(text, a, m.start())):
            continue  # a long line is a flattened page, read apart; a title or heading before the space, not prose
        s = _heading_at(text, start, b, flat=spaced)
        if s is None or _counts_on(text, s) or not _continues(s, seq, prev):
            continue
        nested = _nested_heading(text, s, b)
        if s.title_end - s.title_start > _AFTER_STOP_TITLE or _next_item_follows(text, s, b) or glued and not nested:
            continue
        for h in (s, nested) if nested else (s,):
            out.append(h)
            _advance(seq, h)
            prev = h
    return out


def _counts_on(text: str, s: Section) -> bool:
    """Whether a 、 marker is a number in a count run together (一、二级保护区, 1、2号机组), not a marker."""
    return s.marker.endswith("、") and s.title_start == s.start + len(s.marker) \
        and (text[s.title_start] in CN or text[s.title_start].isdigit())


def _advance(seq: dict[int, int], s: Section) -> None:
    """Move `seq`, per level the number of the last heading there since the last heading above it, on past `s`."""
    seq[s.level] = number(s.marker)
    for deeper in [lv for lv in seq if lv > s.level]:
        del seq[deeper]


def _continues(s: Section, seq: dict[int, int], prev: Section | None) -> bool:
    n = number(s.marker)
    if n == 1 and s.level > 1:
        return prev is not None and prev.level < s.level and s.level not in seq
    return n == seq.get(s.level, 0) + 1


def _nested_heading(text: str, s: Section, line_end: int) -> Section | None:
    """The first heading of a deeper list run into `s`'s title, which stops before it (成效1、领导重视…)."""
    if not _NESTED_LIST.match(text, s.title_end) or text[s.title_end - 1] in SENTENCE_END:
        return None
    inner = _heading_at(text, s.title_end, line_end, flat=False)
    return inner if inner is not None and inner.level > s.level else None


def _next_item_follows(text: str, s: Section, line_end: int) -> bool:
    """Whether the next item of `s`'s own list follows its title at once: `s` is an item, not a section."""
    nxt = VISIBLE.search(text, s.title_end, line_end)
    return nxt is not None and MARKERS[s.level - 1][1].match(text, nxt.start()) is not None


def _open_bracket(title: str) -> bool:
    """Whether a title leaves a bracket or a 《 open (排污许可证(编号:9153…, 制作的《现场勘察平面): the page width
    or the end of an excerpt cut a numbered sentence there, and a cut sentence is no title. An open quote is no
    sign: a title may end inside one at its 。."""
    return any(title.count(o) > title.count(c) for o, c in ("()", "《》"))


def _reads_as_sentence(title: str) -> bool:
    """A title of many clauses (设立…为总河长,其他成员任分段河长,各村主任担任村河长,…全覆盖。) is a numbered
    sentence, not a heading; titles join two or three short phrases at most (坚持问题导向,立行立改,抓好整改)."""
    clauses = len(_CLAUSE_MARK.findall(_QUOTED.sub("", title.rstrip("。"))))
    return clauses >= 3 or (clauses >= 2 and len(title) > _LONG_TITLE)


def _close(sections: list[Section], text_end: int) -> None:
    """Set each section's end and parent from the levels that follow it."""
    stack: list[int] = []
    for i, s in enumerate(sections):
        while stack and sections[stack[-1]].level >= s.level:
            sections[stack.pop()].end = s.start
        s.parent = stack[-1] if stack else None
        stack.append(i)
    for i in stack:
        sections[i].end = text_end
