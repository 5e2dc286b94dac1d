"""SHACL: the seed graph conforms; the shapes catch real errors; `kg validate` exits 0 / 3."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.errors import ValidationError
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.rdf.convert import RdfConverter
from kg.rdf.iris import DEFAULT_BASE, node_iri, statement_iri
from kg.rdf.namespaces import DCTERMS, KG, PROV, XSD
from kg.rdf.serialize import sorted_triples
from kg.rdf.validate import validate_dir, validate_graph
from kg.vocab import Cls, Rel

R = rdflib.Namespace(DEFAULT_BASE)
K = rdflib.Namespace(KG)


def small_graph() -> KnowledgeGraph:
    """One paper with an author, category, code link, method, dataset, benchmark, metric, task and a result."""
    g = KnowledgeGraph()
    pid = "2501.00001"
    ev = Evidence(pid, "abstract", "We propose X, beating Y on Z (91.5% acc).", 11, 12, "test-rule", 0.8)
    g.add_node(Node(f"paper/{pid}", Cls.PAPER, "A paper", [pid], {
        "title": "A paper", "url": f"https://arxiv.org/abs/{pid}", "id_scheme": "arxiv", "digest": "d1",
        "digest_date": "2025-01-02", "line_start": 3, "line_end": 9, "tldr": "摘要", "tldr_lang": "zh",
        "abstract": "We propose X.", "abstract_lang": "en", "first_seen": "2025-01-02", "first_seen_digest": "d1"}))
    nodes = [
        Node("author/ann", Cls.AUTHOR, "Ann"), Node("category/cs.cv", Cls.CATEGORY, "cs.CV"),
        Node("coderepository/abc", Cls.CODE_REPOSITORY, "https://github.com/a/b", props={"url": "https://github.com/a/b"}),
        Node("method/x", Cls.METHOD, "X", ["X-Net"]), Node("method/y", Cls.METHOD, "Y"),
        Node("dataset/z", Cls.DATASET, "Z"), Node("benchmark/b", Cls.BENCHMARK, "B"),
        Node("metric/acc", Cls.METRIC, "acc"), Node("task/seg", Cls.TASK, "segmentation"),
        Node("technique/cnn", Cls.TECHNIQUE, "CNN"),
        Node(f"result/{pid}/abstract/30-35/0", Cls.RESULT, "91.5%", props={"value": "91.5%", "number": 91.5, "unit": "%"}),
    ]
    for node in nodes:
        g.add_node(node)
    p = f"paper/{pid}"
    for source, rel, target in [
        ("author/ann", Rel.AUTHORED, p), (p, Rel.IN_CATEGORY, "category/cs.cv"), (p, Rel.HAS_CODE, "coderepository/abc"),
        (p, Rel.PROPOSES, "method/x"), (p, Rel.USES, "method/y"), (p, Rel.USES, "technique/cnn"),
        (p, Rel.EVALUATES_ON, "dataset/z"), (p, Rel.INTRODUCES, "benchmark/b"), (p, Rel.USES_METRIC, "metric/acc"),
        (p, Rel.ADDRESSES, "task/seg"), (p, Rel.REPORTS, nodes[-1].id), (nodes[-1].id, Rel.ON_DATASET, "dataset/z"),
        (nodes[-1].id, Rel.MEASURES, "metric/acc"), (nodes[-1].id, Rel.OF_METHOD, "method/x"),
        ("method/x", Rel.OUTPERFORMS, "method/y"),
    ]:
        g.add_edge(Edge(source, rel, target, [ev], {"paper": pid} if rel is Rel.OUTPERFORMS else {}))
    return g


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    _, lines = sorted_triples(RdfConverter(DEFAULT_BASE).triples(graph))
    return rdflib.Graph().parse(data="\n".join(lines), format="nt")


def paths_of(report) -> set[str]:
    return {v.path for v in report.violations}


def test_small_graph_conforms() -> None:
    report = validate_graph(to_rdflib(small_graph()))
    assert report.conforms, report.summary()
    assert report.violations == []


PAPER = R["paper/2501.00001"]
RESULT = R["result/2501.00001/abstract/30-35/0"]
STATEMENT = rdflib.URIRef(statement_iri(DEFAULT_BASE, "paper/2501.00001", "PROPOSES", "method/x"))
EVIDENCE = rdflib.URIRef(f"{STATEMENT}/evidence/0")


def _remove(*triple):
    return lambda g: g.remove(triple)


def _add(*triple):
    return lambda g: g.add(triple)


def _set(s, p, o):
    return lambda g: g.set((s, p, o))


# (what is broken, how, a word the report must contain)
BREAKAGES = [
    ("result without a value", _remove(RESULT, K.value, None), "value"),
    ("paper without a title", _remove(PAPER, rdflib.URIRef(DCTERMS + "title"), None), "title"),
    ("paper with two titles", _add(PAPER, rdflib.URIRef(DCTERMS + "title"), rdflib.Literal("Other")), "title"),
    ("node without a label", _remove(R["method/x"], rdflib.RDFS.label, None), "label"),
    ("number that is not a decimal", _set(RESULT, K.number, rdflib.Literal("lots")), "number"),
    ("tldr without a language tag", _set(PAPER, K.tldr, rdflib.Literal("plain")), "tldr"),
    ("date that is a string", _set(PAPER, K.digestDate, rdflib.Literal("2025-01-02")), "digestDate"),
    ("proposes pointing to a dataset", _add(PAPER, K.proposes, R["dataset/z"]), "proposes"),
    ("uses pointing to a metric", _add(PAPER, K.uses, R["metric/acc"]), "uses"),
    ("result reported by no paper", _remove(PAPER, K.reports, RESULT), "reports"),
    ("benchmark not typed Dataset", _remove(R["benchmark/b"], rdflib.RDF.type, K.Dataset), "Dataset"),
    ("fact without evidence", _remove(STATEMENT, rdflib.URIRef(PROV + "qualifiedDerivation"), None), "evidence"),
    ("evidence without a paper", _remove(EVIDENCE, rdflib.URIRef(PROV + "entity"), None), "Paper"),
    ("evidence ending before it starts", _set(EVIDENCE, K.end, rdflib.Literal(2, datatype=rdflib.URIRef(XSD + "integer"))), "start"),
    ("confidence above 1", _set(EVIDENCE, K.confidence, rdflib.Literal("1.5", datatype=rdflib.URIRef(XSD + "decimal"))), "confidence"),
    ("reified fact never asserted", _remove(PAPER, K.proposes, R["method/x"]), "not asserted"),
    ("statement with an unknown predicate", _set(STATEMENT, rdflib.RDF.predicate, K.invented), "relation"),
]


@pytest.mark.parametrize("what,breakage,word", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_shapes_catch_real_errors(what: str, breakage, word: str) -> None:
    graph = to_rdflib(small_graph())
    before = len(graph)
    breakage(graph)
    assert len(graph) != before or word in ("number", "tldr", "digestDate", "end", "start", "confidence", "relation")
    report = validate_graph(graph)
    assert not report.conforms, what
    text = report.summary()
    assert word.lower() in text.lower(), text


def test_seed_graph_conforms(seed_build) -> None:
    report = validate_dir(seed_build.out_dir)
    assert report.conforms and not report.violations, report.summary()
    assert report.triples == (seed_build.out_dir / "graph.nt").read_bytes().count(b"\n")


def test_validate_dir_raises_validation_error_with_the_report(tmp_path: Path) -> None:
    graph = to_rdflib(small_graph())
    graph.remove((RESULT, K.value, None))
    graph.serialize(tmp_path / "graph.nt", format="nt")
    with pytest.raises(ValidationError) as info:
        validate_dir(tmp_path)
    assert info.value.exit_code == 3
    assert "result needs exactly one kg:value" in str(info.value)
    assert str(RESULT) in str(info.value)


def test_kg_validate_exit_codes(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    graph = to_rdflib(small_graph())
    good.mkdir()
    graph.serialize(good / "graph.nt", format="nt")
    graph.remove((PAPER, rdflib.URIRef(DCTERMS + "title"), None))
    bad.mkdir()
    graph.serialize(bad / "graph.nt", format="nt")
    ok = subprocess.run([sys.executable, "-m", "kg", "validate", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "0 violations" in ok.stderr
    failed = subprocess.run([sys.executable, "-m", "kg", "validate", str(bad)], capture_output=True, text=True)
    assert failed.returncode == 3
    assert "paper needs exactly one non-empty dcterms:title" in failed.stderr
    missing = subprocess.run([sys.executable, "-m", "kg", "validate", str(tmp_path / "nothing")], capture_output=True, text=True)
    assert missing.returncode == 1 and "kg build" in missing.stderr


def test_node_iri_used_in_fixture_matches_converter() -> None:
    assert str(PAPER) == node_iri(DEFAULT_BASE, "paper/2501.00001")
