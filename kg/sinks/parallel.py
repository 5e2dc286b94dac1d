"""Sinks in forked processes: the build streams paper parts to them in pickled batches.

:class:`SinkProcesses` looks like one sink to the pipeline but runs groups of sinks in child processes.
With ``--jobs`` > 1 the heavy writers (RDF, GraphML, LadybugDB ...) use the other cores while the main
process reads and builds the graph. Each sink sees exactly the calls it would see in the main process,
so the outputs are the same. A full pipe blocks the sender, which keeps memory bounded.
"""

from __future__ import annotations

import gc
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
# Relative cost of each sink per paper (CPU ms at 10k papers, docs/performance.md; LadybugDB with its load at
# the end), to balance the groups.
# Sinks in one TOGETHER tuple share a process (GraphML and the Neo4j CSVs share per-paper records).
WEIGHT = {"rdf": 0.5, "ladybug": 0.5, "graphml": 0.35, "neo4j_csv": 0.15, "html": 0.1, "extraction": 0.2}
TOGETHER = (("graphml", "neo4j_csv"),)


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def balanced_groups(sinks: Sequence[Sink], count: int) -> list[list[Sink]]:
    """Split sinks into ``count`` groups of about equal weight (heaviest unit first, greedy)."""
    units: list[list[Sink]] = []
    for sink in sinks:
        partner = next((u for u in units for t in TOGETHER if sink.name in t and u[0].name in t), None)
        if partner is not None:
            partner.append(sink)
        else:
            units.append([sink])

    def weight(unit: list[Sink]) -> float:
        return sum(WEIGHT.get(s.name, 1.0) for s in unit)

    groups: list[list[Sink]] = [[] for _ in range(max(1, min(count, len(units))))]
    loads = [0.0] * len(groups)
    for unit in sorted(units, key=lambda u: (-weight(u), u[0].name)):
        index = loads.index(min(loads))
        groups[index] += unit
        loads[index] += weight(unit)
    return [g for g in groups if g]


class SinkProcesses:
    """Groups of sinks, each run in a forked child process, driven with the sink protocol as one sink.

    Each batch of paper parts is pickled once and sent to every child; the extraction records go along
    only when a sink of the group reads them (:attr:`StreamingSink.uses_extraction`; the pipeline keeps
    such sinks in the main process).
    """

    name = "send"

    def __init__(self, groups: list[list[Sink]]) -> None:
        self.groups = groups
        self.needs_extraction = [any(getattr(s, "uses_extraction", True) for s in g) for g in groups]
        self.batch: list[tuple[KnowledgeGraph, PaperExtraction]] = []
        self.conns: list[Connection] = []
        self.processes: list[Any] = []

    def open(self, out_dir: Path, previous: dict[str, Previous | None]) -> None:
        context = multiprocessing.get_context("fork")
        for group in self.groups:
            conn, child = context.Pipe()
            name = "+".join(s.name for s in group)
            process = context.Process(target=_serve, args=(child, group, out_dir, previous),
                                      name=f"kg-sinks-{name}", daemon=True)
            process.start()
            child.close()
            self.conns.append(conn)
            self.processes.append(process)

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        self.batch.append((part, extraction))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        full = parts_only = None
        for index, conn in enumerate(self.conns):
            if self.needs_extraction[index]:
                full = full or pickle.dumps(("add", self.batch), protocol=pickle.HIGHEST_PROTOCOL)
                self._send(index, full)
            else:
                parts_only = parts_only or pickle.dumps(("add", [(p, None) for p, _ in self.batch]),
                                                        protocol=pickle.HIGHEST_PROTOCOL)
                self._send(index, parts_only)
        self.batch = []

    def _send(self, index: int, data: bytes) -> None:
        try:
            self.conns[index].send_bytes(data)
        except (BrokenPipeError, ConnectionResetError):
            self._result(index)  # raises the child's error

    def close(self, shared: KnowledgeGraph, build: Build) -> dict[str, tuple[list[Path], dict[str, Any], float]]:
        """Finish every sink: files written, state and seconds spent, by sink name."""
        self.start_closing(shared, build)
        return self.results()

    def start_closing(self, shared: KnowledgeGraph, build: Build) -> None:
        """Send the last parts and the shared part; the children finish while the caller goes on."""
        self.flush()
        message = pickle.dumps(("close", (shared, build)), protocol=pickle.HIGHEST_PROTOCOL)
        for index in range(len(self.conns)):
            self._send(index, message)

    def results(self) -> dict[str, tuple[list[Path], dict[str, Any], float]]:
        """Wait for every child: files written, state and seconds spent, by sink name."""
        results: dict[str, tuple[list[Path], dict[str, Any], float]] = {}
        for index in range(len(self.conns)):
            results.update(self._result(index))
        return results

    def _result(self, index: int) -> dict[str, tuple[list[Path], dict[str, Any], float]]:
        process, names = self.processes[index], "+".join(s.name for s in self.groups[index])
        try:
            status, payload = self.conns[index].recv()
        except EOFError:
            process.join()
            raise ExportError(f"the process writing {names} died (exit code {process.exitcode}); "
                              "see the log above") from None
        process.join()
        if status == "error":
            raise ExportError(f"writing {names} failed:\n{payload}")
        return payload

    def terminate(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
                process.join()


def _serve(conn: Connection, sinks: list[Sink], out_dir: Path, previous: dict[str, Previous | None]) -> None:
    seconds = dict.fromkeys((s.name for s in sinks), 0.0)
    clock = time.perf_counter
    # Everything this process inherited from the parent stays alive here: out of the collector's reach, the
    # collections triggered by the parts it unpickles scan only the sinks' own objects (and never write to the
    # inherited pages, which stay shared with the parent).
    gc.freeze()
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
