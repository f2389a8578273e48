"""How a measure finds the problem it answers beyond its section and its own sentence: a heading that names a
fault, a paragraph opening with its purpose, a key phrase shared with a problem stated earlier — each edge saying
which rule made it (basis)."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.model import DocumentRecord
from policykg.ingest import pipeline

PLAN = """某市近岸海域综合治理实施方案
一、重点任务
(一)强化陆源入海污染控制。
1.深化工业污染防治。
严格执行行业排放标准,推动园区污水集中处理。
"""

PURPOSE = """某县湖库治理工作情况
为加强湖库总磷控制,某县开展湖库入湖支流排查行动。开展三轮加密监测,收集有效数据120个。
另外,全县组织植树活动一次。
"""

SHARED = """某镇河道整治工作简报
某镇排查发现沿河违规搭建棚屋、随意堆放砂石等问题。
截至目前,共拆除沿河棚屋12处。
下一步,组织开展日常巡查。
"""

TOPIC = """某镇河道整治工作简报
某镇排查发现沿河违规搭建棚屋、随意堆放砂石等问题。
第一批拆除棚屋5处。
第二批拆除棚屋4处。
第三批拆除棚屋3处。
第四批拆除棚屋2处。
"""

FOUND = """某化工企业违法排污案情况
执法人员对该企业做全面检查,检查发现:该企业废水收集池已经满载。其后该企业关闭阀门,任由废水直接流入雨水管网,存在主观故意。
"""


def ingest(tmp_path: Path, text: str) -> DocumentRecord:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.run(pipeline.load(path))


def links(record: DocumentRecord) -> set[tuple[str, str, str]]:
    """(measure text, problem title, basis) for every addresses edge."""
    nodes = {n.id: n for n in record.nodes}
    return {
        (nodes[e.source].attrs["text"], nodes[e.target].label, e.attrs.get("basis", ""))
        for e in record.edges if e.type == "addresses"
    }


def test_a_heading_naming_the_fault_it_controls_scopes_its_measures(tmp_path: Path):
    got = links(ingest(tmp_path, PLAN))
    measure = "严格执行行业排放标准,推动园区污水集中处理。"
    assert (measure, "工业污染", "section") in got
    assert (measure, "陆源入海污染", "subtree") in got


def test_a_paragraph_opening_with_its_purpose_links_its_later_measures(tmp_path: Path):
    got = links(ingest(tmp_path, PURPOSE))
    assert ("为加强湖库总磷控制,某县开展湖库入湖支流排查行动。", "湖库总磷", "sentence") in got
    assert ("开展三轮加密监测,收集有效数据120个。", "湖库总磷", "paragraph") in got
    assert not any(m.startswith("另外") for m, _, _ in got)


def test_a_measure_sharing_a_key_phrase_with_an_earlier_problem_addresses_it(tmp_path: Path):
    got = links(ingest(tmp_path, SHARED))
    assert ("截至目前,共拆除沿河棚屋12处。", "沿河违规搭建棚屋", "shared") in got
    assert not any(m == "截至目前,共拆除沿河棚屋12处。" and p == "随意堆放砂石" for m, p, _ in got)
    assert not any(m.startswith("下一步") for m, _, _ in got)


def test_a_phrase_the_whole_document_repeats_ties_nothing(tmp_path: Path):
    got = links(ingest(tmp_path, TOPIC))
    assert not any(basis == "shared" for _, _, basis in got)


def test_an_inspection_addresses_the_findings_that_follow_its_colon_in_its_paragraph(tmp_path: Path):
    got = links(ingest(tmp_path, FOUND))
    inspection = next(m for m, _, _ in got if m.startswith("执法人员"))
    assert (inspection, "废水直接流入雨水管网", "paragraph") in got
