"""Entity extraction speed as a benchmark (papers per second on the seed and on ../shared digests)."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.readers import read_digests

from ..conftest import SEED, shared_digests


def _extract_all(extractor: EntityExtractor, papers) -> int:
    return sum(len(extractor.extract(p)) for p in papers)


@pytest.mark.benchmark(group="extract")
def test_bench_entities_seed(benchmark) -> None:
    papers = list(read_digests([SEED]))
    extractor = EntityExtractor()
    count = benchmark(_extract_all, extractor, papers)
    assert count > len(papers)  # every paper yields entities on average
    if benchmark.stats:
        benchmark.extra_info["papers_per_second"] = round(len(papers) / benchmark.stats.stats.mean, 1)


@pytest.mark.benchmark(group="extract")
def test_bench_entities_shared_digests(benchmark) -> None:
    digests = shared_digests()
    if not digests:
        pytest.skip("../shared/digests is not here")
    papers = list(read_digests(digests))
    extractor = EntityExtractor()
    count = benchmark.pedantic(_extract_all, args=(extractor, papers), rounds=1, iterations=1)
    assert count > len(papers)
    if benchmark.stats:
        benchmark.extra_info["papers_per_second"] = round(len(papers) / benchmark.stats.stats.mean, 1)
