"""Cues in a paragraph's words that say what its measures answer: a problem the sentence or the head of its
paragraph names, a purpose it opens with (为加强X控制,…; 针对X问题,一是…), findings an inspection reports after a
colon (检查发现:…), a label announcing a finding or progress (问题:…, 整改情况:…), a table cell stating a finding
(整改任务 | …). structure.py decides which of them links a measure, and by which basis.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.frames import finding_spans, states_action
from ..extract.problem_headings import LIST_MARKER, label_kind, lists_findings
from ..extract.problems import ProblemMention, find_problems
from .problem_index import DocumentProblems

LABEL = 12
"""Longest line read as a section label without a marker (突出问题, 主要做法)."""
_CELL = re.compile(r"(?P<label>[^|\n]{2,16})\|(?P<content>[^|\n]+)")
_HEAD = re.compile(r"[^:。\n]{2,200}(?=:)")

_PURPOSE = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:为了?|针对|围绕)[^,,;;:。]{2,60}(?=[,,])")
"""A sentence opening with its purpose (为加强X控制, 针对X问题,): the rest of its paragraph works on X."""
_FOUND = re.compile(r"(?:检查|核查|排查|调查|督察|巡查|审计)(?:中|时)?发现[::]")
"""An inspection that reports what it found after a colon (检查发现:…): those findings are what it addresses."""
_ITEMS = re.compile(r"[,,]一是")
"""Items that follow a purpose (针对X问题,一是…。二是…)."""


_FIELD = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}、)?\s*"
    r"(?:整[改治]|处置|治理|工作)?(?:(?P<means>措施)|(?P<effect>成效|效果|目标))[。.::]"
)
"""A form's field that states what was done (整治措施。…) or what it achieved or aims at (整治成效。减少X排放)."""


_QUOTED_CLAUSE = re.compile(r"“[^“”]*?[,,。;;!?!?][^“”]*?”")
"""A quotation that holds a clause: a law's text, a remark or a finding as written, not a name (“清四乱”)."""



@lru_cache(maxsize=256)
def problems_in(text: str, a: int, z: int) -> tuple[ProblemMention, ...]:
    """The problems text[a:z] names. A sentence is asked for them up to four times (its findings, its links, the
    actions outside its faults, a finding item's test), and finding them is the costliest step of assembling a
    document; structure.build clears this cache for each document, so it never holds another document's text."""
    return tuple(find_problems(text, a, z))

def acts_beyond_faults(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] states an action outside the faults it names and the clauses it quotes. A word of doing
    inside a fault is part of the fault (监管不到位, 审批不规范, 政策措施落实不到位): a sentence that only states such
    faults (填海项目审批不规范、监管不到位问题。) reports a finding and answers nothing, while 对审批问题进行调查处理
    acts on one. A quoted clause is what a law or a person says (违反了《…法》“…责令停止建设,…处…罚款”的规定),
    not what was done."""
    spans = [(m.start, m.end) for m in problems_in(text, a, z)] + finding_spans(text, a, z)
    spans += [m.span() for m in _QUOTED_CLAUSE.finditer(text, a, z)]
    if not spans:
        return states_action(text, a, z)
    chars = list(text[a:z])
    for s0, s1 in spans:
        chars[s0 - a:s1 - a] = "\u3000" * (s1 - s0)
    return states_action("".join(chars), 0, z - a)


_CONTRAST = re.compile(r"\s*(?:但是?|然而)")


def unresolved(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """Spans of text[a:z] that state, after a contrast, a fault that remains (…整改取得成效,但仍然存在X问题;
    …表示认可,但是Y中仍然存在Z问题): what the sentence tells was done did not answer it."""
    return [(s0, s1) for s0, s1 in finding_spans(text, a, z) if _CONTRAST.match(text, s0, s1)]


def states_finding(text: str, a: int, z: int) -> bool:
    """Whether text[a:z] is a finding and no measure: its predicate is a finding (督察认为…的问题, 雨污分流不彻底,
    收集井溢流污水) and it states no action beyond it. A word of doing inside the finding (污水收集井, 督察整改取得
    进展) made such a sentence a measure linked to the very problem it states."""
    return bool(finding_spans(text, a, z)) and not acts_beyond_faults(text, a, z)


def field(text: str, line_start: int) -> str:
    """"means" or "effect" when the line at `line_start` is a form's field of what was done or what it
    achieved, else ""."""
    m = _FIELD.match(text, line_start)
    return "" if not m else "means" if m["means"] else "effect"


def named(text: str, a: int, z: int, problems: DocumentProblems, sid: str | None,
           paragraph_refs: dict[int, tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    """Problems the sentence names with those named at the head of its paragraph (X问题:…), and those named by
    the last purpose a sentence of its paragraph opened with (为加强X控制,…; 针对X问题,一是…), as ids. A problem
    the sentence names as remaining after a contrast (…取得成效,但仍然存在X问题) is stated, not named as answered."""
    mentions = problems_in(text, a, z)
    stated = problems.add_stated(mentions, sid)
    left = unresolved(text, a, z)
    out = [pid for m, pid in zip(mentions, stated) if not any(s0 <= m.start and m.end <= s1 for s0, s1 in left)]
    para = text.rfind("\n", 0, a) + 1
    if para not in paragraph_refs:
        paragraph_refs[para] = (head_refs(text, para, problems, sid), [])
    heads, purposes = paragraph_refs[para]
    out += [x for x in heads if x not in out]
    scope = [x for x in purposes if x not in out]
    opening = purpose_refs(text, a, problems, sid)
    if opening and (a == para or _ITEMS.search(text, a, z)):  # a purpose the paragraph opens with, or one its
        purposes[:] = opening  # items follow (针对X问题,一是…), holds for the rest of the paragraph
    return out, scope


def found_after(text: str, sentences: list[tuple[int, int]], k: int, problems: DocumentProblems,
                 sid: str | None) -> list[str]:
    """Problems stated after 检查发现: in sentence k, there and in the rest of its paragraph."""
    a, z = sentences[k]
    m = _FOUND.search(text, a, z)
    if not m:
        return []
    para_end = text.find("\n", m.end())
    para_end = len(text) if para_end < 0 else para_end
    spans = [(m.end(), z), *((x, y) for x, y in sentences[k + 1:] if y <= para_end)]
    return [problems.add(x.title, x.start, x.end, None, sid) for x0, y0 in spans for x in problems_in(text, x0, y0)
            if x.parent is None]


def purpose_refs(text: str, a: int, problems: DocumentProblems, sid: str | None) -> list[str]:
    """Problems the purpose the sentence at `a` opens with names (为加强入海河流总氮控制,…)."""
    m = _PURPOSE.match(text, a)
    if not m:
        return []
    return [problems.add(x.title, x.start, x.end, None, sid) for x in problems_in(text, m.start(), m.end())
            if x.parent is None]


def head_refs(text: str, para: int, problems: DocumentProblems, sid: str | None) -> list[str]:
    """Problems the head of a paragraph names before its colon: a known problem's title (with the findings
    under it), or a problem stated there (“X”问题整治进展情况:)."""
    head = _HEAD.match(text, para)
    if not head:
        return []
    marker = LIST_MARKER.match(text, head.start(), head.end())
    h0 = marker.end() if marker else head.start()
    pid = problems.by_title.get(text[h0:head.end()].strip())
    if pid:
        return [pid, *problems.descendants(pid)]
    return [problems.add(m.title, m.start, m.end, None, sid) for m in problems_in(text, h0, head.end())]


def label(text: str, para: int) -> tuple[str, int]:
    """What the label before the colon of the paragraph at `para` announces, and where its body starts."""
    head = _HEAD.match(text, para)
    if not head or head.end() - para > LABEL:
        return "", para
    return label_kind(text[para:head.end()]), head.end() + 1


def finding_cell(text: str, a: int) -> tuple[int, int] | None:
    """The content span of a table row flattened as `整改任务 | … |` when the sentence at `a` opens it."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip():
        return None
    m = _CELL.match(text, a)
    if not m or not lists_findings(re.sub(r"\s", "", m["label"])):
        return None
    c0, c1 = m.start("content"), m.end("content")
    while c1 > c0 and text[c1 - 1].isspace():
        c1 -= 1
    while c0 < c1 and text[c0].isspace():
        c0 += 1
    return (c0, c1) if c1 - c0 >= 4 else None
