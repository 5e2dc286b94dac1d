"""RdfWriter (one pass per subject block, templates for statements and evidence) writes exactly what the
generic path writes: the converter's triples through sorted_triples, TurtleWriter and JsonLdCompactor."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ExportError
from kg.graph import split_graph
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.rdf.convert import (CONFIDENCE_SLOT, EVIDENCE_SLOTS, EXTRACTOR_SLOT, RdfConverter, derivation_slot,
                            evidence_order)
from kg.rdf.iris import DEFAULT_BASE, evidence_iri
from kg.rdf.namespaces import KG, RDF, prefixes_with_base
from kg.rdf.serialize import (TEMPLATE_EVIDENCE, JsonLdCompactor, RdfWriter, TurtleWriter, compile_templates, jsonld_context,
                              sorted_triples)
from kg.vocab import Cls, Rel

# Bases whose namespace is also a prefix's (kg:, schema:) or that hold "%" and "#"
BASES = [DEFAULT_BASE, "http://example.org/kg#", "https://w3id.org/kg/ontology#", "https://schema.org/",
         "http://example.org/a%20b/"]
TEXT = st.text(max_size=20) | st.lists(st.sampled_from(list('{}%"\\\n\t\r\x00\x7f\u2028é中 <>.-_/')), max_size=8).map("".join)


def writer_for(base: str, extra_prefixes: dict[str, str] | None = None) -> RdfWriter:
    return RdfWriter(RdfConverter(base), TurtleWriter({**prefixes_with_base(base), **(extra_prefixes or {})}),
                     JsonLdCompactor(jsonld_context()))


def reference(writer: RdfWriter, graph: KnowledgeGraph) -> tuple[str, str, list[str]]:
    """The generic path, triple by triple."""
    ordered, lines = sorted_triples(writer.converter.triples(graph))
    return ("\n".join(lines) + "\n" if lines else "", writer.turtle.statements(ordered),
            writer.compactor.lines(ordered))


def rendered(writer: RdfWriter, graph: KnowledgeGraph, chunk: int | None = None) -> tuple[str, str, list[str]]:
    pieces = list(writer.pieces(graph, chunk))
    assert sum(p.triples for p in pieces) == len(set(writer.converter.triples(graph)))
    return "".join(p.nt for p in pieces), "".join(p.ttl for p in pieces), [o for p in pieces for o in p.jsonld]


def test_seed_parts_and_shared_part_equal_the_generic_path(seed_memory) -> None:
    order = [e.paper.id for e in seed_memory.extractions]
    shared, parts = split_graph(seed_memory.graph, order)
    writer = writer_for(DEFAULT_BASE)
    for graph in [*parts, shared]:
        assert rendered(writer, graph) == reference(writer, graph)
    expected = reference(writer, seed_memory.graph)
    assert rendered(writer, seed_memory.graph) == expected
    assert rendered(writer, seed_memory.graph, chunk=50) == expected  # pieces of whole blocks
    assert len(list(writer.pieces(seed_memory.graph, 50))) > 10


@st.composite
def graphs(draw) -> KnowledgeGraph:
    """Papers, entities and results with odd names, props and evidence (0-12 per edge, no rule, NaN confidence)."""
    graph = KnowledgeGraph()
    papers = []
    for i in range(draw(st.integers(1, 2))):
        pid = f"2501.{i:05d}"
        props = {"title": draw(TEXT), "abstract": draw(TEXT), "abstract_lang": draw(st.sampled_from(["en", "zh", "", "not a tag!"])),
                 "id_scheme": draw(st.sampled_from(["arxiv", "doi", "url"])), "digest_date": draw(st.sampled_from(["2026-01-02", "bad"])),
                 "url": draw(st.sampled_from(["https://arxiv.org/abs/" + pid, "not a url", ""])),
                 "line_start": draw(st.integers(-3, 10**12)), "score": draw(st.floats(allow_nan=True) | st.booleans()),
                 "tags": draw(st.lists(TEXT, max_size=3))}
        papers.append(graph.add_node(Node(f"paper/{pid}", Cls.PAPER, draw(TEXT), draw(st.lists(TEXT, max_size=3)), props=props)))
    entities = [graph.add_node(Node(f"{cls.value.lower()}/{name}", cls, name, draw(st.lists(TEXT, max_size=2)),
                                    props={"first_seen": "2026-01-01", "number": draw(st.floats() | st.integers())}))
                for cls, name in draw(st.lists(st.tuples(st.sampled_from(list(Cls)), TEXT), max_size=4))]
    evidence = st.builds(Evidence, st.sampled_from([p.id.partition("/")[2] for p in papers]), TEXT, TEXT,
                         st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["", "rule-a", 'q"x']),
                         st.sampled_from([1.0, 0.123456789, math.nan, math.inf, -0.0]))
    nodes = [*papers, *entities]
    for source, rel, target in draw(st.lists(st.tuples(st.sampled_from(nodes), st.sampled_from(list(Rel)),
                                                       st.sampled_from(nodes)), max_size=6)):
        props = draw(st.sampled_from([{}, {"paper": papers[0].id.partition("/")[2]}, {"paper": 3},
                                      {"paper": "2501.00000", "note": ["a", "a", "b"]}, {"weight": 0.5}]))
        graph.add_edge(Edge(source.id, rel, target.id, draw(st.lists(evidence, max_size=12)), props))
    return graph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph=graphs(), base=st.sampled_from(BASES), chunk=st.sampled_from([None, 1, 7]))
def test_any_graph_equals_the_generic_path(graph: KnowledgeGraph, base: str, chunk: int | None) -> None:
    writer = writer_for(base)
    assert rendered(writer, graph, chunk) == reference(writer, graph)


@settings(max_examples=30, deadline=None)
@given(graph=graphs())
def test_statement_names_fall_back_when_a_prefix_is_nested_under_the_statements(graph: KnowledgeGraph) -> None:
    writer = writer_for(DEFAULT_BASE, {"st": DEFAULT_BASE + "statement/0"})
    assert writer.statement_ttl is None
    assert rendered(writer, graph) == reference(writer, graph)
    assert writer_for(DEFAULT_BASE).statement_ttl == "res:statement\\/"


def test_evidence_order_is_the_order_of_the_iris() -> None:
    stmt = DEFAULT_BASE + "statement/" + "0" * 20
    for count in (0, 1, 2, 10, 11, 23, 101):
        iris = [evidence_iri(stmt, i) for i in evidence_order(count)]
        assert sorted(iris, key=lambda iri: f"<{iri}> .") == iris and len(iris) == count


def test_templates_are_compiled_from_the_generic_renderers() -> None:
    writer = writer_for(DEFAULT_BASE)
    template = writer.compile([*EVIDENCE_SLOTS, EXTRACTOR_SLOT, CONFIDENCE_SLOT, derivation_slot(0)],
                              ["s", "s_ttl", "s_js", "entity", "entity_ttl", "entity_js", "d0", "d0_ttl", "d0_js",
                               *(f"{f}{x}" for f in ("section", "sentence", "start", "end", "extractor", "confidence")
                                 for x in ("", "_js"))])
    assert template.triples == 9
    assert template.nt.count("<{s}> ") == 9 and "<" + KG + "start> \"{start}\"^^<" in template.nt
    assert template.ttl.startswith("{s_ttl} a prov:Derivation ;\n\t")
    assert '"start": {start_js}' in template.jsonld and '"@type": "Derivation"' in template.jsonld
    with pytest.raises(ExportError, match="constants"):
        writer.compile([(RDF + "type", "iri", "o")], ["s", "s_ttl", "s_js", "o", "o_ttl", "o_js"])


def test_compiled_templates_fill_like_format_map() -> None:
    templates = ["{a}{{literal}}'\"\\{b}\n", "", "%s {b}{a}"]
    render = compile_templates(["a", "b"], templates)
    values = {"a": "{x}'", "b": "%d\\"}
    assert render(*values.values()) == tuple(t.format_map(values) for t in templates)
    with pytest.raises(ExportError):
        compile_templates(["a"], ["{a.__class__}"])
    with pytest.raises(ExportError):
        compile_templates(["a", "b)"], ["{a}"])


def test_edges_with_many_evidence_compile_no_template_of_their_size() -> None:
    graph = KnowledgeGraph()
    for name in ("a", "b", "c"):
        graph.add_node(Node(f"method/{name}", Cls.METHOD, name))
    for target, count in (("method/b", TEMPLATE_EVIDENCE + 1), ("method/c", 3 * TEMPLATE_EVIDENCE)):
        evidence = [Evidence(f"2501.{i:05d}", "abstract", f"sentence {i}", i, i + 2, "rule" * (i % 2), 0.5) for i in range(count)]
        graph.add_edge(Edge("method/a", Rel.OUTPERFORMS, target, evidence, {"paper": "2501.00001"}))
    writer = writer_for(DEFAULT_BASE)
    assert rendered(writer, graph) == reference(writer, graph)
    counts = [key[1] for key in writer.templates if key[0] == "statement"]
    assert not counts  # both statements were rendered generically
    assert {key for key in writer.templates if key[0] == "evidence"} == {("evidence", True, True), ("evidence", False, True)}


def test_colliding_statement_iris_fall_back_to_the_generic_path(monkeypatch) -> None:
    graph = KnowledgeGraph()
    for name in ("a", "b", "c"):
        graph.add_node(Node(f"method/{name}", Cls.METHOD, name))
    for target in ("method/b", "method/c"):
        graph.add_edge(Edge("method/a", Rel.USES, target, [Evidence("2501.00001", "abstract", target, 0, 1, "r")]))
    writer = writer_for(DEFAULT_BASE)
    monkeypatch.setattr(writer.converter, "statement", lambda edge: DEFAULT_BASE + "statement/" + "0" * 20)
    nt, ttl, jsonld = rendered(writer, graph)
    assert (nt, ttl, jsonld) == reference(writer, graph)
    assert nt.count(f"<{DEFAULT_BASE}statement/{'0' * 20}> <{RDF}type>") == 1  # one merged statement node
