"""The RDF sink: ``graph.nt``, ``graph.ttl`` and ``graph.jsonld``, streamed one paper at a time.

Each file is ``head | paper parts in input order | shared part | tail`` (see :mod:`kg.sinks.stream`);
every part is written as its distinct triples sorted by N-Triples line (by :class:`~kg.rdf.serialize.RdfWriter`,
one subject block at a time), the shared part in pieces of whole subjects so a large one never sits in
memory as text. An update continues the files.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import KGError
from ..rdf.convert import RdfConverter
from ..rdf.iris import resolve_base
from ..rdf.namespaces import prefixes_with_base
from ..rdf.serialize import (JSONLD_TAIL, JsonLdCompactor, RdfWriter, TurtleWriter, jsonld_context, jsonld_head,
                             turtle_prefix_lines)
from .stream import Previous, StreamFile, StreamingSink

if TYPE_CHECKING:
    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build

log = logging.getLogger(__name__)

NT_FILE, TTL_FILE, JSONLD_FILE = "graph.nt", "graph.ttl", "graph.jsonld"
# A graph with more nodes + edges than this is converted and sorted a chunk of subjects at a time.
WHOLE_GRAPH_ITEMS = 5_000
CHUNK_TRIPLES = 100_000


class RdfSink(StreamingSink):
    """Writes the graph as RDF under ``base`` (default: ``$KG_BASE_IRI`` or https://w3id.org/kg/resource/)."""

    name = "rdf"

    def __init__(self, base: str | None = None, jsonld: bool = True) -> None:
        super().__init__()
        self.base = resolve_base(base)
        self.jsonld = jsonld
        self.prefixes = prefixes_with_base(self.base)

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        names = [NT_FILE, TTL_FILE, *([JSONLD_FILE] if self.jsonld else [])]
        heads = {NT_FILE: b"", TTL_FILE: turtle_prefix_lines(self.prefixes).encode("utf-8"),
                 JSONLD_FILE: jsonld_head().encode("utf-8")}
        lengths: dict[str, int] = {}
        self.nodes = 0  # JSON-LD node objects written so far: the next one needs a comma
        if previous is not None:
            state = previous.state
            lengths = state.get("lengths", {})
            if state.get("base") != self.base or any(name not in lengths for name in names):
                raise KGError(f"the RDF in {previous.folder} was written with base {state.get('base')!r} and files "
                              f"{sorted(lengths)}, this build wants {self.base!r} and {names}; "
                              f"rebuild without --update (or set $KG_BASE_IRI as before)")
            self.nodes = state["jsonld_nodes"]
        self.files = {name: StreamFile(out_dir / name, heads[name],
                                       (previous.folder / name, lengths[name]) if previous else None)
                      for name in names}
        self.writer = RdfWriter(RdfConverter(self.base), TurtleWriter(self.prefixes), JsonLdCompactor(jsonld_context()))
        self.triples = 0

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        self.write_graph(part)

    def close(self, shared: KnowledgeGraph, build: Build | None = None) -> list[Path]:
        state: dict[str, Any] = {"base": self.base, "jsonld_nodes": self.nodes,
                                 "lengths": {name: f.mark() for name, f in self.files.items()}}
        self.write_graph(shared)
        if JSONLD_FILE in self.files:
            self.files[JSONLD_FILE].write_text(JSONLD_TAIL)
        self.state = state
        log.info("rdf: %d triples written in this build", self.triples)
        return [f.close() for f in self.files.values()]

    def write_graph(self, graph: KnowledgeGraph) -> None:
        """Append a graph (a paper's part or the shared part) to every file, sorted by N-Triples line; a large
        graph in pieces of whole subjects, so its text never sits in memory at once."""
        chunk = None if len(graph.nodes) + len(graph.edges) <= WHOLE_GRAPH_ITEMS else CHUNK_TRIPLES
        files = self.files
        jsonld = files.get(JSONLD_FILE)
        for piece in self.writer.pieces(graph, chunk):
            self.triples += piece.triples
            files[NT_FILE].write_text(piece.nt)
            files[TTL_FILE].write_text(piece.ttl)
            if jsonld is not None:
                jsonld.write_text((",\n" if self.nodes else "") + ",\n".join(piece.jsonld))
                self.nodes += len(piece.jsonld)
