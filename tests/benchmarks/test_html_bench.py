"""HTML view benchmark: a 10k-paper graph still gives a bounded page that lays out in chromium.

The graph is the seed's build replicated with remapped paper (and result) ids, so methods, datasets,
authors and categories are shared across copies as they are across real digests. Run with
``--benchmark-enable``; file size, node counts and chromium's time to stabilise are in ``extra_info``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.model import Edge, KnowledgeGraph, Node
from kg.view import ViewSpec, render_page, select_view, write_page
from kg.vocab import Cls

from ..html.browser import assert_clean, check_page, require_browser

PAPERS = 10_000
# The page is bounded by the view, not the graph: vis-network (~470 kB) plus at most ~1 kB per shown
# node or edge (tooltips hold at most MAX_EVIDENCE sentences, stored once per page).
PAGE_FIXED_BYTES = 600_000
PAGE_BYTES_PER_ITEM = 1_000


# Per-paper nodes get a fresh id in each copy; methods, datasets, tasks, categories ... are shared.
PER_PAPER = (Cls.PAPER, Cls.RESULT, Cls.AUTHOR, Cls.CODE_REPOSITORY)


def replicate(graph: KnowledgeGraph, papers: int) -> KnowledgeGraph:
    """``graph`` copied until it holds ``papers`` papers; per-paper nodes get a copy suffix."""
    seed_papers = sorted(n.id for n in graph.nodes_of(Cls.PAPER))
    out = KnowledgeGraph()
    copy = 0
    while len(seed_papers) * copy < papers:
        wanted = set(seed_papers[: papers - len(seed_papers) * copy])

        def remap(node_id: str, copy: int = copy) -> str:
            return f"{node_id}~{copy}" if copy and graph.nodes[node_id].type in PER_PAPER else node_id

        def paper_id(pid: str, copy: int = copy) -> str:
            return f"{pid}~{copy}" if copy else pid

        for node in graph.nodes.values():
            if node.type is Cls.PAPER and node.id not in wanted:
                continue
            out.add_node(Node(remap(node.id), node.type, node.name, list(node.aliases), dict(node.props),
                              {paper_id(p) for p in node.papers}))
        for edge in graph.edges.values():
            source, target = remap(edge.source), remap(edge.target)
            if source in out.nodes and target in out.nodes:
                evidence = [dataclasses.replace(e, paper=paper_id(e.paper)) for e in edge.evidence]
                out.add_edge(Edge(source, edge.type, target, evidence, dict(edge.props)))
        copy += 1
    return out


@pytest.fixture(scope="module")
def big_graph(seed_build) -> KnowledgeGraph:
    return replicate(seed_build.graph, PAPERS)


def test_replicated_graph_has_the_papers(big_graph: KnowledgeGraph, seed_build) -> None:
    assert len(big_graph.nodes_of(Cls.PAPER)) == PAPERS
    assert len(big_graph.nodes) > len(seed_build.graph.nodes) * 50


@pytest.mark.benchmark(group="html")
def test_bench_html_10k_papers(benchmark, big_graph: KnowledgeGraph, tmp_path: Path) -> None:
    def render() -> str:
        return render_page(big_graph, select_view(big_graph, ViewSpec()))

    html = benchmark.pedantic(render, rounds=1, iterations=1)
    size = len(html.encode("utf-8"))
    view = select_view(big_graph, ViewSpec())
    benchmark.extra_info.update(graph_nodes=len(big_graph.nodes), graph_edges=len(big_graph.edges),
                                view_nodes=len(view.node_ids), view_edges=len(view.edge_keys), page_bytes=size)
    assert len(view.node_ids) == 300 and view.capped
    assert size < PAGE_FIXED_BYTES + PAGE_BYTES_PER_ITEM * (len(view.node_ids) + len(view.edge_keys))
    assert size < len(big_graph.nodes) * 50  # far from growing with the graph

    require_browser()
    page = write_page(big_graph, view, tmp_path / "big.html")
    report = check_page(page)
    assert_clean(report)
    assert (report["nodes"], report["edges"]) == (len(view.node_ids), len(view.edge_keys))
    assert report["canvas"]["variance"] > 50
    benchmark.extra_info.update(stabilize_ms=round(report["stabilizeMs"]), load_ms=report["wallMs"])
