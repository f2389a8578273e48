"""Merged rows do not depend on the order documents are written in, and writing a document costs its own claims,
not every claim ever made about the units, places and regulations it shares with the rest of the corpus."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from policykg.graph.ids import document_id, entity_id, local_id
from policykg.graph.merge import Unmergeable, add, merge_all, start
from policykg.graph.model import DocumentRecord, Edge, Evidence, Node
from policykg.graph.schema import DB_FILE, SCHEMA_VERSION
from policykg.graph.store import Store
from policykg.graph.vocab import EdgeType, NodeType
from store_schemas import schema_four, schema_three, schema_two

UNITS = ["清河市水务局", "清河市生态环境局", "清河市农业农村局", "清河市住房和城乡建设局", "清河县人民政府",
         "清河市自然资源和规划局", "清河市交通运输局", "清河市林业局"]


def in_document_order(claims: list[tuple]) -> tuple:
    """The merge as the specification states it: claims read in document-id order, one fold."""
    ordered = sorted(claims, key=lambda c: c[0])
    label = ordered[0][2]
    attrs: dict[str, Any] = {}
    for *_rest, claimed in ordered:
        for k, v in claimed.items():
            if k not in attrs or attrs[k] in (None, "", []):
                attrs[k] = v
            elif isinstance(attrs[k], list) and isinstance(v, list):
                attrs[k] = attrs[k] + [x for x in v if x not in attrs[k]]
    names = {name for c in ordered for name in (c[2], *c[3])}
    return ordered[0][1], label, sorted(names - {label}), attrs


VALUES = [None, "", [], "甲", "乙", 0, False, ["一"], ["一", "二"], ["二", "三", "二"], ["三"], {"值": 1}]


def test_claims_merged_one_at_a_time_in_any_order_give_the_row_of_document_order() -> None:
    rng = random.Random(8)
    needed_all = 0
    for _ in range(3000):
        docs = rng.sample([f"document:{i:02d}" for i in range(20)], rng.randint(1, 6))
        claims = [(d, "unit", rng.choice("甲乙丙"), rng.sample(["丁", "戊", "甲"], rng.randint(0, 2)),
                   {k: rng.choice(VALUES) for k in rng.sample("abc", rng.randint(0, 3))}) for d in docs]
        rng.shuffle(claims)
        row, seen = start(*claims[0]), [claims[0]]
        for claim in claims[1:]:
            seen.append(claim)
            try:
                add(row, *claim)
            except Unmergeable:  # a key switched between list and scalar: merged again from every claim
                needed_all += 1
                row = merge_all(seen)
        assert (row.type, row.label, row.aliases, row.attrs) == in_document_order(claims)
        assert row.provenance() == merge_all(claims).provenance()
    assert 0 < needed_all < 300  # the fallback is exercised, and rare


def report(n: int, *, unit_count: int = len(UNITS)) -> DocumentRecord:
    """An invented report naming shared units, a place and a regulation, with attributes that differ by report."""
    text = f"第{n}号报告:清河市水务局等单位印发《清河流域水环境保护条例》,整治排污口{n}个。"
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = document_id(sha)
    span = [Evidence(doc, 0, len(text))]
    reg = entity_id("regulation", "清河流域水环境保护条例")
    place = entity_id("place", "清河市")
    measure = local_id("measure", doc, 0, len(text))
    units = [Node(entity_id("unit", u), NodeType.UNIT, u if n % 3 else u.replace("清河市", "市"),
                  aliases=[u.replace("清河市", "本市")], evidence=span) for u in UNITS[:unit_count]]
    return DocumentRecord(
        node=Node(doc, NodeType.DOCUMENT, f"第{n}号报告", attrs={"sha256": sha}, evidence=span),
        text=text, original=text, offsets=list(range(len(text) + 1)),
        nodes=[
            *units,
            Node(place, NodeType.PLACE, "清河市", attrs={"level": "市级" if n % 4 == 0 else ""}, evidence=span),
            Node(reg, NodeType.REGULATION, "清河流域水环境保护条例",
                 attrs={"dates": [f"20{10 + n % 7}-0{1 + n % 5}"] if n % 2 else [], "kind": "条例" if n % 5 else None},
                 evidence=span),
            Node(measure, NodeType.MEASURE, text, attrs={"text": text}, evidence=span),
        ],
        edges=[*(Edge(measure, u.id, EdgeType.PERFORMED_BY, evidence=span) for u in units),
               Edge(measure, reg, EdgeType.ACTS_ON, {"verb": "印发", "date": f"2020-0{1 + n % 9}" if n % 2 else ""},
                    evidence=span),
               Edge(entity_id("unit", UNITS[0]), place, EdgeType.LOCATED_IN, {"note": ["一"] if n % 2 else ["二", "一"]},
                    evidence=span)],
    )


def rows(folder: Path) -> dict[str, list[tuple]]:
    """Every merged row with its provenance, the claims kept, the name index, and the indexes' definitions."""
    conn = sqlite3.connect(folder / DB_FILE)
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}"))
           for t in ("nodes", "edges", "node_claims", "edge_claims", "names", "name_pairs", "evidence")}
    out["indexes"] = sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    conn.close()
    return out


def test_documents_written_in_two_orders_give_identical_node_and_edge_rows(tmp_path: Path) -> None:
    reports = [report(n) for n in range(1, 13)]
    forward, backward, shuffled = Store.open(tmp_path / "f"), Store.open(tmp_path / "b"), Store.open(tmp_path / "s")
    for r in reports:
        forward.write_document(r)
    for r in reversed(reports):
        backward.write_document(r)
    for r in random.Random(3).sample(reports, len(reports)):
        shuffled.write_document(r)
    assert rows(tmp_path / "f") == rows(tmp_path / "b") == rows(tmp_path / "s")
    place = forward.node(entity_id("place", "清河市"))
    assert place.attrs == {"level": "市级"}  # the smallest document id with a value gives it
    labels = {forward.node(entity_id("unit", UNITS[1])).label, *forward.node(entity_id("unit", UNITS[1])).aliases}
    assert labels == {"清河市生态环境局", "市生态环境局", "本市生态环境局"}


def test_deleting_a_document_leaves_the_rows_of_a_store_that_never_had_it(tmp_path: Path) -> None:
    reports = [report(n) for n in range(1, 8)]
    full, without = Store.open(tmp_path / "full"), Store.open(tmp_path / "without")
    for r in reports:
        full.write_document(r)
    for r in reports[:3] + reports[4:]:
        without.write_document(r)
    full.delete_document(reports[3].id)
    assert rows(tmp_path / "full") == rows(tmp_path / "without")


def vm_steps(store: Store, record: DocumentRecord) -> tuple[int, list[str]]:
    """SQLite's virtual machine steps (in hundreds) to write a document, and the statements that read claims."""
    steps, reads = [0], []

    def count() -> int:
        steps[0] += 1
        return 0

    def trace(sql: str) -> None:
        if "FROM node_claims" in sql or "FROM edge_claims" in sql:
            reads.append(sql)

    conn = store._conn  # the writer's own connection: the only place its work can be counted
    conn.set_progress_handler(count, 100)
    conn.set_trace_callback(trace)
    try:
        store.write_document(record)
    finally:
        conn.set_progress_handler(None, 100)
        conn.set_trace_callback(None)
    return steps[0], reads


def test_writing_a_document_costs_the_same_after_fifty_documents_naming_the_same_entities(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    for n in range(1, 4):
        store.write_document(report(n))
    early, early_reads = vm_steps(store, report(4))
    for n in range(5, 55):
        store.write_document(report(n))
    late, late_reads = vm_steps(store, report(56))  # same parities as 4: the same shape of claims
    assert early_reads == late_reads == []  # no claim of another document is read back
    assert late < early * 1.3, (early, late)


def test_a_store_of_schema_two_gains_the_provenance_on_opening_and_merges_on_as_a_new_store(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        s = Store.open(folder)
        for n in (5, 2, 9, 4):
            s.write_document(report(n))
        s.close()
    want = rows(new)
    schema_two(old)
    assert "first_doc" not in {r[1] for r in sqlite3.connect(old / DB_FILE).execute("PRAGMA table_info(nodes)")}
    s = Store.open(old)
    assert s.schema_version == SCHEMA_VERSION == 5
    assert rows(old) == want  # nothing lost, the provenance rebuilt from the claims
    fresh = Store.open(new)
    for n in (1, 7):  # and it goes on merging as a store that never was migrated
        s.write_document(report(n))
        fresh.write_document(report(n))
    assert rows(old) == rows(new)


@pytest.mark.parametrize("order", [[1, 2], [2, 1]])
def test_a_key_that_is_a_list_in_one_report_and_a_value_in_another_merges_as_in_document_order(
        tmp_path: Path, order: list[int]) -> None:
    claims = {1: ["一", "二"], 2: "甲"}
    docs = {n: report(n, unit_count=1) for n in order}
    for n, r in docs.items():
        next(x for x in r.nodes if x.type == NodeType.REGULATION).attrs["kind"] = claims[n]
    s = Store.open(tmp_path)
    for n in order:
        s.write_document(docs[n])
    reg = s.node(entity_id("regulation", "清河流域水环境保护条例"))
    first = min(docs.values(), key=lambda r: r.id)
    assert reg.attrs["kind"] == next(x for x in first.nodes if x.type == NodeType.REGULATION).attrs["kind"]


@pytest.mark.parametrize("older", [schema_three, schema_four])
def test_a_store_of_schema_three_or_four_is_brought_to_the_rows_and_indexes_of_a_new_store_and_merges_on(
        tmp_path: Path, older: Any) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        s = Store.open(folder)
        for n in (5, 2, 9, 4):
            s.write_document(report(n))
        s.close()
    want = rows(new)
    older(old)
    conn = sqlite3.connect(old / DB_FILE)
    claims = conn.execute("SELECT count(*) FROM node_claims").fetchone()[0]
    if older is schema_three:
        assert claims == conn.execute("SELECT count(*) FROM node_claims GROUP BY doc").fetchone()[0] * 4  # every claim
    assert rows(old)["indexes"] != want["indexes"]
    conn.close()
    s = Store.open(old)
    assert s.schema_version == SCHEMA_VERSION == 5
    assert rows(old) == want  # the same rows, ranks and claims as a store written by schema 4
    assert len(want["node_claims"]) == 4 * (len(UNITS) + 2) <= claims  # the shared units, place and regulation
    fresh = Store.open(new)
    for n in (1, 7):
        s.write_document(report(n))
        fresh.write_document(report(n))
    s.delete_document(report(9).id)
    fresh.delete_document(report(9).id)
    assert rows(old) == rows(new)


def test_a_row_one_document_names_keeps_no_claim_until_a_second_names_it_and_again_after_a_delete(
        tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    one, two = report(1), report(2)
    s.write_document(one)
    conn = sqlite3.connect(tmp_path / DB_FILE)
    count = lambda table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert count("node_claims") == count("edge_claims") == 0
    assert conn.execute("SELECT count(*) FROM nodes WHERE claimed = 1").fetchone()[0] == 0
    s.write_document(two)
    shared_nodes = len(UNITS) + 2  # units, place, regulation
    assert count("node_claims") == 2 * shared_nodes and count("edge_claims") == 2  # located_in: the one shared edge
    s.delete_document(one.id)
    assert count("node_claims") == count("edge_claims") == 0
    assert s.count_nodes() == 1 + shared_nodes + 1 and s.nodes(ids=[x.id for x in one.nodes if x.type == NodeType.MEASURE]) == []
    alone = Store.open(tmp_path / "alone")
    alone.write_document(two)
    assert rows(tmp_path) == rows(tmp_path / "alone")
    conn.close()
