"""``graph.html``: the interactive, offline view of the graph (see :mod:`kg.view`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..view import ViewSpec, select_view

if TYPE_CHECKING:
    from ..pipeline import Build


def page_title(inputs: list[str]) -> str:
    """``kg graph of <first digest> (+N more)``."""
    if not inputs:
        return "kg graph"
    first = Path(inputs[0]).stem
    return f"kg graph of {first}" + (f" (+{len(inputs) - 1} more digests)" if len(inputs) > 1 else "")


class HtmlSink:
    """Writes the default view: the most connected part of the graph, at most 300 nodes."""

    name = "html"
    filename = "graph.html"

    def __init__(self, spec: ViewSpec | None = None) -> None:
        self.spec = spec or ViewSpec()

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        view = select_view(build.graph, self.spec)
        from ..view.page import write_page  # pyvis only when a page is drawn

        return [write_page(build.graph, view, out_dir / self.filename, page_title(build.inputs))]
