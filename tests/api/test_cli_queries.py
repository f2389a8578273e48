"""Every query on the command line: tables by default, --json for scripts, errors in one line with a hint."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from invented_graph import CITY, DOC, REG, WATER, write_river_report
from support import policykg_command
from typer.testing import CliRunner

from policykg.api.cli import app
from policykg.graph.store import Store

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    store = Store.open(tmp_path)
    write_river_report(store)
    store.close()
    return tmp_path


def _json(db: Path, *args: str) -> object:
    r = runner.invoke(app, [*args, "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_problems_and_their_measures(db: Path) -> None:
    problems = _json(db, "problems", "垃圾")
    assert [p["title"] for p in problems] == ["河道垃圾清理不及时问题"]
    measures = _json(db, "problems", "--measures", problems[0]["id"])
    assert {tuple(m["units"]) for m in measures} == {("市水务局",), ()}
    table = runner.invoke(app, ["problems", "--db", str(db)]).stdout
    assert "河道垃圾清理不及时问题" in table


def test_regulations(db: Path) -> None:
    assert [(r["id"], r["issuers"], r["actions"]) for r in _json(db, "regulations")] == [(REG, ["市政府"], 2)]
    assert "《清河保护办法》" in runner.invoke(app, ["regulations", "--db", str(db)]).stdout


def test_entity_with_evidence(db: Path) -> None:
    page = _json(db, "entity", "市水务局")
    assert page["node"]["id"] == WATER and all(q["doc"] == DOC for q in page["evidence"])
    table = runner.invoke(app, ["entity", "市水务局", "--db", str(db)]).stdout
    assert "performed_by" in table and "【市水务局】" in table


def test_neighbours_and_path(db: Path) -> None:
    around = _json(db, "neighbours", "市政府")
    assert {n["id"] for n in around["nodes"]} == {CITY, REG}
    chain = _json(db, "path", "市政府", "市水务局")
    assert chain["nodes"][0]["id"] == CITY and chain["nodes"][-1]["id"] == WATER
    printed = runner.invoke(app, ["path", "市政府", "市水务局", "--db", str(db)]).stdout
    assert printed.startswith("3 edges:") and "<-[issued_by]-" in printed


def test_timeline(db: Path) -> None:
    periods = _json(db, "timeline", "--regulation", "清河保护办法")
    assert [p["period"] for p in periods] == ["2022-03", "2022-04"]
    assert [p["period"] for p in _json(db, "timeline", "--by", "year")] == ["2022"]


def test_documents_list_and_delete(db: Path) -> None:
    assert [d["id"] for d in _json(db, "documents")] == [DOC]
    assert _json(db, "documents", "--delete", DOC) == []


def test_errors_are_one_line_with_a_hint(db: Path) -> None:
    for args, code in ((["entity", "无此单位"], 2), (["path", "市政府"], 2), (["timeline", "--by", "week"], 2)):
        r = subprocess.run([*policykg_command(), *args, "--db", str(db)], capture_output=True, text=True,
                           env={"COLUMNS": "40", "PATH": "/usr/bin:/bin"})
        assert r.returncode == code, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and "(hint: " in lines[0], r.stderr
        assert "Traceback" not in r.stderr


def test_every_command_help_has_an_example() -> None:
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    assert {"problems", "regulations", "entity", "neighbours", "path", "timeline", "documents"} <= set(names)
    for name in names:
        r = runner.invoke(app, [name, "--help"])
        assert r.exit_code == 0 and "Example" in r.stdout, name
