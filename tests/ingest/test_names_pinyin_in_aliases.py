"""Names as a mirror site prints them: a pinyin reading aid inside a name stays in the name's printed alias."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import NodeType
from policykg.ingest import pipeline

GLOSSED = (
    "近日,省審計(jì)廳聯合市水務局印發《關(guān)于開展河湖巡查工作的通(tōng)知》,"
    "要求各地對甲(jiǎ)乙河(hé)沿岸排污口開展排查。\n"
)


def assemble(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "glossed.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def by_label(record: DocumentRecord, node_type: NodeType) -> dict[str, list[str]]:
    return {n.label: n.aliases for n in record.nodes if n.type == node_type}


def test_a_glossed_name_keeps_its_printed_form_as_an_alias(tmp_path: Path) -> None:
    record = assemble(tmp_path, GLOSSED)
    units = by_label(record, NodeType.UNIT)
    unit = next(label for label in units if label.endswith("审计厅"))
    assert "省審計(jì)廳" in units[unit]
    regs = by_label(record, NodeType.REGULATION)
    assert "關(guān)于開展河湖巡查工作的通(tōng)知" in regs["关于开展河湖巡查工作的通知"]
    rivers = by_label(record, NodeType.RIVER)
    assert "甲(jiǎ)乙河" in rivers["甲乙河"]  # a gloss after the name's last character is not part of it


def test_a_name_without_a_gloss_gets_no_printed_alias(tmp_path: Path) -> None:
    record = assemble(tmp_path, "近日,省审计厅联合市水务局开展甲乙河排污口排查。\n")
    for aliases in by_label(record, NodeType.UNIT).values():
        assert not any("(" in a for a in aliases)


def test_a_gloss_right_after_a_name_gives_the_form_with_it_too(tmp_path: Path) -> None:
    record = assemble(tmp_path, "涉及甲乙鎮(zhèn)3件、丙丁街道1件。\n")
    places = by_label(record, NodeType.PLACE)
    assert "甲乙鎮(zhèn)" in places["甲乙镇"]


def test_a_committee_numbered_by_its_term_is_also_called_without_it(tmp_path: Path) -> None:
    record = assemble(tmp_path, "从十届市委首轮巡察起,市委巡察办统筹协调。\n")
    units = by_label(record, NodeType.UNIT)
    assert any("市委" in aliases and "十届市委" in aliases for aliases in units.values())
