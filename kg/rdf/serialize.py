"""Writing RDF: canonical N-Triples lines, Turtle and JSON-LD (with ``ontology/context.jsonld``).

A graph piece (one paper's part, or the shared part) is written as its distinct triples sorted by their
canonical N-Triples line, so identical input gives byte-identical output. Everything is plain string
building over the converter's tuples (a build writes a few hundred triples per paper; pyoxigraph term
objects and a parse/serialise round trip for Turtle cost about twice as much): N-Triples with
pyoxigraph's canonical escaping (a hypothesis test holds the two equal), Turtle grouped by subject and
predicate by :class:`TurtleWriter`, JSON-LD compacted with the shipped context by
:class:`JsonLdCompactor` (rdflib's JSON-LD serialiser took 125 s for a 2k-paper graph, see docs/rdf.md).
Every file is read back by pyoxigraph, rdflib and rapper in tests/rdf.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import ONTOLOGY_DIR
from .convert import XSD_STRING, Term, Triple
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
