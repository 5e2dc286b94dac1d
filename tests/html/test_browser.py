"""The HTML view in headless Debian chromium (Playwright): offline, counts, search, drawing, XSS."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.model import KnowledgeGraph
from kg.view import ViewSpec, select_view, write_page
from kg.vocab import Cls

from ..conftest import ROOT
from .browser import assert_clean, check_page, require_browser
from .graphs import star_of_stars
from .test_page import PAYLOADS, XSS_DIGEST, poisoned

pytestmark = [pytest.mark.browser, pytest.mark.node]

SCREENSHOT = ROOT / "exports" / "html-screenshot.png"


def expected_counts(graph: KnowledgeGraph, cap: int) -> tuple[int, int]:
    """Nodes and edges of the default view, from networkx: min(cap, |V|) nodes and the KG edges among them."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((s, t, r) for s, r, t in graph.edges)
    kept = select_view(graph, ViewSpec(max_nodes=cap)).node_ids
    return min(cap, g.number_of_nodes()), g.subgraph(kept).number_of_edges()


def test_seed_page_loads_offline_draws_and_searches(seed_build) -> None:
    require_browser()
    graph = seed_build.graph
    page = seed_build.out_dir / "graph.html"
    view = select_view(graph)
    # A node to search for: the best-connected one that is not the category, by its name in another case.
    target = next(n for n in view.node_ids if graph.nodes[n].type is not Cls.CATEGORY)
    paper = next(n for n in view.node_ids if graph.nodes[n].type is Cls.PAPER)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    report = check_page(page, "--search", graph.nodes[target].name.upper(), "--hover", paper,
                        "--screenshot", str(SCREENSHOT))
    assert_clean(report)
    # The page's vis DataSets hold exactly what kg reports for the view, and what networkx computes.
    assert (report["nodes"], report["edges"]) == (len(view.node_ids), len(view.edge_keys))
    assert (report["nodes"], report["edges"]) == expected_counts(graph, 300)
    assert report["meta"]["left_out"] == view.left_out
    assert report["physicsEnabled"] is False and report["stabilizeMs"] > 0
    # Search focuses the named node.
    assert report["search"]["selected"] == [target]
    assert graph.nodes[target].name in report["search"]["details"]
    # Hovering a paper shows its title, authors, categories and arXiv/DOI link.
    tip = report["tooltip"]
    node = graph.nodes[paper]
    assert str(node.props["title"])[:30] in tip["text"] and "authors" in tip["text"] and "categories" in tip["text"]
    assert tip["links"] and tip["links"][0].rstrip("/").endswith(node.aliases[0])
    # A drawn graph: the canvas is far from uniform and a real share of it is painted.
    assert report["canvas"]["variance"] > 50 and report["canvas"]["drawnFraction"] > 0.01
    assert SCREENSHOT.stat().st_size > 20_000


def test_focus_page_in_the_browser_matches_networkx(seed_build, tmp_path: Path) -> None:
    require_browser()
    graph = seed_build.graph
    g = nx.MultiGraph([(s, t) for s, _, t in graph.edges])
    hub = next(n for n, _ in sorted(g.degree, key=lambda item: -item[1]) if graph.nodes[n].type is Cls.PAPER)
    view = select_view(graph, ViewSpec(focus=hub, depth=2))
    page = write_page(graph, view, tmp_path / "focus.html")
    report = check_page(page)
    assert_clean(report)
    assert report["selected"] == [hub]  # the focus node is selected once the layout is done
    ego = nx.ego_graph(nx.Graph(g), hub, radius=2)
    assert report["nodes"] == min(300, ego.number_of_nodes())
    assert report["edges"] == g.subgraph(view.node_ids).number_of_edges()


def test_xss_digest_renders_as_text_and_runs_nothing(tmp_path: Path) -> None:
    require_browser()
    kg.build([XSS_DIGEST], out=tmp_path / "xss")
    whole = kg.build([XSS_DIGEST]).graph  # the streamed build keeps only shared nodes
    paper = next(n for n in whole.nodes.values() if n.type is Cls.PAPER and "<script>" in str(n.props.get("abstract")))
    report = check_page(tmp_path / "xss" / "graph.html", "--hover", paper.id)
    assert_clean(report)
    assert report["xssFlag"] is None and report["injected"] == 0 and report["scripts"] == 3
    assert "<script>" in report["tooltip"]["text"] and '"Quoted"' in report["tooltip"]["text"]
    assert report["tooltip"]["elements"] == 0


def test_raw_payloads_in_names_render_as_text_and_run_nothing(tmp_path: Path) -> None:
    require_browser()
    graph = poisoned(star_of_stars(hubs=2, leaves=4))
    paper = next(n for n in graph.nodes.values() if n.type is Cls.PAPER and n.name.startswith("<script>"))
    author = next(n for n in graph.nodes.values() if n.name == PAYLOADS[1])
    page = write_page(graph, select_view(graph), tmp_path / "poisoned.html", title=PAYLOADS[0])
    for hover, payload in ((paper.id, PAYLOADS[0]), (author.id, PAYLOADS[1])):
        report = check_page(page, "--hover", hover, "--search", PAYLOADS[1])
        assert_clean(report)
        assert report["xssFlag"] is None and report["injected"] == 0
        assert payload in report["tooltip"]["text"] and report["tooltip"]["elements"] == 0
        assert report["tooltip"]["links"] == []  # the javascript: URL was refused
        assert report["search"]["selected"] == [author.id]
