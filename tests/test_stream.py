"""The streaming-sink file helpers: resuming a file from the previous build's bytes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import GraphNotFoundError
from kg.sinks import stream
from kg.sinks.stream import StreamFile, copy_range


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=5000), cut=st.integers(min_value=0, max_value=5000),
       writes=st.lists(st.binary(max_size=300), max_size=5), kernel=st.booleans())
def test_a_resumed_file_holds_the_first_bytes_then_what_was_written(
        tmp_path_factory, monkeypatch_module, data: bytes, cut: int, writes: list[bytes], kernel: bool) -> None:
    """The prefix is copied in a thread while new bytes go after it; with and without copy_file_range."""
    folder = tmp_path_factory.mktemp("copy")
    source = folder / "source"
    source.write_bytes(data)
    cut = min(cut, len(data))
    with monkeypatch_module.context() as patch:
        if not kernel:
            patch.setattr(os, "copy_file_range", _no_copy_file_range)
        target = StreamFile(folder / "target", head=b"ignored", resume=(source, cut))
        for chunk in writes:
            target.write(chunk)
        assert target.mark() == cut + sum(map(len, writes))
        target.close()
    assert (folder / "target").read_bytes() == data[:cut] + b"".join(writes)


def _no_copy_file_range(*args: object) -> int:
    raise OSError(18, "Invalid cross-device link")


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_a_failed_background_copy_is_raised_at_close(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "old").write_bytes(b"x" * 100)

    def fail(*args: object) -> None:
        raise GraphNotFoundError("the copy failed")

    monkeypatch.setattr(stream, "copy_bytes", fail)
    target = StreamFile(tmp_path / "new", resume=(tmp_path / "old", 100))
    target.write(b"more")
    with pytest.raises(GraphNotFoundError, match="the copy failed"):
        target.close()
    assert target.handle.closed


def test_a_resumed_stream_file_continues_the_previous_one(tmp_path: Path) -> None:
    first = StreamFile(tmp_path / "a.txt", head=b"HEAD\n")
    first.write_text("paper 1\n")
    length = first.mark()
    first.write_text("shared v1\n")
    first.close()
    second = StreamFile(tmp_path / "b.txt", head=b"ignored", resume=(tmp_path / "a.txt", length))
    second.write_text("paper 2\nshared v2\n")
    second.close()
    assert (tmp_path / "b.txt").read_text() == "HEAD\npaper 1\npaper 2\nshared v2\n"


def test_resuming_from_a_truncated_file_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "old").write_bytes(b"short")
    with pytest.raises(GraphNotFoundError, match="shorter than the 100 bytes"):
        StreamFile(tmp_path / "new", resume=(tmp_path / "old", 100))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3000), a=st.integers(0, 3000), b=st.integers(0, 3000))
def test_copy_range_appends_exactly_that_range(tmp_path_factory, data: bytes, a: int, b: int) -> None:
    folder = tmp_path_factory.mktemp("range")
    source, target = folder / "source", folder / "target"
    source.write_bytes(data)
    start, end = sorted((min(a, len(data)), min(b, len(data))))
    with target.open("wb") as handle:
        handle.write(b"head|")
        copy_range(source, start, end, handle)
        handle.write(b"|tail")
    assert target.read_bytes() == b"head|" + data[start:end] + b"|tail"


def test_the_copy_thread_lowers_its_own_cpu_priority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update's bulk copy yields the CPU to the work the update waits for (only its own thread is reniced)."""
    calls: list[tuple[int, int, int]] = []
    monkeypatch.setattr(os, "setpriority", lambda which, who, prio: calls.append((which, who, prio)))
    (tmp_path / "old").write_bytes(b"x" * 1000)
    target = StreamFile(tmp_path / "new", resume=(tmp_path / "old", 1000))
    assert target.prefix is not None
    target.close()
    assert calls == [(os.PRIO_PROCESS, target.prefix.thread.native_id, stream.COPY_NICENESS)]
    assert target.prefix.thread.native_id != threading.get_native_id()


def test_a_copy_at_full_priority_leaves_its_thread_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int, int]] = []
    monkeypatch.setattr(os, "setpriority", lambda which, who, prio: calls.append((which, who, prio)))
    (tmp_path / "old").write_bytes(b"y" * 1000)
    target = StreamFile(tmp_path / "new", resume=(tmp_path / "old", 1000), copy_niceness=0)
    target.write(b"z")
    target.close()
    assert calls == []
    assert (tmp_path / "new").read_bytes() == b"y" * 1000 + b"z"


def test_the_ladybug_database_is_copied_at_full_priority_on_update(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The update ends with the work on the database: its copy does not yield to the other outputs' copies."""
    from kg.sinks import ladybug_db

    niceness: list[int] = []
    real = ladybug_db.StreamFile

    def recording(path: Path, head: bytes = b"", resume: tuple[Path, int] | None = None,
                  copy_niceness: int = stream.COPY_NICENESS) -> StreamFile:
        niceness.append(copy_niceness)
        return real(path, head, resume, copy_niceness)

    monkeypatch.setattr(ladybug_db, "StreamFile", recording)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / ladybug_db.DATABASE_NAME).write_bytes(b"db")
    sink = ladybug_db.LadybugSink()
    sink.open(tmp_path / "new", stream.Previous(tmp_path / "old", {"pairs": {}}))
    sink.database_copy.close()
    assert niceness == [0]
