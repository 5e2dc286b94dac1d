"""Bolt loading throughput: nodes + relationships per second into a real Neo4j 5.26, for a synthetic
10k-paper graph, at several batch sizes (run with ``--benchmark-enable``; ``KG_NEO4J_BENCH_PAPERS``
overrides the size). With benchmarks disabled each batch size runs once on a 300-paper graph as a
smoke test. The figures and the batch size chosen from them are in docs/neo4j.md.
"""

from __future__ import annotations

import os

import pytest

from kg.model import KnowledgeGraph
from kg.sinks.neo4j_bolt import LoadSummary, export_neo4j

from ..neo4j.conftest import start_servers, wipe
from .test_rdf_bench import synthetic_graph

BATCH_SIZES = (500, 2000, 10000)


@pytest.fixture(scope="module")
def bench_graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    # --benchmark-enable on the command line wins over the --benchmark-disable of pyproject's addopts
    enabled = request.config.getoption("benchmark_enable", default=False) or not request.config.getoption(
        "benchmark_disable", default=True)
    papers = int(os.environ.get("KG_NEO4J_BENCH_PAPERS", 10_000 if enabled else 300))
    return synthetic_graph(papers)


@pytest.mark.benchmark(group="neo4j-bolt-load")
@pytest.mark.neo4j
@pytest.mark.parametrize("batch_size", BATCH_SIZES)
def test_bolt_load_throughput(benchmark, tmp_path_factory, bench_graph: KnowledgeGraph, batch_size: int) -> None:
    uri = start_servers(tmp_path_factory).fresh
    summaries: list[LoadSummary] = []

    def load() -> None:
        summaries.append(export_neo4j(bench_graph, uri, batch_size=batch_size))

    benchmark.pedantic(load, setup=lambda: wipe(uri), rounds=1, iterations=1)
    summary = summaries[-1]
    rows = summary.nodes + summary.relationships
    assert summary.nodes == len(bench_graph.nodes) and summary.relationships == len(bench_graph.edges)
    assert summary.nodes_created == len(bench_graph.nodes)
    benchmark.extra_info.update({
        "papers": sum(1 for n in bench_graph.nodes.values() if n.type.value == "Paper"),
        "nodes": summary.nodes, "relationships": summary.relationships, "batch_size": batch_size,
        "seconds": summary.seconds, "rows_per_second": round(rows / summary.seconds) if summary.seconds else None,
    })
    wipe(uri)
