"""Property-graph sink benchmarks on real paper parts: GraphML/JSON with the Neo4j CSVs (one process in a
``--jobs`` build, sharing their records) and LadybugDB, streamed as a build streams them (each paper's part,
then the shared part). Run with ``--benchmark-enable`` (the seed and the ../shared digests); with benchmarks
disabled each runs once on the seed as a smoke test. CPU time (``time.process_time``), best of 3 rounds, stored
as ``ms_per_paper`` (docs/performance.md, "Property-graph sinks")."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from kg.model import KnowledgeGraph
from kg.query.cypher import run_cypher
from kg.sinks.graphml import GraphmlSink
from kg.sinks.ladybug_db import LadybugSink
from kg.sinks.neo4j_csv import Neo4jCsvSink
from kg.vocab import Cls



class _Build:
    """Stands for the build the sinks close with (the shared records are kept per build)."""


def stream(sinks: list, parts: list[KnowledgeGraph], shared: KnowledgeGraph, out: Path) -> list[Path]:
    shutil.rmtree(out, ignore_errors=True)
    for sink in sinks:
        sink.open(out)
    for part in parts:
        for sink in sinks:
            sink.add(part, None)
    build = _Build()
    return [path for sink in sinks for path in sink.close(shared, build)]


def _per_paper(benchmark, papers: int) -> None:
    if benchmark.stats:  # None with --benchmark-disable
        benchmark.extra_info["papers"] = papers
        benchmark.extra_info["ms_per_paper"] = round(benchmark.stats.stats.min / papers * 1e3, 3)


@pytest.mark.benchmark(group="pg-sinks", timer=time.process_time)
def test_graphml_and_neo4j_csv_on_real_parts(benchmark, real_parts, tmp_path: Path) -> None:
    parts, shared = real_parts
    written = benchmark.pedantic(lambda: stream([GraphmlSink(), Neo4jCsvSink()], parts, shared, tmp_path / "out"),
                                 rounds=3, iterations=1)
    _per_paper(benchmark, len(parts))
    papers = (tmp_path / "out" / "neo4j" / "nodes_Paper.csv").read_bytes().count(b"\r\n") - 1
    assert papers == len(parts) and {p.name for p in written} >= {"graph.graphml", "graph.json", "import.cypher"}


@pytest.mark.benchmark(group="pg-sinks", timer=time.process_time)
def test_ladybug_on_real_parts(benchmark, real_parts, tmp_path: Path) -> None:
    parts, shared = real_parts
    benchmark.pedantic(lambda: stream([LadybugSink()], parts, shared, tmp_path / "out"), rounds=3, iterations=1)
    _per_paper(benchmark, len(parts))
    _, rows = run_cypher("MATCH (p:Paper) RETURN count(p) AS n", tmp_path / "out", {})
    assert rows[0]["n"] == sum(1 for part in parts for node in part.nodes.values() if node.type is Cls.PAPER)
