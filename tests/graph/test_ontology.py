"""The ontology names every type and relation in Chinese and English, and the RDF view speaks it: PROV for
evidence and the extraction, DCTERMS dates and publishers, SKOS problem hierarchy, ELI regulations, stable IRIs."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_graph import CITY, DOC, REG, write_river_report
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, XSD

from policykg.graph.sparql import ONTOLOGY
from policykg.graph.store import Store
from policykg.graph.views import ELI, PKG, extraction_iri, iri, node_id_of, to_rdf, whole
from policykg.graph.vocab import EdgeType, NodeType


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    return g


@pytest.fixture()
def view(tmp_path: Path) -> tuple[Graph, dict[str, str]]:
    s = Store.open(tmp_path)
    ids = write_river_report(s)
    return to_rdf(whole(s)), ids


def _labels(g: Graph, term: URIRef) -> set[str | None]:
    return {o.language for o in g.objects(term, RDFS.label) if isinstance(o, Literal)}


def test_every_node_type_and_edge_type_has_a_chinese_and_an_english_label(ontology: Graph) -> None:
    for t in NodeType:
        assert (PKG[t.value.capitalize()], RDF.type, OWL.Class) in ontology, t
        assert _labels(ontology, PKG[t.value.capitalize()]) == {"zh", "en"}, t
    for t in EdgeType:
        assert (PKG[t.value], RDF.type, OWL.ObjectProperty) in ontology, t
        assert _labels(ontology, PKG[t.value]) == {"zh", "en"}, t


def test_every_pkg_term_the_view_uses_is_declared(ontology: Graph, view: tuple[Graph, dict[str, str]]) -> None:
    g, _ = view
    declared = set(ontology.subjects(RDF.type, None))
    used = {p for p in g.predicates() if str(p).startswith(str(PKG))}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(str(PKG))}
    assert used - declared == set()


def test_evidence_and_extraction_are_prov(view: tuple[Graph, dict[str, str]]) -> None:
    g, ids = view
    measure = iri(ids["issue"])
    spans = list(g.objects(measure, PROV.wasDerivedFrom))
    assert spans and str(spans[0]).startswith(str(iri(DOC)) + "#char=")
    activity = extraction_iri(DOC)
    assert (measure, PROV.wasGeneratedBy, activity) in g
    assert (activity, RDF.type, PROV.Activity) in g and (activity, PROV.used, iri(DOC)) in g
    [agent] = g.objects(activity, PROV.wasAssociatedWith)
    assert str(g.value(agent, RDFS.label)).startswith("policykg ")
    [ended] = g.objects(activity, PROV.endedAtTime)
    assert ended.datatype == XSD.dateTime


def test_dates_publishers_problem_hierarchy_and_regulations_use_shared_vocabularies(view: tuple[Graph, dict[str, str]]) -> None:
    g, ids = view
    assert (iri(REG), RDF.type, ELI.LegalResource) in g
    assert (iri(REG), DCTERMS.publisher, iri(CITY)) in g
    assert (iri(ids["issue"]), DCTERMS.date, Literal("2022-04-01", datatype=XSD.date)) in g
    assert (iri(ids["patrol"]), DCTERMS.date, Literal("2022-04", datatype=XSD.gYearMonth)) in g
    assert (iri(ids["problem"]), RDF.type, SKOS.Concept) in g


def test_a_sub_problem_points_to_its_parent_with_skos_broader() -> None:
    from policykg.graph.model import Edge, Node
    from policykg.graph.views import GraphData

    parent, child = Node("problem:p", NodeType.PROBLEM, "生态保护方面"), Node("problem:c", NodeType.PROBLEM, "岸线保护不力")
    g = to_rdf(GraphData([parent, child], [Edge("problem:c", "problem:p", EdgeType.SUB_PROBLEM_OF)]))
    assert (iri("problem:c"), SKOS.broader, iri("problem:p")) in g


def test_iris_are_stable_and_lead_back_to_ids() -> None:
    assert str(iri(REG)) == f"https://w3id.org/policykg/id/regulation/{REG.partition(':')[2]}"
    assert node_id_of(str(iri(REG))) == REG
    assert node_id_of(f"{iri(DOC)}#char=3,9") == DOC
