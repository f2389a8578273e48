"""The store benchmark writes one corpus many times under fresh ids, its entities shared, as a large corpus does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from support import ROOT, ingest_text

from policykg.graph.store import Store
from policykg.graph.vocab import SHARED_TYPES, NodeType

# by its file: on the tests' path, "benchmarks" is this folder
_spec = importlib.util.spec_from_file_location("store_bench", ROOT / "benchmarks" / "store_bench.py")
store_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(store_bench)

TEXT = "清河市河长制工作报告\n一、排污口整治\n清河市水务局印发《清河流域排污口整治方案》,整治排污口12个。\n"


def test_copies_keep_the_shared_entities_and_writing_them_reads_no_claim_back(tmp_path: Path) -> None:
    record = ingest_text(tmp_path, TEXT)
    copies = [store_bench.copy(record, k) for k in range(3)]
    shared = {n.id for n in record.nodes if n.type in SHARED_TYPES}
    assert shared and all(shared <= {n.id for n in c.nodes} for c in copies)
    assert len({c.id for c in copies}) == 3
    assert all(e.doc == c.id for c in copies for n in c.nodes for e in n.evidence)
    store = Store.open(tmp_path / "db")
    costs = store_bench.write_all(store, [record], 3)
    assert len(costs) == 3 and [reads for _s, _steps, reads, _pages, _cpu in costs] == [0, 0, 0]
    assert all(pages > 0 and cpu > 0 for _s, _steps, _reads, pages, cpu in costs)  # each commit wrote pages
    assert store.count_nodes(NodeType.DOCUMENT) == 3
    assert len(store.nodes(NodeType.UNIT)) == len([n for n in record.nodes if n.type == NodeType.UNIT])
    assert store_bench.table(costs).count("\n") == 4  # header, rule and one row per tenth (three documents: one each)
