"""The RDF sink on the seed: independent parsers agree, output is deterministic, literals are typed,
every fact is reified with its evidence. Expected values are computed from the internal graph."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic, to_isomorphic

import kg
import kg.sinks.rdf as rdf_sink
from kg.corpus import generate_corpus
from kg.graph import split_graph
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.rdf.convert import RdfConverter, language_tag
from kg.rdf.iris import DEFAULT_BASE, node_iri, statement_iri
from kg.rdf.namespaces import DCTERMS, KG, OWL, PROV, RDF, XSD
from kg.rdf.serialize import nt_line, sorted_triples, write_jsonld
from kg.sinks.rdf import RdfSink
from kg.vocab import Cls, Rel
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


def nt_lines(path: Path) -> list[str]:
    """The lines of an N-Triples file (split at "\\n" only: a literal may hold U+2028 or U+0085 raw)."""
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def canonical_lines(triples) -> set[str]:
    text = pyoxigraph.serialize(list(triples), format=pyoxigraph.RdfFormat.N_TRIPLES).decode()
    return set(text.split("\n")[:-1])


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
    assert count == len(nt_lines(out_dir / "graph.nt"))


def test_pyoxigraph_reads_ttl_nt_and_jsonld_as_the_same_graph(out_dir: Path) -> None:
    graphs = {name: canonical_lines(pyoxigraph.parse(path=str(out_dir / name), format=fmt)) for name, fmt in FORMATS.items()}
    reference = set(nt_lines(out_dir / "graph.nt"))
    assert reference  # not comparing empty sets
    for name, lines in graphs.items():
        assert lines == reference, f"{name} differs from graph.nt: {len(lines ^ reference)} triples"


def test_rdflib_reads_jsonld_and_ttl_isomorphic_to_nt(out_dir: Path, rdf_graph: rdflib.Graph) -> None:
    for name in ("graph.ttl", "graph.jsonld"):
        other = rdflib.Graph().parse(out_dir / name, format=RDFLIB_FORMATS[name])
        assert isomorphic(to_isomorphic(other), to_isomorphic(rdf_graph)), name


def part_lines(converter: RdfConverter, graph) -> list[str]:
    return sorted({nt_line(t) for t in converter.triples(graph)})


def test_ntriples_is_paper_parts_in_input_order_then_shared_each_sorted(seed_build, seed_memory) -> None:
    lines = nt_lines(seed_build.out_dir / "graph.nt")
    order = [e.paper.id for e in seed_memory.extractions]
    assert order == sorted(order)  # one digest: input order is the order of paper ids
    shared, parts = split_graph(seed_memory.graph, order)
    converter = RdfConverter(DEFAULT_BASE)
    expected = [line for part in parts for line in part_lines(converter, part)] + part_lines(converter, shared)
    assert lines == expected
    assert len(set(lines)) == len(lines)  # no triple is in two parts
    papers = {line.split(" ", 1)[0] for line in lines if " <http://purl.org/dc/terms/identifier> " in line}
    assert len(papers) == len(order) == 97


def test_streamed_files_equal_the_in_memory_build_written_by_the_sink(seed_build, seed_memory, tmp_path: Path) -> None:
    written = RdfSink().write(seed_memory, tmp_path)
    assert len(written) == 3
    for name in FORMATS:
        assert (tmp_path / name).read_bytes() == (seed_build.out_dir / name).read_bytes(), name


def test_large_shared_part_is_written_in_chunks_with_the_same_bytes(seed_memory, tmp_path: Path, monkeypatch) -> None:
    whole, chunked = tmp_path / "whole", tmp_path / "chunked"
    RdfSink().write(seed_memory, whole)
    monkeypatch.setattr(rdf_sink, "WHOLE_GRAPH_ITEMS", 10)  # every part and the shared part in blocks
    monkeypatch.setattr(rdf_sink, "CHUNK_TRIPLES", 50)
    sink = RdfSink()
    sink.write(seed_memory, chunked)
    for name in FORMATS:
        assert (chunked / name).read_bytes() == (whole / name).read_bytes(), name
    assert sink.state["jsonld_nodes"] > 0 and sink.state["lengths"]["graph.nt"] < (whole / "graph.nt").stat().st_size


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> list[Path]:
    return generate_corpus([SEED], 36, tmp_path_factory.mktemp("rdf-corpus"), papers_per_digest=12)


def test_update_continues_every_file_to_the_bytes_of_a_build_from_scratch(small_corpus: list[Path], tmp_path: Path) -> None:
    scratch, inc = tmp_path / "scratch", tmp_path / "inc"
    kg.build(small_corpus, out=scratch, sinks=["rdf"])
    kg.build(small_corpus[:1], out=inc, sinks=["rdf"])
    first = (inc / "graph.jsonld").read_text(encoding="utf-8")
    kg.pipeline.update(inc, small_corpus[1:2])
    kg.pipeline.update(inc, small_corpus[2:])
    for name in FORMATS:
        assert (inc / name).read_bytes() == (scratch / name).read_bytes(), name
    document = json.loads((inc / "graph.jsonld").read_text(encoding="utf-8"))  # separators stay valid JSON
    assert len(document["@graph"]) > len(json.loads(first)["@graph"])
    nt = set(nt_lines(inc / "graph.nt"))
    assert canonical_lines(pyoxigraph.parse(path=str(inc / "graph.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD)) == nt


def test_update_with_another_base_is_refused(small_corpus: list[Path], tmp_path: Path, monkeypatch) -> None:
    kg.build(small_corpus[:1], out=tmp_path, sinks=["rdf"])
    monkeypatch.setenv("KG_BASE_IRI", "http://example.org/other/")
    with pytest.raises(kg.KGError, match="base"):
        kg.pipeline.update(tmp_path, small_corpus[1:2])


@settings(max_examples=200, deadline=None)
@given(text=st.text(), language=st.sampled_from(["", "en", "zh-Hans", "EN-us"]),
       datatype=st.sampled_from([XSD + "string", XSD + "integer", "http://example.org/dt"]))
def test_ntriples_lines_are_pyoxigraphs_canonical_form(text: str, language: str, datatype: str) -> None:
    literal = pyoxigraph.Literal(text, language=language) if language else pyoxigraph.Literal(
        text, datatype=pyoxigraph.NamedNode(datatype))
    triple = pyoxigraph.Triple(pyoxigraph.NamedNode("http://example.org/s"), pyoxigraph.NamedNode("http://example.org/p"), literal)
    expected = pyoxigraph.serialize([triple], format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8").rstrip("\n")
    term = (text, RDF + "langString", language_tag(language)) if language else (text, datatype, "")
    assert nt_line(("http://example.org/s", "http://example.org/p", term)) == expected


def test_every_node_has_type_label_and_id(seed_memory, rdf_graph: rdflib.Graph) -> None:
    for node in seed_memory.graph.nodes.values():
        s = rdflib.URIRef(node_iri(DEFAULT_BASE, node.id))
        assert (s, rdflib.RDF.type, rdflib.URIRef(KG + node.type.value)) in rdf_graph
        assert rdf_graph.value(s, rdflib.RDFS.label) == rdflib.Literal(node.name)
        assert str(rdf_graph.value(s, rdflib.URIRef(KG + "nodeId"))) == node.id
        aliases = {str(a) for a in rdf_graph.objects(s, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
        assert aliases == {a for a in node.aliases if a != node.name}
        if node.type is Cls.BENCHMARK:
            assert (s, rdflib.RDF.type, rdflib.URIRef(KG + "Dataset")) in rdf_graph


def test_papers_have_title_identifier_web_link_and_language_tags(seed_memory, rdf_graph: rdflib.Graph) -> None:
    papers = seed_memory.graph.nodes_of(Cls.PAPER)
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


def test_result_numbers_are_decimals_and_dates_are_dates(seed_memory, rdf_graph: rdflib.Graph) -> None:
    results = [n for n in seed_memory.graph.nodes_of(Cls.RESULT) if n.props.get("number") is not None]
    for node in results:
        literal = rdf_graph.value(rdflib.URIRef(node_iri(DEFAULT_BASE, node.id)), rdflib.URIRef(KG + "number"))
        assert literal.datatype == rdflib.URIRef(XSD + "decimal")
        assert float(literal) == pytest.approx(float(node.props["number"]))
    for _, _, literal in rdf_graph.triples((None, rdflib.URIRef(KG + "digestDate"), None)):
        assert literal.datatype == rdflib.URIRef(XSD + "date")


def test_every_fact_is_reified_with_all_its_evidence(seed_memory, rdf_graph: rdflib.Graph) -> None:
    derivations = rdflib.URIRef(PROV + "qualifiedDerivation")
    for edge in seed_memory.graph.edges.values():
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


def test_custom_base_changes_every_resource_iri(seed_memory) -> None:
    base = "http://example.org/kg/"
    triples = list(RdfConverter(base).triples(seed_memory.graph))
    assert all(s.startswith(base) for s, _, _ in triples)
    assert not any(DEFAULT_BASE in o for _, _, o in triples if isinstance(o, str))


def test_jsonld_falls_back_to_full_iris_when_a_value_does_not_fit_its_term(tmp_path: Path) -> None:
    s = "http://example.org/s"
    triples = [
        (s, KG + "proposes", ("not an IRI", XSD + "string", "")),  # @id-coerced term, literal value
        (s, KG + "number", ("3", XSD + "integer", "")),  # decimal term, integer
        (s, KG + "number", ("2.5", XSD + "decimal", "")),
        (s, "http://example.org/unmapped", ("x", RDF + "langString", "en")),
        (s, KG + "tldr", ("摘要", RDF + "langString", "zh")),
        (s, RDF + "type", "http://example.org/Other"),
        (s, KG + "start", ("7", XSD + "integer", "")),  # fits its term: written compact
        ("http://example.org/t", KG + "value", ("v", XSD + "string", "")),
    ]
    ordered, lines = sorted_triples(triples)
    write_jsonld(ordered, tmp_path / "g.jsonld")
    parsed = canonical_lines(pyoxigraph.parse(path=str(tmp_path / "g.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD))
    assert parsed == set(lines)
    nodes = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))["@graph"]
    assert nodes[0]["start"] == "7" and "http://example.org/unmapped" in nodes[0]


@settings(max_examples=40, deadline=None)
@given(names=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4), sentence=st.text(max_size=30))
def test_turtle_and_jsonld_of_any_names_read_back_as_graph_nt(names: list[str], sentence: str, tmp_path_factory) -> None:
    """Names that cannot be Turtle prefixed names (``~``, a final ``.``, ``%``, a leading ``-``) fall back to ``<iri>``."""
    graph = KnowledgeGraph()
    paper = graph.add_node(Node("paper/2501.00001", Cls.PAPER, "T", props={"title": "T", "url": "https://arxiv.org/abs/2501.00001"}))
    for name in names:
        method = graph.add_node(Node(f"method/{name}", Cls.METHOD, name, aliases=[name + "."]))
        graph.add_edge(Edge(paper.id, Rel.USES, method.id, [Evidence("2501.00001", "abstract", sentence, 0, 1, "test")]))
    out = tmp_path_factory.mktemp("names")
    sink = RdfSink()
    sink.open(out)
    sink.add(graph, None)
    sink.close(KnowledgeGraph())
    reference = set(nt_lines(out / "graph.nt"))
    for name, fmt in FORMATS.items():
        assert canonical_lines(pyoxigraph.parse(path=str(out / name), format=fmt)) == reference, name
    assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) == len(reference)
