"""What several test modules share: where the sample is, and how to run the installed command."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "hainan-sthjt-2023-05-24.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def policykg_command() -> list[str]:
    """The console script installed beside this interpreter, or the one on PATH."""
    exe = shutil.which("policykg", path=str(Path(sys.executable).parent)) or shutil.which("policykg")
    if not exe:
        raise RuntimeError("policykg is not installed: pip install -e '.[test]'")
    return [exe]
