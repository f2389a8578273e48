"""Options every command shares: which store to open, and JSON for scripts instead of a table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..settings import default_db

DbOpt = Annotated[Path, typer.Option("--db", help="Folder of the store (default: a per-user data folder, or $POLICYKG_DB).", default_factory=default_db, show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]
