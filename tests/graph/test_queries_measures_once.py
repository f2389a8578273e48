"""measures_for lists each measure once, under the most specific problem it addresses, though the graph also
links it to the ancestors of that problem (basis=subtree)."""

from __future__ import annotations

from pathlib import Path

from policykg.graph.queries.problem_links import measures_for
from policykg.graph.store import Store
from policykg.ingest import pipeline

REPORT = """丙市生态环境局整改情况报告
一、关于河道保护制度不健全的问题
(一)在流域保护立法方面
市水务局起草《丙市河道保护条例》。
(二)在河长巡河制度方面
市河长办印发《丙市河长巡河办法》。
"""


def test_a_category_lists_each_measure_once_with_its_own_problem(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    store = Store.open(tmp_path / "db")
    store.write_document(pipeline.run(pipeline.load(path)))
    got = [(m["text"], m["problem"]) for m in measures_for(store, "河道保护制度不健全")]
    assert sorted(got) == [
        ("市水务局起草《丙市河道保护条例》。", "在流域保护立法方面"),
        ("市河长办印发《丙市河长巡河办法》。", "在河长巡河制度方面"),
    ]
