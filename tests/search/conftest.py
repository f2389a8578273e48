"""A small hand-made index: an invented bay-chief report with headings, measures and one resolved unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.model import Edge, Evidence, Node
from policykg.search.index import SearchIndex

DOC = "document:fixture0000000001"
TEXT = (
    "某省湾长制工作报告\n"
    "一、全面推行湾长制\n"
    "我厅牵头制定《某省全面推行湾长制实施方案》,建立省市县三级湾长体系。\n"
    "二、海洋生态系统碳汇\n"
    "开展海洋生态系统碳汇试点,推进红树林保护修复。\n"
    "三、其他工作\n"
    "全面落实禁塑要求,顺带提及湾长制宣传。\n"
    "2019年完成集中式饮用水水源地保护区划定。\n"
    "2022年对万人千吨饮用水水源地开展环境状况评估。\n"
)


def _span(part: str) -> Evidence:
    i = TEXT.index(part)
    return Evidence(DOC, i, i + len(part))


def _sentence(nid: str, text: str, date: str = "") -> Node:
    return Node(nid, "measure", text[:20], attrs={"text": text, **({"date": date} if date else {})},
                evidence=[_span(text)])


def fixture_graph() -> tuple[list[Node], list[Edge]]:
    unit = Node("unit:dept", "unit", "某省生态环境厅", aliases=["我厅", "省生态环境厅"])
    place = Node("place:city", "place", "某市")
    bay = Node("bay:b", "bay", "某某湾")
    plastics = Node("regulation:p", "regulation", "禁止一次性不可降解塑料制品", aliases=["禁塑"])
    m1 = _sentence("measure:m1", "我厅牵头制定《某省全面推行湾长制实施方案》,建立省市县三级湾长体系。", "2021-03")
    m2 = _sentence("measure:m2", "开展海洋生态系统碳汇试点,推进红树林保护修复。", "2020")
    m3 = _sentence("measure:m3", "全面落实禁塑要求,顺带提及湾长制宣传。", "2022-05")
    m4 = _sentence("measure:m4", "2019年完成集中式饮用水水源地保护区划定。", "2019")
    m5 = _sentence("measure:m5", "2022年对万人千吨饮用水水源地开展环境状况评估。", "2022")
    sections = []
    heads = ["一、全面推行湾长制", "二、海洋生态系统碳汇", "三、其他工作"]
    for k, h in enumerate(heads):
        start = TEXT.index(h)
        end = TEXT.index(heads[k + 1]) if k + 1 < len(heads) else len(TEXT)
        sections.append(Node(f"section:s{k}", "section", h[2:], attrs={"end": end},
                             evidence=[Evidence(DOC, start, start + len(h))]))
    doc = Node(DOC, "document", "某省湾长制工作报告", attrs={"date": "2022-06"})
    edges = [
        Edge("measure:m1", "unit:dept", "performed_by"),
        Edge("measure:m1", "bay:b", "concerns"),
        Edge("measure:m2", "place:city", "concerns"),
        Edge("measure:m3", "regulation:p", "acts_on"),
    ]
    return [doc, *sections, m1, m2, m3, m4, m5, unit, place, bay, plastics], edges


@pytest.fixture(params=["whoosh", "tantivy"])
def index(tmp_path: Path, request: pytest.FixtureRequest) -> SearchIndex:
    """The fixture report indexed by each engine in turn: every search test holds for both."""
    ix = SearchIndex(tmp_path, engine=request.param)
    nodes, edges = fixture_graph()
    ix.add_document(DOC, TEXT, nodes, edges)
    return ix


@pytest.fixture
def report_text() -> str:
    return TEXT


@pytest.fixture
def report() -> tuple[str, str, list[Node], list[Edge]]:
    """The fixture report as an ingest hands it to the index: id, text, nodes, edges."""
    return (DOC, TEXT, *fixture_graph())
