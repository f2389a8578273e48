"""A measure that names the problems as those reported, pointed out or of the same kind (针对所反映的问题,
针对指出的问题, 防止类似问题再次发生) refers back to the problems just stated and answers them."""

from __future__ import annotations

from pathlib import Path

from support import ingest_text, measure_links

REPORTED = """某村垃圾问题的答复
群众反映某村河道存在漂浮物较多、岸坡垃圾堆积等问题。
针对所反映的问题,镇政府组织保洁队伍连夜清理。
"""

POINTED_OUT = """某镇河道巡查情况
县督查组在巡查中发现某河道存在漂浮物较多、岸坡垃圾堆积等问题。
针对指出的问题,镇政府组织保洁队伍连夜清理。
"""

SAME_KIND = """某镇河道巡查情况
县督查组在巡查中发现某河道存在漂浮物较多、岸坡垃圾堆积等问题。
镇政府建立河道保洁长效机制,坚决防止类似问题再次发生。
"""

NO_REFERENCE = """某镇河道巡查情况
县督查组在巡查中发现某河道存在漂浮物较多、岸坡垃圾堆积等问题。
镇政府今年新建村级公厕5座,方便群众如厕。
"""


def _referring(text: str, tmp_path: Path, opening: str) -> set[str]:
    got = measure_links(ingest_text(tmp_path, text))
    return {t for m, t, basis in got if m.startswith(opening) and basis == "anaphora"}


def test_the_problem_reported_is_the_one_just_stated(tmp_path: Path):
    assert any("漂浮物" in t for t in _referring(REPORTED, tmp_path, "针对所反映的问题"))


def test_the_problems_pointed_out_are_those_just_found(tmp_path: Path):
    assert any("漂浮物" in t for t in _referring(POINTED_OUT, tmp_path, "针对指出的问题"))


def test_problems_of_the_same_kind_are_those_just_found(tmp_path: Path):
    assert any("漂浮物" in t for t in _referring(SAME_KIND, tmp_path, "镇政府建立"))


def test_no_reference_no_link(tmp_path: Path):
    got = measure_links(ingest_text(tmp_path, NO_REFERENCE))
    assert not any(m.startswith("镇政府今年新建") for m, _, _ in got), got
