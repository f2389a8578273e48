"""Every package of the project is listed in pyproject.toml, so a normal (non-editable) install carries it.

An editable install finds every folder on disk, so a package missing from the list only breaks on a user's
`pip install .`; this test catches it where the editable install cannot.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "tests", "build", "benchmarks", ".git"}


def _packages_on_disk() -> set[str]:
    found = {"policykg"}
    for init in ROOT.rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        if not rel.parts or rel.parts[0] in SKIP or rel.parts[0].startswith("."):
            continue
        found.add(".".join(("policykg", *rel.parts)))
    return found


def test_every_package_on_disk_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = _packages_on_disk()
    assert on_disk - listed == set(), "packages missing from pyproject.toml"
    assert listed - on_disk == set(), "pyproject.toml lists packages that no longer exist"
