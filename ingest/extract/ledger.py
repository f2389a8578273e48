"""Ledger tables: a rectification list published as a table (one row per problem), flattened one row per line
with its cells joined by " | ", as the HTML and Word readers write tables.

A header row names its columns; a column is read by what its header says it holds: the problem (问题具体情况,
存在问题, 反馈问题), the measures (整改措施, 整治进展情况, 完成情况), the status (是否完成整改, 整改状态), the
deadline (整改时限, 计划完成时间) or the responsible unit (责任单位). Rows below it with as many cells are read by
those columns; any other line ends the table. Columns the header does not name this way (序号, 所在地, 问题类型)
are left to the other extractors.

A narrow page may wrap a table so that a line ends with its last cell's " |" and the next line goes on with the
same row, down to one cell a line, or so that each bar stands on a line of its own. Such a table, headed by 序号,
is read as one run of cells split at its bars: the header is every cell before the first row number, and each row
takes as many cells as the header has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("status", re.compile(r"是否(?:已经)?(?:完成|整改|销号)|整改状态|完成状态|^状态$|销号情况")),
    ("deadline", re.compile(r"时限|期限|完成时间|整改时间|计划完成|完成日期")),
    ("responsible", re.compile(r"责任单位|牵头单位|责任部门|配合单位|责任主体|责任领导|责任人")),
    ("problem", re.compile(
        r"^(?:存在|反馈|突出|具体|主要|交办)?的?问题(?:具体)?(?:情况|描述|内容|表现|名称|清单)?$|问题具体情况|问题描述|反馈意见"
    )),
    ("measure", re.compile(r"措施|进展|整改情况|整治情况|完成情况|落实情况|工作情况|成效|处理情况|办理情况|(?:督查|核查|督办)情况")),
)
"""What a header cell says its column holds, tried in this order (是否完成整改 is a status, not a measure)."""
_DONE = {"是": "完成", "已完成": "完成", "完成": "完成", "已整改": "完成", "否": "未完成", "未完成": "未完成"}


@dataclass(frozen=True)
class Cell:
    """A cell's text, without the spaces around it, and where it stands in the document."""

    text: str
    start: int
    end: int


@dataclass
class LedgerRow:
    start: int
    end: int
    cells: list[tuple[str, Cell]] = field(default_factory=list)
    """(role, cell) for the row's non-empty cells in columns of a known role (problem, measure, status, deadline,
    responsible), in column order; a table may have two measure columns (planned measures, progress)."""

    def get(self, role: str) -> list[Cell]:
        return [c for r, c in self.cells if r == role]

    def text(self, role: str) -> str:
        return ";".join(c.text for c in self.get(role))

    def status(self) -> str:
        """The status the row's status cell states, in the words of ingest/extract/status.py (是 -> 完成)."""
        said = self.text("status")
        return _DONE.get(said, said if len(said) <= 8 else "")


@dataclass
class Ledger:
    start: int
    end: int
    """From the header line's start to the last row's end: no other extractor reads these lines as prose."""
    rows: list[LedgerRow]


def find_ledgers(text: str) -> list[Ledger]:
    """The ledger tables in text.

    >>> t = "序号 | 存在问题 | 整改措施 | 是否完成\\n1 | 甲河沿岸垃圾堆放 | 清运垃圾30吨。 | 是\\n说明"
    >>> [(r.text("problem"), r.text("measure"), r.status()) for r in find_ledgers(t)[0].rows]
    [('甲河沿岸垃圾堆放', '清运垃圾30吨。', '完成')]
    """
    lines = _lines(text)
    out: list[Ledger] = []
    k = 0
    while k < len(lines):
        roles = _header_roles(lines[k][2])
        if roles is None:
            wrapped, k = _wrapped_ledger(text, lines, k)
            out.extend(wrapped)
            continue
        start, end = lines[k][0], lines[k][1]
        rows: list[LedgerRow] = []
        k += 1
        while k < len(lines) and "|" in lines[k][2]:
            a, z, line = lines[k]
            cells = table_cells(line, a)
            while len(cells) > len(roles) and not cells[-1].text:  # a row closed by a last | has an empty cell
                cells.pop()
            if len(cells) == len(roles):
                rows.append(LedgerRow(a, z, [(r, c) for r, c in zip(roles, cells) if r and c.text]))
            end = z
            k += 1
        if rows:
            out.append(Ledger(start, end, rows))
    return out


_ROW_NUMBER = re.compile(r"\d{1,4}")
_NUMBER_HEAD = re.compile(r"序号|编号")


def _wrapped_ledger(text: str, lines: list[tuple[int, int, str]], k: int) -> tuple[list[Ledger], int]:
    """The ledger whose cells run over several lines from line k (a table wrapped by a narrow page: a line
    ends with its cell's " |", or the bars stand on lines of their own), and the index of the first line after
    it; no ledger and k + 1 when line k opens none."""
    def bar_next(j: int) -> bool:
        return j + 1 < len(lines) and lines[j + 1][2].lstrip().startswith("|")

    head = lines[k][2]
    if not _NUMBER_HEAD.fullmatch(head.split("|")[0].strip()) or not (head.rstrip().endswith("|") or bar_next(k)):
        return [], k + 1
    j = k
    while j < len(lines) and lines[j][2].strip():
        if "|" in lines[j][2] or bar_next(j) or (j > k and lines[j - 1][2].rstrip().endswith("|")):
            j += 1
        else:
            break
    a, z = lines[k][0], lines[j - 1][1]
    cells = table_cells(text[a:z], a)
    if not cells[-1].text:  # the last bar closes the last cell
        cells.pop()
    width = next((i for i, c in enumerate(cells) if _ROW_NUMBER.fullmatch(c.text)), 0)
    roles = _roles([c.text for c in cells[:width]]) if width >= 3 else None
    if roles is None:
        return [], k + 1
    rows: list[LedgerRow] = []
    for i in range(width, len(cells), width):
        row = cells[i:i + width]
        if not _ROW_NUMBER.fullmatch(row[0].text):
            break
        rows.append(LedgerRow(row[0].start, row[-1].end, [(r, c) for r, c in zip(roles, row) if r and c.text]))
    if not rows:
        return [], k + 1
    return [Ledger(lines[k][0], rows[-1].end, rows)], j


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, a = [], 0
    for line in text.split("\n"):
        out.append((a, a + len(line), line))
        a += len(line) + 1
    return out


def table_cells(line: str, offset: int = 0) -> list[Cell]:
    """The cells of a flattened table's line split at its bars, each without the spaces around it, placed at
    `offset` in the document; a bar that closes the line leaves an empty last cell, for the caller to drop."""
    out, a = [], 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        out.append(Cell(text, offset + a + lead, offset + a + lead + len(text)))
        a += len(part) + 1
    return out


def _header_roles(line: str) -> list[str] | None:
    """The role of each column when the line is a ledger's header: three cells or more, naming a problem or a
    measure column and one more column of a known kind."""
    cells = line.rstrip().removesuffix("|").split("|")
    return _roles(cells) if len(cells) >= 3 else None


def _roles(cells: list[str]) -> list[str] | None:
    """The role of each header cell, or None when the cells name no problem or measure column and one more."""
    roles = [_role(re.sub(r"\s", "", c)) for c in cells]
    named = [r for r in roles if r]
    once = [r for r in named if r != "measure"]
    if len(named) < 2 or not {"problem", "measure"} & set(named) or len(set(once)) != len(once):
        return None
    return roles


def _role(header: str) -> str:
    if not header or len(header) > 16:
        return ""
    return next((role for role, pattern in ROLES if pattern.search(header)), "")
