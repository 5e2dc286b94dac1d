"""Writing RDF files: sorted canonical N-Triples, Turtle and JSON-LD (with ``ontology/context.jsonld``).

N-Triples and Turtle are written by pyoxigraph (canonical N-Triples escaping, IRIs checked on
creation) from triples sorted by their N-Triples line, so identical input gives byte-identical
files. JSON-LD is compacted with the shipped context by :class:`JsonLdCompactor` (rdflib's
JSON-LD serialiser took 125 s for a 2k-paper graph, see docs/rdf.md).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph
from pyoxigraph import RdfFormat, Triple

from ..resources import ONTOLOGY_DIR
from .namespaces import RDF, XSD
from ..sinks.atomic import atomic_write

log = logging.getLogger(__name__)

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
RDF_TYPE = RDF + "type"
XSD_STRING = XSD + "string"


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, Any]:
    """The ``@context`` object of ``ontology/context.jsonld``."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


def sorted_triples(triples: Iterable[Triple]) -> tuple[list[Triple], list[bytes]]:
    """Distinct triples and their canonical N-Triples lines, both sorted by line."""
    unique = list(dict.fromkeys(triples))
    lines = pyoxigraph.serialize(unique, format=RdfFormat.N_TRIPLES).splitlines()
    if len(lines) != len(unique):  # canonical N-Triples escapes newlines: one line per triple
        raise AssertionError("N-Triples serialisation did not give one line per triple")
    order = sorted(range(len(unique)), key=lines.__getitem__)
    return [unique[i] for i in order], [lines[i] for i in order]


def write_ntriples(lines: list[bytes], path: Path) -> Path:
    with atomic_write(path, "wb") as handle:
        for line in lines:
            handle.write(line)
            handle.write(b"\n")
    return path


def write_turtle(triples: list[Triple], path: Path, prefixes: dict[str, str]) -> Path:
    with atomic_write(path, "wb") as handle:
        pyoxigraph.serialize(triples, handle, RdfFormat.TURTLE, prefixes=prefixes)
    return path


def _expand(name: str, context: dict[str, Any]) -> str:
    prefix, sep, local = name.partition(":")
    if sep and isinstance(context.get(prefix), str) and not local.startswith("//"):
        return context[prefix] + local
    return name


class JsonLdCompactor:
    """Compacts pyoxigraph triples with the shipped context: one node object per subject.

    A predicate with a context term and a value that fits the term's type coercion is written as
    ``"term": "value"``; anything else falls back to the predicate IRI with an expanded value
    object, so the document always expands to exactly the input triples (tested with pyoxigraph
    and rdflib against graph.nt).
    """

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context
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

    def value(self, obj: Any) -> Any:
        """The expanded JSON-LD value object of an RDF term."""
        if isinstance(obj, pyoxigraph.NamedNode):
            return {"@id": obj.value}
        if isinstance(obj, pyoxigraph.BlankNode):
            return {"@id": f"_:{obj.value}"}
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == XSD_STRING:
            return obj.value
        return {"@value": obj.value, "@type": obj.datatype.value}

    def entry(self, predicate: str, obj: Any) -> tuple[str, Any]:
        term, coercion = self.terms.get(predicate, (None, None))
        if term is not None:
            if coercion == "@id" and isinstance(obj, pyoxigraph.NamedNode):
                return term, obj.value
            if coercion is not None and coercion != "@id" and isinstance(obj, pyoxigraph.Literal) \
                    and not obj.language and obj.datatype.value == coercion:
                return term, obj.value
            if coercion is None:
                return term, self.value(obj)
        return predicate, self.value(obj)

    def nodes(self, triples: Iterable[Triple]) -> Iterable[dict[str, Any]]:
        """Node objects, one per subject, in the order subjects first appear (sorted input: sorted output)."""
        current: dict[str, Any] | None = None
        for triple in triples:
            subject = triple.subject.value if isinstance(triple.subject, pyoxigraph.NamedNode) else f"_:{triple.subject.value}"
            if current is None or current["@id"] != subject:
                if current is not None:
                    yield _collapse(current)
                current = {"@id": subject}
            if triple.predicate.value == RDF_TYPE and isinstance(triple.object, pyoxigraph.NamedNode):
                current.setdefault("@type", []).append(self.type_terms.get(triple.object.value, triple.object.value))
            else:
                key, value = self.entry(triple.predicate.value, triple.object)
                current.setdefault(key, []).append(value)
        if current is not None:
            yield _collapse(current)


def _collapse(node: dict[str, Any]) -> dict[str, Any]:
    return {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in node.items()}


def write_jsonld(triples: list[Triple], path: Path) -> Path:
    """JSON-LD compacted with ``ontology/context.jsonld`` (inlined), one node object per line.

    ``triples`` must be sorted (as :func:`sorted_triples` returns them) so each subject is contiguous.
    """
    context = jsonld_context()
    compactor = JsonLdCompactor(context)
    with atomic_write(path) as handle:
        handle.write('{"@context": ')
        json.dump(context, handle, ensure_ascii=False, indent=2)
        handle.write(',\n"@graph": [\n')
        for index, node in enumerate(compactor.nodes(triples)):
            if index:
                handle.write(",\n")
            handle.write(json.dumps(node, ensure_ascii=False, sort_keys=True))
        handle.write("\n]}\n")
    return path
