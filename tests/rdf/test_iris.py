"""IRIs: valid for any node id (property test), injective, deterministic, under a configurable base."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.rdf.convert import RdfConverter
from kg.rdf.iris import DEFAULT_BASE, encode_path, node_iri, resolve_base, web_iri
from kg.rdf.serialize import sorted_triples
from kg.vocab import Cls, Rel

# RFC 3986 URI characters: unreserved, reserved and "%" (percent-encoded IRIs are URIs).
URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
NASTY = st.sampled_from(list(" <>\"{}|^`\\%#?/.:é中\U0001F600\t\n\x00"))
NAMES = st.text(min_size=0, max_size=40) | st.lists(NASTY, min_size=1, max_size=12).map("".join)


def assert_valid_iri(iri: str) -> None:
    pyoxigraph.NamedNode(iri)  # raises ValueError on an invalid IRI
    assert URI_CHARS.match(iri), iri
    assert not re.search(r"%(?![0-9A-F]{2})", iri), iri
    assert rdflib.term._is_valid_uri(iri), iri  # noqa: SLF001 - rdflib's own check for N-Triples output


@settings(max_examples=300, deadline=None)
@given(name=NAMES, cls=st.sampled_from(list(Cls)))
def test_node_iri_is_valid_for_any_name(name: str, cls: Cls) -> None:
    node_id = f"{cls.value.lower()}/{name}"
    iri = node_iri(DEFAULT_BASE, node_id)
    assert_valid_iri(iri)
    path = iri[len(DEFAULT_BASE):]
    assert unquote(path) == node_id  # nothing lost: the id can be read back
    assert "/./" not in f"/{path}/" and "/../" not in f"/{path}/"  # no dot segments for tools to normalise


@settings(max_examples=200, deadline=None)
@given(a=NAMES, b=NAMES)
def test_node_iri_is_injective(a: str, b: str) -> None:
    if a != b:
        assert encode_path(a) != encode_path(b)
    else:
        assert encode_path(a) == encode_path(b)


@settings(max_examples=200, deadline=None)
@given(url=st.text(max_size=60) | st.builds(lambda s: "https://example.org/" + s, NAMES))
def test_web_iri_is_valid_or_none(url: str) -> None:
    iri = web_iri(url)
    if iri is not None:
        assert_valid_iri(iri)


@settings(max_examples=60, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=5), sentence=st.text(max_size=30))
def test_graph_with_any_names_serialises_to_valid_ntriples(names: list[str], sentence: str) -> None:
    graph = KnowledgeGraph()
    paper = graph.add_node(Node("paper/2501.00001", Cls.PAPER, "T", props={"title": "T", "url": "https://arxiv.org/abs/2501.00001"}))
    for name in names:
        method = graph.add_node(Node(f"method/{name}", Cls.METHOD, name or "x", aliases=[name + " alias"]))
        graph.add_edge(Edge(paper.id, Rel.USES, method.id, [Evidence("2501.00001", "abstract", sentence, 0, 1, "test")]))
    _, lines = sorted_triples(RdfConverter(DEFAULT_BASE).triples(graph))
    text = ("\n".join(lines) + "\n").encode("utf-8")
    parsed = list(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(parsed) == len(lines)
    assert len(rdflib.Graph().parse(data=text.decode("utf-8"), format="nt")) == len(lines)


def test_base_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_base(None) == DEFAULT_BASE
    monkeypatch.setenv("KG_BASE_IRI", "http://example.org/kg/")
    assert resolve_base(None) == "http://example.org/kg/"
    assert resolve_base("urn:x:kg#") == "urn:x:kg#"
    for bad in ("example.org/", "http://example.org/kg", "http://exa mple.org/"):
        with pytest.raises(KGError):
            resolve_base(bad)
