"""Sections, problems and measures: the outline turned into the graph's backbone.

Every sentence outside a heading is a measure, except: a finding (the body of a findings section or block, a
table row 整改任务 | …, a paragraph labelled 问题: or 存在问题:), a line that is a title, a label, a signature or
a date (a whole line with no clause punctuation), a contact field (联系电话:…) and, before the first heading,
text that does not read as prose (page furniture).

A measure `addresses` a problem by one of these links, recorded in the edge's `basis`:

* section: it stands under the problem's heading (or under a heading inside it), which states a problem area
  (在…方面, 关于X的问题) or names the fault its measures work on (强化陆源入海污染控制);
* subtree: the problem is an ancestor of the one its section names (a category answers for its subtree);
* order: it stands in the k-th item of a list of measures (二、整改措施 (一)… (二)…) that follows a list of as
  many findings under headings (一、存在问题 (一)… (二)…), and answers the k-th finding
  (ingest/assemble/list_order.py); the items of a list of findings are findings sections too, their sentences
  findings;
* sentence: its sentence, or the head of its paragraph (X问题:…, “X”问题整治进展情况:…), names the problem;
* finding: it follows, in the same section, a finding labelled as such (问题:…, 存在问题:…), as its
  rectification does (整改情况:…), up to the next labelled finding; or it follows, in the same paragraph, a
  progress label run in after the findings it reports on (关于“…放松。”整改进展情况:已经完成。1.…);
* paragraph: its paragraph opens with a purpose that names the problem (为加强入海河流总氮控制,…), or a
  sentence does and items follow it (针对X问题,一是…。二是…), up to the next such purpose; or it continues an
  item (一是搬迁建筑物。…拆除X。…预计年底完成搬迁) whose earlier sentence names the problem; or nothing else links
  it, it names no problem, and the sentence before it in its paragraph opened with a reference back (针对上述问题,
  …。…要求逐条整改); or it is an
  inspection whose findings follow in its paragraph (检查发现:…); or it stands in a form's field of measures
  (整治措施。…) that nothing else links, and the next field states the effect on the problem (整治成效。减少X);
* shared: outside a problem's section, it shares a key phrase with a short problem stated earlier in the
  document outside a heading (…严防反弹 -> 反弹问题; 清理违栽树木 -> 违法种植阻水树木), a phrase the rest of the document seldom uses;
* outcome: it reports what the complaints handed over came to (已办结117件, 责令整改55家, 问责2人), after the
  document stated them (信访举报件, 群众举报); a document's names for its complaints are one problem;
* anaphora: nothing nearer links it and it refers back to what was just stated (对该情况进行了调查核实, 上述问题,
  接到举报后, 根据以上事实, 针对存在的问题): it answers the problems of the last sentence before it that stated
  any (a list as a whole), within a few hundred characters (ingest/assemble/anaphora.py);
* case: nothing else links it and it tells a step of an enforcement case (下达《责令改正违法行为决定书》,
  作出行政处罚决定): it answers the violation stated last before it, or, an inspection that opens the case, what
  its paragraph goes on to find (ingest/assemble/case_steps.py);
* topic: in a text without headings, nothing else links it, and one problem is named in more of the text's
  sentences than any other, at least three of them (a news item on one campaign; ingest/assemble/key_phrases.py);
* row: it stands in a measure cell of a ledger table's row (ingest/extract/ledger.py), which answers the
  problem in the same row's problem cell; the row's status, deadline and responsible cells go to both;
* document: nothing nearer links it, and an earlier part of the document set out what it answers: a list of
  findings in a section of its own (存在问题, 整改任务), under a title line without a marker (突出问题) or in a
  table row flattened with | (整改任务 | …),
  followed by text under no problem heading (整改措施, 主要做法), or a title line that names a problem
  (关于X问题的交办通知, 某公司…案); or a heading names an inspection's findings as a whole (二、巡察反馈问题整改
  进展情况), the report's subject, which any measure under a heading that nothing else links answers.

Every basis but section, subtree, order and row links only a sentence that states an action outside the faults it names
(link_cues.acts_beyond_faults): a sentence naming a problem without acting on it states the problem (审批不规范、
监管不到位问题。 holds 监管 only as part of a fault), and a place's figures, a page's note or a quoted remark near
a problem answer nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policykg.graph.ids import local_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from .. import resolve
from ..extract.dates import find_dates
from ..extract.frames import (
    CLAUSE_MARKS, after_dateline, is_contact, is_frame, is_title_line, line_text_start,
)
from ..extract.ledger import find_ledgers
from ..extract.problem_headings import (
    FOUND_BY, PROGRESS, heading_fault, is_problem_heading, label_kind, lists_findings, statement,
)
from ..extract.status import find_responsible
from ..outline import in_heading
from . import link_cues as cues
from .anaphora import opens_with_reference, refers_back, refers_to
from .builder import GraphBuilder
from .case_steps import case_step, found_later
from .key_phrases import KeyPhrases, find_topic
from .list_order import answered_in_order
from .measure_nodes import MEASURE_MIN, add_ledger_row, add_measure, quote_as_printed
from .problem_index import DocumentProblems

if TYPE_CHECKING:
    from ..pipeline import Parsed

_OPENING_MIN = 12
"""Text before the first heading becomes measures only where it reads as prose, not page furniture."""
_FINDINGS_LINKED = 6
"""Up to this many findings, a later rectification section answers each of them; past it, the list as a whole."""
_CARRIED = 1
"""How many sentences after an opening reference (针对该信访件反映的问题,…) work on what it refers to: the next one
(为从根本上解决,…申报建设污水处理站); further on, a report has turned to other cases as often as not."""
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_HAN = 4
"""A sentence with fewer Chinese characters (a site's English notice, a code) states no measure of a Chinese
document."""


_CREDIT = re.compile(r"来源[::]|记者|通讯员|编辑|本站|^[((【]|说。$")
"""A credit, a source line or a quoted witness is about no topic, whatever the page is about."""
_OUTCOME = re.compile(
    r"(?:责令(?:限期)?整改|立案(?:处罚|查处|侦查)|(?:阶段性)?办结|问责|约谈|移送|查封扣押)(?:了|各)?(?:\d+|[一二三四五六七八九十两]+)"
    r"(?:件|家|起|人|个|批次)"
)
"""What the complaints handed over came to (已办结117件, 责令整改55家, 问责2人): the complaints are what it answers."""


def build(p: Parsed, b: GraphBuilder) -> None:
    doc, text = p.doc_id, p.text
    cues.problems_in.cache_clear()

    def printed(a: int, z: int) -> list[str]:
        return resolve.as_written(p.decoded.text, p.offsets, a, z) if p.decoded else []

    problems = DocumentProblems(b, printed)
    section_ids: list[str] = []
    problem_of: dict[int, str] = {}
    findings: dict[int, str] = {}
    for i, s in enumerate(p.outline):
        sid = local_id("section", doc, s.start, s.title_end)
        section_ids.append(sid)
        b.sections.append((s.start, s.end, sid))
        label = s.title.rstrip("。")
        attrs = {"level": s.level, "marker": s.marker, "title": s.title, "end": s.end}
        aliases = [w.rstrip("。") for w in printed(s.title_start, s.title_end)]
        b.add_node(Node(sid, NodeType.SECTION, label, aliases=aliases, attrs=attrs, evidence=b.ev(s.start, s.title_end)))
        parent = section_ids[s.parent] if s.parent is not None else doc
        b.add_edge(sid, parent, EdgeType.PART_OF, s.start, s.title_end)
        parent_problem = problem_of.get(s.parent) if s.parent is not None else None
        if is_problem_heading(label):
            head, colon, finding = label.partition(":")
            if colon and finding and label_kind(head) == "finding":  # 1.存在问题:X: the heading states X
                problem_of[i] = problems.add(finding, s.title_start + len(head) + 1, s.title_end, parent_problem, sid)
            else:
                problem_of[i] = problems.add(label, s.title_start, s.title_end, parent_problem, sid)
            if lists_findings(label) or s.parent in findings:  # 存在问题, or one of them: (一)河道保洁不到位
                findings[i] = problem_of[i]
        elif fault := heading_fault(text, s.title_start, s.title_end):  # 强化陆源入海污染控制
            problem_of[i] = problems.add(fault.title, fault.start, fault.end, parent_problem, sid)
            if s.parent in findings:
                findings[i] = problem_of[i]
        if i in problem_of:
            problems.headed.add(problem_of[i])
        elif parent_problem:
            problem_of[i] = parent_problem
            if s.parent in findings and not PROGRESS.search(label):  # (二)排污口底数不清 under 存在问题
                findings[i] = parent_problem

    order_of = answered_in_order(p.outline, text, findings)
    body_start = p.outline[0].start if p.outline else 0
    index_of = {sid: i for i, sid in enumerate(section_ids)}
    answered: list[str] = []
    """Findings a later rectification section answers (see the module docstring)."""
    paragraph_refs: dict[int, tuple[list[str], list[str]]] = {}
    labels: dict[int, tuple[str, int]] = {}
    """Paragraph start -> what its label announces (finding, progress or "") and where its body starts."""
    labelled: tuple[str | None, str] | None = None
    """(section, problem) of the last finding labelled 问题:, which the measures after it in its section answer."""
    stated: dict[int, list[str]] = {}
    """Paragraph start -> problems its sentences named since its last run-in progress label."""
    rectified: dict[int, list[str]] = {}
    """Paragraph start -> the problems a run-in progress label (…放松。”整改进展情况:…) turned the rest of the
    paragraph to: those stated before the label in the same paragraph."""
    finding_cell_end = -1
    """End of a table cell that states a finding (整改任务 | …), whose sentences are no measures."""
    open_findings: str | None = None
    """A findings title without a marker (突出问题) whose sentences, up to the next title line, are findings."""
    responsible: dict[int, str] = {}
    """Paragraph start -> the responsible units its 责任单位 field names."""
    finding_paragraphs: dict[int, bool] = {}
    """Paragraph start -> whether the paragraph states a finding, decided by its first sentence."""
    year = None
    published = str(p.metadata.get("date", ""))
    """The document's own date: a bare 9月5日 before any year in the text is dated by it."""
    keys: KeyPhrases | None = None
    fields: dict[int, str] = {}
    """Line start -> the form field it is (cues.field): measures, or the effect they achieved."""
    means: tuple[int, list[tuple[str, int, int]]] = (-1, [])
    """The last field of measures (line start) with its measures nothing linked, and their spans."""
    unlinked: list[tuple[str, int, int]] = []
    finding_items: dict[int, bool] = {}
    """Line start -> whether the line is an item of a list of findings (一是X不到位。…), whose sentences are linked
    only to what they name."""
    """Measures nothing links, with their spans: a text without headings may still be about one problem."""
    carried: dict[int, tuple[int, list[str]]] = {}
    """Paragraph start -> the sentence (its index) whose opening reference (针对上述问题,…) pointed at problems, and
    those problems: the sentence after it in the paragraph works on them too, if it names none of its own."""
    item: tuple[int, list[str]] = (-1, [])
    """The item of measures (一是…) the last sentence stood in, by its line's start, and the problems its sentences
    named so far: the item is one measure told in several sentences, and a later one of them that names nothing
    (预计年底完成搬迁) answers those; the next 二是, in the same line or not, opens another item."""
    ledgers = find_ledgers(text)
    for ledger in ledgers:
        for row in ledger.rows:
            add_ledger_row(row, text, b, problems)
    for k, (a, z) in enumerate(p.sentences):
        if in_heading(p.outline, a) or any(t.start <= a < t.end for t in ledgers):
            continue
        sid = b.section_at(a)
        i = index_of.get(sid) if sid else None
        if a < finding_cell_end:
            continue
        cell = cues.finding_cell(text, a)
        if cell:
            answered = [problems.add(text[cell[0]:cell[1]], cell[0], cell[1], None, sid)]
            finding_cell_end = cell[1]
            continue
        line_start = text.rfind("\n", 0, a) + 1
        if line_start not in labels:
            labels[line_start] = cues.label(text, line_start)
        # a title, a label, a signature or a date line: no measure; but a finding labelled so (问题3:关于“X”问题)
        # is one even without a comma, and the measures after it answer it
        if is_title_line(text, a, z) and labels[line_start][0] != "finding":
            if open_findings:
                answered = _answered(problems, open_findings)
                open_findings = None
            if z - a <= cues.LABEL and lists_findings(text[a:z]):  # 突出问题 / 存在问题 without a marker: findings follow
                open_findings = problems.add(text[a:z], a, z, None, sid)
                continue
            named = [problems.add(m.title, m.start, m.end, None, sid) for m in cues.problems_in(text, a, z)]
            answered = named or answered
            continue
        if open_findings and statement(text, a, z):
            mentions = cues.problems_in(text, a, z)
            problems.add_stated(mentions, sid, open_findings)
            if not mentions:
                st = statement(text, a, z)
                problems.add(text[st[0]:st[1]], st[0], st[1], open_findings, sid)
            continue
        if a < body_start and (z - a < _OPENING_MIN or not CLAUSE_MARKS.search(text, a, z)):
            continue
        if len(_WORD.findall(text, a, z)) < 2 or is_contact(text, a, z):  # a stray table border, a contact
            continue
        if len(_HAN.findall(text, a, z)) < _MIN_HAN:
            continue
        if is_frame(text, a, z):
            continue
        kind, body = labels[line_start]
        if kind == "finding":
            s0, s1 = max(a, body), z
            while s1 > s0 and text[s1 - 1] in "。.;;":
                s1 -= 1
            if s1 - s0 >= 4:
                if a <= body or labelled is None:
                    parent = problem_of.get(i) if i is not None else None
                    labelled = (sid, problems.add(text[s0:s1], s0, s1, parent, sid))
                else:
                    problems.add(text[s0:s1], s0, s1, labelled[1], sid)
                for m in cues.problems_in(text, s0, s1):
                    if m.parent is None and m.title != text[s0:s1]:
                        problems.add(m.title, m.start, m.end, labelled[1], sid)
            continue
        if i is not None and i in findings and kind != "progress":
            para = max(line_start, p.outline[i].title_end)
            st = statement(text, a, z)
            if finding_paragraphs.setdefault(para, st is not None) and st:
                problems.add(text[st[0]:st[1]], st[0], st[1], findings[i], sid)
                answered = _answered(problems, findings[_findings_root(i, findings, p)])
                continue
        if cues.states_finding(text, a, z):  # 督察认为…存在…问题; 雨污分流不彻底,…溢流污水: a finding, no measure
            problems.add_stated(cues.problems_in(text, a, z), sid)
            continue
        if a == line_text_start(text, a):
            a = after_dateline(text, a, z, MEASURE_MIN)
        dates = find_dates(text, a, z, year, published)
        for d in dates:
            if d.explicit_year:
                year = int(d.iso[:4])
        date = dates[0].iso if dates else ""
        if line_start not in responsible:
            line_end = text.find("\n", a)
            responsible[line_start] = find_responsible(text[line_start:len(text) if line_end < 0 else line_end])
        mid = add_measure(b, text, a, z, sid, date,
                           {"responsible": responsible[line_start]} if responsible[line_start] else {})
        linked: set[str] = set()
        # Beyond its section, only a sentence stating an action is linked: one naming a problem without acting on
        # it states the problem (岸滩有大量垃圾滞留), it answers nothing.
        acts = cues.acts_beyond_faults(text, a, z)
        in_section = i is not None and i in problem_of
        if in_section:
            target = problem_of[i]
            b.add_edge(mid, target, EdgeType.ADDRESSES, a, z, {"basis": "section"})
            for up in problems.ancestors(target):
                b.add_edge(mid, up, EdgeType.ADDRESSES, a, z, {"basis": "subtree"})
            linked.add(target)
        if i is not None and i in order_of:  # 二、整改措施 (二)…: the second finding of 一、存在问题
            for pid in _stated_in(problems, problem_of, p.outline, order_of[i]):
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "order"})
                linked.add(pid)
                in_section = True
        if labelled and labelled[0] == sid and (acts or kind == "progress"):  # 整改措施:… is the rectification
            for pid in _answered(problems, labelled[1]):
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "finding"})
                linked.add(pid)
        if a > line_start and cues.label(text, a)[0] == "progress" and stated.get(line_start):
            rectified[line_start] = stated.pop(line_start)
        for pid in rectified.get(line_start, []) if acts else []:
            if pid not in linked:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "finding"})
                linked.add(pid)
        named, purposes = cues.named(text, a, z, problems, sid, paragraph_refs)
        stated.setdefault(line_start, []).extend(x for x in named if x not in stated[line_start])
        purposes += [x for x in cues.found_after(text, p.sentences, k, problems, sid) if x not in purposes]
        for basis, pids in (("sentence", named), ("paragraph", purposes)):
            for pid in pids if acts else []:
                if pid not in linked:
                    b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": basis})
                    linked.add(pid)
        if line_start not in fields:
            fields[line_start] = cues.field(text, line_start)
        if fields[line_start] == "effect" and named:  # 整治成效。减少X排放: the field of measures before works on X
            for m0, m1, m2 in means[1]:
                for pid in named:
                    b.add_edge(m0, pid, EdgeType.ADDRESSES, m1, m2, {"basis": "paragraph"})
            means = (-1, [])
        elif fields[line_start] == "means" and acts and not linked:
            means = (line_start, (means[1] if means[0] == line_start else []) + [(mid, a, z)])
        elif line_start != means[0]:  # only the field right after its measures tells their effect
            means = (-1, [])
        if line_start not in finding_items:
            finding_items[line_start] = _finding_item(text, line_start)
        if _ITEM.match(text, a) and not finding_items[line_start]:  # 一是搬迁建筑物。…拆除X。…预计年底完成搬迁
            item = (line_start, [])
        elif item[0] == line_start:
            for pid in item[1] if acts and not linked else []:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "paragraph"})
                linked.add(pid)
        else:
            item = (-1, [])
        item[1].extend(x for x in named if x not in item[1])
        if in_section or not acts or finding_items[line_start]:
            continue
        if keys is None:
            keys = KeyPhrases(text, p.sentences)
        shared = keys.shared(a, z, problems, linked)
        for pid in shared:
            b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "shared"})
        if problems.complaints and problems.complaints not in linked and _OUTCOME.search(text, a, z) \
                and problems.first[problems.complaints] < a:
            b.add_edge(mid, problems.complaints, EdgeType.ADDRESSES, a, z, {"basis": "outcome"})
            linked.add(problems.complaints)
        if named:
            carried.pop(line_start, None)
        elif not linked and not shared and line_start in carried and k - carried[line_start][0] <= _CARRIED:
            for pid in carried[line_start][1]:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "paragraph"})
            continue
        if not linked and not shared and refers_back(text[a:z]):
            referred = refers_to(problems, p.sentences, a)
            for pid in referred:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "anaphora"})
            if referred:
                if opens_with_reference(text[a:z]):
                    carried[line_start] = (k, referred)
                continue
        if not linked and answered:
            near = keys.sharing(a, z, answered, problems)  # the findings it shares a phrase with, else all
            for pid in near or answered:
                b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "document"})
        elif not linked and not shared and z - a >= _OPENING_MIN and not _CREDIT.search(text[a:z]):
            unlinked.append((mid, a, z))
    cased: set[str] = set()
    for mid, a, z in unlinked:  # 下达《责令改正…决定书》: the violation
        step = case_step(text, a, z)
        if not step:
            continue
        later = found_later(problems, text, z) if step == "inspection" else []
        for pid in later or refers_to(problems, p.sentences, a):
            b.add_edge(mid, pid, EdgeType.ADDRESSES, a, z, {"basis": "case"})
            cased.add(mid)
    unlinked = [u for u in unlinked if u[0] not in cased]
    if unlinked and not p.outline and (topic := find_topic(text, p.sentences, problems)):
        for mid, a, z in unlinked:
            b.add_edge(mid, topic, EdgeType.ADDRESSES, a, z, {"basis": "topic"})
    found = [pid for title, pid in problems.by_title.items() if pid in problems.headed and FOUND_BY.search(title)]
    if unlinked and p.outline and len(found) == 1:  # 二、巡察反馈问题整改进展情况: the report is on those findings
        for mid, a, z in unlinked:
            if a >= body_start:
                b.add_edge(mid, found[0], EdgeType.ADDRESSES, a, z, {"basis": "document"})
    quote_as_printed(b, printed)


_ITEM = re.compile(r"\s*[一二三四五六七八九十]是")
_ITEM_END = re.compile(r"[。;;]")


def _finding_item(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is an item of a list of findings: it opens with 一是/二是… and its first
    sentence states a fault and no action (二是部分整改工作不严不实。). The sentences after it tell the finding
    (一些地方…审核把关不严, 个别地方甚至虚假整改): near the other findings, worded like them, they answer none."""
    m = _ITEM.match(text, line_start)
    if not m:
        return False
    line_end = text.find("\n", m.end())
    stop = _ITEM_END.search(text, m.end(), len(text) if line_end < 0 else line_end)
    if not stop:
        return False
    a, z = m.end(), stop.start()
    return bool(cues.problems_in(text, a, z)) and not cues.acts_beyond_faults(text, a, z)


def _stated_in(problems: DocumentProblems, problem_of: dict[int, str], outline: list, f: int) -> list[str]:
    """The finding a section of a list of findings states: its heading's problem, or else the problems its
    sentences state (those not inside another stated there)."""
    own = problem_of.get(f)
    if own and own != problem_of.get(outline[f].parent):
        return [own]
    inside = {pid for pid, at in problems.first.items() if outline[f].start <= at < outline[f].end}
    return [pid for pid in inside if problems.parent.get(pid) not in inside]


def _findings_root(i: int, findings: dict[int, str], p: Parsed) -> int:
    """The outermost findings section holding section i."""
    root = i
    while p.outline[root].parent is not None and p.outline[root].parent in findings:
        root = p.outline[root].parent  # type: ignore[assignment]
    return root


def _answered(problems: DocumentProblems, root_problem: str) -> list[str]:
    found = problems.descendants(root_problem)
    return [root_problem, *found] if len(found) <= _FINDINGS_LINKED else [root_problem]
