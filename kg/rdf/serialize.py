"""Writing RDF files: sorted canonical N-Triples, Turtle and JSON-LD (with ``ontology/context.jsonld``).

N-Triples and Turtle are written by pyoxigraph (canonical N-Triples escaping, IRIs checked on
creation) from triples sorted by their N-Triples line, so identical input gives byte-identical
files. JSON-LD is compacted by rdflib with the shipped context.
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
from ..sinks.atomic import atomic_write

log = logging.getLogger(__name__)

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


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


def write_jsonld(nt_path: Path, path: Path) -> Path:
    """JSON-LD compacted with the shipped context (rdflib), read back from the N-Triples file."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(nt_path, format="nt")
    text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, sort_keys=True)
    with atomic_write(path) as handle:
        handle.write(text)
        if not text.endswith("\n"):
            handle.write("\n")
    return path
