"""The pipeline as a whole: determinism, parallel extraction, crash safety, the report."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.corpus import generate_corpus
import kg.sinks
from kg.pipeline import input_order
from kg.sinks.stream import StreamingSink
from kg.vocab import Cls

from .conftest import SEED, shared_digests


# The exports promised byte-identical for the same input (report.json holds timings; databases are binary).
DETERMINISTIC = (".jsonl", ".nt", ".ttl", ".jsonld", ".json", ".csv", ".graphml", ".cypher")


def output_bytes(out: Path) -> dict[str, bytes]:
    """The deterministic export files of a build folder, by relative path."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.suffix in DETERMINISTIC and p.name != "report.json"
            and not any(part.startswith(".") for part in p.relative_to(out).parts)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    sources = [SEED, *shared_digests()]
    return generate_corpus(sources, 300, tmp_path_factory.mktemp("corpus"), papers_per_digest=60)


def test_report_counts(seed_build) -> None:
    report = json.loads((seed_build.out_dir / "report.json").read_text(encoding="utf-8"))
    assert report["read"]["papers_read"] == seed_build.read_report.papers == 97
    assert report["extraction"]["papers"] == 97
    assert set(report["timings_s"]) >= {"graph", "read+extract", "extract_cpu"}
    assert all(Path(p).exists() for p in report["outputs"])


def test_input_order_never_changes_the_output(corpus: list[Path], tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    kg.build(corpus, out=a)
    kg.build(list(reversed(corpus)), out=b)
    assert output_bytes(a) == output_bytes(b)
    assert input_order(reversed(corpus)) == input_order(corpus)


def test_parallel_extraction_gives_the_same_output(corpus: list[Path], tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    kg.build(corpus, out=one, jobs=1)
    kg.build(corpus, out=two, jobs=2)
    assert output_bytes(one) == output_bytes(two)


_SLOW_BUILD = """
import sys, time
import kg.sinks as sinks
from kg.sinks.stream import StreamingSink

class SlowSink(StreamingSink):
    name = "slow"
    def open(self, out_dir, previous=None):
        (out_dir / "extraction.jsonl").write_text("partial")
    def add(self, part, extraction):
        print("STAGED", flush=True)
        time.sleep(60)

sys.modules["slow_sink"] = type(sys)("slow_sink")
sys.modules["slow_sink"].SlowSink = SlowSink
sinks.REGISTRY["slow"] = "slow_sink:SlowSink"
import kg
kg.build([sys.argv[1]], out=sys.argv[2], sinks=["slow"])
"""


def test_killed_build_leaves_previous_outputs_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg.build([SEED], out=out, sinks=["extraction"])
    before = output_bytes(out)
    assert before
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, str(SEED), str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "STAGED"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert output_bytes(out) == before
    assert list(out.glob(".kg-staging-*"))  # the killed build's leftovers, cleaned by the next build
    kg.build([SEED], out=out, sinks=["extraction"])
    assert not list(out.glob(".kg-staging-*"))
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["read"]["papers_read"] == 97


def test_a_build_killed_between_renames_gets_its_output_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outputs are moved aside before the new ones take their place; a build killed in between leaves the
    previous file aside, and the next build (or update) puts it back before anything else."""
    out = tmp_path / "out"
    kg.build([SEED], out=out, sinks=["extraction"])
    before = output_bytes(out)
    renames: list[tuple[Path, Path]] = []
    real_rename = os.rename

    def killed_after_moving_aside(source: os.PathLike[str], target: os.PathLike[str]) -> None:
        real_rename(source, target)
        renames.append((Path(source), Path(target)))
        if Path(target).parent.name.startswith(".kg-old-"):
            raise KeyboardInterrupt  # the kill, right after the previous output went aside

    monkeypatch.setattr(kg.pipeline.os, "rename", killed_after_moving_aside)
    monkeypatch.setattr(kg.pipeline.shutil, "rmtree", lambda *args, **kwargs: None)  # SIGKILL: no clean-up runs
    monkeypatch.setattr(kg.pipeline, "_restore_set_aside", lambda *args: None)
    with pytest.raises(KeyboardInterrupt):
        kg.build([SEED], out=out, sinks=["extraction"])
    monkeypatch.undo()
    moved = renames[-1][0]
    assert not moved.exists() and list(out.glob(".kg-old-*/" + moved.name))
    kg.pipeline.update(out, [SEED])  # nothing new to add: it only cleans up, restoring the output first
    assert output_bytes(out) == before and not list(out.glob(".kg-old-*"))


def test_an_interrupted_move_puts_the_previous_output_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (an exception, not SIGKILL) between the two renames: the moved-aside output is restored at once."""
    out = tmp_path / "out"
    kg.build([SEED], out=out, sinks=["extraction"])
    before = output_bytes(out)
    real_rename = os.rename

    def interrupted(source: os.PathLike[str], target: os.PathLike[str]) -> None:
        real_rename(source, target)
        if Path(target).parent.name.startswith(".kg-old-"):
            raise KeyboardInterrupt

    monkeypatch.setattr(kg.pipeline.os, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.build([SEED], out=out, sinks=["extraction"])
    monkeypatch.undo()
    assert output_bytes(out) == before and not list(out.glob(".kg-old-*"))


def test_cli_build_and_unreadable_input(tmp_path: Path) -> None:
    out = tmp_path / "cli"
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(SEED), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (out / "report.json").exists() and done.stdout == ""
    bad = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "nope.md"), "--out", str(out)],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and "nope.md" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_process_ends_with_its_output_flushed_and_its_exit_code(tmp_path: Path) -> None:
    """The console script ends its process without the interpreter's teardown: data written to a pipe must still
    arrive whole (stdout is block-buffered there, so it is flushed first), and each way out keeps its exit code."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}

    def kg_process(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env)

    done = kg_process("extract", str(SEED))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 97 and all(json.loads(line)["id"] for line in lines)
    assert done.stderr.startswith("extracted 97 papers")
    usage = kg_process("build", "--no-such-option")
    assert usage.returncode == 2 and "no-such-option" in usage.stderr
    version = kg_process("--version")
    assert version.returncode == 0 and version.stdout.startswith("kg ")
    closed = subprocess.run(f"{sys.executable} -m kg extract {SEED} | head -c 10", shell=True, capture_output=True,
                            text=True, env=env)
    assert closed.stdout == '{"id": "26' and "Traceback" not in closed.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_without_papers_leave_the_previous_build_alone(tmp_path: Path, jobs: int) -> None:
    """A wrong file (empty, not a digest) passed to `kg build` must not replace a good graph with an empty one."""
    out = tmp_path / "out"
    kg.build([SEED], out=out, sinks=["extraction", "rdf"])
    before = output_bytes(out)
    empty, notes = tmp_path / "empty.md", tmp_path / "notes.md"
    empty.write_text("", encoding="utf-8")
    notes.write_text("# My notes\n\nNo papers here.\n", encoding="utf-8")
    with pytest.raises(kg.KGError, match="no paper read from 2 input file.*nothing written to"):
        kg.build([empty, notes], out=out, sinks=["extraction", "rdf"], jobs=jobs)
    assert output_bytes(out) == before and not list(out.glob(".kg-staging-*"))
    done = subprocess.run([sys.executable, "-m", "kg", "extract", str(notes), "-o", str(out / "extraction.jsonl")],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "kg: error: no paper read" in done.stderr and "Traceback" not in done.stderr
    assert output_bytes(out) == before


def test_updates_equal_a_build_from_scratch(corpus: list[Path], tmp_path: Path) -> None:
    scratch, inc = tmp_path / "scratch", tmp_path / "inc"
    kg.build(corpus, out=scratch)
    kg.build(corpus[:2], out=inc)
    kg.pipeline.update(inc, corpus[2:4], jobs=2)  # sinks in processes here, in this one from scratch
    kg.pipeline.update(inc, [corpus[3], *corpus[4:]])  # a file already built is skipped
    assert output_bytes(inc).keys() == output_bytes(scratch).keys()
    for name, data in output_bytes(scratch).items():
        assert output_bytes(inc)[name] == data, name


def test_update_needs_a_build(tmp_path: Path) -> None:
    with pytest.raises(kg.KGError, match="no kg build to update"):
        kg.pipeline.update(tmp_path, [SEED])


def test_a_streamed_build_equals_the_in_memory_graph_written(corpus: list[Path], tmp_path: Path) -> None:
    streamed, written = tmp_path / "streamed", tmp_path / "written"
    result = kg.build(corpus[:2], out=streamed)
    whole = kg.build(corpus[:2])
    kg.pipeline.write_outputs(whole, written)
    assert output_bytes(streamed) == output_bytes(written)
    assert result.counts() == whole.graph.counts()


def test_a_streamed_build_keeps_only_shared_nodes(corpus: list[Path], tmp_path: Path) -> None:
    result = kg.build(corpus[:2], out=tmp_path, sinks=["extraction"])
    assert not result.graph.nodes_of(Cls.PAPER, Cls.RESULT) and not result.extractions
    assert result.counts()["nodes"][Cls.PAPER.value] == result.read_report.papers > 0
    assert all(Cls.PAPER.value.lower() + "/" not in e.source + e.target for e in result.graph.edges.values())


def test_an_older_digest_makes_the_update_a_rebuild(corpus: list[Path], tmp_path: Path) -> None:
    scratch, inc = tmp_path / "scratch", tmp_path / "inc"
    kg.build(corpus[:3], out=scratch, sinks=["extraction", "neo4j_csv"])
    kg.build(corpus[1:3], out=inc, sinks=["extraction", "neo4j_csv"])
    kg.pipeline.update(inc, [corpus[0]])
    assert output_bytes(inc) == output_bytes(scratch)


def test_update_continues_only_the_outputs_the_build_has(corpus: list[Path], tmp_path: Path) -> None:
    kg.build(corpus[:1], out=tmp_path, sinks=["extraction"])
    with pytest.raises(kg.KGError, match="can only continue the outputs"):
        kg.pipeline.update(tmp_path, corpus[1:2], sinks=["rdf"])


class BrokenSink(StreamingSink):
    name = "broken"

    def open(self, out_dir: Path, previous: object = None) -> None:
        self.count = 0

    def add(self, part: object, extraction: object) -> None:
        self.count += 1
        if self.count == 3:
            raise ValueError("disk on fire")


def test_a_failing_sink_process_is_reported_and_leaves_no_output(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(kg.sinks.REGISTRY, "broken", f"{__name__}:BrokenSink")
    with pytest.raises(kg.KGError, match="(?s)writing broken.*disk on fire"):
        kg.build([SEED], out=tmp_path, sinks=["extraction", "broken"], jobs=2)
    assert not (tmp_path / "extraction.jsonl").exists() and not list(tmp_path.glob(".kg-staging-*"))


def test_extraction_in_workers_keeps_input_order_over_many_windows() -> None:
    papers = list(kg.read_digests([SEED]))
    in_process, in_workers = kg.pipeline.ExtractionClock(), kg.pipeline.ExtractionClock()
    serial = [e.to_json() for e in kg.pipeline.extract_stream(papers, jobs=1, clock=in_process)]
    windows = [e.to_json() for e in kg.pipeline.extract_stream(papers, jobs=2, window=8, clock=in_workers)]  # 7 windows
    assert windows == serial and len(serial) == len(papers)
    # the CPU time of extraction is counted wherever it runs (kg bench's per-core rate)
    assert in_process.cpu > 0 and in_workers.cpu > 0


def test_an_update_report_counts_every_digest_read(corpus: list[Path], tmp_path: Path) -> None:
    scratch, inc = tmp_path / "scratch", tmp_path / "inc"
    kg.build(corpus[:3], out=scratch, sinks=["extraction"])
    kg.build(corpus[:2], out=inc, sinks=["extraction"])
    added = kg.pipeline.update(inc, corpus[2:3])
    report, expected = (json.loads((d / "report.json").read_text(encoding="utf-8")) for d in (inc, scratch))
    assert report["read"]["papers_read"] == expected["read"]["papers_read"] == report["extraction"]["papers"]
    assert report["read"]["files"] == expected["read"]["files"] == 3
    assert 0 < added.papers_added < report["read"]["papers_read"]
