"""``kg bench``: build generated corpora of growing size and report time, throughput and memory.

Each size is built in a fresh process (so peak memory is that build's own), from a corpus made by
:mod:`kg.corpus` out of real digests. The result is JSON: per run the papers, wall time, papers/s,
peak RSS and the per-stage timings from the build's report.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .corpus import generate_corpus
from .errors import KGError
from .resources import PROJECT_DIR

log = logging.getLogger(__name__)

DEFAULT_SOURCES = (PROJECT_DIR / "examples",)


def source_digests(sources: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        files += sorted(p for p in source.glob("*.md")) if source.is_dir() else [source]
    if not files:
        raise KGError("no source digests for the benchmark corpus; pass --source FILE_OR_DIR")
    return files


def run_build(digests: Sequence[Path], out: Path, jobs: int = 1, sinks: Sequence[str] | None = None,
              update: Path | None = None) -> dict[str, Any]:
    """One ``kg build`` in a child process: wall time, peak RSS (MiB) and the build's report."""
    cmd = [sys.executable, "-m", "kg", "--quiet", "build", *map(str, digests), "--out", str(out), "--jobs", str(jobs)]
    if update is not None:
        cmd = [sys.executable, "-m", "kg", "--quiet", "build", "--update", str(update), *map(str, digests)]
    for sink in sinks or ():
        cmd += ["--sink", sink]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise KGError(f"benchmark build failed (exit {proc.returncode}): {stderr.strip()[-500:]}")
    report = json.loads(((update or out) / "report.json").read_text(encoding="utf-8"))
    return {"wall_s": round(wall, 3), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "report": report}


def bench(sizes: Sequence[int], jobs: int = 1, sources: Iterable[Path] = DEFAULT_SOURCES,
          sinks: Sequence[str] | None = None, update_papers: int = 0, workdir: Path | None = None) -> dict[str, Any]:
    """Benchmark builds of ``sizes`` papers; with ``update_papers`` also an ``--update`` of that many."""
    files = source_digests(sources)
    runs = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-", dir=workdir) as tmp:
        root = Path(tmp)
        for size in sizes:
            corpus = generate_corpus(files, size + update_papers, root / f"corpus-{size}")
            per_file = 100
            base, extra = corpus[: size // per_file], corpus[size // per_file:]
            run = run_build(base, root / f"out-{size}", jobs, sinks)
            report = run.pop("report")
            papers = report["read"]["papers_read"]
            stages = report["timings_s"]
            entry: dict[str, Any] = {
                "papers": papers, "jobs": jobs, **run,
                "papers_per_s": round(papers / run["wall_s"], 1),
                "ms_per_paper": round(1000 * run["wall_s"] / max(papers, 1), 3),
                # per core: papers over the CPU seconds every extracting process spent on them
                "extract_papers_per_cpu_s": round(papers / max(stages.get("extract_cpu", 0.0), 1e-9), 1),
                "stages_s": stages,
                "graph": report["graph"],
            }
            if update_papers and extra:
                upd = run_build(extra, root / f"out-{size}", jobs, sinks, update=root / f"out-{size}")
                upd_report = upd.pop("report")
                entry["update"] = {"papers_added": update_papers, **upd, "stages_s": upd_report["timings_s"],
                                   "fraction_of_full_build": round(upd["wall_s"] / run["wall_s"], 3)}
            entry["output_mib"] = round(sum(f.stat().st_size for f in (root / f"out-{size}").rglob("*")
                                            if f.is_file()) / 2**20, 1)
            shutil.rmtree(root / f"out-{size}", ignore_errors=True)  # the next size needs the disk space
            shutil.rmtree(root / f"corpus-{size}", ignore_errors=True)
            log.info("bench %d papers: %.2fs, %.1f MiB", papers, run["wall_s"], run["peak_rss_mib"])
            runs.append(entry)
    return {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "sources": [str(f) for f in files],
        "runs": runs,
    }
