"""Figures (quantitative facts and key dates): one node each, reported by the measure whose sentence states it.

Values coordinated in one statement (提出问题1152条,完成整改1093条) also form a series: a figure whose value is
"1152 / 1093" and whose `parts` are the single figures, so the pair can be read and compared as stated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING

from policykg.graph.ids import local_id
from policykg.graph.model import Node
from policykg.graph.vocab import EdgeType, NodeType

from .. import resolve
from ..extract.dates import DateMention, find_dates, year_before
from ..extract.figure_tables import table_numbers
from ..extract.figures import FigureMention, find_figures, find_series
from ..extract.key_dates import find_key_dates
from ..extract.regulations import find_titles
from .builder import GraphBuilder

if TYPE_CHECKING:
    from ..pipeline import Parsed


def build(p: Parsed, b: GraphBuilder) -> None:
    text = p.text
    year: int | None = None
    found: list[tuple[str, FigureMention]] = []
    key_dates = find_key_dates(text)  # over the whole text: a field's label and value may sit on two lines
    titles = [(m.start, m.end) for m in find_titles(text)]
    tables = table_numbers(text)  # over the whole text: a table's header stands sentences before its rows
    dated = _by_sentence(key_dates, p.sentences)
    for i, (a, z) in enumerate(p.sentences):
        dates = find_dates(text, a, z, year, str(p.metadata.get("date", "")))
        year = year_before(dates, z, year)
        # A number inside a 《》 title names the document (《…2021年工作要点和3个…意见》), it reports nothing.
        quantities = [f for f in find_figures(text, a, z, tables) if not _inside(f, titles)]
        figures = quantities + [k for k in dated.get(i, []) if not _inside(k, titles)]
        measure = b.measure_at(a, z) if figures else None
        for f in figures:
            fid = local_id("figure", b.doc, f.start, f.end)
            as_of = _as_of(text, dates, f)
            attrs = {
                "value": f.value, "unit": f.unit, "subject": f.subject,
                **_quoted(p, f.clause_start, f.clause_end), **({"as_of": as_of} if as_of else {}),
                **({"kind": f.kind} if f.kind != "quantity" else {}), **({"bound": f.bound} if f.bound else {}),
                **({"change": f.change} if f.change else {}),
            }
            label = f"{f.subject} {f.change}{f.text}".strip()
            b.add_node(Node(fid, NodeType.FIGURE, label, attrs=attrs, evidence=b.ev(f.start, f.end)))
            if measure is not None:
                b.add_edge(measure.id, fid, EdgeType.REPORTS, f.clause_start, f.clause_end)
                if f.kind == "deadline" and as_of:  # 2019年年底前完成…: the measure's deadline
                    b.nodes[measure.id].attrs.setdefault("deadline", as_of)
            else:
                sid = b.section_at(f.start)
                if sid is not None:
                    b.add_edge(fid, sid, EdgeType.STATED_IN, f.clause_start, f.clause_end)
            found.append((fid, f))
        for run in find_series(text, quantities):
            _add_series(p, b, run, dates, measure)
    b.facts["figures"] = found


def _by_sentence(found: list[FigureMention], sentences: list[tuple[int, int]]) -> dict[int, list[FigureMention]]:
    """The figures found over the whole text, in their order, by the index of the sentence they start in."""
    starts = [a for a, _ in sentences]
    out: dict[int, list[FigureMention]] = defaultdict(list)
    for f in found:
        i = bisect_right(starts, f.start) - 1
        if i >= 0 and f.start < sentences[i][1]:
            out[i].append(f)
    return out


def _inside(f: FigureMention, titles: list[tuple[int, int]]) -> bool:
    return any(a <= f.start < z for a, z in titles)


def _quoted(p: Parsed, a: int, z: int) -> dict[str, str]:
    """A figure's clause as `text`: as the file prints it, with `plain` the matched text, where the page writes it
    otherwise (traditional script, pinyin reading aids: 查處3個(gè)), as measures keep theirs; a reader quoting
    the figure quotes the page, and search reads `plain`."""
    plain = p.text[a:z]
    printed = resolve.as_written(p.decoded.text, p.offsets, a, z) if p.decoded else []
    return {"text": printed[-1], "plain": plain} if printed else {"text": plain}  # with a gloss after its end


def _add_series(p: Parsed, b: GraphBuilder, run: list[FigureMention], dates: list[DateMention],
                measure: Node | None) -> None:
    """One figure for values stated together; its evidence runs from the first value to the last."""
    first, last = run[0], run[-1]
    start, end = first.start, last.end
    fid = local_id("figure", b.doc, start, end)
    as_of = _as_of(b.text, dates, first)
    subjects = [f.subject for f in run]
    attrs = {
        "value": " / ".join(f.change + f.value for f in run), "unit": first.unit,
        "subject": " / ".join(subjects) if any(subjects) else "",
        **_quoted(p, first.clause_start, last.clause_end), "kind": "series",
        "parts": [local_id("figure", b.doc, f.start, f.end) for f in run], **({"as_of": as_of} if as_of else {}),
    }
    label = f"{attrs['subject']} {attrs['value']}{first.unit}".strip()
    b.add_node(Node(fid, NodeType.FIGURE, label, attrs=attrs, evidence=b.ev(start, end)))
    if measure is not None:
        b.add_edge(measure.id, fid, EdgeType.REPORTS, first.clause_start, last.clause_end)
    elif (sid := b.section_at(start)) is not None:
        b.add_edge(fid, sid, EdgeType.STATED_IN, first.clause_start, last.clause_end)


_NUMERIC_DATE = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})|(\d{4})(\d{2})(\d{2})$")
_BASELINE = frozenset("较比")
"""A date right after 较 / 比 is the baseline a figure is compared with."""


def _as_of(text: str, dates: list[DateMention], f: FigureMention) -> str:
    """The last date stated before the figure in its sentence (截至2020年底, 18个水体 …).

    A date after it, or after 较, is more often a baseline (较2018年提高42.4个百分点) than the time the figure holds for.
    A key date (a period, a deadline) holds as of its own first day.
    """
    if f.kind != "quantity":
        own = [d for d in dates if f.start <= d.start < f.end]
        if own:
            return own[0].iso
        ymd = _NUMERIC_DATE.match(f.value)  # 2024-06-05, 2021.05.29, 20240605
        if not ymd:
            return ""
        y, m, d = (g for g in ymd.groups() if g)
        return f"{y}-{int(m):02d}-{int(d):02d}"
    before = [d for d in dates if d.end <= f.start and text[max(0, d.start - 1):d.start] not in _BASELINE]
    return before[-1].iso if before else ""
