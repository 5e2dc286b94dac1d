"""The pipeline: read -> extract -> resolve -> build graph -> sinks. ``kg.build()`` runs it all."""

from __future__ import annotations

import gc
import itertools
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import GraphNotFoundError, KGError
from .extract import Extractor
from .graph import GraphBuilder
from .model import Evidence, KnowledgeGraph, Mention, Paper, PaperExtraction, RelationMention, ResultMention
from .readers import ReadReport, read_digests
from .readers.digest import _DATE
from .sinks import DEFAULT_SINKS, Sink, get_sink
from .sinks.parallel import SinkProcesses, balanced_groups, fork_available
from .sinks.stream import Previous
from .sinks.atomic import atomic_write

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("exports")
STATE_FILE = ".kg-state.pickle"  # internal: what --update starts from


@dataclass
class BuildStats:
    """Counts a build keeps as papers stream through (the report's figures)."""

    papers: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    results: int = 0
    relations: Counter[str] = field(default_factory=Counter)
    code_links: int = 0
    part_nodes: Counter[str] = field(default_factory=Counter)  # nodes and edges of paper parts, which
    part_edges: Counter[str] = field(default_factory=Counter)  # a streaming build no longer holds

    def add_extraction(self, extraction: PaperExtraction) -> None:
        self.papers += 1
        self.entities.update(m.type for m in extraction.entities)
        self.results += len(extraction.results)
        self.relations.update(r.type for r in extraction.relations)
        self.code_links += len(extraction.code)

    def add_part(self, part: KnowledgeGraph) -> None:
        counts = part.counts()
        self.part_nodes.update(counts["nodes"])
        self.part_edges.update(counts["relationships"])


@dataclass
class Build:
    """The result of a build: the report's figures and the graph.

    In memory (``kg.build(paths)``) ``graph`` is the whole graph and ``extractions`` every paper's;
    a build into a folder streams each paper's part to the sinks, so ``graph`` keeps only the shared
    nodes and edges and ``extractions`` stays empty.
    """

    inputs: list[str]
    read_report: ReadReport = field(default_factory=ReadReport)
    extractions: list[PaperExtraction] = field(default_factory=list)
    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    stats: BuildStats = field(default_factory=BuildStats)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)
    out_dir: Path | None = None
    builder: GraphBuilder | None = None
    previous: BuildState | None = None  # the state an ``--update`` started from
    sinks: dict[str, dict[str, Any]] = field(default_factory=dict)  # sink name -> state for the next update
    papers_added: int = 0  # papers read by this run (an update adds to those of earlier runs)

    @property
    def papers(self) -> list[Paper]:
        return [e.paper for e in self.extractions]

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add_time(stage, time.perf_counter() - start)

    def add_time(self, stage: str, seconds: float) -> None:
        self.timings[stage] = round(self.timings.get(stage, 0.0) + seconds, 4)

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label and edge counts per type of the whole graph."""
        counts = self.graph.counts()
        nodes = Counter(counts["nodes"]) + self.stats.part_nodes
        edges = Counter(counts["relationships"]) + self.stats.part_edges
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(edges.items()))}

    def report(self) -> dict[str, Any]:
        """The ``report.json`` content."""
        stats = self.stats
        return {
            "kg_version": __version__,
            "inputs": self.inputs,
            "read": self.read_report.to_json(),
            "extraction": {
                "papers": stats.papers,
                "entities_by_type": dict(sorted(stats.entities.items())),
                "results": stats.results,
                "relations_by_type": dict(sorted(stats.relations.items())),
                "code_links": stats.code_links,
            },
            "graph": self.counts(),
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
UNFREEZE_AFTER_RUN = True  # the console script (kg.cli.main) sets it False: its process ends after one command
MIN_PAPERS_FOR_WORKERS = 64  # below this, extraction in this process beats forking workers (seed: measured)


def _init_worker() -> None:
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:  # forked workers inherit the parent's, already built
        _WORKER_EXTRACTOR = Extractor()


def _fork_context():  # type: ignore[no-untyped-def]
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


# What a worker sends back of an extraction: all but the paper, which the parent holds (sending it back doubled
# the bytes pickled per paper).
ExtractedFields = tuple[list[Mention], list[ResultMention], list[RelationMention], list[str], list[Evidence]]


def _extract_in_worker(paper: Paper) -> tuple[ExtractedFields, float]:
    """A paper's extraction without its paper, and the CPU seconds it took (this thread's)."""
    assert _WORKER_EXTRACTOR is not None
    start = time.thread_time()
    e = _WORKER_EXTRACTOR.extract(paper)
    return (e.entities, e.results, e.relations, e.code, e.code_evidence), time.thread_time() - start


@dataclass
class ExtractionClock:
    """CPU seconds spent extracting, summed over every process that extracted (the per-core rate of the
    extraction stage is papers / ``cpu``)."""

    cpu: float = 0.0


def extract_stream(papers: Iterable[Paper], jobs: int = 1, window: int = 512,
                   extractor: Extractor | None = None,
                   clock: ExtractionClock | None = None) -> Iterator[PaperExtraction]:
    """Extractions of ``papers`` in input order, with ``jobs`` worker processes.

    Papers go to the workers a window at a time (two windows in flight), so memory stays bounded
    however long the stream. With ``clock`` the CPU time of the extraction is added to it.
    """
    global _WORKER_EXTRACTOR
    if extractor is not None:
        _WORKER_EXTRACTOR = extractor
    clock = clock if clock is not None else ExtractionClock()
    papers = iter(papers)
    first = list(itertools.islice(papers, MIN_PAPERS_FOR_WORKERS)) if jobs > 1 else []
    if jobs <= 1 or len(first) < MIN_PAPERS_FOR_WORKERS:  # workers would cost more than they save
        extractor = extractor or Extractor()
        for paper in itertools.chain(first, papers):
            start = time.thread_time()
            extraction = extractor.extract(paper)
            clock.cpu += time.thread_time() - start
            yield extraction
        return
    papers = itertools.chain(first, papers)
    import multiprocessing

    context = _fork_context()
    if context is not None:
        _init_worker()  # build the pipeline once, before forking: every worker inherits it
    else:
        context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        # Two windows in flight: the workers extract the next window while this process builds the graph
        # from the last one and feeds the sinks (one window at a time, they took turns and idled).
        pending = None
        while batch := list(itertools.islice(papers, window * jobs)):
            chunksize = max(1, len(batch) // (jobs * 8))
            submitted = pool.map_async(_extract_in_worker, batch, chunksize=chunksize)
            if pending is not None:
                yield from _timed(*pending, clock)
            pending = (batch, submitted)
        if pending is not None:
            yield from _timed(*pending, clock)


def _timed(papers: list[Paper], results: AsyncResult, clock: ExtractionClock) -> Iterator[PaperExtraction]:
    """The extractions of ``papers`` from the workers' ``results`` (an async map's), their CPU time added up."""
    for paper, ((entities, found, relations, code, code_evidence), seconds) in zip(papers, results.get()):
        clock.cpu += seconds
        yield PaperExtraction(paper, entities, found, relations, code, code_evidence)


def build(
    paths: Iterable[str | Path],
    out: str | Path | None = None,
    sinks: Iterable[str] | None = None,
    progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None = None,
    jobs: int = 1,
) -> Build:
    """Build the knowledge graph of the digests at ``paths``.

    With ``out`` every paper streams through the sinks (default: all) into that folder, plus
    ``report.json``, and only the shared nodes stay in memory; without it nothing is written and the
    returned :class:`Build` holds the whole graph. ``jobs`` > 1 extracts in that many processes; the
    output is the same as with one.
    """
    paths = input_order(paths)
    result = Build(inputs=paths)
    builder = GraphBuilder(graph=result.graph)
    if out is None:
        _run(result, builder, paths, progress, jobs, known_ids=None, sinks=None)
    else:
        names = list(sinks if sinks is not None else DEFAULT_SINKS)
        _stream_into(Path(out), result, builder, paths, names, progress, jobs, known_ids=None)
    return result


def update(
    out: str | Path,
    paths: Iterable[str | Path],
    sinks: Iterable[str] | None = None,
    progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None = None,
    jobs: int = 1,
) -> Build:
    """Add digests to the build in ``out``: only the new papers are read, extracted and written.

    Every output continues from the previous one (see :mod:`kg.sinks.stream`), so the result equals a
    build of all the digests from scratch. Files already built are skipped; a digest that sorts
    before one already built (an older day) makes it a full rebuild of all of them.
    """
    out_dir = Path(out)
    if out_dir.is_dir():
        _clean_up_killed_build(out_dir)
    state = load_state(out_dir)
    paths = list(paths)
    new_paths = [p for p in input_order(paths) if p not in state.inputs]
    if len(new_paths) < len(paths):
        log.info("skipping %d digest(s) already in %s", len(paths) - len(new_paths), out_dir)
    names = list(sinks) if sinks is not None else list(state.sinks)
    missing = [n for n in names if n not in state.sinks]
    if missing:
        raise KGError(f"--update can only continue the outputs {out_dir} has ({', '.join(state.sinks)}), not "
                      f"{', '.join(missing)}; build them with `kg build ... --out {out_dir} --sink ...`")
    every = input_order(state.inputs + new_paths)
    if new_paths and every[:len(state.inputs)] != input_order(state.inputs):
        gone = [p for p in state.inputs if not Path(p).exists()]
        if gone:
            raise KGError(f"{new_paths[0]} sorts before digests already in {out_dir}, so everything must be "
                          f"rebuilt, but {gone[0]} is gone; build from scratch with `kg build`")
        log.warning("%s sorts before digests already built: rebuilding %s from all %d digests",
                    new_paths[0], out_dir, len(every))
        return build(every, out_dir, names, progress, jobs)
    result = Build(inputs=every, read_report=state.read_report, graph=state.builder.graph, stats=state.stats,
                   previous=state)
    known = state.builder.paper_ids()
    _stream_into(out_dir, result, state.builder, new_paths, names, progress, jobs, known_ids=known)
    return result


def _run(result: Build, builder: GraphBuilder, paths: list[str],
         progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None, jobs: int, known_ids: set[str] | None,
         sinks: list[Sink] | None, extractor: Extractor | None = None) -> None:
    """Read, extract and build; with ``sinks`` each paper's part goes to them instead of staying in memory."""
    result.builder = builder
    if extractor is None:
        with result.timed("setup"):  # the spaCy pipeline and lexicons, once per build
            extractor = Extractor()
    # The pipeline's long-lived objects (vocabulary, lexicons, shared graph) need no garbage collection:
    # moved out of its reach, collections while streaming only scan the few objects a paper makes. They
    # are handed back at the end, so a process that builds many times does not keep old garbage (the
    # CLI, which exits after one build, skips that: the collection it brings costs 0.15 s).
    gc.collect()
    gc.freeze()
    try:
        _stream_papers(result, builder, paths, progress, jobs, known_ids, sinks, extractor)
    finally:
        if UNFREEZE_AFTER_RUN:
            gc.unfreeze()
    log.info("read %d papers from %d files", result.read_report.papers, result.read_report.files)


def _stream_papers(result: Build, builder: GraphBuilder, paths: list[str],
                   progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None, jobs: int,
                   known_ids: set[str] | None, sinks: list[Sink] | None, extractor: Extractor) -> None:
    """Each paper read, extracted, added to the graph and (with ``sinks``) handed on as its part."""
    papers: Iterable[Paper] = read_digests(paths, result.read_report, known_ids=known_ids)
    if progress is not None:
        papers = progress(papers)
    start = time.perf_counter()
    spent = 0.0
    clock = time.perf_counter
    extracting = ExtractionClock()
    for extraction in extract_stream(papers, jobs, extractor=extractor, clock=extracting):
        t0 = clock()
        part = builder.add(extraction, detach=sinks is not None)
        result.stats.add_extraction(extraction)
        result.papers_added += 1
        t1 = clock()
        result.add_time("graph", t1 - t0)
        if part is None:
            result.extractions.append(extraction)
            spent += t1 - t0
            continue
        result.stats.add_part(part)
        for sink in sinks or ():
            t1 = clock()
            sink.add(part, extraction)
            result.add_time(f"sink:{sink.name}", clock() - t1)
        spent += clock() - t0
    with result.timed("graph"):
        result.graph.canonicalize()
    # Reading and extraction interleave (and overlap with jobs > 1): one figure for both.
    result.timings["read+extract"] = round(time.perf_counter() - start - spent, 4)
    result.add_time("extract_cpu", extracting.cpu)


def _stream_into(out_dir: Path, result: Build, builder: GraphBuilder, paths: list[str], names: list[str],
                 progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None, jobs: int,
                 known_ids: set[str] | None) -> None:
    """Run the pipeline with the sinks writing into a staging folder, moved into ``out_dir`` when complete,
    so an interrupted build leaves the previous outputs intact."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result.out_dir = out_dir
    _clean_up_killed_build(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    try:
        sinks = [get_sink(name) for name in names]
        state = result.previous
        previous = {s.name: Previous(out_dir, state.sinks[s.name]) if state else None for s in sinks}
        written: list[Path] = []
        if jobs > 1 and len(sinks) > 1 and fork_available():
            written = _stream_to_processes(result, builder, paths, progress, jobs, known_ids, sinks, staging, previous)
        else:
            for sink in sinks:
                with result.timed(f"sink:{sink.name}"):
                    sink.open(staging, previous[sink.name])
            _run(result, builder, paths, progress, jobs, known_ids, sinks)
            with result.timed("sinks:shared"):
                for sink in sinks:
                    with result.timed(f"sink:{sink.name}"):
                        files = sink.close(result.graph, result)
                    result.sinks[sink.name] = sink.state
                    written += files
                    log.info("sink %s wrote %s", sink.name, ", ".join(p.name for p in files))
        result.read_report.require_papers(f"nothing written to {out_dir}, its outputs are as they were")
        with result.timed("state"):
            written.append(save_state(result, staging))
        result.outputs = [str(out_dir / p.relative_to(staging)) for p in written] + [str(out_dir / "report.json")]
        with atomic_write(staging / "report.json") as handle:
            json.dump(result.report(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        _move_into_place(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _stream_to_processes(result: Build, builder: GraphBuilder, paths: list[str],
                         progress: Callable[[Iterable[Paper]], Iterable[Paper]] | None, jobs: int,
                         known_ids: set[str] | None, sinks: list[Sink], staging: Path,
                         previous: dict[str, Previous | None]) -> list[Path]:
    """Run the sinks in ``jobs`` forked processes (groups of about equal cost); those that read the
    extraction records (not sent to the processes) run here. (Running one group here instead was slower:
    this process then holds up the stream.)"""
    light = [s for s in sinks if getattr(s, "uses_extraction", True)]
    children = SinkProcesses(balanced_groups([s for s in sinks if s not in light], jobs))
    outcomes: dict[str, tuple[list[Path], dict[str, Any], float]] = {}
    extractor = None
    if any(p is not None for p in previous.values()):
        # An update's sink processes start by copying gigabytes in the kernel: the pipeline is built first,
        # not while they take the CPU (it took 2-3.4 s instead of 0.8 at 100k papers, all of it on the path
        # to LadybugDB's close, which ends the update).
        with result.timed("setup"):
            extractor = Extractor()
    try:
        children.open(staging, previous)
        for sink in light:
            with result.timed(f"sink:{sink.name}"):
                sink.open(staging, previous[sink.name])
        _run(result, builder, paths, progress, jobs, known_ids, [*light, children], extractor)  # type: ignore[list-item]
        with result.timed("sinks:shared"):
            # the shared graph is pickled once with it (same object); the builder and the previous state stay here
            children.start_closing(result.graph, replace(result, builder=None, previous=None, extractions=[]))
            for sink in light:
                start = time.perf_counter()
                files = sink.close(result.graph, result)
                outcomes[sink.name] = (files, sink.state, time.perf_counter() - start + result.timings[f"sink:{sink.name}"])
            outcomes.update(children.results())
    finally:
        children.terminate()
    written: list[Path] = []
    for sink in sinks:
        files, state, seconds = outcomes[sink.name]
        result.timings[f"sink:{sink.name}"] = round(seconds, 4)
        result.sinks[sink.name] = state
        written += files
        log.info("sink %s wrote %s", sink.name, ", ".join(p.name for p in files))
    return written


@dataclass
class BuildState:
    """What ``--update`` needs from a previous build: its inputs, the graph builder (shared graph +
    resolver), the report's counts and read report, and each sink's state."""

    version: str
    inputs: list[str]
    builder: GraphBuilder
    stats: BuildStats
    sinks: dict[str, dict[str, Any]]
    read_report: ReadReport


def save_state(result: Build, folder: Path) -> Path:
    path = folder / STATE_FILE
    assert result.builder is not None
    with atomic_write(path, "wb") as handle:
        state = BuildState(__version__, result.inputs, result.builder, result.stats, result.sinks, result.read_report)
        pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def load_state(out_dir: Path) -> BuildState:
    path = out_dir / STATE_FILE
    if not path.exists():
        raise GraphNotFoundError(f"{out_dir} holds no kg build to update ({STATE_FILE} missing); run `kg build ... --out {out_dir}` first")
    with path.open("rb") as handle:
        try:
            state = pickle.load(handle)
        except (pickle.UnpicklingError, AttributeError, EOFError, TypeError) as exc:
            raise GraphNotFoundError(f"{path} cannot be read ({exc}); rebuild with `kg build ... --out {out_dir}`") from exc
    if not isinstance(state, BuildState) or state.version != __version__ or not hasattr(state, "read_report"):
        raise GraphNotFoundError(f"{path} was written by another kg version; rebuild with `kg build ... --out {out_dir}`")
    return state


def write_outputs(result: Build, out_dir: Path, sinks: Iterable[str] | None = None) -> list[Path]:
    """Write an in-memory build's outputs into ``out_dir`` (no state for ``--update``; crash-safe)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    try:
        written: list[Path] = []
        for name in sinks if sinks is not None else DEFAULT_SINKS:
            written += get_sink(name).write(result, staging)
        _move_into_place(staging, out_dir)
        return [out_dir / p.relative_to(staging) for p in written]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _clean_up_killed_build(out_dir: Path) -> None:
    """Remove what a killed build left in ``out_dir``; an output it had moved aside and not yet replaced
    (killed between the two renames of :func:`_move_into_place`) goes back to its place."""
    for trash in out_dir.glob(".kg-old-*"):
        _restore_set_aside(trash, out_dir)
    for stale in [*out_dir.glob(".kg-staging-*"), *out_dir.glob(".kg-old-*")]:
        shutil.rmtree(stale, ignore_errors=True)


def _move_into_place(staging: Path, out_dir: Path) -> None:
    """Move each top-level entry of ``staging`` over its namesake in ``out_dir``.

    The previous entry is first renamed into a trash folder, then the new one into its place, and the trash
    is deleted last: renaming a file *over* another makes ext4 write the new file out before it returns
    (``auto_da_alloc``), which for the gigabytes of a large build costs seconds for nothing.
    """
    trash = Path(tempfile.mkdtemp(prefix=".kg-old-", dir=out_dir))
    try:
        for entry in sorted(staging.iterdir()):
            target = out_dir / entry.name
            # A database's write-ahead log left by an earlier crash must not be replayed into the new one.
            stale_wal = out_dir / f"{entry.name}.wal"
            if stale_wal.exists() and not (staging / stale_wal.name).exists():
                stale_wal.unlink()
            if target.exists():
                os.rename(target, trash / entry.name)
            os.rename(entry, target)
    except BaseException:
        _restore_set_aside(trash, out_dir)
        raise
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def _restore_set_aside(trash: Path, out_dir: Path) -> None:
    """Put back each output in ``trash`` whose place in ``out_dir`` is empty."""
    for entry in trash.iterdir():
        if not (out_dir / entry.name).exists():
            log.warning("restoring %s, set aside by an interrupted build", out_dir / entry.name)
            os.rename(entry, out_dir / entry.name)
