"""Render a :class:`View` as one self-contained HTML page: pyvis network data, vis-network inlined.

pyvis assembles the vis-network nodes, edges and options; the page template is kg's own because
pyvis' template loads Bootstrap from a CDN even with ``cdn_resources="in_line"``. The vis-network
script shipped inside the pyvis wheel is inlined, so the page makes no network request. Every text
from the graph travels as JSON in a ``<script type="application/json">`` block (``<``, ``>`` and ``&``
escaped) and is put on the page with ``textContent`` only; a Content-Security-Policy allows just the
page's own scripts, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import types
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps

from ..stand_ins import stand_ins


def _import_pyvis() -> tuple[types.ModuleType, type]:
    """pyvis and its Network class, without IPython when the process has not imported it.

    pyvis.network imports IPython only for ``IFrame`` (inline display in a notebook, which a page writer
    never uses), and IPython takes a third of a second to import (see :mod:`kg.stand_ins`).
    """
    with stand_ins({"IPython": {}, "IPython.display": {"IFrame": None}}):
        import pyvis
        from pyvis.network import Network
    return pyvis, Network


pyvis, Network = _import_pyvis()

from .. import __version__
from ..errors import ExportError
from ..model import Edge, KnowledgeGraph, Node
from ..sinks.atomic import atomic_write
from ..vocab import Cls, Rel
from .select import View, adjacency
from .style import LEGEND_ORDER, node_size, style_of

log = logging.getLogger(__name__)

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_JS = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"

MAX_LIST = 8  # authors, aliases, evidence sentences shown per tooltip
MAX_TEXT = 400  # characters of an abstract shown in a tooltip
MAX_EVIDENCE = 3  # distinct evidence sentences per edge
MAX_SENTENCE = 300  # characters of an evidence sentence
MAX_LABEL = 32  # characters of a node label drawn on the canvas


def _short(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (never a ``javascript:`` link)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def paper_url(node: Node) -> str | None:
    """The paper's arXiv or DOI page."""
    url = safe_url(node.props.get("url"))
    if url:
        return url
    scheme, pid = node.props.get("id_scheme"), next(iter(node.aliases), None)
    if pid and scheme == "arxiv":
        return f"https://arxiv.org/abs/{quote(pid)}"
    if pid and scheme == "doi":
        return f"https://doi.org/{quote(pid, safe='/')}"
    return None


class _Context:
    """Per-graph lookups the tooltips need: degrees, and authors and categories of each paper."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.degree = adjacency(graph)[1]
        self.authors: dict[str, list[str]] = defaultdict(list)
        self.categories: dict[str, list[str]] = defaultdict(list)
        self.sentences: dict[str, int] = {}  # evidence sentences are stored once and referenced by index
        for edge in graph.edges.values():
            if edge.type is Rel.AUTHORED and edge.source in graph.nodes:
                self.authors[edge.target].append(graph.nodes[edge.source].name)
            elif edge.type is Rel.IN_CATEGORY and edge.target in graph.nodes:
                self.categories[edge.source].append(graph.nodes[edge.target].name)

    def node_info(self, node: Node) -> dict[str, Any]:
        """What hovering or clicking a node shows."""
        info: dict[str, Any] = {
            "name": node.name, "type": node.type.value, "aliases": node.aliases[:MAX_LIST],
            "more_aliases": max(len(node.aliases) - MAX_LIST, 0), "papers": len(node.papers),
            "degree": self.degree[node.id], "id": node.id,
        }
        if node.type is Cls.PAPER:
            authors = self.authors.get(node.id, [])
            info.update(title=str(node.props.get("title") or node.name), authors=authors[:MAX_LIST],
                        more_authors=max(len(authors) - MAX_LIST, 0),
                        categories=self.categories.get(node.id, []), url=paper_url(node),
                        abstract=_short(str(node.props.get("abstract") or ""), MAX_TEXT))
        elif node.type is Cls.CODE_REPOSITORY:
            info["url"] = safe_url(node.props.get("url"))
        elif node.type is Cls.RESULT:
            info["result"] = {k: node.props[k] for k in ("metric_name", "dataset_name", "method_name")
                              if node.props.get(k)}
        return info

    def edge_info(self, edge: Edge) -> dict[str, Any]:
        """What hovering an edge shows: its type and up to 3 distinct evidence sentences with their sections.

        The end nodes' names are not repeated here (the page looks them up) to keep edges small.
        """
        shown: dict[tuple[str, str], dict[str, Any]] = {}
        for ev in edge.evidence:
            sentence = _short(ev.sentence, MAX_SENTENCE)
            item = shown.get((sentence, ev.section))
            if item is not None:
                item["papers"] += 1
            elif len(shown) < MAX_EVIDENCE:
                index = self.sentences.setdefault(sentence, len(self.sentences))
                shown[(sentence, ev.section)] = {"s": index, "section": ev.section, "paper": ev.paper,
                                                 "rule": ev.rule, "papers": 1}
        return {"type": edge.type.name, "evidence": list(shown.values()),
                "more_evidence": len(edge.evidence) - sum(item["papers"] for item in shown.values())}


def physics_options(node_count: int) -> dict[str, Any]:
    """vis-network options: a force layout that stabilises off-screen, then physics is switched off."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 90,
                                 "springConstant": 0.08, "avoidOverlap": 0.4},
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": 400 if node_count <= 1000 else 200,
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 500,
                        "navigationButtons": False, "keyboard": False},
        "edges": {"smooth": False, "color": {"color": "#b8b8b8", "highlight": "#444444", "hover": "#666666"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "width": 1, "selectionWidth": 2},
        "nodes": {"borderWidth": 1, "font": {"face": "sans-serif", "size": 12, "color": "#222222",
                                             "strokeWidth": 3, "strokeColor": "#ffffff"}},
    }


def build_network(graph: KnowledgeGraph, view: View, context: _Context | None = None) -> Network:
    """The pyvis network of the view: one node per kept node, one edge per kept edge."""
    context = context or _Context(graph)
    net = Network(directed=True, cdn_resources="in_line")
    for node_id in view.node_ids:
        node = graph.nodes[node_id]
        style = style_of(node.type)
        degree = context.degree[node_id]
        label = _short(node.props.get("title") if node.type is Cls.PAPER else node.name, MAX_LABEL)
        net.add_node(node_id, label=label or node_id, shape=style.shape, color=style.colour,
                     size=node_size(degree), kg=context.node_info(node),
                     font={"size": 12 if degree < 3 else 15 if degree < 10 else 20})
    for key in view.edge_keys:
        edge = graph.edges[key]
        net.add_edge(edge.source, edge.target, id="|".join(key), kg=context.edge_info(edge))
    net.options = physics_options(len(view.node_ids))
    return net


def _script_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def render_page(graph: KnowledgeGraph, view: View, title: str = "kg graph") -> str:
    """The HTML page of ``view``."""
    context = _Context(graph)
    net = build_network(graph, view, context)
    nodes, edges, _, _, _, options = net.get_network_data()  # options come back as a JSON string
    scope_types = Counter(graph.nodes[n].type for n in view.node_ids)
    left = view.left_out
    legend = [{"type": cls.value, "colour": style_of(cls).colour, "glyph": style_of(cls).glyph,
               "shown": scope_types.get(cls, 0), "left_out": left.get(cls.value, 0)}
              for cls in (*LEGEND_ORDER, *(c for c in Cls if c not in LEGEND_ORDER))
              if scope_types.get(cls) or left.get(cls.value)]
    data = {"meta": {**view.summary, "title": title, "kg_version": __version__, "description": view.describe()},
            "legend": legend, "nodes": nodes, "edges": edges, "sentences": list(context.sentences),
            "options": json.loads(options)}
    vis_js = VIS_JS.read_text(encoding="utf-8")
    page_js = (ASSETS / "page.js").read_text(encoding="utf-8")
    for name, source in (("vis-network", vis_js), ("page.js", page_js)):
        if "</script" in source.lower():
            raise ExportError(f"{name} contains '</script' and cannot be inlined; check the pyvis version")
    env = Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("page.html.j2")
    return template.render(
        title=title, view=view, legend=legend, description=view.describe(),
        data_json=htmlsafe_json_dumps(data),
        vis_js=vis_js, page_js=page_js, page_css=(ASSETS / "page.css").read_text(encoding="utf-8"),
        script_hashes=" ".join(_script_hash(s) for s in (vis_js, page_js)),
    )


def write_page(graph: KnowledgeGraph, view: View, path: Path, title: str = "kg graph") -> Path:
    """Write the page of ``view`` to ``path`` atomically."""
    html = render_page(graph, view, title)
    with atomic_write(path) as handle:
        handle.write(html)
    log.info("wrote %s (%d bytes): %s", path, len(html.encode("utf-8")), view.describe())
    return path
