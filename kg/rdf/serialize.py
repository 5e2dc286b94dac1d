"""Writing RDF: canonical N-Triples lines, Turtle and JSON-LD (with ``ontology/context.jsonld``).

A graph piece (one paper's part, or the shared part) is written as its distinct triples sorted by their
canonical N-Triples line, so identical input gives byte-identical output. Everything is plain string
building over the converter's tuples (a build writes a few hundred triples per paper; pyoxigraph term
objects and a parse/serialise round trip for Turtle cost about twice as much): N-Triples with
pyoxigraph's canonical escaping (a hypothesis test holds the two equal), Turtle grouped by subject and
predicate by :class:`TurtleWriter`, JSON-LD compacted with the shipped context by
:class:`JsonLdCompactor` (rdflib's JSON-LD serialiser took 125 s for a 2k-paper graph, see docs/rdf.md).
Every file is read back by pyoxigraph, rdflib and rapper in tests/rdf.

Those generic writers define the output; a build writes it with :class:`RdfWriter`, which renders the three
formats in one pass per subject block and fills statement and evidence blocks from templates compiled
from the generic writers (tests/rdf/test_rdf_writer.py holds the two byte-equal).
"""

from __future__ import annotations

import json
import logging
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from json.encoder import encode_basestring as json_string  # json.dumps(ensure_ascii=False) of a str
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import ExportError
from ..graph import paper_node_id
from ..model import Edge, Evidence, KnowledgeGraph
from ..resources import ONTOLOGY_DIR
from .convert import (CONFIDENCE_SLOT, DERIVED_FROM_SLOT, EVIDENCE_SLOTS, EXTRACTOR_SLOT, IRI_FIELD,
                      RELATION_IRIS, STATEMENT_SLOTS, XSD_STRING, RdfConverter, Slot, Term, Triple, confidence_lexical,
                      derivation_slot, evidence_order)
from .namespaces import RDF

log = logging.getLogger(__name__)

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
RDF_TYPE = RDF + "type"

# Canonical N-Triples escaping of a literal's lexical form (as pyoxigraph/oxrdf writes it).
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, Any]:
    """The ``@context`` object of ``ontology/context.jsonld``."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


# Literals recur within a paper (a sentence is the evidence of several facts) and across papers (sections,
# extractor names, numbers); the bound keeps long one-off texts (abstracts) from piling up.
LITERAL_CACHE = 1 << 13


@lru_cache(maxsize=LITERAL_CACHE)
def nt_term(term: Term) -> str:
    """A term in canonical N-Triples syntax (cached, see :data:`LITERAL_CACHE`)."""
    if term.__class__ is str:
        return f"<{term}>"
    lexical, datatype, language = term
    if _NEEDS_ESCAPE.search(lexical):
        lexical = lexical.translate(_ESCAPES)
    if language:
        return f'"{lexical}"@{language}'
    if datatype == XSD_STRING:
        return f'"{lexical}"'
    return f'"{lexical}"^^<{datatype}>'


def nt_line(triple: Triple) -> str:
    """A triple as a canonical N-Triples line (without the newline)."""
    s, p, o = triple
    return f"<{s}> <{p}> {nt_term(o)} ."


def sorted_triples(triples: Iterable[Triple]) -> tuple[list[Triple], list[str]]:
    """Distinct triples and their canonical N-Triples lines, both sorted by line."""
    term = nt_term
    by_line = {f"<{t[0]}> <{t[1]}> {term(t[2])} .": t for t in triples}
    lines = sorted(by_line)
    return [by_line[line] for line in lines], lines


def turtle_prefix_lines(prefixes: dict[str, str]) -> str:
    """The ``@prefix`` declarations a Turtle file starts with."""
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in prefixes.items())


# A local name pyoxigraph and rapper accept after a prefix once "/" is escaped (no leading/trailing dot).
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_\-./]|%[0-9A-Fa-f]{2})*(?<!\.)")


class TurtleWriter:
    """Turtle statements of sorted triples, ``;``/``,``-grouped per subject and predicate, IRIs
    shortened with ``prefixes`` where the local name is a valid prefixed name (else ``<iri>``).

    Literals keep their canonical N-Triples form, which is valid Turtle; the prefix declarations are
    written once per file (:func:`turtle_prefix_lines`), not per piece.
    """

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so res: and kg: win over a shorter namespace they extend
        self.namespaces = sorted(((iri, name) for name, iri in prefixes.items()), key=lambda p: -len(p[0]))
        self.name = lru_cache(maxsize=1 << 16)(self._name)
        self.term = lru_cache(maxsize=LITERAL_CACHE)(self._term)
        self.predicates = {RDF_TYPE: "a"}

    def _name(self, iri: str) -> str:
        for namespace, prefix in self.namespaces:
            if iri.startswith(namespace):
                local = iri[len(namespace):]
                if _LOCAL_NAME.fullmatch(local):
                    return prefix + ":" + local.replace("/", "\\/")
        return f"<{iri}>"

    def _term(self, term: Term) -> str:
        if term.__class__ is str:
            return self.name(term)
        lexical, datatype, language = term
        if language or datatype == XSD_STRING:
            return nt_term(term)
        return nt_term((lexical, XSD_STRING, "")) + "^^" + self.name(datatype)

    def statements(self, triples: Iterable[Triple]) -> str:
        """Turtle statements of ``triples`` (each subject contiguous, as :func:`sorted_triples` gives them)."""
        out: list[str] = []
        name, term, predicates = self.name, self.term, self.predicates
        last_s = last_p = None
        for s, p, o in triples:
            if s != last_s:
                if last_s is not None:
                    out.append(" .\n")
                out.append(f"{name(s)} {predicates.get(p) or name(p)} {term(o)}")
                last_s, last_p = s, p
            elif p != last_p:
                out.append(f" ;\n\t{predicates.get(p) or name(p)} {term(o)}")
                last_p = p
            else:
                out.append(f" , {term(o)}")
        if out:
            out.append(" .\n")
        return "".join(out)


def _expand(name: str, context: dict[str, Any]) -> str:
    prefix, sep, local = name.partition(":")
    if sep and isinstance(context.get(prefix), str) and not local.startswith("//"):
        return context[prefix] + local
    return name


class JsonLdCompactor:
    """Compacts triples with the shipped context: one node object per subject.

    A predicate with a context term and a value that fits the term's type coercion is written as
    ``"term": "value"``; anything else falls back to the predicate IRI with an expanded value
    object, so the document always expands to exactly the input triples (tested with pyoxigraph
    and rdflib against graph.nt).
    """

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context
        self.encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
        self.terms: dict[str, tuple[str, str | None]] = {}  # predicate IRI -> (term, coercion IRI or "@id")
        self.type_terms: dict[str, str] = {}  # class IRI -> term
        for term, definition in context.items():
            if isinstance(definition, str):
                if definition.startswith(("http://", "https://")):
                    continue  # a prefix
                self.type_terms[_expand(definition, context)] = term
                self.terms[_expand(definition, context)] = (term, None)
            else:
                coercion = definition.get("@type")
                self.terms[_expand(definition["@id"], context)] = (
                    term, coercion if coercion in (None, "@id") else _expand(coercion, context))

    @staticmethod
    def value(obj: Term) -> Any:
        """The expanded JSON-LD value object of an RDF term."""
        if obj.__class__ is str:
            return {"@id": obj}
        lexical, datatype, language = obj
        if language:
            return {"@value": lexical, "@language": language}
        if datatype == XSD_STRING:
            return lexical
        return {"@value": lexical, "@type": datatype}

    def entry(self, predicate: str, obj: Term) -> tuple[str, Any]:
        term, coercion = self.terms.get(predicate, (None, None))
        if term is not None:
            if coercion is None:
                return term, self.value(obj)
            if obj.__class__ is str:
                if coercion == "@id":
                    return term, obj
            elif coercion != "@id" and not obj[2] and obj[1] == coercion:
                return term, obj[0]
        return predicate, self.value(obj)

    def nodes(self, triples: Iterable[Triple]) -> Iterable[dict[str, Any]]:
        """Node objects, one per subject, in the order subjects first appear (sorted input: sorted output)."""
        current: dict[str, Any] = {}
        terms, type_terms, value_of = self.terms, self.type_terms, self.value
        for subject, predicate, obj in triples:
            if current.get("@id") != subject:
                if current:
                    yield current
                current = {"@id": subject}
            term, coercion = terms.get(predicate, (None, None))
            # the common cases inline (this runs for every triple); the rest in entry()
            if obj.__class__ is str:
                if predicate == RDF_TYPE:
                    key, value = "@type", type_terms.get(obj, obj)
                elif coercion == "@id":
                    key, value = term, obj
                else:
                    key, value = self.entry(predicate, obj)
            elif coercion is None and term is not None:
                key, value = term, value_of(obj)
            elif term is not None and coercion == obj[1] and not obj[2]:
                key, value = term, obj[0]
            else:
                key, value = self.entry(predicate, obj)
            seen = current.get(key)
            if seen is None:
                current[key] = value
            elif seen.__class__ is list:
                seen.append(value)
            else:  # a second value: the key's values become a list (values themselves are never lists)
                current[key] = [seen, value]
        if current:
            yield current

    def lines(self, triples: Iterable[Triple]) -> list[str]:
        """One compact JSON text per node object."""
        encode = self.encoder.encode
        return [encode(node) for node in self.nodes(triples)]


def jsonld_head() -> str:
    """The start of graph.jsonld: the inlined context and the opening of ``@graph``."""
    return '{"@context": ' + json.dumps(jsonld_context(), ensure_ascii=False, indent=2) + ',\n"@graph": [\n'


JSONLD_TAIL = "\n]}\n"


def write_jsonld(triples: list[Triple], path: Path) -> Path:
    """A whole JSON-LD document of ``triples`` (sorted as :func:`sorted_triples` returns them, so each
    subject is contiguous), one node object per line."""
    lines = JsonLdCompactor(jsonld_context()).lines(triples)
    path.write_text(jsonld_head() + ",\n".join(lines) + JSONLD_TAIL, encoding="utf-8")
    return path


def _field(name: str) -> str:
    """A stand-in value for a template field: private-use characters no renderer escapes or changes."""
    return f"\ue000{name}\ue001"


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


class BlockTemplate(NamedTuple):
    """One block shape as :meth:`str.format_map` templates of its N-Triples lines, Turtle statement and
    JSON-LD node object, and ``render``, a function of the fields named by ``params`` that returns the three
    filled in. Fields: ``s`` (the subject IRI), ``s_ttl``, ``s_js`` and, per slot field ``f``, ``f`` (the IRI, or
    the N-Triples-escaped lexical form), ``f_ttl`` (an IRI as Turtle writes it) and ``f_js`` (as a JSON string)."""

    nt: str
    ttl: str
    jsonld: str
    triples: int
    params: tuple[str, ...]
    render: Callable[..., tuple[str, str, str]]


def compile_templates(params: Sequence[str], templates: Sequence[str]) -> Callable[..., tuple[str, ...]]:
    """A function of ``params`` (positional) that returns every template filled in, as ``format_map`` would,
    compiled to f-strings: about four times faster. Only the field names (identifiers) go into the generated
    source; the templates' text is bound as closure constants."""
    constants: list[str] = []
    bodies: list[str] = []
    for template in templates:
        body: list[str] = []
        for literal, field, spec, conversion in string.Formatter().parse(template):
            if literal:
                body.append("{_c%d}" % len(constants))
                constants.append(literal)
            if field is not None:
                if field not in params or not field.isidentifier() or spec or conversion:
                    raise ExportError(f"template field {field!r} is not one of {params}")
                body.append("{%s}" % field)
        bodies.append("f'" + "".join(body) + "'")
    if not all(name.isidentifier() and not name.startswith("_") for name in params):
        raise ExportError(f"template parameters must be identifiers: {params}")
    source = (f"def factory({', '.join(f'_c{i}' for i in range(len(constants)))}):\n"
              f"    return lambda {', '.join(params)}: ({', '.join(bodies)},)\n")
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - identifiers only, see above
    return namespace["factory"](*constants)


class Piece(NamedTuple):
    """A rendered piece of a graph: N-Triples lines, Turtle statements, JSON-LD node objects (one text each)."""

    nt: str
    ttl: str
    jsonld: list[str]
    triples: int


def _params(*fields: str) -> tuple[str, ...]:
    return tuple(f"{field}{form}" for field in fields for form in ("", "_ttl", "_js"))


EVIDENCE_PARAMS = _params("s", "entity") + tuple(
    f"{field}{form}" for field in ("section", "sentence", "start", "end", "extractor", "confidence") for form in ("", "_js"))
STATEMENT_PARAMS = _params("s", "subject", "predicate", "object", "paper")


# Statement templates are compiled per evidence count (a few ms each, growing with the count): edges with
# more evidence (shared OUTPERFORMS edges of a large corpus) render their statement block generically.
TEMPLATE_EVIDENCE = 16


class RdfWriter:
    """Renders a graph, subject block by subject block (:meth:`RdfConverter.blocks`), into the three
    files' text in one pass: exactly what :func:`sorted_triples`, :class:`TurtleWriter` and
    :class:`JsonLdCompactor` write for the graph's triples (tested), at about half the CPU.

    Statement and evidence blocks (most of a paper's triples) have a fixed shape
    (``STATEMENT_SLOTS``/``EVIDENCE_SLOTS`` in :mod:`kg.rdf.convert`) and are filled into
    :class:`BlockTemplate` s compiled from the generic renderers, so no triple tuple is built for them;
    other blocks are sorted by line and rendered per triple with cached term strings.
    """

    def __init__(self, converter: RdfConverter, turtle: TurtleWriter, compactor: JsonLdCompactor) -> None:
        self.converter = converter
        self.turtle = turtle
        self.compactor = compactor
        self.templates: dict[tuple[Any, ...], BlockTemplate] = {}
        self.json_forms: dict[tuple[str, Any], tuple[str, str, str | None]] = {}
        # per predicate (and datatype and language): bounded by the vocabulary, not the data
        self.iri_records: dict[str, tuple[str, str, str, str, str | None]] = {}
        self.literal_records: dict[tuple[str, str, str], tuple[str, str, str, str, str, str, str | None]] = {}
        self.paper_forms = lru_cache(maxsize=1024)(self._paper_forms)
        self.node_forms = lru_cache(maxsize=1 << 14)(self._node_forms)  # shared nodes recur; paper-local ones pass
        self.relation_forms = {rel: self.iri_forms(iri) for rel, iri in RELATION_IRIS.items()}
        # Statement IRIs are unique per edge: their Turtle names are derived, not cached, when every
        # statement IRI takes the same namespace (none is nested under "<base>statement/").
        self.statement_ttl: str | None = None
        sample = converter.statement_prefix() + "0" * 20
        name = turtle._name(sample)
        if (not name.startswith("<") and name.endswith("0" * 20)
                and not any(ns.startswith(converter.statement_prefix()) for ns, _ in turtle.namespaces)):
            self.statement_ttl = name[:-20]

    # -- per-term strings -------------------------------------------------------------------------

    def iri_forms(self, iri: str) -> tuple[str, str, str]:
        """An IRI, its Turtle name and its JSON string."""
        return iri, self.turtle.name(iri), json_string(iri)

    def _paper_forms(self, paper: str) -> tuple[str, str, str]:
        return self.iri_forms(self.converter.iri(paper_node_id(paper)))

    def _node_forms(self, node_id: str) -> tuple[str, str, str]:
        return self.iri_forms(self.converter.iri(node_id))

    def json_form(self, predicate: str, kind: tuple[str, str] | None) -> tuple[str, str, str | None]:
        """``(key, JSON key, value template)`` of a JSON-LD entry for an object of ``kind`` (None: an IRI,
        else ``(datatype, language)``); the template (None: the object's JSON string itself) takes the JSON
        string of the lexical form (or IRI). Derived from the compactor with a stand-in value."""
        form = self.json_forms.get((predicate, kind))
        if form is None:
            value = _field("v")
            obj: Term = value if kind is None else (value, *kind)
            node = next(iter(self.compactor.nodes([("s", predicate, obj)])))
            [(key, entry)] = [(k, v) for k, v in node.items() if k != "@id"]
            text = self.compactor.encoder.encode(entry)
            template = None if text == json_string(value) else _braces(text).replace(json_string(value), "{0}")
            form = self.json_forms[(predicate, kind)] = (key, json_string(key), template)
        return form

    def iri_record(self, predicate: str) -> tuple[str, str, str, str, str | None]:
        """For a predicate with an IRI object: ``(N-Triples line head, Turtle predicate, key, JSON key,
        value template)`` (see :meth:`json_form`; key "@type" for rdf:type)."""
        record = self.iri_records.get(predicate)
        if record is None:
            turtle = self.turtle
            key, key_js, template = (("@type", json_string("@type"), None) if predicate == RDF_TYPE
                                     else self.json_form(predicate, None))
            record = self.iri_records[predicate] = (
                f"<{predicate}> <", turtle.predicates.get(predicate) or turtle.name(predicate), key, key_js, template)
        return record

    def literal_record(self, predicate: str, datatype: str, language: str) -> tuple[str, str, str, str, str, str, str | None]:
        """For a literal object: ``(N-Triples line head, line tail after the escaped lexical form, Turtle
        predicate, Turtle term tail, key, JSON key, value template)``."""
        record = self.literal_records.get((predicate, datatype, language))
        if record is None:
            turtle = self.turtle
            if language:
                nt_tail = ttl_tail = f'"@{language}'
            elif datatype == XSD_STRING:
                nt_tail = ttl_tail = '"'
            else:
                nt_tail, ttl_tail = f'"^^<{datatype}>', '"^^' + turtle.name(datatype)
            record = self.literal_records[(predicate, datatype, language)] = (
                f'<{predicate}> "', nt_tail + " .", turtle.predicates.get(predicate) or turtle.name(predicate),
                ttl_tail, *self.json_form(predicate, (datatype, language)))
        return record

    # -- templates --------------------------------------------------------------------------------

    def compile(self, slots: Sequence[Slot], params: Sequence[str]) -> BlockTemplate:
        """The templates of a block with ``slots`` (objects of one predicate listed in line order), built
        by the generic renderers from stand-in values (so they cannot disagree with them); ``params`` orders
        the fields for ``render`` (it may name fields the slots do not use)."""
        turtle, name = self.turtle, self.turtle._name
        ordered = [slot for _, slot in sorted(enumerate(slots), key=lambda x: (x[1][0] + ">", x[0]))]
        nt: list[str] = []
        groups: list[tuple[str, list[str]]] = []  # Turtle: (predicate, objects in order)
        entries: dict[str, list[str]] = {}  # JSON-LD: key -> values in order
        keys = {"@id": json_string("@id")}
        for predicate, kind, field in ordered:
            fill = _field(field)
            if kind == IRI_FIELD:
                nt_obj, ttl_obj = f"<{fill}>", _field(field + "_ttl")
                key, keys[key], template = self.json_form(predicate, None)
                if key == "@type":
                    raise ExportError("rdf:type objects must be constants in a template")
                value = json_string(fill)
            elif kind.startswith("="):
                obj = kind[1:]
                nt_obj, ttl_obj = f"<{obj}>", turtle.term(obj)
                if predicate == RDF_TYPE:
                    key, keys[key], template = "@type", json_string("@type"), None
                    value = json_string(self.compactor.type_terms.get(obj, obj))
                else:
                    key, keys[key], template = self.json_form(predicate, None)
                    value = json_string(obj)
            else:
                literal = (fill, kind, "")
                nt_obj, ttl_obj = nt_term(literal), turtle._term(literal)
                key, keys[key], template = self.json_form(predicate, (kind, ""))
                value = json_string(fill)
            if template is not None:
                value = template.format(value)
            jsonld_value = _braces(value).replace(json_string(fill), "{%s_js}" % field)
            nt.append(_braces(f"<{_field('s')}> <{predicate}> {nt_obj} .\n").replace(fill, "{%s}" % field))
            ttl_obj = _braces(ttl_obj).replace(_field(field + "_ttl"), "{%s_ttl}" % field).replace(fill, "{%s}" % field)
            if groups and groups[-1][0] == predicate:
                groups[-1][1].append(ttl_obj)
            else:
                groups.append((predicate, [ttl_obj]))
            entries.setdefault(key, []).append(jsonld_value)
        if "@id" in entries:
            raise ExportError("a template cannot hold @id")
        entries["@id"] = ["{s_js}"]
        ttl = "{s_ttl} " + " ;\n\t".join(
            f"{_braces(turtle.predicates.get(p) or name(p))} {' , '.join(objects)}" for p, objects in groups) + " .\n"
        jsonld = "{{" + ", ".join(
            f"{_braces(keys[key])}: {values[0] if len(values) == 1 else '[' + ', '.join(values) + ']'}"
            for key, values in sorted(entries.items())) + "}}"
        nt_text = "".join(nt).replace(_field("s"), "{s}")
        return BlockTemplate(nt_text, ttl, jsonld, len(slots), tuple(params),
                             compile_templates(params, (nt_text, ttl, jsonld)))

    def template(self, key: tuple[Any, ...], slots: Sequence[Slot], params: Sequence[str]) -> BlockTemplate:
        template = self.templates.get(key)
        if template is None:
            template = self.compile(slots, params)
            if len(self.templates) < 1024:  # keys are small tuples (flags, evidence counts)
                self.templates[key] = template
        return template

    def evidence_template(self, rule: bool, confidence: bool) -> BlockTemplate:
        """Params: :data:`EVIDENCE_PARAMS` (the extractor and confidence fields are ignored when left out)."""
        template = self.templates.get(("evidence", rule, confidence))
        if template is not None:
            return template
        return self.template(("evidence", rule, confidence), [
            *EVIDENCE_SLOTS, *([EXTRACTOR_SLOT] if rule else []), *([CONFIDENCE_SLOT] if confidence else [])],
            EVIDENCE_PARAMS)

    def statement_template(self, evidence: int, paper: bool) -> BlockTemplate:
        """Params: :data:`STATEMENT_PARAMS` (paper ignored without it), then ``d<i>, d<i>_ttl, d<i>_js`` per evidence."""
        template = self.templates.get(("statement", evidence, paper))
        if template is not None:
            return template
        slots = [*STATEMENT_SLOTS, *(derivation_slot(i) for i in range(evidence)), *([DERIVED_FROM_SLOT] if paper else [])]
        return self.template(("statement", evidence, paper), slots,
                             [*STATEMENT_PARAMS, *(f"d{i}{form}" for i in range(evidence) for form in ("", "_ttl", "_js"))])

    # -- rendering ----------------------------------------------------------------------------------

    def pieces(self, graph: KnowledgeGraph, chunk_triples: int | None = None) -> Iterator[Piece]:
        """The graph's text, in pieces of whole blocks of about ``chunk_triples`` triples (None: one piece)."""
        blocks = self.converter.blocks(graph)
        keys = [key for key, _ in blocks]
        if any(a == b for a, b in zip(keys, keys[1:])):  # two edges with one statement key (a hash collision)
            log.warning("statement IRIs collide; this part is written triple by triple")
            ordered, lines = sorted_triples(self.converter.triples(graph))
            if lines:
                yield Piece("\n".join(lines) + "\n", self.turtle.statements(ordered),
                            self.compactor.lines(ordered), len(lines))
            return
        nt: list[str] = []
        ttl: list[str] = []
        jsonld: list[str] = []
        count = 0
        for key, item in blocks:
            if chunk_triples is not None and count >= chunk_triples:
                yield Piece("".join(nt), "".join(ttl), jsonld, count)
                nt, ttl, jsonld, count = [], [], [], 0
            if item.__class__ is list:
                if len(item) == 1 and item[0].__class__ is Edge:  # type: ignore[arg-type]
                    count += self.edge(key[:-1], item[0], nt, ttl, jsonld)  # type: ignore[arg-type]
                    continue
                count += self.block(key[:-1], self.converter.subject_triples(key[:-1], item), nt, ttl, jsonld)  # type: ignore[arg-type]
            elif self.converter.has_statement_shape(item):  # type: ignore[arg-type]
                count += self.statement(key[:-1], item, nt, ttl, jsonld)  # type: ignore[arg-type]
            else:
                count += self.statement_blocks(item, nt, ttl, jsonld)  # type: ignore[arg-type]
        if count:
            yield Piece("".join(nt), "".join(ttl), jsonld, count)

    def block(self, subject: str, triples: Iterable[Triple], nt: list[str], ttl: list[str], jsonld: list[str]) -> int:
        """Render one subject's triples (any shape); returns the number of distinct triples."""
        iri_records, literal_records = self.iri_records, self.literal_records
        name, type_terms = self.turtle.name, self.compactor.type_terms
        # N-Triples line -> (predicate, Turtle predicate, Turtle object, key, JSON key, JSON value)
        lines: dict[str, tuple[str, str, str, str, str, str]] = {}
        for _, p, o in triples:
            if o.__class__ is str:
                head, p_ttl, key, key_js, template = iri_records.get(p) or self.iri_record(p)
                if key == "@type":
                    value = json_string(type_terms.get(o, o))
                else:
                    value = json_string(o) if template is None else template.format(json_string(o))
                lines[f"{head}{o}> ."] = (p, p_ttl, name(o), key, key_js, value)  # type: ignore[str-format]
            else:
                lexical, datatype, language = o  # type: ignore[misc]
                head, tail, p_ttl, ttl_tail, key, key_js, template = (
                    literal_records.get((p, datatype, language)) or self.literal_record(p, datatype, language))
                escaped, value = literal_forms(lexical)
                lines[f"{head}{escaped}{tail}"] = (
                    p, p_ttl, f'"{escaped}{ttl_tail}', key, key_js, value if template is None else template.format(value))
        if not lines:
            return 0
        suffixes = sorted(lines)
        prefix = f"<{subject}> "
        nt.append(prefix + ("\n" + prefix).join(suffixes) + "\n")
        out = [name(subject)]
        entries = {"@id": '"@id": ' + json_string(subject)}  # JSON-LD key -> its text
        lists: dict[str, list[str]] = {}  # keys with more than one value: JSON key and the values
        last = None
        for suffix in suffixes:
            p, p_ttl, o_ttl, key, key_js, value = lines[suffix]
            if p != last:
                out.append(f" {p_ttl} {o_ttl}" if last is None else f" ;\n\t{p_ttl} {o_ttl}")
                last = p
            else:
                out.append(" , " + o_ttl)
            if key not in entries:
                entries[key] = f"{key_js}: {value}"
            elif key in lists:
                lists[key].append(value)
            else:
                lists[key] = [key_js, entries[key][len(key_js) + 2:], value]
        for key, (key_js, *values) in lists.items():
            entries[key] = f"{key_js}: [{', '.join(values)}]"
        out.append(" .\n")
        ttl.append("".join(out))
        jsonld.append("{" + ", ".join([entries[key] for key in sorted(entries)]) + "}")
        return len(suffixes)

    def edge(self, subject: str, edge: Edge, nt: list[str], ttl: list[str], jsonld: list[str]) -> int:
        """A subject whose only triple is an edge's plain triple (an author's authorship in a paper's part)."""
        template = self.templates.get(("edge", edge.type))
        if template is None:
            template = self.template(("edge", edge.type), [(RELATION_IRIS[edge.type], IRI_FIELD, "object")],
                                     _params("s", "object"))
        name = self.turtle.name
        target = self.converter.iri(edge.target)
        text_nt, text_ttl, text_js = template.render(subject, name(subject), json_string(subject),
                                                     target, name(target), json_string(target))
        nt.append(text_nt)
        ttl.append(text_ttl)
        jsonld.append(text_js)
        return 1

    def statement_blocks(self, edge: Edge, nt: list[str], ttl: list[str], jsonld: list[str]) -> int:
        """An edge's statement and evidence blocks rendered triple by triple (for shapes without a template)."""
        by_subject: dict[str, list[Triple]] = {}
        for triple in self.converter.statement_triples(edge):
            by_subject.setdefault(triple[0], []).append(triple)
        return sum(self.block(s, by_subject[s], nt, ttl, jsonld) for s in sorted(by_subject, key=lambda s: s + ">"))

    def evidence_fields(self, e: Evidence) -> tuple[BlockTemplate, tuple[str, ...]]:
        """The template of an evidence block and its fields after the subject's."""
        confidence = confidence_lexical(e.confidence)
        rule, start, end = e.rule, e.start, e.end
        template = (self.templates.get(("evidence", bool(rule), confidence is not None))
                    or self.evidence_template(bool(rule), confidence is not None))
        # offsets are ints: their lexical forms need no escaping (anything else goes through literal_forms)
        start_forms = (start := str(start), f'"{start}"') if start.__class__ is int else literal_forms(str(start))
        end_forms = (end := str(end), f'"{end}"') if end.__class__ is int else literal_forms(str(end))
        fields = (*self.paper_forms(e.paper), *literal_forms(e.section), *literal_forms(e.sentence), *start_forms,
                  *end_forms, *(literal_forms(rule) if rule else ("", "")),
                  *(literal_forms(confidence) if confidence is not None else ("", "")))
        return template, fields

    def statement(self, stmt: str, edge: Edge, nt: list[str], ttl: list[str], jsonld: list[str]) -> int:
        """An edge's evidence blocks and its statement block (``stmt``), from templates; returns the number
        of triples."""
        stmt_ttl = self.statement_ttl
        name = self.turtle._name if stmt_ttl is None else None
        if stmt_ttl is not None:
            stmt_ttl += stmt[-20:]
        count = 0
        evidence = edge.evidence
        derivations: list[str] = []
        evidence_fields = self.evidence_fields
        for index in evidence_order(len(evidence)):
            e = evidence[index]
            ev = f"{stmt}/evidence/{index}"
            ev_ttl = name(ev) if name is not None else f"{stmt_ttl}\\/evidence\\/{index}"
            ev_js = json_string(ev)
            derivations += (ev, ev_ttl, ev_js)
            template, fields = evidence_fields(e)
            text_nt, text_ttl, text_js = template.render(ev, ev_ttl, ev_js, *fields)
            nt.append(text_nt)
            ttl.append(text_ttl)
            jsonld.append(text_js)
            count += template.triples
        if len(evidence) > TEMPLATE_EVIDENCE:  # a long shared edge: its statement block triple by triple
            own = [triple for triple in self.converter.statement_triples(edge) if triple[0] == stmt]
            return count + self.block(stmt, own, nt, ttl, jsonld)
        paper = edge.props.get("paper")
        template = self.statement_template(len(evidence), paper is not None)
        node_forms = self.node_forms
        text_nt, text_ttl, text_js = template.render(
            stmt, name(stmt) if name is not None else stmt_ttl, json_string(stmt), *node_forms(edge.source),
            *self.relation_forms[edge.type], *node_forms(edge.target),
            *(self.paper_forms(paper) if paper is not None else ("", "", "")), *derivations)
        nt.append(text_nt)
        ttl.append(text_ttl)
        jsonld.append(text_js)
        return count + template.triples


@lru_cache(maxsize=LITERAL_CACHE)
def literal_forms(lexical: str) -> tuple[str, str]:
    """A lexical form N-Triples-escaped (as :func:`nt_term` writes it between quotes) and as a JSON string
    (cached, see :data:`LITERAL_CACHE`)."""
    return (lexical.translate(_ESCAPES) if _NEEDS_ESCAPE.search(lexical) else lexical), json_string(lexical)
