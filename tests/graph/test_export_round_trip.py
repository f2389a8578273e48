"""Every export format reads back unchanged: RDF by graph isomorphism, GraphML and GEXF through networkx with
types, labels and Chinese intact, CSV to the same ids; attribute types are declared once, no value is null."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from invented_graph import REG, write_river_report
from rdflib import Graph
from rdflib.compare import isomorphic

from policykg.graph.errors import BadQuery
from policykg.graph.export import FORMATS, export, write_csv_folder
from policykg.graph.model import Edge, Node
from policykg.graph.queries.problem_links import problem_subgraph
from policykg.graph.queries.walks import neighbourhood
from policykg.graph.store import Store
from policykg.graph.views import PKG, GraphData, to_rdf, whole
from policykg.graph.vocab import EdgeType


@pytest.fixture()
def data(tmp_path: Path) -> GraphData:
    s = Store.open(tmp_path)
    ids = write_river_report(s)
    g = whole(s)
    # a second action of the same measure on the same regulation: parallel edges, as Gephi must keep them
    g.edges.append(Edge(ids["draft"], REG, EdgeType.ACTS_ON, attrs={"verb": "修订", "date": "2022-05"}, key="修订"))
    # a figure whose value is a number in one node and text in another: one declared type must hold both
    g.nodes += [Node("figure:a", "figure", "三成", attrs={"value": 3}), Node("figure:b", "figure", "约三成", attrs={"value": "约3"})]
    return g


def _ids(data: GraphData) -> tuple[set[str], set[str]]:
    return {n.id for n in data.nodes}, {e.id for e in data.edges}


def test_json_keeps_every_node_and_edge_with_evidence(data: GraphData) -> None:
    doc = json.loads(export(data, "json"))
    assert {n["id"] for n in doc["nodes"]} == _ids(data)[0]
    assert len(doc["edges"]) == len(data.edges)
    reg = next(n for n in doc["nodes"] if n["id"] == REG)
    assert reg["label"] == "清河保护办法" and reg["evidence"][0].keys() == {"doc", "start", "end"}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_with_types_labels_and_chinese(data: GraphData, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(export(data, fmt))
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    assert isinstance(g, nx.MultiDiGraph)
    nodes, edges = _ids(data)
    assert set(g.nodes) == nodes
    assert g.number_of_edges() == len(edges)
    assert {d["id"] for _, _, d in g.edges(data=True)} == edges
    assert g.nodes[REG]["type"] == "regulation" and g.nodes[REG]["label"] == "清河保护办法"
    relation = "type" if fmt == "graphml" else "relation"
    assert [d[relation] for _, _, d in g.edges(data=True)].count("acts_on") == 3
    assert all(v is not None and v != "None" for _, d in g.nodes(data=True) for v in d.values())
    assert {g.nodes["figure:a"]["attr_value"], g.nodes["figure:b"]["attr_value"]} == {"3", "约3"}


def test_graphml_declares_each_attribute_once_with_its_type(data: GraphData) -> None:
    text = export(data, "graphml").decode("utf-8")
    keys = [line for line in text.splitlines() if line.startswith("<key ")]
    names = [(k.split('for="')[1].split('"')[0], k.split('attr.name="')[1].split('"')[0]) for k in keys]
    assert len(names) == len(set(names))
    assert all("attr.type=" in k for k in keys)


def test_gexf_edges_keep_the_reserved_type_attribute_free(data: GraphData) -> None:
    text = export(data, "gexf").decode("utf-8")
    assert 'type="acts_on"' not in text and "清河保护办法" in text


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_formats_are_isomorphic_to_the_rdf_view(data: GraphData, fmt: str, parser: str) -> None:
    back = Graph()
    back.parse(data=export(data, fmt).decode("utf-8"), format=parser)
    assert len(back) > 0
    assert isomorphic(back, to_rdf(data))


def test_csv_zip_and_folder_give_the_same_ids_and_the_bom_is_optional(data: GraphData, tmp_path: Path) -> None:
    nodes, edges = _ids(data)
    with zipfile.ZipFile(io.BytesIO(export(data, "csv"))) as z:
        plain = z.read("nodes.csv")
        assert not plain.startswith(b"\xef\xbb\xbf")
        assert {r["id"] for r in csv.DictReader(io.StringIO(plain.decode("utf-8")))} == nodes
        assert {r["id"] for r in csv.DictReader(io.StringIO(z.read("edges.csv").decode("utf-8")))} == edges
    write_csv_folder(data, tmp_path / "tables", bom=True)
    raw = (tmp_path / "tables" / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["id"] for r in rows} == nodes
    assert any(r["label"] == "清河保护办法" for r in rows)
    edge_rows = list(csv.DictReader(io.StringIO((tmp_path / "tables" / "edges.csv").read_text(encoding="utf-8-sig"))))
    acts = sorted((r["attr_verb"], r["attr_date"]) for r in edge_rows if r["type"] == "acts_on")
    assert acts == [("修订", "2022-05"), ("印发", "2022-04-01"), ("起草", "2022-03-05")]
    assert all(json.loads(r["attrs"]).get("verb", "") == r["attr_verb"] for r in edge_rows)


def test_an_unknown_format_is_a_bad_query(data: GraphData) -> None:
    with pytest.raises(BadQuery):
        export(data, "xlsx")
    assert set(FORMATS) == {"json", "graphml", "gexf", "csv", "ttl", "nt", "jsonld"}


def test_subgraphs_by_seed_and_by_problem(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    ids = write_river_report(s)
    around = neighbourhood(s, [REG], 1)
    assert {n.id for n in around.nodes} >= {REG, ids["draft"], ids["issue"]}
    assert ids["shore"] not in {n.id for n in around.nodes}
    by_problem = problem_subgraph(s, "河道垃圾", depth=0)
    assert {n.id for n in by_problem.nodes} == {ids["problem"], ids["patrol"], ids["shore"]}
    assert {str(e.type) for e in by_problem.edges} == {"addresses"}


def test_a_subgraph_as_gexf_and_as_turtle_holds_the_same_entities(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    write_river_report(s)
    data = neighbourhood(s, [REG], 2)
    (tmp_path / "sub.gexf").write_bytes(export(data, "gexf"))
    g = nx.read_gexf(tmp_path / "sub.gexf")
    rdf = Graph()
    rdf.parse(data=export(data, "ttl").decode("utf-8"), format="turtle")
    assert g.number_of_nodes() == len(set(rdf.subjects(PKG.id, None))) == len(data.nodes) >= 5
    assert all(d["type"] and d["label"] for _, d in g.nodes(data=True))
