"""The RDF sink on the seed: independent parsers agree, output is deterministic, literals are typed,
every fact is reified with its evidence. Expected values are computed from the internal graph."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

import kg
from kg.rdf.convert import RdfConverter
from kg.rdf.iris import DEFAULT_BASE, node_iri, statement_iri
from kg.rdf.namespaces import DCTERMS, KG, OWL, PROV, XSD
from kg.sinks.rdf import RdfSink
from kg.vocab import Cls
from tests.conftest import SEED, require

FORMATS = {"graph.nt": pyoxigraph.RdfFormat.N_TRIPLES, "graph.ttl": pyoxigraph.RdfFormat.TURTLE,
           "graph.jsonld": pyoxigraph.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"graph.nt": "nt", "graph.ttl": "turtle", "graph.jsonld": "json-ld"}


@pytest.fixture(scope="module")
def out_dir(seed_build) -> Path:
    return seed_build.out_dir


@pytest.fixture(scope="module")
def rdf_graph(out_dir: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(out_dir / "graph.nt", format="nt")


def canonical_lines(triples) -> set[str]:
    return {line for line in pyoxigraph.serialize(list(triples), format=pyoxigraph.RdfFormat.N_TRIPLES).decode().splitlines()}


def test_sink_writes_its_files(seed_build, out_dir: Path) -> None:
    for name in FORMATS:
        assert (out_dir / name).stat().st_size > 0
        assert str(out_dir / name) in seed_build.outputs


@pytest.mark.external
@pytest.mark.parametrize("name,syntax", [("graph.ttl", "turtle"), ("graph.nt", "ntriples")])
def test_rapper_counts_the_same_triples_as_rdflib(out_dir: Path, name: str, syntax: str) -> None:
    rapper = shutil.which("rapper")
    require(rapper, "Debian rapper (raptor2-utils) is not installed")
    proc = subprocess.run([rapper, "-i", syntax, "-c", str(out_dir / name)], capture_output=True, text=True, check=True)
    count = int(re.search(r"returned (\d+) triples", proc.stderr).group(1))
    assert "error" not in proc.stderr.lower() and "warning" not in proc.stderr.lower(), proc.stderr
    assert count == len(rdflib.Graph().parse(out_dir / name, format=RDFLIB_FORMATS[name]))
    assert count == len((out_dir / "graph.nt").read_text(encoding="utf-8").splitlines())


def test_pyoxigraph_reads_ttl_nt_and_jsonld_as_the_same_graph(out_dir: Path) -> None:
    graphs = {name: canonical_lines(pyoxigraph.parse(path=str(out_dir / name), format=fmt)) for name, fmt in FORMATS.items()}
    reference = set((out_dir / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert reference  # not comparing empty sets
    for name, lines in graphs.items():
        assert lines == reference, f"{name} differs from graph.nt: {len(lines ^ reference)} triples"


def test_rdflib_reads_jsonld_and_ttl_isomorphic_to_nt(out_dir: Path, rdf_graph: rdflib.Graph) -> None:
    for name in ("graph.ttl", "graph.jsonld"):
        other = rdflib.Graph().parse(out_dir / name, format=RDFLIB_FORMATS[name])
        assert isomorphic(to_isomorphic(other), to_isomorphic(rdf_graph)), name


def test_ntriples_is_sorted_and_byte_identical_for_identical_input(seed_build, tmp_path: Path) -> None:
    data = (seed_build.out_dir / "graph.nt").read_bytes()
    lines = data.splitlines()
    assert lines == sorted(set(lines))
    rebuilt = kg.build([SEED])  # the whole pipeline again, from the same digest
    written = RdfSink().write(rebuilt, tmp_path)
    assert (tmp_path / "graph.nt").read_bytes() == data
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build.out_dir / "graph.ttl").read_bytes()
    assert len(written) == 3


def test_every_node_has_type_label_and_id(seed_build, rdf_graph: rdflib.Graph) -> None:
    for node in seed_build.graph.nodes.values():
        s = rdflib.URIRef(node_iri(DEFAULT_BASE, node.id))
        assert (s, rdflib.RDF.type, rdflib.URIRef(KG + node.type.value)) in rdf_graph
        assert rdf_graph.value(s, rdflib.RDFS.label) == rdflib.Literal(node.name)
        assert str(rdf_graph.value(s, rdflib.URIRef(KG + "nodeId"))) == node.id
        aliases = {str(a) for a in rdf_graph.objects(s, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
        assert aliases == {a for a in node.aliases if a != node.name}
        if node.type is Cls.BENCHMARK:
            assert (s, rdflib.RDF.type, rdflib.URIRef(KG + "Dataset")) in rdf_graph


def test_papers_have_title_identifier_web_link_and_language_tags(seed_build, rdf_graph: rdflib.Graph) -> None:
    papers = seed_build.graph.nodes_of(Cls.PAPER)
    assert papers
    for node in papers:
        s = rdflib.URIRef(node_iri(DEFAULT_BASE, node.id))
        assert str(rdf_graph.value(s, rdflib.URIRef(DCTERMS + "title"))) == node.props["title"]
        assert str(rdf_graph.value(s, rdflib.URIRef(DCTERMS + "identifier"))) == node.id.partition("/")[2]
        same_as = rdf_graph.value(s, rdflib.URIRef(OWL + "sameAs"))
        if node.props["id_scheme"] == "arxiv":
            assert same_as == rdflib.URIRef("https://arxiv.org/abs/" + node.id.partition("/")[2])
        for prop, predicate in (("tldr", KG + "tldr"), ("abstract", DCTERMS + "abstract")):
            literal = rdf_graph.value(s, rdflib.URIRef(predicate))
            if node.props.get(prop):
                assert literal.language == node.props[f"{prop}_lang"] and str(literal) == node.props[prop]
            else:
                assert literal is None


def test_result_numbers_are_decimals_and_dates_are_dates(seed_build, rdf_graph: rdflib.Graph) -> None:
    results = [n for n in seed_build.graph.nodes_of(Cls.RESULT) if n.props.get("number") is not None]
    for node in results:
        literal = rdf_graph.value(rdflib.URIRef(node_iri(DEFAULT_BASE, node.id)), rdflib.URIRef(KG + "number"))
        assert literal.datatype == rdflib.URIRef(XSD + "decimal")
        assert float(literal) == pytest.approx(float(node.props["number"]))
    for _, _, literal in rdf_graph.triples((None, rdflib.URIRef(KG + "digestDate"), None)):
        assert literal.datatype == rdflib.URIRef(XSD + "date")


def test_every_fact_is_reified_with_all_its_evidence(seed_build, rdf_graph: rdflib.Graph) -> None:
    derivations = rdflib.URIRef(PROV + "qualifiedDerivation")
    for edge in seed_build.graph.edges.values():
        s, o = (rdflib.URIRef(node_iri(DEFAULT_BASE, x)) for x in (edge.source, edge.target))
        p = rdflib.URIRef(KG + edge.type.value)
        assert (s, p, o) in rdf_graph
        stmt = rdflib.URIRef(statement_iri(DEFAULT_BASE, edge.source, edge.type.name, edge.target))
        assert (stmt, rdflib.RDF.subject, s) in rdf_graph and (stmt, rdflib.RDF.object, o) in rdf_graph
        assert rdf_graph.value(stmt, rdflib.RDF.predicate) == p
        evidence = list(rdf_graph.objects(stmt, derivations))
        assert len(evidence) == len(edge.evidence)
        spans = {(str(rdf_graph.value(ev, rdflib.URIRef(KG + "section"))),
                  int(rdf_graph.value(ev, rdflib.URIRef(KG + "start"))),
                  int(rdf_graph.value(ev, rdflib.URIRef(KG + "end"))),
                  str(rdf_graph.value(ev, rdflib.URIRef(KG + "sentence")))) for ev in evidence}
        assert spans == {(e.section, e.start, e.end, e.sentence) for e in edge.evidence}


def test_custom_base_changes_every_resource_iri(seed_build) -> None:
    base = "http://example.org/kg/"
    triples = list(RdfConverter(base).triples(seed_build.graph))
    subjects = {t.subject.value for t in triples}
    assert all(s.startswith(base) for s in subjects)
    assert not any(DEFAULT_BASE in t.object.value for t in triples if isinstance(t.object, pyoxigraph.NamedNode))


def test_jsonld_falls_back_to_full_iris_when_a_value_does_not_fit_its_term(tmp_path: Path) -> None:
    from pyoxigraph import BlankNode, Literal, NamedNode, Triple

    from kg.rdf.serialize import sorted_triples, write_jsonld

    s = NamedNode("http://example.org/s")
    triples = [
        Triple(s, NamedNode(KG + "proposes"), Literal("not an IRI")),  # @id-coerced term, literal value
        Triple(s, NamedNode(KG + "number"), Literal("3", datatype=NamedNode(XSD + "integer"))),  # decimal term, integer
        Triple(s, NamedNode(KG + "number"), Literal("2.5", datatype=NamedNode(XSD + "decimal"))),
        Triple(s, NamedNode("http://example.org/unmapped"), Literal("x", language="en")),
        Triple(s, NamedNode(KG + "tldr"), Literal("摘要", language="zh")),
        Triple(s, NamedNode(str(rdflib.RDF.type)), NamedNode("http://example.org/Other")),
        Triple(BlankNode("b1"), NamedNode(KG + "value"), Literal("v")),
    ]
    ordered, lines = sorted_triples(triples)
    write_jsonld(ordered, tmp_path / "g.jsonld")
    parsed = canonical_lines(pyoxigraph.parse(path=str(tmp_path / "g.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD))
    assert len(parsed) == len(lines)
    assert {line for line in parsed if "_:" not in line} == {line.decode() for line in lines if b"_:" not in line}
