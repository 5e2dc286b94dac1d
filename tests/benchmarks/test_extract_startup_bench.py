"""Extraction start-up and cold-start benchmarks (pytest-benchmark; run with --benchmark-enable).

``test_bench_pipeline_construction``: building the spaCy pipeline (tokenizer + lexicon matchers), which every
``kg build``/``kg extract`` pays once. ``test_bench_cold_extract_seed``: a fresh pipeline (empty vocabulary and
tokenizer cache) extracting the seed, as a one-off ``kg build`` of a new digest does; the rate is stored in
``extra_info["papers_per_s"]``. The warm rates are in test_extract_bench.py. Rounds are timed in CPU time
(the machine is shared).
"""

from __future__ import annotations

import time

import pytest

from kg.extract import Extractor
from kg.extract.spacy_pipeline import build_nlp
from kg.readers import read_digests

from ..conftest import SEED


@pytest.mark.benchmark(group="extract-startup", timer=time.process_time)
def test_bench_pipeline_construction(benchmark) -> None:
    nlp = benchmark(build_nlp.__wrapped__)  # bypass the per-process cache: a new pipeline each round
    assert nlp.pipe_names == ["kg_lexicon_matcher", "kg_name_candidates", "kg_abbreviations"]


def _cold_extract(papers) -> int:
    build_nlp.cache_clear()  # new vocabulary and tokenizer cache, as in a new process
    extractor = Extractor()
    return sum(len(extractor.extract(paper).entities) for paper in papers)


@pytest.mark.benchmark(group="extract-startup", timer=time.process_time)
def test_bench_cold_extract_seed(benchmark) -> None:
    papers = list(read_digests([SEED]))
    entities = benchmark.pedantic(_cold_extract, args=(papers,), rounds=3, iterations=1)
    assert entities > len(papers)
    if benchmark.stats:
        benchmark.extra_info["papers_per_s"] = round(len(papers) / benchmark.stats.stats.mean, 1)
