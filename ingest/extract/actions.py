"""Actions on regulations: the verb, date and acting body of each thing a sentence says was done to a 《》 title.

A verb is looked for on both sides of a group of titles (《A》《B》和《C》 share their verbs): the last verb of the
clause before the group (起草《X》, 根据审计厅《X》) and the verbs after it up to the end of the clause, carried on
into clauses that continue the same action (《X》,并于2021年9月1日实施; 《X》,分别于…,经省政府同意印发实施).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DateMention

# Longest first, so a compound (制定印发, 印发实施) wins over its parts at the same place.
VERBS: tuple[str, ...] = tuple(sorted((
    "审议通过", "通过专家评审", "专家评审", "印发实施", "颁布实施", "制定印发", "研究制定", "修订完善", "编制完成",
    "组织编制", "联合印发", "推动出台", "组织实施", "征求意见", "督促执行", "指导落实", "推进立项", "完成初稿",
    "起草", "印发", "制定", "修订", "修编", "出台", "发布", "签署", "实施", "编制", "报送", "上报", "下发", "转发",
    "颁布", "形成", "完成", "落实", "执行", "学习", "反馈", "依托", "根据", "依据", "按照", "对照", "结合",
    "审定", "批准", "施行", "贯彻", "梳理", "修正", "修改", "废止", "公布", "颁发", "贯彻执行", "贯彻落实", "收集",
    "推进", "入列", "入选", "发放",
), key=len, reverse=True))
# 报 alone is a verb only when a body follows it (报审计厅, 报省政府).
# 报 alone is a verb only when a body follows it (报审计厅, 报省政府); 反馈 before 意见 or 问题 names them, it does
# nothing to the title (《X》执法检查反馈意见).
_VERB = re.compile("|".join(v for v in VERBS if v != "反馈")
                   + r"|反馈(?!意见|问题|的)|报(?=[\u4e00-\u9fff]{0,5}(?:厅|局|部|委|政府|办公室))")
# A note in brackets after a title says when it was passed, revised or takes effect: (2014年11月26日通过).
_NOTE_VERB = re.compile("|".join(VERBS) + r"|通过|起施行|起实施")
_NOTE = re.compile(r"[(（](?P<note>[^()（）《》]{4,80})[)）]")
# A negated verb (未组织学习《X》) says that nothing was done.
_NEGATED = re.compile(r"(?:未|尚未|未能|没有|不)(?:组织|及时|认真|按时|按要求|严格)?\s*$")
_QUOTED = re.compile(r"“[^“”]{0,200}”")
# A title followed by 期间 names a span of time (持有《排污许可证》期间实施了违法行为): what follows is not done to it.
_SPAN_OF_TIME = re.compile(r"\s*期间")
# Head nouns by which a sentence names a title again without its brackets (协议中的任务, 该方案明确).
_HEADS = frozenset({"协议", "方案", "规定", "条例", "办法", "清单", "规划", "计划", "意见", "通知", "预案", "名录", "要点"})
# Verbs that act on a title only when written after it (《X》…数据收集): before a title they have other objects
# (未取得许可证收集、贮存危险废物的行为违反《X》).
_AFTER_ONLY = ("收集", "入列", "入选")
# A basis is named right after its verb (根据《X》); after a title these verbs have other objects (《X》…,并结合执法工作).
_BEFORE_ONLY = ("根据", "依据", "按照", "对照", "结合", "依托")
# Entering a list just named (…等9项改革举措入列) is an action on that list, even in a clause of its own.
_JOINS_LIST = re.compile(r"(?:入列|入选)(?=\s*(?:[,，;；。]|$))")
_CLAUSE_END = re.compile(r"[,，;；。:：!?！？\n]")
_SENTENCE_END = re.compile(r"[;；。!?！？\n]")
_GROUP_JOIN = re.compile(r"^[、和及与以及\s]*$")
# A clause that carries an action on: it opens with a connective or is only a date.
# 现将 opens a clause about what it names next (现将整改进展情况予以公布), not about the title before it.
_CONTINUES = re.compile(r"\s*(?:并|并于|于|分别于|由|经|已|已经|现(?!将)|正式|同时|随后|(?:19|20)\d{2}\s*年\s*\d|同年|推进|自(?=\s*(?:19|20)\d{2}\s*年|\s*\d{1,2}\s*月))")
_DATE_ONLY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*$")
# What may stand beside the dates of a clause that holds only dates: an item's marker ((一), 1.) opens it.
_ONLY_DATE_LEFT = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)?"
                             r"[\s分别于在自和及、至]*$")
_ACTOR = re.compile(
    r"(?:由|经)?(?P<actor>我省|我市|我厅|我局|[\u4e00-\u9fff\d、]{1,40}?"
    r"(?:办公厅|厅|局|委员会|常委会|人大|委|部|办|办公室|政府|党组|领导小组|小组|中心|院|会议|省|市|县))"
    r"\s*(?:正式|共同|联合|已经|已|先后|研究|认真|还|又)?\s*$"
)
_EVERY = re.compile(r"[全各本该][省市县]")
"""全省 / 各市 name every division, no acting body."""
_TIME_WORD = re.compile(r"(?:截至目前|目前|当前|已经|已)")
_NOT_ACTOR_START = re.compile(r"(?:督促|指导|推动|要求|组织|协调|配合|会同|向)")


@dataclass(frozen=True)
class Action:
    """One thing done to a title: `title` indexes the titles given to find_actions."""

    title: int
    verb: str
    start: int
    """Where the verb is written."""
    date: str
    """ISO date, "" when the text gives none or cannot say which of several dates belongs to it."""
    date_candidates: tuple[str, ...]
    """Several dates for several titles (分别于 A和B): the mapping is unknown, so all are kept."""
    actor: tuple[int, int] | None
    """Span of the acting body named just before the verb (省委办公厅省政府办公厅印发实施), if any."""


def _masked(text: str, titles: list[tuple[int, int]]) -> str:
    """The text with every title's characters (brackets included) blanked, so words inside titles are not verbs.

    Only the stretch from the first title to the last is rebuilt (a measure's titles, in a whole document's text).
    """
    if not titles:
        return text
    lo, hi = max(0, min(a for a, _b in titles) - 1), min(len(text), max(b for _a, b in titles) + 1)
    chars = list(text[lo:hi])
    for a, b in titles:
        for i in range(max(lo, a - 1), min(hi, b + 1)):
            if chars[i - lo] != "\n":
                chars[i - lo] = "□"
    return text[:lo] + "".join(chars) + text[hi:]


def _clause_start(masked: str, pos: int, floor: int) -> int:
    hits = [m.end() for m in _CLAUSE_END.finditer(masked, floor, pos)]
    return hits[-1] if hits else floor


def _sentence_start(masked: str, pos: int, floor: int) -> int:
    hits = [m.end() for m in _SENTENCE_END.finditer(masked, floor, pos)]
    return hits[-1] if hits else floor


def _clause_end(masked: str, pos: int, ceiling: int) -> int:
    m = _CLAUSE_END.search(masked, pos, ceiling)
    return m.start() if m else ceiling


def _groups(masked: str, titles: list[tuple[int, int]]) -> list[list[int]]:
    """Indexes of outermost titles, grouped when only 、和及 stand between them."""
    outer = [i for i, (a, b) in enumerate(titles) if not any(c < a and b < d for c, d in titles)]
    outer.sort(key=lambda i: titles[i][0])
    groups: list[list[int]] = []
    for i in outer:
        if groups and _GROUP_JOIN.match(masked[titles[groups[-1][-1]][1] + 1 : titles[i][0] - 1]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _after_window(masked: str, pos: int, end: int, stop: int) -> int:
    """End of the text after a title group that still speaks of it: its clause and the clauses that continue it."""
    if _SPAN_OF_TIME.match(masked, pos):
        return pos
    limit = min(end, stop)
    sentence = _SENTENCE_END.search(masked, pos, limit)
    limit = sentence.start() if sentence else limit
    z = _clause_end(masked, pos, limit)
    while z < limit and _CONTINUES.match(masked, z + 1):
        a, z = z + 1, _clause_end(masked, z + 1, limit)
        if _DATE_ONLY.match(masked, a, z) and z < limit:
            z = _clause_end(masked, z + 1, limit)  # a clause of one date belongs to the clause after it
    return z


def _date_for(masked: str, verb_at: int, lo: int, dates: list[DateMention]) -> tuple[str, tuple[str, ...]]:
    """The date of a verb: in its own clause before it, else in a clause before it that holds only dates."""
    a = _clause_start(masked, verb_at, lo)
    own = [d for d in dates if a <= d.start < verb_at]
    prev_a = _clause_start(masked, max(lo, a - 1), lo) if a > lo else a
    while not own and prev_a < a:
        chunk = [d for d in dates if prev_a <= d.start < a - 1]
        rest = masked[prev_a : a - 1]
        for d in sorted(chunk, key=lambda d: -d.start):
            rest = rest[: d.start - prev_a] + rest[d.end - prev_a :]
        if chunk and _ONLY_DATE_LEFT.match(rest):
            own = chunk
            break
        if not _CONTINUES.match(masked, prev_a) and chunk:
            break
        a, prev_a = prev_a, _clause_start(masked, max(lo, prev_a - 1), lo) if prev_a > lo else prev_a
    if not own:
        return "", ()
    isos = tuple(dict.fromkeys(d.iso for d in own))
    if len(isos) > 1 and "分别" in masked[max(lo, own[0].start - 4) : own[0].start]:
        return "", isos
    return own[0].iso, isos if len(isos) > 1 else ()


def _actor(masked: str, verb_at: int, lo: int) -> tuple[int, int] | None:
    a = _clause_start(masked, verb_at, lo)
    m = _ACTOR.search(masked, a, verb_at)
    if m is None or "□" in m["actor"]:
        return None
    # A date, 由/于 or 并报 before the body is not part of its name (于2021年9月8日由省核应急委员会, 并报省政府).
    cut = max(m["actor"].rfind(ch) for ch in "由于日并报")
    a0 = m.start("actor") + cut + 1
    lead = _TIME_WORD.match(masked, a0)
    a0 = lead.end() if lead else a0
    if m.end("actor") - a0 < 2 or _NOT_ACTOR_START.match(masked, a0) or m["actor"].endswith("干部") \
            or _EVERY.fullmatch(masked, a0, m.end("actor")):
        return None
    return a0, m.end("actor")


def find_actions(text: str, start: int, end: int, titles: list[tuple[int, int]],
                 dates: list[DateMention]) -> list[Action]:
    """Actions that text[start:end] (one measure) takes on the titles at `titles` (spans without the brackets).

    `dates` are the dates found in the text (with their years resolved from context), titles excluded.

    >>> t = "2021年2月10日,省委办公厅省政府办公厅印发实施《湾长制实施方案》。"
    >>> from policykg.ingest.extract.dates import find_dates
    >>> spans = [(t.index("《") + 1, t.index("》"))]
    >>> [(a.verb, a.date) for a in find_actions(t, 0, len(t), spans, find_dates(t))]
    [('印发实施', '2021-02-10')]
    """
    masked = _masked(text, titles)
    masked = _blank(masked, [m.span() for m in _QUOTED.finditer(masked, start, end)])
    notes = _notes(masked, titles, start, end)
    masked = _blank(masked, list(notes.values()))
    in_titles = [d for d in dates if start <= d.start < end and not any(a - 1 <= d.start <= b for a, b in titles)
                 and not any(a <= d.start < b for a, b in notes.values())]
    out: list[Action] = []
    groups = _groups(masked, titles)
    for g, members in enumerate(groups):
        first, last = titles[members[0]], titles[members[-1]]
        if not (start <= first[0] and last[1] <= end):
            continue
        found: list[tuple[str, int]] = []
        lo = _clause_start(masked, first[0] - 1, start)
        before = [m for m in _VERB.finditer(masked, lo, first[0] - 1) if m.group() not in _AFTER_ONLY]
        if before:
            found.append((before[-1].group(), before[-1].start()))
        nxt = titles[groups[g + 1][0]][0] - 1 if g + 1 < len(groups) else end
        z = _after_window(masked, last[1] + 1, end, nxt)
        found += [(m.group(), m.start()) for m in _VERB.finditer(masked, last[1] + 1, z) if m.group() not in _BEFORE_ONLY]
        sentence = _SENTENCE_END.search(masked, z, end)
        rest = min(sentence.start() if sentence else end, nxt)
        joins = _JOINS_LIST.search(masked, z, rest)
        again = _named_again(text, masked, last, z, rest)
        acts: list[Action] = []
        for verb, at in found:
            if _NEGATED.search(masked[max(start, at - 6) : at]):
                continue
            date, candidates = _date_for(masked, at, _sentence_start(masked, at, start), in_titles)
            actor = _actor(masked, at, start) if at < first[0] else _actor(masked, at, last[1] + 1)
            acts += [Action(i, verb, at, _exact(date, notes.get(i), dates), candidates, actor) for i in members]
        for verb, at in again:
            if _NEGATED.search(masked[max(start, at - 6) : at]):
                continue
            # dated by its own clause only: what is said of the title later may be of a later time (截至目前)
            a = _clause_start(masked, at, start)
            date = next((d.iso for d in in_titles if a <= d.start < at), "")
            acts += [Action(i, verb, at, date, (), None) for i in members]
        if joins and not any(a.verb == joins.group() for a in acts):
            # the list's entry dates from the list: the date of what was done to it in this sentence
            date = next((a.date for a in acts if a.date), "")
            acts += [Action(i, joins.group(), joins.start(), date, (), None) for i in members]
        out += acts
        out += [act for i in members if i in notes for act in _note_actions(text, i, notes[i], dates)]
    for members in groups:
        for i in members:
            if start <= titles[i][0] and titles[i][1] <= end:
                out += _inner(text, titles, i)
    return out


def _named_again(text: str, masked: str, title: tuple[int, int], pos: int, stop: int) -> list[tuple[str, int]]:
    """Verbs of a later clause of the sentence that names the title again by its head noun (签署了《…合作协议》,
    截至目前,协议中的任务正按期推进)."""
    head = text[title[1] - 2 : title[1]]
    if head not in _HEADS:
        return []
    found = []
    while pos < stop:
        a, pos = pos + 1, _clause_end(masked, pos + 1, stop)
        if re.match(r"\s*(?:该|此|上述|这一)?" + head, masked[a:pos]):
            found += [(m.group(), m.start()) for m in _VERB.finditer(masked, a, pos) if m.group() not in _BEFORE_ONLY]
    return found


def _blank(masked: str, spans: list[tuple[int, int]]) -> str:
    """`masked` with the characters of `spans` blanked (line ends kept), so no verb is read there."""
    if not spans:
        return masked
    chars = list(masked)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = "□"
    return "".join(chars)


def _notes(masked: str, titles: list[tuple[int, int]], start: int, end: int) -> dict[int, tuple[int, int]]:
    """Span of the words of the note in brackets right after a title, for titles that have one saying what was done."""
    out = {}
    for i, (a, b) in enumerate(titles):
        m = _NOTE.match(masked, b + 1)
        if m and start <= a and m.end() <= end and _NOTE_VERB.search(m["note"]):
            out[i] = m.span("note")
    return out


def _note_actions(text: str, title: int, note: tuple[int, int], dates: list[DateMention]) -> list[Action]:
    """What a title's note says was done, each dated by the date written before its verb (2014年11月26日通过)."""
    inside = [d for d in dates if note[0] <= d.start < note[1]]
    out = []
    for m in _NOTE_VERB.finditer(text, *note):
        prior = [d for d in inside if d.end <= m.start()]
        verb = m.group().removeprefix("起")  # 自2021年7月1日起施行
        out.append(Action(title, verb, m.end() - len(verb), prior[-1].iso if prior else "", (), None))
    return out


def _exact(date: str, note: tuple[int, int] | None, dates: list[DateMention]) -> str:
    """The day a title's note gives for an action dated only by its year or month in the sentence (2014年修订《X》
    (2014年11月26日通过) was revised on 2014-11-26)."""
    if not date or note is None:
        return date
    finer = [d.iso for d in dates if note[0] <= d.start < note[1] and d.iso.startswith(date) and d.iso != date]
    return finer[0] if finer else date


def _inner(text: str, titles: list[tuple[int, int]], outer: int) -> list[Action]:
    """A 《》 title inside another is acted on by the verb the outer title writes before it (关于报送《X》的请示)."""
    a, b = titles[outer]
    out = []
    for j, (c, d) in enumerate(titles):
        if a < c and d < b:
            deeper = _masked(text[:c], [t for t in titles if a <= t[0] and t[1] < c and t != (c, d)])
            verbs = list(_VERB.finditer(deeper, a, c - 1))
            if verbs:
                out.append(Action(j, verbs[-1].group(), verbs[-1].start(), "", (), None))
    return out
