"""Sinks write a built graph somewhere: files in the output folder, a database, a server.

Every sink is a :class:`~kg.sinks.stream.StreamingSink`: ``open``, ``add`` once per paper, ``close``
with the shared nodes (see :mod:`kg.sinks.stream` for the file layout that makes builds streaming and
updates incremental); ``write(build, out_dir)`` writes an in-memory build in one call. ``kg build``
runs the sinks in :data:`DEFAULT_SINKS` (or those named with ``--sink``). Sinks are looked up by name,
so a new one is a module plus one line here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import KGError

if TYPE_CHECKING:
    from pathlib import Path

    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build
    from .stream import Previous

# name -> "module:Class" (imported lazily so a build only pays for the sinks it runs)
REGISTRY: dict[str, str] = {
    "extraction": "kg.sinks.extraction_jsonl:ExtractionJsonlSink",
    "rdf": "kg.sinks.rdf:RdfSink",
    "html": "kg.sinks.html:HtmlSink",
    "graphml": "kg.sinks.graphml:GraphmlSink",
    "ladybug": "kg.sinks.ladybug_db:LadybugSink",
    "neo4j_csv": "kg.sinks.neo4j_csv:Neo4jCsvSink",
}
DEFAULT_SINKS: tuple[str, ...] = ("extraction", "rdf", "html", "neo4j_csv", "graphml", "ladybug")


class Sink(Protocol):
    name: str
    state: dict[str, Any]

    def open(self, out_dir: Path, previous: Previous | None = None) -> None: ...

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None: ...

    def close(self, shared: KnowledgeGraph, build: Build) -> list[Path]: ...

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        """Write an in-memory build's outputs into ``out_dir``; return the files written."""
        ...


def get_sink(name: str) -> Sink:
    """The sink registered under ``name``."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise KGError(f"no sink named {name!r}; available: {', '.join(sorted(REGISTRY))}") from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)()
