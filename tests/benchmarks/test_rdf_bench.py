"""RDF benchmarks: streaming graph.nt/ttl/jsonld paper by paper (as a build does), then loading and querying a synthetic 10k-paper graph with
rdflib and with pyoxigraph (run with ``--benchmark-enable``; with benchmarks disabled each runs once on a
1k-paper graph as a smoke test). ``KG_RDF_BENCH_PAPERS`` overrides the size. Figures: docs/rdf.md.

``test_stream_real_parts`` times the RDF sink on the parts of the seed and the ../shared digests (the seed alone
with benchmarks disabled) in CPU time, best of 3 rounds, stored as ``ms_per_paper`` (docs/performance.md)."""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from kg.graph import split_graph
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.query.sparql import OxigraphGraph, RdflibGraph, run_sparql
from kg.sinks.rdf import RdfSink
from kg.vocab import Cls, Rel

from ..conftest import benchmarks_enabled

QUERIES = {"top_datasets": {}, "leaderboard": {"dataset": "Dataset 7"}, "paper_evidence": {"paper": "2601.00042"},
           "methods_by_papers": {}}


def synthetic_graph(papers: int, seed: int = 7) -> KnowledgeGraph:
    """A graph shaped like a digest build: per paper 4 authors, a category, a code link, 3 methods
    (one proposed), 2 datasets, a task, a metric and 2 results with evidence."""
    rng = random.Random(seed)
    g = KnowledgeGraph()
    pools = {Cls.METHOD: papers // 2, Cls.DATASET: max(papers // 20, 10), Cls.TASK: max(papers // 10, 10),
             Cls.METRIC: 100, Cls.AUTHOR: papers * 3}
    for i in range(papers):
        pid = f"2601.{i:05d}"
        p = f"paper/{pid}"
        title = f"Paper {i}: a method for task {i % 97}"
        abstract = f"We propose Method {i} for Task {i % 97}. It reaches {rng.uniform(50, 99):.1f}% accuracy on Dataset {i % 13}."
        g.add_node(Node(p, Cls.PAPER, title, [pid], papers={pid}, props={"title": title, "url": f"https://arxiv.org/abs/{pid}", "id_scheme": "arxiv",
                                                    "abstract": abstract, "abstract_lang": "en", "tldr": "一个方法。", "tldr_lang": "zh",
                                                    "digest": "bench", "digest_date": "2026-01-02", "first_seen_digest": "bench"}))
        header = Evidence(pid, "header", title, 0, len(title), "reader")
        ev = Evidence(pid, "abstract", abstract, 11, 19, "bench-rule", 0.8)

        def link(cls: Cls, key: str, rel: Rel, source: str = p, evidence: Evidence = ev) -> str:
            node = g.add_node(Node(f"{cls.value.lower()}/{key}", cls, key.replace("-", " ").title(), papers={pid}))
            g.add_edge(Edge(source, rel, node.id, [evidence]))
            return node.id

        for _ in range(4):
            author = g.add_node(Node(f"author/a{rng.randrange(pools[Cls.AUTHOR])}", Cls.AUTHOR, f"Author {i}"))
            g.add_edge(Edge(author.id, Rel.AUTHORED, p, [header]))
        link(Cls.CATEGORY, "cs.cv", Rel.IN_CATEGORY, evidence=header)
        url = f"https://github.com/org/repo{i}"
        g.add_node(Node(f"coderepository/{i:016x}", Cls.CODE_REPOSITORY, url, props={"url": url}))
        g.add_edge(Edge(p, Rel.HAS_CODE, f"coderepository/{i:016x}", [ev]))
        proposed = link(Cls.METHOD, f"method-{i}", Rel.PROPOSES)
        for _ in range(2):
            baseline = link(Cls.METHOD, f"method-{rng.randrange(pools[Cls.METHOD])}", Rel.USES)
            if baseline != proposed:
                g.add_edge(Edge(proposed, Rel.OUTPERFORMS, baseline, [ev], {"paper": pid}))
        datasets = [link(Cls.DATASET, f"dataset-{rng.randrange(pools[Cls.DATASET])}", Rel.EVALUATES_ON) for _ in range(2)]
        link(Cls.TASK, f"task-{rng.randrange(pools[Cls.TASK])}", Rel.ADDRESSES)
        metric = link(Cls.METRIC, f"metric-{rng.randrange(pools[Cls.METRIC])}", Rel.USES_METRIC)
        for j, dataset in enumerate(datasets):
            number = round(rng.uniform(10, 99), 2)
            rid = f"result/{pid}/abstract/30-35/{j}"
            g.add_node(Node(rid, Cls.RESULT, f"{number}%", props={"value": f"{number}%", "number": number, "unit": "%"},
                            papers={pid}))
            g.add_edge(Edge(p, Rel.REPORTS, rid, [ev]))
            for rel, target in ((Rel.ON_DATASET, dataset), (Rel.MEASURES, metric), (Rel.OF_METHOD, proposed)):
                g.add_edge(Edge(rid, rel, target, [ev]))
    return g


@pytest.fixture(scope="module")
def papers(request: pytest.FixtureRequest) -> int:
    default = 10000 if benchmarks_enabled(request.config) else 1000
    return int(os.environ.get("KG_RDF_BENCH_PAPERS", default))


@pytest.fixture(scope="module")
def graph(papers: int) -> KnowledgeGraph:
    return synthetic_graph(papers)


def stream_graph(graph: KnowledgeGraph, out: Path, jsonld: bool = True) -> list[Path]:
    """Write ``graph`` as a build does: each paper's part, then the shared part."""
    shared, parts = split_graph(graph, sorted({n.id.partition("/")[2] for n in graph.nodes_of(Cls.PAPER)}))
    sink = RdfSink(jsonld=jsonld)
    sink.open(out)
    for part in parts:
        sink.add(part, None)
    return sink.close(shared)


@pytest.fixture(scope="module")
def graph_dir(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rdf-bench")
    stream_graph(graph, out, jsonld=False)
    return out


def _info(benchmark, **info: object) -> None:
    benchmark.extra_info.update(info)


@pytest.mark.benchmark(group="rdf-write")
@pytest.mark.parametrize("jsonld", [False, True], ids=["nt+ttl", "nt+ttl+jsonld"])
def test_stream_rdf_files(benchmark, graph: KnowledgeGraph, papers: int, tmp_path: Path, jsonld: bool) -> None:
    written = benchmark.pedantic(stream_graph, args=(graph, tmp_path, jsonld), rounds=1, iterations=1)
    triples = (tmp_path / "graph.nt").read_bytes().count(b"\n")
    _info(benchmark, papers=papers, triples=triples)
    assert len(written) == 2 + jsonld and triples > papers * 50


def stream_parts(parts: list[KnowledgeGraph], shared: KnowledgeGraph, out: Path) -> list[Path]:
    shutil.rmtree(out, ignore_errors=True)
    sink = RdfSink()
    sink.open(out)
    for part in parts:
        sink.add(part, None)
    return sink.close(shared)


@pytest.mark.benchmark(group="rdf-write", timer=time.process_time)
def test_stream_real_parts(benchmark, real_parts, tmp_path: Path) -> None:
    parts, shared = real_parts
    written = benchmark.pedantic(stream_parts, args=(parts, shared, tmp_path / "out"), rounds=3, iterations=1)
    if benchmark.stats:  # None with --benchmark-disable
        benchmark.extra_info["papers"] = len(parts)
        benchmark.extra_info["ms_per_paper"] = round(benchmark.stats.stats.min / len(parts) * 1e3, 3)
    lines = (tmp_path / "out" / "graph.nt").read_bytes().count(b"\n")
    papers = sum(1 for part in parts for node in part.nodes.values() if node.type is Cls.PAPER)
    assert len(written) == 3 and papers == len(parts) and lines > len(parts) * 100


@pytest.mark.benchmark(group="rdf-load")
@pytest.mark.parametrize("engine", [OxigraphGraph, RdflibGraph], ids=["oxigraph", "rdflib"])
def test_load(benchmark, engine, graph_dir: Path, papers: int) -> None:
    loaded = benchmark.pedantic(engine, args=(graph_dir / "graph.nt",), rounds=1, iterations=1)
    _info(benchmark, papers=papers, triples=len(loaded))
    assert len(loaded) == (graph_dir / "graph.nt").read_bytes().count(b"\n")


@pytest.fixture(scope="module")
def loaded(graph_dir: Path) -> dict[str, OxigraphGraph | RdflibGraph]:
    return {"oxigraph": OxigraphGraph(graph_dir / "graph.nt"), "rdflib": RdflibGraph(graph_dir / "graph.nt")}


@pytest.mark.benchmark(group="rdf-query")
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("query", sorted(QUERIES))
def test_query(benchmark, loaded, engine: str, query: str, papers: int) -> None:
    columns, rows = benchmark.pedantic(run_sparql, args=(query, loaded[engine], QUERIES[query]), rounds=1, iterations=1)
    _info(benchmark, papers=papers, rows=len(rows))
    assert rows
