"""LadybugDB loading benchmark: writing graph.lbdb for a synthetic 10k-paper graph (run with
``--benchmark-enable``; with benchmarks disabled it runs once on a 1k-paper graph as a smoke test).
``KG_LADYBUG_BENCH_PAPERS`` overrides the size. The rows per second go into the benchmark's extra_info."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.query.cypher import run_cypher
from kg.sinks.ladybug_db import DATABASE_NAME, write_database
from kg.sinks.property_graph import property_graph
from tests.benchmarks.test_rdf_bench import synthetic_graph


@pytest.mark.benchmark(group="ladybug")
def test_ladybug_load_rate(benchmark, tmp_path: Path):
    enabled = not benchmark.disabled
    papers = int(os.environ.get("KG_LADYBUG_BENCH_PAPERS", 10_000 if enabled else 1_000))
    graph = synthetic_graph(papers)
    view = property_graph(graph)
    rows = len(graph.nodes) + len(graph.edges)
    path = tmp_path / DATABASE_NAME
    started = time.perf_counter()
    benchmark.pedantic(write_database, args=(view, path), rounds=1, iterations=1)
    elapsed = time.perf_counter() - started
    benchmark.extra_info.update(papers=papers, nodes=len(graph.nodes), relationships=len(graph.edges),
                                rows_per_second=round(rows / elapsed))
    _, counted = run_cypher("MATCH ()-[r]->() RETURN count(r) AS n", tmp_path, {})
    assert counted[0]["n"] == len(graph.edges)
