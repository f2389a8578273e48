"""Numbers alone in the cells of a flattened table: a table prints the unit and what is counted once, in its
header, so a bare number in a row is a figure of its column.

Two flattenings are read. A row per line with bars between the cells (序号 | 项目 | 长度(公里) | 进度(%) on the first
line, then 1 | 某河整治 | 12.5 | 80 |); and a cell per line, as a web page's table is copied (序号, 水体名称, 面积/长度 …
each on a line of its own, then 1, 某河, 1700 …), sometimes with a lone bar between the cells. A row is read
against the header only when both have the same number of cells; a table whose rows cannot be aligned is left
alone. Columns that number or date the rows (序号, 年份) hold no figures.

A table runs over many sentences, so its numbers are read over the whole text once (`table_numbers(text)`) and
handed to each sentence's reading.
"""

from __future__ import annotations

import re

from .ledger import Cell, table_cells

TableNumber = tuple[int, int, str, str, str]
"""(start, end, value, unit, the column's name)."""

_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
_HEADER_UNIT = re.compile(r"[((]\s*(?P<u>%|[^()()\d\s]{1,6})\s*[))]\s*$")
"""A header's unit in brackets at its end (长度(公里), 进度(%), 投资(万元))."""
_MEASURED = re.compile(r"数|量|面积|长度|金额|投资|资金|进度|比例|率|人次|规模|能力|浓度")
"""A header that names a quantity even without a unit (问题数, 完成率)."""
_HEADER_MOST = 12
"""The longest header cell: a longer first line is a row of a key-value table (整改任务 | …), not a header."""
_ROW_LABELS = re.compile(r"序号|编号|年份|年度|时间|日期|时限|期限|电话|代码|排序")
_FIRST_HEADER = frozenset({"序号", "编号"})
"""The header cell a table copied a cell per line opens with: what tells its header from running lines."""
_HEADER_CELLS = 20
"""The most cells a header copied a cell per line has; a longer run of short lines is a list, not a header."""


def table_numbers(text: str, start: int = 0, end: int | None = None) -> list[TableNumber]:
    """Bare numbers in the rows of flattened tables in text[start:end].

    >>> t = "序号 | 河道 | 长度(公里) | 完成率\\n1 | 某河 | 12.5 | 80% |"
    >>> [(v, u, s) for _, _, v, u, s in table_numbers(t)]
    [('12.5', '公里', '长度'), ('80', '%', '完成率')]
    >>> t = "编号\\n河道\\n长度(公里)\\n1\\n某河\\n12.5\\n2\\n某溪\\n3.1"
    >>> [(v, u, s) for _, _, v, u, s in table_numbers(t)]
    [('12.5', '公里', '长度'), ('3.1', '公里', '长度')]
    """
    end = len(text) if end is None else end
    return sorted(_barred_rows(text, start, end) + _cell_lines(text, start, end))


def _barred_rows(text: str, start: int, end: int) -> list[TableNumber]:
    out: list[TableNumber] = []
    header: list[str] | None = None
    pos = start
    for line in text[start:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if "|" not in line or line.strip() == "|":
            header = None
            continue
        cells = table_cells(line, line_start)
        if cells and not cells[-1].text:  # the bar closing a row
            cells.pop()
        if header is None:
            header = [c.text for c in cells]
            continue
        out += _row_numbers(cells, header)
    return out


def _cell_lines(text: str, start: int, end: int) -> list[TableNumber]:
    """The numbers of tables copied a cell per line: a header opening with 序号 or 编号, then rows numbered from 1."""
    cells = _line_cells(text, start, end)
    out: list[TableNumber] = []
    i = 0
    while i < len(cells):
        if cells[i].text not in _FIRST_HEADER:
            i += 1
            continue
        j = i + 1
        while j < len(cells) and cells[j].text != "1" and len(cells[j].text) <= _HEADER_MOST and j - i <= _HEADER_CELLS:
            j += 1
        header = [c.text for c in cells[i:j]]
        if j >= len(cells) or cells[j].text != "1" or len(header) < 3:
            i += 1
            continue
        row = 1
        while cells[j : j + 1] and cells[j].text == str(row):
            out += _row_numbers(cells[j : j + len(header)], header)
            j, row = j + len(header), row + 1
        i = j
    return out


def _line_cells(text: str, start: int, end: int) -> list[Cell]:
    """The non-empty lines of text[start:end] as cells; where lone bars stand between them, the lines between two
    bars are one cell (a header cell broken over two lines: 计划完成 / 整治时间)."""
    lines: list[Cell] = []
    pos = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append(Cell(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    out: list[Cell] = []
    joined: list[Cell] = []
    barred = False
    for c in lines:
        if c.text == "|":
            barred = True
            if joined:
                out.append(Cell("".join(x.text for x in joined), joined[0].start, joined[-1].end))
            joined = []
        elif barred:
            joined.append(c)
        else:
            out.append(c)
    if joined:
        out.append(Cell("".join(x.text for x in joined), joined[0].start, joined[-1].end))
    return out


def _row_numbers(cells: list[Cell], header: list[str]) -> list[TableNumber]:
    """The bare numbers of a row, each read against its column's header; none unless row and header align."""
    if len(cells) != len(header):
        return []
    out: list[TableNumber] = []
    for c, name in zip(cells, header):
        cell = c.text
        if not _CELL_NUMBER.fullmatch(cell) or len(name) > _HEADER_MOST or _ROW_LABELS.search(name) \
                or any(ch.isdigit() for ch in name):
            continue
        unit = _HEADER_UNIT.search(name)
        if not unit and not cell.endswith("%") and not _MEASURED.search(name):
            continue
        value = cell.rstrip("%")
        symbol = "%" if cell.endswith("%") else unit["u"] if unit else ""
        subject = name[: unit.start()].strip() if unit else name
        out.append((c.start, c.end, value, symbol, subject))
    return out
