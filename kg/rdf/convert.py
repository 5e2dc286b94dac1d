"""The internal :class:`KnowledgeGraph` as RDF triples.

Per node: ``rdf:type`` (a Benchmark is also typed kg:Dataset), ``rdfs:label``, ``skos:altLabel``
per alias, ``kg:nodeId`` and its props as typed literals. Per edge: the plain triple, its
reification as an ``rdf:Statement`` and one PROV-O qualified derivation per evidence
(see ``ontology/kg.ttl``, section "evidence", and ``docs/rdf.md``).

Triples are plain tuples ``(subject IRI, predicate IRI, object)`` where the object is an IRI (``str``)
or a :data:`LiteralTerm` ``(lexical, datatype IRI, language)``: a build converts a few hundred
triples per paper, and pyoxigraph terms cost a Rust object (and an IRI parse) each. Validity is
kept by construction: node IRIs are percent-encoded (property-tested in tests/rdf/test_iris.py), web
IRIs and language tags are checked by pyoxigraph once per distinct value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from hashlib import sha1
from operator import itemgetter

from ..graph import paper_node_id
from ..model import Edge, Evidence, KnowledgeGraph, Node, PropValue
from ..vocab import Cls, Rel
from .iris import node_iri, paper_same_as, web_iri
from .namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

log = logging.getLogger(__name__)

LiteralTerm = tuple[str, str, str]  # (lexical form, datatype IRI, language tag or "")
Term = str | LiteralTerm  # an IRI or a literal
Triple = tuple[str, str, Term]

A = RDF + "type"
LABEL = RDFS + "label"
ALT_LABEL = SKOS + "altLabel"
NODE_ID = KG + "nodeId"
IDENTIFIER = DCTERMS + "identifier"
STATEMENT = RDF + "Statement"
SUBJECT, PREDICATE, OBJECT = (RDF + n for n in ("subject", "predicate", "object"))
DERIVATION = PROV + "Derivation"
QUALIFIED_DERIVATION = PROV + "qualifiedDerivation"
PROV_ENTITY = PROV + "entity"
WAS_DERIVED_FROM = PROV + "wasDerivedFrom"
SAME_AS = OWL + "sameAs"
URL = SCHEMA + "url"
SECTION, SENTENCE, START, END, EXTRACTOR, CONFIDENCE = (
    KG + n for n in ("section", "sentence", "start", "end", "extractor", "confidence"))
DATASET_CLASS = KG + Cls.DATASET.value

XSD_STRING, XSD_INTEGER, XSD_DECIMAL, XSD_DATE, XSD_BOOLEAN = (
    XSD + t for t in ("string", "integer", "decimal", "date", "boolean"))
RDF_LANG_STRING = RDF + "langString"
# Class and relation IRIs by member (an enum's .value is a descriptor call: this runs per node and edge)
CLASS_IRIS: dict[Cls, str] = {cls: KG + cls.value for cls in Cls}
RELATION_IRIS: dict[Rel, str] = {rel: KG + rel.value for rel in Rel}
RELATION_NAMES: dict[Rel, str] = {rel: rel.name for rel in Rel}

# A block of triples with one subject, keyed to sort as its N-Triples lines do: ``"<subject>>"`` with the
# nodes and edges whose triples have that subject, or ``"<statement>/"`` with the edge whose statement and
# evidence nodes it is (those lines sort together: ``<stmt>/evidence/i`` right before ``<stmt>``).
Block = tuple[str, "list[Node | Edge] | Edge"]

# The fixed shapes of the statement and evidence blocks, for writers that render them from templates
# (:class:`kg.rdf.serialize.RdfWriter`): ``(predicate, kind, field)`` where kind is :data:`IRI_FIELD` (the
# field holds an IRI), a datatype IRI (the field holds a lexical form) or ``"=" + IRI`` (a constant object).
# They must give the triples :meth:`RdfConverter.statement_triples` gives (tested).
Slot = tuple[str, str, str]
IRI_FIELD = "iri"
STATEMENT_SLOTS: tuple[Slot, ...] = ((A, "=" + STATEMENT, ""), (SUBJECT, IRI_FIELD, "subject"),
                                     (PREDICATE, IRI_FIELD, "predicate"), (OBJECT, IRI_FIELD, "object"))
DERIVED_FROM_SLOT: Slot = (WAS_DERIVED_FROM, IRI_FIELD, "paper")
EVIDENCE_SLOTS: tuple[Slot, ...] = ((A, "=" + DERIVATION, ""), (PROV_ENTITY, IRI_FIELD, "entity"),
                                    (SECTION, XSD_STRING, "section"), (SENTENCE, XSD_STRING, "sentence"),
                                    (START, XSD_INTEGER, "start"), (END, XSD_INTEGER, "end"))
EXTRACTOR_SLOT: Slot = (EXTRACTOR, XSD_STRING, "extractor")
CONFIDENCE_SLOT: Slot = (CONFIDENCE, XSD_DECIMAL, "confidence")


def derivation_slot(position: int) -> Slot:
    """The slot of a statement's ``position``-th evidence IRI (in N-Triples order, see :func:`evidence_order`)."""
    return (QUALIFIED_DERIVATION, IRI_FIELD, f"d{position}")


@lru_cache(maxsize=256)
def evidence_order(count: int) -> tuple[int, ...]:
    """The evidence indices of a statement in the order their IRIs sort as N-Triples subjects or objects
    (``.../evidence/10`` before ``.../evidence/2``)."""
    return tuple(sorted(range(count), key=lambda i: f"{i}>"))

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
PROPERTY_KINDS: dict[str, tuple[str, str]] = {key: kind for key, kind in PROPERTY_MAP.items() if kind is not None}
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


@lru_cache(maxsize=1024)
def confidence_lexical(confidence: float) -> str | None:
    """An evidence confidence as xsd:decimal, rounded to 6 places (cached: extractors use few values)."""
    return decimal_lexical(round(confidence, 6))


@lru_cache(maxsize=256)
def camel(name: str) -> str:
    """``first_seen_digest`` -> ``firstSeenDigest``: how props without a fixed predicate are named."""
    head, *rest = re.split(r"[^0-9A-Za-z]+", name) or [name]
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@lru_cache(maxsize=256)
def language_tag(tag: str) -> str | None:
    """``tag`` as pyoxigraph writes it (lower case), or None when it is not a valid BCP 47 tag."""
    import pyoxigraph

    try:
        return pyoxigraph.Literal("", language=tag).language
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def checked_web_iri(url: str) -> str | None:
    return web_iri(url)


def string(value: str) -> LiteralTerm:
    return (value, XSD_STRING, "")


def integer(value: int) -> LiteralTerm:
    return (str(value), XSD_INTEGER, "")


@lru_cache(maxsize=4096)
def date_lexical(value: str) -> str | None:
    """The xsd:date lexical form of a date text (its first 10 characters), or None when it is not a date."""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def typed_literal(value: str | int | float | bool, kind: str) -> LiteralTerm | None:
    """A literal of ``kind`` for ``value``; None when the value does not fit the datatype."""
    if kind == "int":
        return (str(int(value)), XSD_INTEGER, "") if not isinstance(value, bool) else None
    if kind == "decimal":
        lexical = decimal_lexical(value)
        return (lexical, XSD_DECIMAL, "") if lexical is not None else None
    if kind == "date":
        lexical = date_lexical(str(value))
        return (lexical, XSD_DATE, "") if lexical is not None else None
    return (str(value), XSD_STRING, "")


def generic_literal(value: str | int | float | bool) -> LiteralTerm | None:
    """A literal typed from the Python type, for props without a fixed predicate."""
    if isinstance(value, bool):
        return ("true" if value else "false", XSD_BOOLEAN, "")
    if isinstance(value, int):
        return typed_literal(value, "int")
    if isinstance(value, float):
        return typed_literal(value, "decimal")
    return (str(value), XSD_STRING, "")


class RdfConverter:
    """Turns a :class:`KnowledgeGraph` into triples; IRIs are minted under ``base``.

    Node IRIs are cached in a bounded LRU (shared entities recur in every paper; paper-local ids
    do not), so the cache does not grow with the corpus.
    """

    def __init__(self, base: str, cache_size: int = 1 << 16) -> None:
        self.base = base
        self.iri = lru_cache(maxsize=cache_size)(self._iri)

    def _iri(self, node_id: str) -> str:
        return node_iri(self.base, node_id)

    def statement_prefix(self) -> str:
        """What every statement IRI starts with (a 20-digit hex key follows)."""
        return f"{self.base}statement/"

    def statement(self, edge: Edge) -> str:
        """The IRI of an edge's reified statement (as :func:`kg.rdf.iris.statement_iri`)."""
        # digest_key(source, name, target) inlined (ids are str): this runs for every edge
        key = sha1(f"{edge.source}\x1f{RELATION_NAMES[edge.type]}\x1f{edge.target}".encode()).hexdigest()[:20]
        return f"{self.base}statement/{key}"

    def triples(self, graph: KnowledgeGraph) -> list[Triple]:
        """Every triple of the graph (unsorted; duplicates possible but rare)."""
        out: list[Triple] = []
        for node in graph.nodes.values():
            out.extend(self.node_triples(node))
        for edge in graph.edges.values():
            out.extend(self.edge_triples(edge))
        return out

    def blocks(self, graph: KnowledgeGraph) -> list[Block]:
        """Every subject block of the graph (see :data:`Block`), sorted by key: the blocks' triples, each
        block's sorted by line, are the graph's N-Triples lines in order."""
        iri = self.iri
        subjects: dict[str, list[Node | Edge]] = {}
        for node in graph.nodes.values():
            subjects[iri(node.id)] = [node]  # node ids are distinct and their IRIs too
        blocks: list[Block] = []
        for edge in graph.edges.values():
            s = iri(edge.source)
            items = subjects.get(s)
            if items is None:
                subjects[s] = [edge]
            else:
                items.append(edge)
            blocks.append((self.statement(edge) + "/", edge))
        blocks.extend([(s + ">", items) for s, items in subjects.items()])
        blocks.sort(key=itemgetter(0))
        return blocks

    def subject_triples(self, subject: str, items: list[Node | Edge]) -> list[Triple]:
        """The triples of a subject block: its node's and the plain triples of the edges from it."""
        if len(items) == 1 and items[0].__class__ is Node:
            return self.node_triples(items[0])  # type: ignore[arg-type]
        iri = self.iri
        triples: list[Triple] = []
        for item in items:
            if isinstance(item, Node):
                triples += self.node_triples(item)
            else:
                triples.append((subject, RELATION_IRIS[item.type], iri(item.target)))
        return triples

    @staticmethod
    def has_statement_shape(edge: Edge) -> bool:
        """Whether the edge's statement block is :data:`STATEMENT_SLOTS`, its derivations and at most
        :data:`DERIVED_FROM_SLOT` (no other props)."""
        props = edge.props
        return not props or (len(props) == 1 and props.get("paper").__class__ is str)

    def node_triples(self, node: Node) -> list[Triple]:
        """A node's triples: types, label, id, aliases, a paper's identifier and sameAs, its props."""
        s = self.iri(node.id)
        name, cls = node.name, node.type
        triples: list[Triple] = [(s, A, CLASS_IRIS[cls])]
        if cls is Cls.BENCHMARK:
            triples.append((s, A, DATASET_CLASS))
        triples += ((s, LABEL, (name, XSD_STRING, "")), (s, NODE_ID, (node.id, XSD_STRING, "")))
        for alias in node.aliases:
            if alias != name:
                triples.append((s, ALT_LABEL, (alias, XSD_STRING, "")))
        if cls is Cls.PAPER:
            paper_id = node.id.partition("/")[2]
            triples.append((s, IDENTIFIER, (paper_id, XSD_STRING, "")))
            same_as = paper_same_as(paper_id, str(node.props.get("id_scheme") or ""))
            if same_as is not None:
                triples.append((s, SAME_AS, same_as))
        for key, value in sorted(node.props.items()):
            kind = PROPERTY_KINDS.get(key)
            # the common cases inline (strings, valid dates), as prop_triples gives them
            if kind is not None and value and value.__class__ is str:
                if kind[1] == "str":
                    triples.append((s, kind[0], (value, XSD_STRING, "")))
                    continue
                if kind[1] == "date" and (lexical := date_lexical(value)) is not None:
                    triples.append((s, kind[0], (lexical, XSD_DATE, "")))
                    continue
            triples += self.prop_triples(s, node, key, value)
        return triples

    def prop_triples(self, s: str, node: Node, key: str, value: PropValue) -> Iterator[Triple]:
        if value is None or value == "" or value == []:
            return
        values = value if isinstance(value, list) else [value]
        if key not in PROPERTY_MAP:
            if key not in _warned:
                _warned.add(key)
                log.debug("prop %r has no fixed predicate; written as kg:%s", key, camel(key))
            predicate = KG + camel(key)
            for v in values:
                literal = generic_literal(v)
                if literal is not None:
                    yield (s, predicate, literal)
            return
        mapping = PROPERTY_MAP[key]
        if mapping is None:
            return
        predicate, kind = mapping
        for v in values:
            if kind == "str":
                yield (s, predicate, (str(v), XSD_STRING, ""))
            elif kind == "url":
                iri = checked_web_iri(str(v))
                yield (s, predicate, iri if iri else (str(v), XSD_STRING, ""))
            elif kind == "lang":
                yield (s, predicate, self.lang_literal(node, key, str(v)))
            else:
                literal = typed_literal(v, kind)
                if literal is None:
                    log.warning("node %s: prop %s=%r is not a valid %s; left out", node.id, key, v, kind)
                else:
                    yield (s, predicate, literal)

    def lang_literal(self, node: Node, key: str, text: str) -> LiteralTerm:
        lang = node.props.get(f"{key}_lang")
        if not lang:
            return (text, XSD_STRING, "")
        tag = language_tag(str(lang))
        if tag is None:
            log.warning("node %s: %s_lang=%r is not a language tag; %s written without one", node.id, key, lang, key)
            return (text, XSD_STRING, "")
        return (text, RDF_LANG_STRING, tag)

    def edge_triples(self, edge: Edge) -> list[Triple]:
        triples = self.statement_triples(edge)
        triples.append((self.iri(edge.source), RELATION_IRIS[edge.type], self.iri(edge.target)))
        return triples

    def statement_triples(self, edge: Edge) -> list[Triple]:
        """The reified statement of an edge, its props and one PROV derivation per evidence."""
        s, o = self.iri(edge.source), self.iri(edge.target)
        p = RELATION_IRIS[edge.type]
        stmt = self.statement(edge)
        triples: list[Triple] = [(stmt, A, STATEMENT), (stmt, SUBJECT, s), (stmt, PREDICATE, p), (stmt, OBJECT, o)]
        for key, value in sorted(edge.props.items()):
            if key == "paper" and isinstance(value, str):
                triples.append((stmt, WAS_DERIVED_FROM, self.iri(paper_node_id(value))))
            elif value is not None:
                for v in value if isinstance(value, list) else [value]:
                    literal = generic_literal(v)
                    if literal is not None:
                        triples.append((stmt, KG + camel(key), literal))
        for index, evidence in enumerate(edge.evidence):
            triples += self.evidence_triples(stmt, f"{stmt}/evidence/{index}", evidence)
        return triples

    def evidence_triples(self, stmt: str, ev: str, evidence: Evidence) -> list[Triple]:
        triples: list[Triple] = [
            (stmt, QUALIFIED_DERIVATION, ev),
            (ev, A, DERIVATION),
            (ev, PROV_ENTITY, self.iri(paper_node_id(evidence.paper))),
            (ev, SECTION, (evidence.section, XSD_STRING, "")),
            (ev, SENTENCE, (evidence.sentence, XSD_STRING, "")),
            (ev, START, (str(evidence.start), XSD_INTEGER, "")),
            (ev, END, (str(evidence.end), XSD_INTEGER, "")),
        ]
        if evidence.rule:
            triples.append((ev, EXTRACTOR, (evidence.rule, XSD_STRING, "")))
        confidence = confidence_lexical(evidence.confidence)
        if confidence is not None:
            triples.append((ev, CONFIDENCE, (confidence, XSD_DECIMAL, "")))
        return triples
