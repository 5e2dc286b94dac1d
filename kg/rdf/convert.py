"""The internal :class:`KnowledgeGraph` as RDF triples (pyoxigraph terms, so every IRI is checked).

Per node: ``rdf:type`` (a Benchmark is also typed kg:Dataset), ``rdfs:label``, ``skos:altLabel``
per alias, ``kg:nodeId`` and its props as typed literals. Per edge: the plain triple, its
reification as an ``rdf:Statement`` and one PROV-O qualified derivation per evidence
(see ``ontology/kg.ttl``, section "evidence", and ``docs/rdf.md``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation

from pyoxigraph import Literal, NamedNode, Triple

from ..graph import paper_node_id
from ..model import Edge, Evidence, KnowledgeGraph, Node, PropValue
from ..vocab import Cls
from .iris import evidence_iri, node_iri, paper_same_as, statement_iri, web_iri
from .namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

log = logging.getLogger(__name__)

A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
ALT_LABEL = NamedNode(SKOS + "altLabel")
NODE_ID = NamedNode(KG + "nodeId")
STATEMENT = NamedNode(RDF + "Statement")
SUBJECT, PREDICATE, OBJECT = (NamedNode(RDF + n) for n in ("subject", "predicate", "object"))
DERIVATION = NamedNode(PROV + "Derivation")
QUALIFIED_DERIVATION = NamedNode(PROV + "qualifiedDerivation")
PROV_ENTITY = NamedNode(PROV + "entity")
WAS_DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
SAME_AS = NamedNode(OWL + "sameAs")
URL = NamedNode(SCHEMA + "url")

XSD_STRING, XSD_INTEGER, XSD_DECIMAL, XSD_DATE, XSD_BOOLEAN = (
    NamedNode(XSD + t) for t in ("string", "integer", "decimal", "date", "boolean"))

# Node props with a fixed predicate and literal kind: "str", "int", "decimal", "date", "lang" (language
# tag taken from the "<prop>_lang" prop), "url" (an IRI), or None to leave the prop out.
PROPERTY_MAP: dict[str, tuple[str, str] | None] = {
    "title": (DCTERMS + "title", "str"),
    "url": (SCHEMA + "url", "url"),
    "id_scheme": (KG + "idScheme", "str"),
    "arxiv_version": (KG + "arxivVersion", "str"),
    "digest": (KG + "digest", "str"),
    "digest_date": (KG + "digestDate", "date"),
    "source_file": (KG + "sourceFile", "str"),
    "line_start": (KG + "lineStart", "int"),
    "line_end": (KG + "lineEnd", "int"),
    "tldr": (KG + "tldr", "lang"),
    "abstract": (DCTERMS + "abstract", "lang"),
    "tldr_lang": None,
    "abstract_lang": None,
    "first_seen": (KG + "firstSeen", "date"),
    "first_seen_digest": (KG + "firstSeenDigest", "str"),
    "last_seen": (KG + "lastSeen", "date"),
    "last_seen_digest": (KG + "lastSeenDigest", "str"),
    "value": (KG + "value", "str"),
    "number": (KG + "number", "decimal"),
    "unit": (KG + "unit", "str"),
    "metric_name": (KG + "metricName", "str"),
    "dataset_name": (KG + "datasetName", "str"),
    "method_name": (KG + "methodName", "str"),
}
_warned: set[str] = set()


def decimal_lexical(value: float | int | str) -> str | None:
    """The xsd:decimal lexical form of a number (no exponent), or None for NaN/inf/non-numbers."""
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def camel(name: str) -> str:
    """``first_seen_digest`` -> ``firstSeenDigest``: how props without a fixed predicate are named."""
    head, *rest = re.split(r"[^0-9A-Za-z]+", name) or [name]
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def typed_literal(value: str | int | float | bool, kind: str) -> Literal | None:
    """A literal of ``kind`` for ``value``; None when the value does not fit the datatype."""
    if kind == "int":
        return Literal(str(int(value)), datatype=XSD_INTEGER) if not isinstance(value, bool) else None
    if kind == "decimal":
        lexical = decimal_lexical(value)
        return Literal(lexical, datatype=XSD_DECIMAL) if lexical is not None else None
    if kind == "date":
        try:
            return Literal(date.fromisoformat(str(value)[:10]).isoformat(), datatype=XSD_DATE)
        except ValueError:
            return None
    return Literal(str(value))


def generic_literal(value: str | int | float | bool) -> Literal | None:
    """A literal typed from the Python type, for props without a fixed predicate."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD_BOOLEAN)
    if isinstance(value, int):
        return typed_literal(value, "int")
    if isinstance(value, float):
        return typed_literal(value, "decimal")
    return Literal(str(value))


class RdfConverter:
    """Turns a :class:`KnowledgeGraph` into triples; IRIs are minted under ``base``."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._iris: dict[str, NamedNode] = {}

    def iri(self, node_id: str) -> NamedNode:
        iri = self._iris.get(node_id)
        if iri is None:
            iri = self._iris[node_id] = NamedNode(node_iri(self.base, node_id))
        return iri

    def triples(self, graph: KnowledgeGraph) -> Iterator[Triple]:
        """Every triple of the graph (unsorted; duplicates possible but rare)."""
        for node in graph.nodes.values():
            yield from self.node_triples(node)
        for edge in graph.edges.values():
            yield from self.edge_triples(edge)

    def node_triples(self, node: Node) -> Iterator[Triple]:
        s = self.iri(node.id)
        yield Triple(s, A, NamedNode(KG + node.type.value))
        if node.type is Cls.BENCHMARK:
            yield Triple(s, A, NamedNode(KG + Cls.DATASET.value))
        yield Triple(s, LABEL, Literal(node.name))
        yield Triple(s, NODE_ID, Literal(node.id))
        for alias in node.aliases:
            if alias != node.name:
                yield Triple(s, ALT_LABEL, Literal(alias))
        if node.type is Cls.PAPER:
            paper_id = node.id.partition("/")[2]
            yield Triple(s, NamedNode(DCTERMS + "identifier"), Literal(paper_id))
            same_as = paper_same_as(paper_id, str(node.props.get("id_scheme") or ""))
            if same_as is not None:
                yield Triple(s, SAME_AS, NamedNode(same_as))
        for key, value in sorted(node.props.items()):
            yield from self.prop_triples(s, node, key, value)

    def prop_triples(self, s: NamedNode, node: Node, key: str, value: PropValue) -> Iterator[Triple]:
        if value is None or value == "" or value == []:
            return
        values = value if isinstance(value, list) else [value]
        if key not in PROPERTY_MAP:
            if key not in _warned:
                _warned.add(key)
                log.debug("prop %r has no fixed predicate; written as kg:%s", key, camel(key))
            predicate = NamedNode(KG + camel(key))
            for v in values:
                literal = generic_literal(v)
                if literal is not None:
                    yield Triple(s, predicate, literal)
            return
        mapping = PROPERTY_MAP[key]
        if mapping is None:
            return
        predicate, kind = NamedNode(mapping[0]), mapping[1]
        for v in values:
            if kind == "url":
                iri = web_iri(str(v))
                yield Triple(s, predicate, NamedNode(iri) if iri else Literal(str(v)))
            elif kind == "lang":
                lang = node.props.get(f"{key}_lang")
                yield Triple(s, predicate, Literal(str(v), language=str(lang)) if lang else Literal(str(v)))
            else:
                literal = typed_literal(v, kind)
                if literal is None:
                    log.warning("node %s: prop %s=%r is not a valid %s; left out", node.id, key, v, kind)
                else:
                    yield Triple(s, predicate, literal)

    def edge_triples(self, edge: Edge) -> Iterator[Triple]:
        s, o = self.iri(edge.source), self.iri(edge.target)
        p = NamedNode(KG + edge.type.value)
        yield Triple(s, p, o)
        stmt = NamedNode(statement_iri(self.base, edge.source, edge.type.name, edge.target))
        yield Triple(stmt, A, STATEMENT)
        yield Triple(stmt, SUBJECT, s)
        yield Triple(stmt, PREDICATE, p)
        yield Triple(stmt, OBJECT, o)
        for key, value in sorted(edge.props.items()):
            if key == "paper" and isinstance(value, str):
                yield Triple(stmt, WAS_DERIVED_FROM, self.iri(paper_node_id(value)))
            elif value is not None:
                for v in value if isinstance(value, list) else [value]:
                    literal = generic_literal(v)
                    if literal is not None:
                        yield Triple(stmt, NamedNode(KG + camel(key)), literal)
        for index, evidence in enumerate(edge.evidence):
            yield from self.evidence_triples(stmt, NamedNode(evidence_iri(stmt.value, index)), evidence)

    def evidence_triples(self, stmt: NamedNode, ev: NamedNode, evidence: Evidence) -> Iterator[Triple]:
        yield Triple(stmt, QUALIFIED_DERIVATION, ev)
        yield Triple(ev, A, DERIVATION)
        yield Triple(ev, PROV_ENTITY, self.iri(paper_node_id(evidence.paper)))
        yield Triple(ev, NamedNode(KG + "section"), Literal(evidence.section))
        yield Triple(ev, NamedNode(KG + "sentence"), Literal(evidence.sentence))
        yield Triple(ev, NamedNode(KG + "start"), Literal(str(evidence.start), datatype=XSD_INTEGER))
        yield Triple(ev, NamedNode(KG + "end"), Literal(str(evidence.end), datatype=XSD_INTEGER))
        if evidence.rule:
            yield Triple(ev, NamedNode(KG + "extractor"), Literal(evidence.rule))
        confidence = decimal_lexical(round(evidence.confidence, 6))
        if confidence is not None:
            yield Triple(ev, NamedNode(KG + "confidence"), Literal(confidence, datatype=XSD_DECIMAL))
