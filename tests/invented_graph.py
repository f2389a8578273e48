"""An invented river report written into a store: problems, measures, a regulation drafted and issued, two units.

Shared by the graph query, SPARQL and export tests. 市政府 issued the regulation (a measure concerning the river 清河), 市水务局 drafted it. Every span is found in TEXT, so evidence offsets are true.
"""

from __future__ import annotations

from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

TEXT = (
    "一、河道垃圾清理不及时问题。"
    "2022年3月5日,市水务局起草《清河保护办法》。"
    "2022年4月1日,市政府印发《清河保护办法》。"
    "2022年4月,市水务局建立河道巡查制度。"
    "开展岸线整治。"
)
DOC = document_id("d" * 64)
REG = entity_id("regulation", "清河保护办法")
WATER = entity_id("unit", "市水务局")
CITY = entity_id("unit", "市政府")
RIVER = entity_id("river", "清河")


def _span(part: str, after: int = 0) -> Evidence:
    start = TEXT.index(part, after)
    return Evidence(DOC, start, start + len(part))


def _sentence(first: str) -> Evidence:
    start = TEXT.index(first)
    return Evidence(DOC, start, TEXT.index("。", start) + 1)


def write_river_report(s: Store) -> dict[str, str]:
    """Write the report into `s`; the ids of its measures (draft, issue, patrol, shore) and its problem."""
    problem = _span("河道垃圾清理不及时问题")
    draft, issue, patrol, shore = (_sentence(first) for first in ("2022年3月5日", "2022年4月1日", "2022年4月,", "开展岸线"))
    ids = {name: local_id("measure", DOC, ev.start, ev.end) for name, ev in
           (("draft", draft), ("issue", issue), ("patrol", patrol), ("shore", shore))}
    pid = local_id("problem", DOC, problem.start, problem.end)
    s.write_document(DocumentRecord(
        node=Node(DOC, NodeType.DOCUMENT, "清河整改报告", attrs={"sha256": "d" * 64}, evidence=[Evidence(DOC, 0, len(TEXT))]),
        text=TEXT, original=TEXT, offsets=list(range(len(TEXT) + 1)),
        nodes=[
            Node(pid, NodeType.PROBLEM, "河道垃圾清理不及时问题", evidence=[problem]),
            Node(REG, NodeType.REGULATION, "清河保护办法", evidence=[_span("清河保护办法"), _span("清河保护办法", issue.start)]),
            Node(WATER, NodeType.UNIT, "市水务局", evidence=[_span("市水务局")]),
            Node(CITY, NodeType.UNIT, "市政府", evidence=[_span("市政府")]),
            Node(RIVER, NodeType.RIVER, "清河", evidence=[_span("清河", issue.start)]),
            Node(ids["draft"], NodeType.MEASURE, "起草", attrs={"text": TEXT[draft.start:draft.end], "date": "2022-03-05"}, evidence=[draft]),
            Node(ids["issue"], NodeType.MEASURE, "印发", attrs={"text": TEXT[issue.start:issue.end], "date": "2022-04-01"}, evidence=[issue]),
            Node(ids["patrol"], NodeType.MEASURE, "巡查", attrs={"text": TEXT[patrol.start:patrol.end], "date": "2022-04", "verbs": ["建立"]}, evidence=[patrol]),
            Node(ids["shore"], NodeType.MEASURE, "岸线", attrs={"text": TEXT[shore.start:shore.end]}, evidence=[shore]),
        ],
        edges=[
            Edge(ids["draft"], REG, EdgeType.ACTS_ON, attrs={"verb": "起草", "date": "2022-03-05"}, evidence=[draft], key="起草"),
            Edge(ids["issue"], REG, EdgeType.ACTS_ON, attrs={"verb": "印发", "date": "2022-04-01", "unit": "市政府"}, evidence=[issue], key="印发"),
            Edge(REG, CITY, EdgeType.ISSUED_BY, evidence=[issue]),
            Edge(ids["issue"], RIVER, EdgeType.CONCERNS, evidence=[_span("清河", issue.start)]),
            Edge(ids["draft"], WATER, EdgeType.PERFORMED_BY, evidence=[_span("市水务局")]),
            Edge(ids["patrol"], WATER, EdgeType.PERFORMED_BY, evidence=[_span("市水务局", patrol.start)]),
            Edge(ids["patrol"], pid, EdgeType.ADDRESSES, evidence=[patrol]),
            Edge(ids["shore"], pid, EdgeType.ADDRESSES, evidence=[shore]),
        ],
    ))
    return {**ids, "problem": pid}
