"""Streaming sinks: outputs written one paper at a time, shared nodes last, resumable by ``--update``.

A build hands every sink the graph in pieces (see :func:`kg.graph.split_graph`): first each paper's
*part* (its Paper and Result nodes and the edges touching them), in the canonical input order, then
the *shared* part (authors, methods, datasets ... and OUTPERFORMS edges) once at the end. So an output
file is laid out as ``head | paper parts ... | shared | tail``: memory holds the entities, never the
corpus, and ``--update`` starts a file from the previous one's ``head | paper parts`` bytes (a plain
copy), appends the new papers' parts and writes the shared part anew. An update then gives the same
bytes as a build of all digests from scratch, because paper parts never change once written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import GraphNotFoundError
from ..graph import split_graph

if TYPE_CHECKING:
    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build

COPY_BUFFER = 8 * 1024 * 1024
COPY_NICENESS = 10  # CPU priority of the threads copying an update's previous files (see BackgroundCopy)


@dataclass(slots=True)
class Previous:
    """The earlier build an update continues: its folder and the state the sink left there."""

    folder: Path
    state: dict[str, Any] = field(default_factory=dict)


class StreamFile:
    """A binary output file written as ``head``, then paper parts, then the rest.

    With ``resume`` (the previous file and the byte length of its head and parts) the file starts as a
    copy of those bytes instead of ``head``, made at ``copy_niceness`` (see :class:`BackgroundCopy`).
    :meth:`mark` returns the length to resume from next time.
    """

    def __init__(self, path: Path, head: bytes = b"", resume: tuple[Path, int] | None = None,
                 copy_niceness: int = COPY_NICENESS) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle: IO[bytes] = path.open("wb")
        self.prefix: BackgroundCopy | None = None
        if resume is not None:
            # The new parts are written after the copied bytes while a thread copies them in: an update's
            # largest cost (gigabytes at 100k papers) then overlaps with the rest of the build.
            self.handle.seek(resume[1])
            self.prefix = BackgroundCopy(resume[0], resume[1], self.handle.fileno(), copy_niceness)
        else:
            self.handle.write(head)

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def write_text(self, text: str) -> None:
        self.handle.write(text.encode("utf-8"))

    def mark(self) -> int:
        """The number of bytes written so far."""
        return self.handle.tell()

    def close(self) -> Path:
        try:
            self.handle.flush()
            if self.prefix is not None:
                self.prefix.wait()
        finally:
            self.handle.close()
        return self.path


def check_source(source: Path, end: int) -> None:
    """Raise unless ``source`` exists and holds at least ``end`` bytes."""
    if not source.is_file():
        raise GraphNotFoundError(f"{source} is missing, so the build cannot be continued; rebuild without --update")
    if source.stat().st_size < end:
        raise GraphNotFoundError(f"{source} is shorter than the {end} bytes the last build wrote (changed since?); "
                                 "rebuild without --update")


def copy_bytes(source_fd: int, target_fd: int, start: int, end: int, to: int) -> None:
    """Copy bytes ``start:end`` of ``source_fd`` to offset ``to`` of ``target_fd`` (in the kernel where it
    can); neither file's offset moves."""
    position = start
    if hasattr(os, "copy_file_range"):
        with contextlib.suppress(OSError):  # e.g. across file systems on old kernels: copied below
            while position < end:
                done = os.copy_file_range(source_fd, target_fd, min(end - position, 1 << 30), position,
                                          to + position - start)
                if done == 0:
                    break
                position += done
    while position < end:
        chunk = os.pread(source_fd, min(COPY_BUFFER, end - position), position)
        if not chunk:
            raise GraphNotFoundError("a file of the last build ended while copying it (changed since?); "
                                     "rebuild without --update")
        os.pwrite(target_fd, chunk, to + position - start)
        position += len(chunk)


class BackgroundCopy:
    """Copies the first ``length`` bytes of ``source`` to the start of the open file ``target_fd`` in a
    thread (the kernel copy releases the GIL) at CPU priority ``niceness``; :meth:`wait` joins it and raises
    what it raised."""

    def __init__(self, source: Path, length: int, target_fd: int, niceness: int = COPY_NICENESS) -> None:
        check_source(source, length)
        self.error: BaseException | None = None
        self.niceness = niceness
        self.thread = threading.Thread(target=self._run, args=(source, length, target_fd),
                                       name=f"copy {source.name}", daemon=True)
        self.thread.start()

    def _run(self, source: Path, length: int, target_fd: int) -> None:
        # The copy (kernel CPU, seconds per gigabyte) yields to the work an update waits for (extraction,
        # LadybugDB's checkpoint): at 100k papers the update took 20-21 s instead of 24-25. On Linux the
        # niceness of a thread id is that thread's own; elsewhere this is skipped.
        if self.niceness:
            with contextlib.suppress(AttributeError, OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.niceness)
        try:
            with source.open("rb") as handle:
                copy_bytes(handle.fileno(), target_fd, 0, length, 0)
        except BaseException as exc:  # handed to wait(), in the thread that owns the file
            self.error = exc

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


def copy_range(source: Path, start: int, end: int, target: IO[bytes]) -> None:
    """Append bytes ``start:end`` of ``source`` to ``target``."""
    check_source(source, end)
    target.flush()
    offset = target.tell()
    with source.open("rb") as handle:
        copy_bytes(handle.fileno(), target.fileno(), start, end, offset)
    target.seek(offset + end - start)


def copy_file(source: Path, target: IO[bytes]) -> None:
    with source.open("rb") as handle:
        shutil.copyfileobj(handle, target, COPY_BUFFER)


class StreamingSink:
    """Base of every sink: :meth:`open`, :meth:`add` per paper, :meth:`close` with the shared part.

    After :meth:`close`, :attr:`state` holds what an update needs to continue the outputs (byte
    lengths, counters); the pipeline saves it with the build and hands it back as ``previous``.
    """

    name = "sink"
    uses_extraction = False  # True when add() reads the extraction (else it may get None in a sink process)

    def __init__(self) -> None:
        self.state: dict[str, Any] = {}

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        """Start writing into ``out_dir`` (a staging folder), continuing ``previous`` when given."""
        raise NotImplementedError

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        """Write one paper's part."""
        raise NotImplementedError

    def close(self, shared: KnowledgeGraph, build: Build) -> list[Path]:
        """Write the shared part, finish every file and return the files written."""
        raise NotImplementedError

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        """Write a whole in-memory build (``kg.build`` without ``out``) into ``out_dir``, as a
        streaming build of the same digests would."""
        order = [e.paper.id for e in build.extractions]
        shared, parts = split_graph(build.graph, order)
        self.open(out_dir, None)
        for part, extraction in zip(parts, build.extractions):
            self.add(part, extraction)
        return self.close(shared, build)
