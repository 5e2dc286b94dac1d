"""Reading benchmarks (pytest-benchmark; run with --benchmark-enable) and the streaming-memory check."""

from __future__ import annotations

import tracemalloc
from collections import deque
from pathlib import Path

import pytest

from kg.corpus import generate_corpus
from kg.readers import ReadReport, read_digests

from ..conftest import SEED


def read_all(paths: list[Path]) -> int:
    report = ReadReport()
    deque(read_digests(paths, report), maxlen=0)  # stream, keep nothing
    return report.papers


@pytest.fixture(scope="module")
def hundredfold(tmp_path_factory) -> list[Path]:
    """The seed scaled 100x (fresh ids), as 100 digest files."""
    return generate_corpus([SEED], 97 * 100, tmp_path_factory.mktemp("x100"), papers_per_digest=97)


@pytest.mark.benchmark(group="read")
def test_bench_read_seed(benchmark) -> None:
    assert benchmark(read_all, [SEED]) == 97


@pytest.mark.benchmark(group="read")
def test_bench_read_seed_x100(benchmark, hundredfold: list[Path]) -> None:
    assert benchmark.pedantic(read_all, args=(hundredfold,), rounds=1, iterations=1) == 9700


def peak_bytes(paths: list[Path]) -> int:
    tracemalloc.start()
    try:
        read_all(paths)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_memory_does_not_grow_with_the_number_of_files(hundredfold: list[Path]) -> None:
    few, many = peak_bytes(hundredfold[:10]), peak_bytes(hundredfold)
    # 10x the files and papers: only the duplicate index (id -> file, line) grows, not the papers
    # (a paper record is several KB; the index entry about 150 bytes).
    per_extra_paper = (many - few) / (97 * 90)
    assert per_extra_paper < 300, (few, many, per_extra_paper)
