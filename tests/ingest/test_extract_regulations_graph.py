"""Regulations in the assembled graph: one node per document across spellings, acts_on edges with verb and date."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.graph.vocab import EdgeType, NodeType
from policykg.ingest import pipeline

REPORT = """某省生态环境厅关于湾长制工作进展情况的报告

一、工作进展
(一)在湾长制实施方面。
1.加快推进湾长制。起草《某省全面推行“湾长制”实施方案(2020—2025年)》。2021年2月10日,省委办公厅省政府办公厅印发实施《某省全面推行“湾长制”实施方案》。
2.强化督察。制定《某省海湾保护条例》(以下简称《条例》),2020年11月2日,省政府常务会议审议通过。认真落实《条例》。

2021年5月24日
"""


def assemble(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def test_spellings_of_one_scheme_are_one_node_with_aliases(tmp_path: Path) -> None:
    record = assemble(tmp_path, REPORT)
    regs = [n for n in record.nodes if n.type == NodeType.REGULATION]
    scheme = [n for n in regs if "湾长制" in n.label]
    assert len(scheme) == 1
    assert "某省全面推行“湾长制”实施方案(2020—2025年)" in scheme[0].aliases
    assert len(scheme[0].evidence) == 2


def test_short_form_is_an_alias_not_a_regulation(tmp_path: Path) -> None:
    record = assemble(tmp_path, REPORT)
    labels = {n.label for n in record.nodes if n.type == NodeType.REGULATION}
    assert "条例" not in labels
    law = next(n for n in record.nodes if n.label == "某省海湾保护条例")
    assert "条例" in law.aliases
    assert law.attrs["kind"] == "regulation"
    assert law.attrs["dates"] == ["2020-11-02"]


def test_drafting_and_dated_issuing_are_both_actions_on_the_scheme(tmp_path: Path) -> None:
    record = assemble(tmp_path, REPORT)
    scheme = next(n for n in record.nodes if n.type == NodeType.REGULATION and "湾长制" in n.label)
    acts = {(e.attrs["verb"], e.attrs["date"], e.attrs.get("unit", ""))
            for e in record.edges if e.type == EdgeType.ACTS_ON and e.target == scheme.id}
    assert ("起草", "", "") in acts
    # the two offices the text runs together are two units, named by the entities part
    assert ("印发实施", "2021-02-10", "省委办公厅、省政府办公厅") in acts


def test_short_form_inside_another_title_is_not_a_mention(tmp_path: Path) -> None:
    text = REPORT.replace("认真落实《条例》。", "认真落实《条例》和《某市海湾保护条例实施细则》。")
    record = assemble(tmp_path, text)
    law = next(n for n in record.nodes if n.label == "某省海湾保护条例")
    # the defining title, the short form's definition and 《条例》 once: not the words inside the 实施细则 title
    assert len(law.evidence) == 3


def test_issuing_body_found_by_the_entities_part_becomes_issued_by() -> None:
    from policykg.graph.model import Node
    from policykg.ingest.assemble.builder import GraphBuilder, MeasureSpan
    from policykg.ingest.assemble.regulations import _add_action
    from policykg.ingest.extract.actions import Action

    text = "2021年2月10日,省委办公厅印发实施《某省湾长制实施方案》。"
    b = GraphBuilder("document:x", text)
    at = text.index("省委办公厅")
    b.add_node(Node("unit:office", NodeType.UNIT, "中共某省委办公厅", evidence=b.ev(at, at + 5)))
    b.add_node(Node("regulation:s", NodeType.REGULATION, "某省湾长制实施方案", attrs={"dates": []}))
    b.add_measure(MeasureSpan("measure:m", 0, len(text), None))
    act = Action(0, "印发实施", text.index("印发"), "2021-02-10", (), (at, at + 5))
    _add_action(b, "measure:m", 0, len(text), "regulation:s", act, b.of_type(NodeType.UNIT), text.index("《") + 1)
    issued = [e for e in b.edges.values() if e.type == EdgeType.ISSUED_BY]
    assert [(e.source, e.target) for e in issued] == [("regulation:s", "unit:office")]
    acts = [e for e in b.edges.values() if e.type == EdgeType.ACTS_ON]
    assert acts[0].attrs["unit"] == "中共某省委办公厅"
    assert b.nodes["regulation:s"].attrs == {"dates": ["2021-02-10"], "issuer": "中共某省委办公厅"}


def test_organ_written_before_a_title_is_its_issuer(tmp_path: Path) -> None:
    text = REPORT.replace("认真落实《条例》。", "根据审计厅《关于开展审计整改自查的通知》要求,开展自查。")
    record = assemble(tmp_path, text)
    notice = next(n for n in record.nodes if n.label == "关于开展审计整改自查的通知")
    assert notice.attrs["issuer"] == "审计厅"


def test_label_is_a_spelling_the_text_uses(tmp_path: Path) -> None:
    text = REPORT.replace("认真落实《条例》。", "制定《某省生态环境厅专项资金管理办法(试行)》。")
    record = assemble(tmp_path, text)
    labels = {n.label for n in record.nodes if n.type == NodeType.REGULATION}
    assert "某省生态环境厅专项资金管理办法(试行)" in labels
    assert "某省专项资金管理办法" not in labels
