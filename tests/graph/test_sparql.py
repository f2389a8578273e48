"""Read-only SPARQL over the RDF view: joins answer in every result format, updates and SERVICE are refused,
syntax errors say where, and the row and time limits hold."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
from pathlib import Path

import pytest
from invented_graph import write_river_report

from policykg.graph.errors import BadQuery, Refused, StoreBusy, TimedOut, TooLarge
from policykg.graph.sparql import check_read_only, query
from policykg.graph.store import Store

JOIN = """SELECT ?text ?verb ?title ?issuer WHERE {
    ?rel pkg:relation pkg:acts_on ; pkg:source ?m ; pkg:target ?r ; pkg:verb ?verb .
    ?m pkg:text ?text . ?r rdfs:label ?title ; pkg:issued_by ?u . ?u rdfs:label ?issuer
} ORDER BY ?verb"""


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    write_river_report(s)
    return s


def test_a_measure_regulation_unit_join_answers_in_json_csv_and_tsv(store: Store) -> None:
    result = query(store, JOIN, timeout_s=20, max_rows=100)
    body = json.loads(result.serialize("application/sparql-results+json"))
    assert body["head"]["vars"] == ["text", "verb", "title", "issuer"]
    rows = [{k: v["value"] for k, v in b.items()} for b in body["results"]["bindings"]]
    assert [(r["verb"], r["title"], r["issuer"]) for r in rows] == [("印发", "清河保护办法", "市政府"), ("起草", "清河保护办法", "市政府")]
    assert body["results"]["bindings"][0]["title"]["xml:lang"] == "zh"
    table = list(csv.DictReader(io.StringIO(result.serialize("text/csv").decode("utf-8"))))
    assert [r["verb"] for r in table] == ["印发", "起草"] and table[0]["text"].startswith("2022年4月1日")
    tsv = result.serialize("text/tab-separated-values").decode("utf-8").splitlines()
    assert tsv[0] == "?text\t?verb\t?title\t?issuer"
    assert tsv[1].split("\t")[2] == '"清河保护办法"@zh'


def test_ask_and_construct_answer_and_refuse_the_other_formats(store: Store) -> None:
    ask = query(store, "ASK { ?r a pkg:Regulation }", timeout_s=20, max_rows=10)
    assert json.loads(ask.serialize("application/sparql-results+json")) == {"head": {}, "boolean": True}
    graph = query(store, "CONSTRUCT { ?r rdfs:label ?l } WHERE { ?r a pkg:Regulation ; rdfs:label ?l }", timeout_s=20, max_rows=10)
    assert "清河保护办法" in graph.serialize("text/turtle").decode("utf-8")
    with pytest.raises(BadQuery):
        graph.serialize("text/csv")
    with pytest.raises(BadQuery):
        ask.serialize("text/turtle")


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:x> <urn:y> <urn:z> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "PREFIX ex: <urn:ex#>\ncreate graph <urn:g>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_updates_loads_and_federation_are_refused(store: Store, text: str) -> None:
    with pytest.raises(Refused):
        query(store, text, timeout_s=20, max_rows=10)


def test_words_like_insert_inside_strings_iris_and_names_are_not_updates() -> None:
    check_read_only('SELECT ?x WHERE { ?x rdfs:label "INSERT DATA", "x"@load ; <urn:delete> ?load ; pkg:copy _:add } # DROP ALL')


def test_a_syntax_error_says_where_it_is(store: Store) -> None:
    with pytest.raises(BadQuery, match=r"1:\d+"):
        query(store, "SELECT ?x WHERE { ?x ?y }", timeout_s=20, max_rows=10)


def test_an_answer_over_the_row_limit_is_refused_and_a_limit_fits(store: Store) -> None:
    with pytest.raises(TooLarge):
        query(store, "SELECT * WHERE { ?s ?p ?o }", timeout_s=20, max_rows=5)
    assert len(query(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", timeout_s=20, max_rows=5).rows) == 5


def test_a_query_over_its_time_limit_is_ended_and_the_next_one_answers_at_once(store: Store) -> None:
    from policykg.graph import sparql

    assert query(store, "ASK { ?s ?p ?o }", timeout_s=60, max_rows=10).boolean  # builds the dataset, starts the engine
    runaway = sparql._CHILD.proc
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # a minute of work or more
    with pytest.raises(TimedOut):
        query(store, slow, timeout_s=0.5, max_rows=10)
    assert runaway is not None and runaway.poll() is not None  # the process computing it was ended
    started = time.monotonic()
    assert query(store, "ASK { ?s ?p ?o }", timeout_s=60, max_rows=10).boolean
    assert time.monotonic() - started < 20


def test_a_query_waits_for_the_one_running_and_is_told_when_the_engine_stays_busy(store: Store) -> None:
    query(store, "ASK { ?s ?p ?o }", timeout_s=60, max_rows=10)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    first = threading.Thread(target=lambda: pytest.raises(TimedOut, query, store, slow, timeout_s=3, max_rows=10))
    first.start()
    time.sleep(0.5)
    with pytest.raises(StoreBusy):
        query(store, "ASK { ?s ?p ?o }", timeout_s=0.2, max_rows=10)
    first.join()
    assert query(store, "ASK { ?s ?p ?o }", timeout_s=60, max_rows=10).boolean


def test_the_dataset_is_kept_beside_the_store_per_version_and_follows_new_documents(store: Store, tmp_path: Path) -> None:
    from policykg.graph.ids import document_id
    from policykg.graph.model import DocumentRecord, Evidence, Node

    count = "SELECT (COUNT(?r) AS ?n) WHERE { ?r a pkg:Regulation }"
    assert query(store, count, timeout_s=20, max_rows=1).rows[0][0]["value"] == "1"
    assert [p.name for p in (tmp_path / "sparql").iterdir()] == [f"v{store.version}"]
    text = "市政府印发《岸线管理规定》。"
    doc = document_id("9" * 64)
    store.write_document(DocumentRecord(
        node=Node(doc, "document", "通知", attrs={"sha256": "9" * 64}, evidence=[Evidence(doc, 0, len(text))]),
        text=text, original=text, offsets=list(range(len(text) + 1)),
        nodes=[Node("regulation:shore", "regulation", "岸线管理规定", evidence=[Evidence(doc, 6, 12)])],
    ))
    assert query(store, count, timeout_s=20, max_rows=1).rows[0][0]["value"] == "2"
    assert [p.name for p in (tmp_path / "sparql").iterdir()] == [f"v{store.version}"]
