"""The RDF sink: ``graph.nt`` (sorted), ``graph.ttl`` and ``graph.jsonld`` from the built graph."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ..rdf.convert import RdfConverter
from ..rdf.iris import resolve_base
from ..rdf.namespaces import prefixes_with_base
from ..rdf.serialize import sorted_triples, write_jsonld, write_ntriples, write_turtle

if TYPE_CHECKING:
    from ..pipeline import Build
    from ..model import KnowledgeGraph

log = logging.getLogger(__name__)

NT_FILE, TTL_FILE, JSONLD_FILE = "graph.nt", "graph.ttl", "graph.jsonld"


class RdfSink:
    """Writes the graph as RDF under ``base`` (default: ``$KG_BASE_IRI`` or https://w3id.org/kg/resource/)."""

    name = "rdf"

    def __init__(self, base: str | None = None, jsonld: bool = True) -> None:
        self.base = resolve_base(base)
        self.jsonld = jsonld

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        return self.write_graph(build.graph, out_dir)

    def write_graph(self, graph: KnowledgeGraph, out_dir: Path) -> list[Path]:
        triples, lines = sorted_triples(RdfConverter(self.base).triples(graph))
        log.info("rdf: %d triples", len(triples))
        written = [
            write_ntriples(lines, out_dir / NT_FILE),
            write_turtle(triples, out_dir / TTL_FILE, prefixes_with_base(self.base)),
        ]
        if self.jsonld:
            written.append(write_jsonld(triples, out_dir / JSONLD_FILE))
        return written
