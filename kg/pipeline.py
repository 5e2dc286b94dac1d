"""The pipeline: read -> extract -> resolve -> build graph -> sinks. ``kg.build()`` runs it all."""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import GraphNotFoundError
from .extract import Extractor
from .graph import GraphBuilder
from .model import KnowledgeGraph, Paper, PaperExtraction
from .readers import ReadReport, read_digests
from .readers.digest import _DATE
from .sinks import DEFAULT_SINKS, get_sink
from .sinks.atomic import atomic_write
from .vocab import Cls

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("exports")
STATE_FILE = ".kg-state.pickle"  # internal: what --update starts from


@dataclass
class Build:
    """The result of a build: papers, extractions, the graph and the report; sinks read from it."""

    inputs: list[str]
    read_report: ReadReport = field(default_factory=ReadReport)
    extractions: list[PaperExtraction] = field(default_factory=list)
    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)
    out_dir: Path | None = None
    builder: GraphBuilder | None = None
    previous: BuildState | None = None  # the state an ``--update`` started from

    @property
    def papers(self) -> list[Paper]:
        return [e.paper for e in self.extractions]

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = round(self.timings.get(stage, 0.0) + time.perf_counter() - start, 4)

    def report(self) -> dict[str, Any]:
        """The ``report.json`` content."""
        entities = Counter(m.type for e in self.extractions for m in e.entities)
        relations = Counter(r.type for e in self.extractions for r in e.relations)
        return {
            "kg_version": __version__,
            "inputs": self.inputs,
            "read": self.read_report.to_json(),
            "extraction": {
                "papers": len(self.extractions),
                "entities_by_type": dict(sorted(entities.items())),
                "results": sum(len(e.results) for e in self.extractions),
                "relations_by_type": dict(sorted(relations.items())),
                "code_links": sum(len(e.code) for e in self.extractions),
            },
            "graph": self.graph.counts(),
            "timings_s": self.timings,
            "outputs": self.outputs,
        }


def input_order(paths: Iterable[str | Path]) -> list[str]:
    """Digest paths in a canonical order (date in the file name, then name), so that the order
    given on the command line never changes the output."""
    def key(path: str) -> tuple[str, str, str]:
        date = _DATE.search(Path(path).name)
        return (date.group(1) if date else "", Path(path).name, path)

    return sorted(dict.fromkeys(str(p) for p in paths), key=key)


_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker() -> None:
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:  # forked workers inherit the parent's, already built
        _WORKER_EXTRACTOR = Extractor()


def _fork_context():  # type: ignore[no-untyped-def]
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _extract_in_worker(paper: Paper) -> PaperExtraction:
    assert _WORKER_EXTRACTOR is not None
    return _WORKER_EXTRACTOR.extract(paper)


def extract_stream(papers: Iterable[Paper], jobs: int = 1, window: int = 512,
                   extractor: Extractor | None = None) -> Iterator[PaperExtraction]:
    """Extractions of ``papers`` in input order, with ``jobs`` worker processes.

    Papers go to the workers a window at a time, so memory stays bounded however long the stream.
    """
    global _WORKER_EXTRACTOR
    if extractor is not None:
        _WORKER_EXTRACTOR = extractor
    if jobs <= 1:
        extractor = extractor or Extractor()
        for paper in papers:
            yield extractor.extract(paper)
        return
    import multiprocessing

    context = _fork_context()
    if context is not None:
        _init_worker()  # build the pipeline once, before forking: every worker inherits it
    else:
        context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        batch: list[Paper] = []
        for paper in papers:
            batch.append(paper)
            if len(batch) >= window * jobs:
                yield from pool.map(_extract_in_worker, batch, chunksize=max(1, window // 8))
                batch = []
        if batch:
            yield from pool.map(_extract_in_worker, batch, chunksize=max(1, len(batch) // (jobs * 8) or 1))


def build(
    paths: Iterable[str | Path],
    out: str | Path | None = None,
    sinks: Iterable[str] | None = None,
    progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None = None,
    jobs: int = 1,
) -> Build:
    """Build the knowledge graph of the digests at ``paths``.

    With ``out`` the sinks (default: all) write their files there, plus ``report.json``; without it
    nothing is written and the returned :class:`Build` holds the graph in memory. ``jobs`` > 1
    extracts in that many processes; the output is the same as with one.
    """
    paths = input_order(paths)
    result = Build(inputs=paths)
    _run(result, GraphBuilder(graph=result.graph), paths, progress, jobs, known_ids=None)
    if out is not None:
        write_outputs(result, Path(out), sinks, jobs)
    return result


def update(
    out: str | Path,
    paths: Iterable[str | Path],
    sinks: Iterable[str] | None = None,
    progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None = None,
    jobs: int = 1,
) -> Build:
    """Add digests to the build in ``out``: only the new papers are read and extracted; the graph
    is merged with the saved one and the outputs are rewritten. Files already built are skipped."""
    out_dir = Path(out)
    state = load_state(out_dir)
    new_paths = [p for p in input_order(paths) if p not in state.inputs]
    result = Build(inputs=input_order(state.inputs + new_paths), graph=state.builder.graph, previous=state)
    if len(new_paths) < len(list(paths)):
        log.info("skipping %d digest(s) already in %s", len(list(paths)) - len(new_paths), out_dir)
    known = {n.id.removeprefix("paper/") for n in state.builder.graph.nodes_of(Cls.PAPER)}
    _run(result, state.builder, new_paths, progress, jobs, known_ids=known)
    write_outputs(result, out_dir, sinks, jobs)
    return result


def _run(result: Build, builder: GraphBuilder, paths: list[str],
         progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None, jobs: int, known_ids: set[str] | None) -> None:
    result.builder = builder
    with result.timed("setup"):  # the spaCy pipeline and lexicons, once per build
        extractor = Extractor()
    papers: Iterable[Paper] = read_digests(paths, result.read_report, known_ids=known_ids)
    if progress is not None:
        papers = progress(papers)
    start = time.perf_counter()
    for extraction in extract_stream(papers, jobs, extractor=extractor):
        with result.timed("graph"):
            builder.add(extraction)
        result.extractions.append(extraction)
    with result.timed("graph"):
        result.graph.canonicalize()
        result.extractions.sort(key=lambda e: e.paper.id)
    # Reading and extraction interleave (and overlap with jobs > 1): one figure for both.
    result.timings["read+extract"] = round(time.perf_counter() - start - result.timings.get("graph", 0.0), 4)
    log.info("read %d papers from %d files", result.read_report.papers, result.read_report.files)


@dataclass
class BuildState:
    """What ``--update`` needs from a previous build: its inputs and the graph builder (graph + resolver)."""

    version: str
    inputs: list[str]
    builder: GraphBuilder


def save_state(result: Build, folder: Path) -> Path:
    path = folder / STATE_FILE
    with atomic_write(path, "wb") as handle:
        pickle.dump(BuildState(__version__, result.inputs, result.builder), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def load_state(out_dir: Path) -> BuildState:
    path = out_dir / STATE_FILE
    if not path.exists():
        raise GraphNotFoundError(f"{out_dir} holds no kg build to update ({STATE_FILE} missing); run `kg build ... --out {out_dir}` first")
    with path.open("rb") as handle:
        state = pickle.load(handle)
    if not isinstance(state, BuildState) or state.version != __version__:
        raise GraphNotFoundError(f"{path} was written by another kg version; rebuild with `kg build ... --out {out_dir}`")
    return state


_SINK_BUILD: Build | None = None  # the build forked sink workers write (inherited, not pickled)


def _write_sink(name: str, staging: Path) -> tuple[str, list[Path], float]:
    assert _SINK_BUILD is not None
    start = time.perf_counter()
    files = get_sink(name).write(_SINK_BUILD, staging)
    return name, files, time.perf_counter() - start


def run_sinks(result: Build, names: list[str], staging: Path, jobs: int = 1) -> list[Path]:
    """Run the named sinks into ``staging``; with ``jobs`` > 1 in forked processes, heaviest first."""
    global _SINK_BUILD
    _SINK_BUILD = result
    context = _fork_context() if jobs > 1 and len(names) > 1 else None
    try:
        if context is None:
            outcomes = [_write_sink(name, staging) for name in names]
        else:
            with context.Pool(min(jobs, len(names))) as pool:
                outcomes = pool.starmap(_write_sink, [(name, staging) for name in names], chunksize=1)
    finally:
        _SINK_BUILD = None
    written: list[Path] = []
    for name, files, seconds in outcomes:
        result.timings[f"sink:{name}"] = round(seconds, 4)
        written += files
        log.info("sink %s wrote %s", name, ", ".join(p.name for p in files))
    return written


def write_outputs(result: Build, out_dir: Path, sinks: Iterable[str] | None = None, jobs: int = 1) -> None:
    """Run the sinks and write ``report.json``, crash-safe.

    Everything is written into a staging folder inside ``out_dir`` first and moved into place only
    when every sink has finished, so an interrupted build leaves the previous outputs intact.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    result.out_dir = out_dir
    for stale in [*out_dir.glob(".kg-staging-*"), *out_dir.glob(".kg-old-*")]:  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    try:
        with result.timed("sinks"):
            written = run_sinks(result, list(sinks if sinks is not None else DEFAULT_SINKS), staging, jobs)
        if result.builder is not None:
            written.append(save_state(result, staging))
        result.outputs = [str(out_dir / p.relative_to(staging)) for p in written] + [str(out_dir / "report.json")]
        with atomic_write(staging / "report.json") as handle:
            json.dump(result.report(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        _move_into_place(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_into_place(staging: Path, out_dir: Path) -> None:
    """Move each top-level entry of ``staging`` over its namesake in ``out_dir``."""
    for entry in sorted(staging.iterdir()):
        target = out_dir / entry.name
        # A database's write-ahead log left by an earlier crash must not be replayed into the new one.
        stale_wal = out_dir / f"{entry.name}.wal"
        if stale_wal.exists() and not (staging / stale_wal.name).exists():
            stale_wal.unlink()
        if entry.is_dir() and target.exists():
            old = Path(tempfile.mkdtemp(prefix=".kg-old-", dir=out_dir))
            os.replace(target, old / entry.name)
            os.replace(entry, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(entry, target)
