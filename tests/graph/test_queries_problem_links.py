"""A measure leads back to every problem it addresses, an unknown measure is NotFound, neighbourhoods filter by type."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.errors import NotFound
from policykg.graph.ids import document_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.queries.problem_links import measures_for, problems_for
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType

TEXT = "一、海湾垃圾清理不及时。二、入海排污口排查滞后。整改措施：建立巡查制度。"


def _store(tmp_path: Path) -> tuple[Store, str, list[str]]:
    doc = document_id("c" * 64)
    trash = local_id("problem", doc, 2, 11)
    outfall = local_id("problem", doc, 14, 24)
    measure = local_id("measure", doc, 30, 36)
    ev = [Evidence(doc, 30, 36)]
    s = Store.open(tmp_path)
    s.write_document(DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, "整改报告", attrs={"sha256": "c" * 64}, evidence=[Evidence(doc, 0, len(TEXT))]),
        text=TEXT, original=TEXT, offsets=list(range(len(TEXT) + 1)),
        nodes=[
            Node(trash, NodeType.PROBLEM, "海湾垃圾清理不及时", evidence=[Evidence(doc, 2, 11)]),
            Node(outfall, NodeType.PROBLEM, "入海排污口排查滞后", evidence=[Evidence(doc, 14, 24)]),
            Node(measure, NodeType.MEASURE, "建立巡查制度", attrs={"text": "建立巡查制度"}, evidence=ev),
        ],
        edges=[Edge(measure, trash, EdgeType.ADDRESSES, evidence=ev), Edge(measure, outfall, EdgeType.ADDRESSES, evidence=ev)],
    ))
    return s, measure, [trash, outfall]


def test_a_measure_answering_two_problems_names_both_sorted_by_title(tmp_path: Path) -> None:
    s, measure, problems = _store(tmp_path)
    answers = problems_for(s, measure)
    assert {a["problem_id"] for a in answers} == set(problems)
    assert [a["problem"] for a in answers] == sorted(a["problem"] for a in answers)
    assert all(measure in {m["measure_id"] for m in measures_for(s, p)} for p in problems)


def test_an_unknown_measure_is_not_found(tmp_path: Path) -> None:
    s, _, problems = _store(tmp_path)
    with pytest.raises(NotFound):
        problems_for(s, "measure:nothing")
    with pytest.raises(NotFound):
        problems_for(s, problems[0])


def test_a_neighbourhood_limited_to_problems_leaves_out_the_document(tmp_path: Path) -> None:
    s, measure, problems = _store(tmp_path)
    data = neighbourhood(s, [measure], depth=2, types=["problem"])
    assert {n.id for n in data.nodes} == {measure, *problems}
    assert len(data.edges) == 2
