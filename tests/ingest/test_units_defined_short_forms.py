"""A short form the text defines after a body's name (甲乙县农业农村局(以下简称县农业局)) is that body in the document:
one node with the short form as an alias, not a second body it would otherwise expand to."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline
from policykg.ingest.extract.unit_references import defined_short_forms
from policykg.ingest.extract.units import find_units


def defined(text: str) -> list[tuple[str, str]]:
    units = find_units(text)
    found = defined_short_forms(text, units)
    return [(m.surface, found[id(m)].surface) for m in units if id(m) in found]


def test_a_defined_short_form_is_the_body_it_follows() -> None:
    assert defined("甲乙县农业农村局(以下简称县农业局)牵头,县农业局组织排查") == [
        ("县农业局", "甲乙县农业农村局"), ("县农业局", "甲乙县农业农村局")]
    assert defined("某省生态环境厅(简称“省厅”)会同省水务厅检查,省厅组织培训") == [
        ("省厅", "某省生态环境厅"), ("省厅", "某省生态环境厅")]


def test_a_bracket_after_no_body_defines_nothing() -> None:
    assert defined("整改方案(以下简称县农业局)印发后,县农业局组织排查") == []


def test_the_short_form_is_an_alias_of_one_node(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("关于整改情况的通报\n海南省生态环境厅(以下简称省厅)会同省水务厅开展检查,省厅组织培训。\n", encoding="utf-8")
    units = {n.label: n for n in pipeline.run(pipeline.load(path)).nodes if n.type == NodeType.UNIT}
    assert "省厅" in units["海南省生态环境厅"].aliases and "海南省厅" not in units
