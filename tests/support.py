"""What several test modules share: where the sample is, how to run the installed command, and how to run the
pipeline on an invented text."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.ingest import pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "hainan-sthjt-2023-05-24.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def policykg_command() -> list[str]:
    """The console script installed beside this interpreter, or the one on PATH."""
    exe = shutil.which("policykg", path=str(Path(sys.executable).parent)) or shutil.which("policykg")
    if not exe:
        raise RuntimeError("policykg is not installed: pip install -e '.[test]'")
    return [exe]


def ingest_text(tmp_path: Path, text: str) -> DocumentRecord:
    """The pipeline's record of a text written to a file, as `policykg ingest` would read it."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def measure_links(record: DocumentRecord) -> set[tuple[str, str, str]]:
    """(measure text, problem title, basis) for every addresses edge."""
    nodes = {n.id: n for n in record.nodes}
    return {
        (nodes[e.source].attrs["text"], nodes[e.target].label, e.attrs.get("basis", ""))
        for e in record.edges if e.type == "addresses"
    }
