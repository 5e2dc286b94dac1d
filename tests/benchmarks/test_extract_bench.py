"""Extraction-stage benchmarks (pytest-benchmark; run with --benchmark-enable): papers per second on the
seed and on all ../shared digests together. Papers are read once beforehand so only extraction is timed;
the rate of the best round is stored in the benchmark's ``extra_info`` as ``papers_per_s`` (``papers_per_s_mean`` for the
mean). Rounds are timed in CPU time (``time.process_time``): the machine is shared, and wall time would measure the
other processes too."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from kg.extract import Extractor
from kg.model import Paper
from kg.readers import read_digests

from ..conftest import SEED, shared_digests


def extract_all(extractor: Extractor, papers: list[Paper]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for paper in papers:
        extraction = extractor.extract(paper)
        counts["papers"] += 1
        counts["results"] += len(extraction.results)
        counts["entities"] += len(extraction.entities)
    return counts


def extract_entities(extractor: Extractor, papers: list[Paper]) -> Counter[str]:
    """The entity stage alone (no results, relations, code links)."""
    counts: Counter[str] = Counter()
    for paper in papers:
        counts["papers"] += 1
        counts["entities"] += len(extractor.extract_entities(paper))
    return counts


@pytest.fixture(scope="module")
def shared_papers() -> list[Paper]:
    """All papers of ../shared/digests, read once for the benchmarks that use them."""
    paths = shared_digests()
    if not paths:
        pytest.skip("../shared/digests is not here")
    return list(read_digests(paths))


def run(benchmark, papers: list[Paper], stage=extract_all) -> Counter[str]:
    extractor = Extractor()
    extractor.extract(papers[0])  # load lexicons and pipelines outside the timing
    counts = benchmark(stage, extractor, papers)
    if benchmark.stats:  # None with --benchmark-disable
        benchmark.extra_info["papers"] = len(papers)
        benchmark.extra_info["papers_per_s"] = round(len(papers) / benchmark.stats.stats.min, 1)
        benchmark.extra_info["papers_per_s_mean"] = round(len(papers) / benchmark.stats.stats.mean, 1)
    return counts


@pytest.mark.benchmark(group="extract", timer=time.process_time)
def test_bench_extract_seed(benchmark) -> None:
    papers = list(read_digests([SEED]))
    counts = run(benchmark, papers)
    assert counts["papers"] == len(papers) == 97
    assert counts["results"] > 0


@pytest.mark.benchmark(group="extract", timer=time.process_time)
def test_bench_extract_shared_digests(benchmark, shared_papers: list[Paper]) -> None:
    papers = shared_papers
    counts = run(benchmark, papers)
    assert counts["papers"] == len(papers)


@pytest.mark.benchmark(group="extract", timer=time.process_time)
def test_bench_entities_seed(benchmark) -> None:
    papers = list(read_digests([SEED]))
    counts = run(benchmark, papers, extract_entities)
    assert counts["entities"] > counts["papers"] == len(papers)  # every paper yields entities on average


@pytest.mark.benchmark(group="extract", timer=time.process_time)
def test_bench_entities_shared_digests(benchmark, shared_papers: list[Paper]) -> None:
    papers = shared_papers
    counts = run(benchmark, papers, extract_entities)
    assert counts["entities"] > counts["papers"] == len(papers)
