"""Headings and problems keep the form a page prints them in when pinyin reading aids stand in them.

Mirror sites print a gloss after some characters (關(guān)); the normalized text drops it, so the label reads clean,
and the printed form is an alias, so a reader quoting the page finds the heading or the problem by it.
"""

from __future__ import annotations

from pathlib import Path

from support import ingest_text

GLOSSED = (
    "某县整改情况报告\n"
    "一、關(guān)于河道整治\n"
    "(一)在河道垃圾清理方面\n"
    "1.河道垃圾清理不到(dào)位的问题。县水务局组织清理河道垃圾20吨。\n"
)


def _aliases(tmp_path: Path, text: str, node_type: str) -> dict[str, list[str]]:
    return {n.label: n.aliases for n in ingest_text(tmp_path, text).nodes if n.type == node_type}


def test_a_glossed_heading_reads_clean_and_keeps_its_printed_form(tmp_path: Path) -> None:
    sections = _aliases(tmp_path, GLOSSED, "section")
    assert sections["关于河道整治"] == ["關(guān)于河道整治"]
    assert sections["在河道垃圾清理方面"] == []  # nothing glossed: no second form


def test_a_glossed_problem_keeps_its_printed_form(tmp_path: Path) -> None:
    problems = _aliases(tmp_path, GLOSSED, "problem")
    assert problems["河道垃圾清理不到位的问题"] == ["河道垃圾清理不到(dào)位的问题"]


def test_a_page_in_simplified_script_without_glosses_adds_no_alias(tmp_path: Path) -> None:
    plain = GLOSSED.replace("關(guān)", "关").replace("(dào)", "")
    assert not any(_aliases(tmp_path, plain, "section").values())
    assert not any(_aliases(tmp_path, plain, "problem").values())
