"""How commands print: tables for people, JSON for scripts, progress and notes on standard error."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

err = Console(stderr=True)
out = Console()


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def print_table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    t = Table(title=title)
    for col in columns:
        t.add_column(col, overflow="fold")  # ids stay whole, to copy into the next command
    for row in rows:
        t.add_row(*(Text(cell) for cell in row))  # text as written: a [bracket] in a title is not markup
    out.print(t)
