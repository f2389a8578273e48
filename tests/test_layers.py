"""Imports run one way: api -> ingest, search, graph; ingest -> graph, search; search -> graph; graph -> nothing of ours."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {
    "graph": {"graph"},
    "search": {"search", "graph"},
    "ingest": {"ingest", "graph", "search"},
    "api": {"api", "ingest", "search", "graph"},
}


def _imported_layers(path: Path, layer: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the file's package
                parts = path.relative_to(ROOT).parts[: -node.level]
                target = ".".join(parts) + ("." + node.module if node.module else "")
                found.add(target.split(".")[0])
            elif node.module and node.module.startswith("policykg."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("policykg."):
                    found.add(alias.name.split(".")[1])
    return found & set(ALLOWED)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    for path in sorted((ROOT / layer).rglob("*.py")):
        bad = _imported_layers(path, layer) - ALLOWED[layer]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"
