"""Numbers alone in the cells of a flattened table (序号 | 项目 | 长度(公里) | 进度(%) on the first line, then
1 | 某河整治 | 12.5 | 80 |): a table prints the unit and what is counted once, in its header, so a bare number
in a row is a figure of its column.

A row is read against the header only when both have the same number of cells; a table whose rows were broken
across lines cannot be aligned and is left alone. Columns that number or date the rows (序号, 年份) hold no
figures.
"""

from __future__ import annotations

import re

from .ledger import table_cells

_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
_HEADER_UNIT = re.compile(r"[((]\s*(?P<u>%|[^()()\d\s]{1,6})\s*[))]\s*$")
"""A header's unit in brackets at its end (长度(公里), 进度(%), 投资(万元))."""
_MEASURED = re.compile(r"数|量|面积|长度|金额|投资|资金|进度|比例|率|人次|规模|能力|浓度")
"""A header that names a quantity even without a unit (问题数, 完成率)."""
_HEADER_MOST = 12
"""The longest header cell: a longer first line is a row of a key-value table (整改任务 | …), not a header."""
_ROW_LABELS = re.compile(r"序号|编号|年份|年度|时间|日期|时限|期限|电话|代码|排序")


def table_numbers(text: str, start: int, end: int) -> list[tuple[int, int, str, str, str]]:
    """Bare numbers in the rows of flattened tables in text[start:end], as (start, end, value, unit, subject).

    >>> t = "序号 | 河道 | 长度(公里) | 完成率\\n1 | 某河 | 12.5 | 80% |"
    >>> [(v, u, s) for _, _, v, u, s in table_numbers(t, 0, len(t))]
    [('12.5', '公里', '长度'), ('80', '%', '完成率')]
    """
    out: list[tuple[int, int, str, str, str]] = []
    header: list[str] | None = None
    pos = start
    for line in text[start:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if "|" not in line:
            header = None
            continue
        cells = table_cells(line, line_start)
        if cells and not cells[-1].text:  # the bar closing a row
            cells.pop()
        if header is None:
            header = [c.text for c in cells]
            continue
        if len(cells) != len(header):
            continue
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

