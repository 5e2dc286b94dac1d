"""``kg html``: the interactive view of a built graph, or of a part of it."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..pipeline import DEFAULT_OUT
from ..sinks.html import page_title
from ..view import DEFAULT_MAX_NODES, ViewSpec, select_view
from ..view.load import load_graph
from ..view.select import DEFAULT_DEPTH, parse_types
from . import app


@app.command("html")
def html_cmd(
    graph: Path = typer.Option(DEFAULT_OUT, "--graph", "-g", help="A folder written by `kg build`."),
    out: Path = typer.Option(None, "--out", "-o", help="The page to write (default, in --graph: graph.html; "
                             "focus-<id>.html with --focus; view.html with other options)."),
    focus: str = typer.Option(None, "--focus", help="Show the neighbourhood of this node (name, alias or id)."),
    depth: int = typer.Option(DEFAULT_DEPTH, "--depth", min=0, help="Hops around --focus."),
    types: str = typer.Option(None, "--types", help="Only these node types, comma-separated (Method,Dataset,...)."),
    max_nodes: int = typer.Option(DEFAULT_MAX_NODES, "--max-nodes", min=0,
                                  help="Keep at most this many nodes, the most connected first (0: no cap)."),
    as_json: bool = typer.Option(False, "--json", help="Print what the view holds as JSON on stdout."),
) -> None:
    """Write an interactive, offline HTML view of a built graph (search, type filter, evidence on hover)."""
    kg_graph = load_graph(graph)
    spec = ViewSpec(focus=focus, depth=depth, types=parse_types(types), max_nodes=max_nodes or None)
    view = select_view(kg_graph, spec)
    if out is None:
        slug = "".join(c if c.isalnum() else "-" for c in view.focus_id or "")[:60].strip("-")
        default_view = spec == ViewSpec()
        out = graph / (f"focus-{slug}.html" if focus else "graph.html" if default_view else "view.html")
    title = page_title(_inputs(graph)) + (f" around {kg_graph.nodes[view.focus_id].name}" if view.focus_id else "")
    from ..view.page import write_page  # pyvis only when a page is drawn

    write_page(kg_graph, view, out, title)
    if as_json:
        typer.echo(json.dumps({"file": str(out), **view.summary}, ensure_ascii=False))
    typer.echo(f"wrote {out}: {view.describe()}", err=True)


def _inputs(folder: Path) -> list[str]:
    try:
        return list(json.loads((folder / "report.json").read_text(encoding="utf-8")).get("inputs", []))
    except (OSError, ValueError):
        return []
