"""Looking nodes up by name reads the name index, not every label; stores of the first schema gain the index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.schema import DB_FILE, SCHEMA_VERSION
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType
from store_schemas import first_schema

REGULATION = "清河流域水环境保护条例"


def report(sha: str, text: str, unit: str, alias: str) -> DocumentRecord:
    """An invented report: a unit with an alias issues a regulation in one measure."""
    doc = document_id(sha)
    unit_id, reg_id = entity_id("unit", unit), entity_id("regulation", REGULATION)
    measure = local_id("measure", doc, 0, len(text))
    problem = local_id("problem", doc, 0, 8)
    span = [Evidence(doc, 0, len(text))]
    return DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, "清河整改报告", attrs={"sha256": sha}, evidence=span),
        text=text,
        original=text,
        offsets=list(range(len(text) + 1)),
        nodes=[
            Node(unit_id, NodeType.UNIT, unit, aliases=[alias], evidence=span),
            Node(reg_id, NodeType.REGULATION, REGULATION, evidence=span),
            Node(problem, NodeType.PROBLEM, "在清河排污口整治方面", evidence=span),
            Node(measure, NodeType.MEASURE, text, attrs={"text": text}, evidence=span),
        ],
        edges=[Edge(measure, unit_id, EdgeType.PERFORMED_BY, evidence=span),
               Edge(measure, reg_id, EdgeType.ACTS_ON, {"verb": "印发"}, evidence=span)],
    )


def filled(folder: Path) -> Store:
    s = Store.open(folder)
    s.write_document(report("a" * 64, "市水务局印发《清河流域水环境保护条例》。", "清河市水务局", "市水务局"))
    s.write_document(report("b" * 64, "市环保局落实条例。", "清河市生态环境局", "市环保局"))
    return s


def labels(nodes: list[Node]) -> list[str]:
    return [n.label for n in nodes]


def test_part_of_a_name_finds_every_node_whose_name_or_alias_holds_it_shortest_first(tmp_path: Path) -> None:
    s = filled(tmp_path)
    assert labels(s.nodes_named("水务")) == ["清河市水务局"]
    assert labels(s.nodes_named("清河市", NodeType.UNIT)) == ["清河市水务局", "清河市生态环境局"]
    assert labels(s.nodes_named("环保", NodeType.UNIT)) == ["清河市生态环境局"]  # by its alias 市环保局
    assert labels(s.nodes_named("排污口")) == ["在清河排污口整治方面"] * 2  # one problem in each report
    assert labels(s.nodes_named("局", NodeType.UNIT)) == ["清河市水务局", "清河市生态环境局"]  # one character
    assert s.nodes_named("黄河") == [] and s.nodes_named("  ") == []


def test_a_whole_name_hides_the_names_that_only_contain_it(tmp_path: Path) -> None:
    s = filled(tmp_path)
    s.write_document(report("c" * 64, "市水务局执行条例。", "市水务局", "水务局"))
    assert labels(s.nodes_named("市水务局", NodeType.UNIT)) == ["市水务局", "清河市水务局"]  # alias and label
    assert labels(s.nodes_named("清河市水务局")) == ["清河市水务局"]


def test_names_compare_as_name_keys_width_spaces_and_quotes_aside(tmp_path: Path) -> None:
    s = filled(tmp_path)
    assert labels(s.nodes_named("“清河流域 水环境保护条例”")) == [REGULATION]


def test_a_measure_is_found_by_its_whole_sentence_but_not_by_a_part_of_it(tmp_path: Path) -> None:
    s = filled(tmp_path)
    assert labels(s.nodes_named("市环保局落实条例。", NodeType.MEASURE)) == ["市环保局落实条例。"]
    assert s.nodes_named("落实条例", NodeType.MEASURE) == []


def test_a_lookup_by_part_of_a_name_reads_the_pair_index_not_the_nodes_table(tmp_path: Path) -> None:
    s = filled(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_FILE)
    plan = " ".join(str(r) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT node FROM names WHERE node IN "
        "(SELECT node FROM name_pairs WHERE pair = ? AND type = ?) AND instr(key, ?) > 0", ("水务", "unit", "水务")))
    assert "SCAN" not in plan.replace("SCAN CONSTANT", "")
    assert "name_pairs" in plan and "names_node" in plan
    s.close()


def test_a_deleted_documents_names_go_with_the_nodes_only_it_supported(tmp_path: Path) -> None:
    s = filled(tmp_path)
    s.delete_document(document_id("b" * 64))
    assert s.nodes_named("生态环境局") == []
    assert labels(s.nodes_named("水务局")) == ["清河市水务局"]


def contents(folder: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(folder / DB_FILE)
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}")) for t in ("documents", "evidence")}
    out["nodes"] = sorted(conn.execute("SELECT id, type, label, aliases, attrs FROM nodes"))
    out["edges"] = sorted(conn.execute("SELECT id, source, target, type, attrs FROM edges"))
    out["version"] = list(conn.execute("SELECT value FROM meta WHERE key = 'version'"))
    conn.close()
    return out


def test_a_store_of_the_first_schema_gains_the_name_index_on_opening_and_loses_nothing(tmp_path: Path) -> None:
    filled(tmp_path).close()
    first_schema(tmp_path)
    before = contents(tmp_path)
    old = Store.open(tmp_path, read_only=True)  # read-only: left as it is, names found by a scan
    assert old.schema_version == 1
    assert labels(old.nodes_named("清河市", NodeType.UNIT)) == ["清河市水务局", "清河市生态环境局"]
    old.close()
    s = Store.open(tmp_path)
    assert s.schema_version == SCHEMA_VERSION == 5
    assert s.get_meta("schema_version") == "5"
    assert contents(tmp_path) == before
    assert labels(s.nodes_named("清河市", NodeType.UNIT)) == ["清河市水务局", "清河市生态环境局"]
    assert labels(s.nodes_named("环保")) == ["清河市生态环境局"]
    s.write_document(report("c" * 64, "市水务局执行条例。", "市水务局", "水务局"))  # and it goes on taking documents
    assert labels(s.nodes_named("市水务局", NodeType.UNIT)) == ["市水务局", "清河市水务局"]
    s.close()
    assert Store.open(tmp_path).schema_version == 5  # migrated once
