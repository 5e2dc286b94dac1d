"""Sinks write a built graph somewhere: files in the output folder, a database, a server.

Every sink has a name and a ``write(build, out_dir) -> list[Path]`` method; ``kg build`` runs the
sinks in :data:`DEFAULT_SINKS` (or those named with ``--sink``). Sinks are looked up by name, so a
new one is a module plus one line here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from ..errors import KGError

if TYPE_CHECKING:
    from pathlib import Path

    from ..pipeline import Build

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

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        """Write the build's outputs into ``out_dir``; return the files written."""
        ...


def get_sink(name: str) -> Sink:
    """The sink registered under ``name``."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise KGError(f"no sink named {name!r}; available: {', '.join(sorted(REGISTRY))}") from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)()
