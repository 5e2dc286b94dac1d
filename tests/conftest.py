"""Shared fixtures. Tests that need an outside part (rapper, Chromium, Neo4j, Node tools) call
:func:`require`: on a user machine without the part they skip with a one-line reason; in CI
(``CI=true``) a missing part is a failure, never a silent pass."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-cs.CV-digest.md"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: object, reason: str) -> None:
    """Skip (or fail, in CI) unless ``condition`` holds."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def shared_digests() -> list[Path]:
    """The real digests in ../shared/digests (empty when ../shared is not there)."""
    folder = SHARED / "digests"
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def benchmarks_enabled(config: pytest.Config) -> bool:
    """``--benchmark-enable`` wins over the ``--benchmark-disable`` of the project's addopts."""
    return config.getoption("benchmark_enable", False) or not config.getoption("benchmark_disable", False)


@pytest.fixture(scope="module")
def real_parts(request: pytest.FixtureRequest):
    """Each paper's part as a build hands it to the sinks, and the shared part at the end: the seed and the
    ../shared digests for benchmarks, the seed alone when they run once as tests."""
    from kg.extract import Extractor
    from kg.graph import GraphBuilder
    from kg.readers import read_digests

    digests = [SEED, *shared_digests()] if benchmarks_enabled(request.config) else [SEED]
    extractor, builder = Extractor(), GraphBuilder()
    parts = [builder.add(extractor.extract(paper), detach=True) for paper in read_digests(digests)]
    return parts, builder.graph


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seed digest built once into a temporary folder, with every default sink (streamed, as the CLI
    does), carrying the whole in-memory graph and extractions of the same digest as ``graph`` and
    ``extractions``: tests compare the files with them (tests/test_pipeline.py checks that a streamed
    build writes exactly what the in-memory graph gives)."""
    import kg

    out = tmp_path_factory.mktemp("seed-build")
    streamed = kg.build([SEED], out=out)
    whole = kg.build([SEED])
    streamed.graph, streamed.extractions, streamed.stats = whole.graph, whole.extractions, whole.stats
    return streamed


def built_and_updated(tmp_path: Path, sinks: list[str], papers: int = 90, per_digest: int = 30) -> tuple[Path, Path]:
    """A corpus of ``papers`` from the seed built from scratch, and built from its first digest then
    updated twice (one digest, then the rest): the two folders an update test compares."""
    import kg
    from kg.corpus import generate_corpus
    from kg.pipeline import update

    digests = generate_corpus([SEED], papers, tmp_path / "corpus", papers_per_digest=per_digest)
    scratch, inc = tmp_path / "scratch", tmp_path / "inc"
    kg.build(digests, out=scratch, sinks=sinks)
    kg.build(digests[:1], out=inc, sinks=sinks)
    update(inc, digests[1:2])
    update(inc, digests[2:])
    return scratch, inc
