"""LadybugDB loading benchmark: streaming a synthetic 10k-paper graph into graph.lbdb (spooling every
paper's part, then COPY; run with ``--benchmark-enable``; with benchmarks disabled it runs once on a
1k-paper graph as a smoke test). ``KG_LADYBUG_BENCH_PAPERS`` overrides the size. Rows per second
(nodes + relationships) go into the benchmark's extra_info."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.model import KnowledgeGraph
from kg.query.cypher import run_cypher
from kg.sinks.ladybug_db import DATABASE_NAME, write_database
from kg.vocab import Cls
from tests.benchmarks.test_rdf_bench import synthetic_graph


def graph_with_paper_parts(papers: int) -> KnowledgeGraph:
    """The synthetic graph with each Paper node owned by its paper, so it streams as a part (as a build's)."""
    graph = synthetic_graph(papers)
    for node in graph.nodes_of(Cls.PAPER):
        node.papers = {node.id.partition("/")[2]}
    return graph


@pytest.mark.benchmark(group="ladybug")
def test_ladybug_load_rate(benchmark, tmp_path: Path):
    enabled = not benchmark.disabled
    papers = int(os.environ.get("KG_LADYBUG_BENCH_PAPERS", 10_000 if enabled else 1_000))
    graph = graph_with_paper_parts(papers)
    rows = len(graph.nodes) + len(graph.edges)
    path = tmp_path / DATABASE_NAME
    started = time.perf_counter()
    benchmark.pedantic(write_database, args=(graph, path), rounds=1, iterations=1)
    elapsed = time.perf_counter() - started
    benchmark.extra_info.update(papers=papers, nodes=len(graph.nodes), relationships=len(graph.edges),
                                rows_per_second=round(rows / elapsed))
    _, counted = run_cypher("MATCH ()-[r]->() RETURN count(r) AS n", tmp_path, {})
    assert counted[0]["n"] == len(graph.edges)
    _, counted = run_cypher("MATCH (p:Paper) RETURN count(p) AS n", tmp_path, {})
    assert counted[0]["n"] == papers
