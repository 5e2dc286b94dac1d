"""Sinks in forked processes: the build streams paper parts to them in pickled batches.

:class:`SinkProcess` looks like one sink to the pipeline but runs a group of sinks in a child process, so
with ``--jobs`` > 1 the heavy writers (RDF, GraphML, LadybugDB ...) use the other cores while the main
process reads and builds the graph. Each sink sees exactly the calls it would see in the main process,
so the outputs are the same. A full pipe blocks the sender, which keeps memory bounded.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import time
import traceback
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError

if TYPE_CHECKING:
    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build
    from . import Sink
    from .stream import Previous

log = logging.getLogger(__name__)

BATCH = 32  # papers per message: fewer, larger messages cost less than one per paper
# Relative cost of each sink, to balance the groups (measured per paper at 10k papers).
WEIGHT = {"rdf": 5.0, "ladybug": 2.0, "graphml": 2.0, "neo4j_csv": 1.0, "extraction": 0.5, "html": 0.1}


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def balanced_groups(names: Sequence[str], count: int) -> list[list[str]]:
    """Split sink names into ``count`` groups of about equal weight (heaviest first, greedy)."""
    groups: list[list[str]] = [[] for _ in range(max(1, min(count, len(names))))]
    loads = [0.0] * len(groups)
    for name in sorted(names, key=lambda n: (-WEIGHT.get(n, 1.0), n)):
        index = loads.index(min(loads))
        groups[index].append(name)
        loads[index] += WEIGHT.get(name, 1.0)
    return [g for g in groups if g]


class SinkProcess:
    """A group of sinks run in a forked child process, driven with the sink protocol."""

    def __init__(self, sinks: list[Sink]) -> None:
        self.sinks = sinks
        self.name = "+".join(s.name for s in sinks)
        self.batch: list[tuple[KnowledgeGraph, PaperExtraction]] = []
        self.results: dict[str, tuple[list[Path], dict[str, Any], float]] = {}

    def open(self, out_dir: Path, previous: dict[str, Previous | None]) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self.sinks, out_dir, previous),
                                       name=f"kg-sinks-{self.name}", daemon=True)
        self.process.start()
        child.close()

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        self.batch.append((part, extraction))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self._send(("add", self.batch))
            self.batch = []

    def _send(self, message: tuple[str, Any]) -> None:
        try:
            self.conn.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        except (BrokenPipeError, ConnectionResetError):
            self._raise_child_error()

    def close(self, shared: KnowledgeGraph, build: Build) -> dict[str, tuple[list[Path], dict[str, Any], float]]:
        """Finish every sink of the group: files written, state and seconds spent, by sink name."""
        self.flush()
        self._send(("close", (shared, build)))
        self._raise_child_error()
        return self.results

    def _raise_child_error(self) -> None:
        try:
            status, payload = self.conn.recv()
        except EOFError:
            self.process.join()
            raise ExportError(f"the process writing {self.name} died (exit code {self.process.exitcode}); "
                              "see the log above") from None
        self.process.join()
        if status == "error":
            raise ExportError(f"writing {self.name} failed:\n{payload}")
        self.results = payload

    def terminate(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


def _serve(conn: Connection, sinks: list[Sink], out_dir: Path, previous: dict[str, Previous | None]) -> None:
    seconds = dict.fromkeys((s.name for s in sinks), 0.0)
    clock = time.perf_counter
    try:
        for sink in sinks:
            start = clock()
            sink.open(out_dir, previous.get(sink.name))
            seconds[sink.name] += clock() - start
        while True:
            kind, payload = pickle.loads(conn.recv_bytes())
            if kind == "add":
                for part, extraction in payload:
                    for sink in sinks:
                        start = clock()
                        sink.add(part, extraction)
                        seconds[sink.name] += clock() - start
                continue
            shared, build = payload
            results = {}
            for sink in sinks:
                start = clock()
                files = sink.close(shared, build)
                results[sink.name] = (files, sink.state, seconds[sink.name] + clock() - start)
            conn.send(("ok", results))
            return
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()
