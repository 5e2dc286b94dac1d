"""``graph.html``: the interactive, offline view of the graph (see :mod:`kg.view`).

A streaming build does not hold the whole graph, and a page cannot show it anyway: the sink keeps the
parts of the most recent papers (:data:`RECENT_PAPERS`, in input order) and draws the default view of
those papers with the shared nodes they touch. A build of fewer papers shows the whole graph.
"""

from __future__ import annotations

import importlib.util
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExportError
from ..model import KnowledgeGraph
from ..view import ViewSpec, select_view
from .stream import Previous, StreamingSink

if TYPE_CHECKING:
    from ..model import PaperExtraction
    from ..pipeline import Build

RECENT_PAPERS = 500


def page_title(inputs: list[str]) -> str:
    """``kg graph of <first digest> (+N more)``."""
    if not inputs:
        return "kg graph"
    first = Path(inputs[0]).stem
    return f"kg graph of {first}" + (f" (+{len(inputs) - 1} more digests)" if len(inputs) > 1 else "")


def recent_graph(shared: KnowledgeGraph, parts: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """The paper parts with the shared nodes their edges touch and the shared edges among those."""
    graph = KnowledgeGraph()
    for part in parts:
        graph.nodes.update(part.nodes)
        graph.edges.update(part.edges)
    for source, _, target in list(graph.edges):
        for end in (source, target):
            if end not in graph.nodes and end in shared.nodes:
                graph.nodes[end] = shared.nodes[end]
    for key, edge in shared.edges.items():
        if key[0] in graph.nodes and key[2] in graph.nodes:
            graph.edges[key] = edge
    graph.canonicalize()
    return graph


class HtmlSink(StreamingSink):
    """Writes the default view: the most connected part of the graph of the latest papers, at most 300 nodes."""

    name = "html"
    filename = "graph.html"

    def __init__(self, spec: ViewSpec | None = None, recent: int = RECENT_PAPERS) -> None:
        super().__init__()
        self.spec = spec or ViewSpec()
        self.recent = recent

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        # pyvis is imported when the page is drawn, not now: at the start of a build this process would take
        # a core from the extraction, at the end it takes the one LadybugDB's close leaves idle.
        if importlib.util.find_spec("pyvis") is None:
            raise ExportError("the HTML view needs pyvis: pip install pyvis (or leave out --sink html)")
        self.out_dir = out_dir
        self.parts: deque[KnowledgeGraph] = deque(previous.state.get("parts", ()) if previous else (),
                                                   maxlen=self.recent)

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        self.parts.append(part)

    def close(self, shared: KnowledgeGraph, build: Build) -> list[Path]:
        graph = recent_graph(shared, self.parts)
        view = select_view(graph, self.spec)
        title = page_title(build.inputs)
        papers = build.stats.papers
        if papers > len(self.parts):
            title += f", latest {len(self.parts)} of {papers} papers"
        from ..view.page import write_page

        path = write_page(graph, view, self.out_dir / self.filename, title)
        self.state = {"parts": list(self.parts)}
        return [path]
