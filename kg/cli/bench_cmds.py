"""``kg bench``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..bench import DEFAULT_SOURCES, bench
from . import app


@app.command("bench")
def bench_cmd(
    papers: str = typer.Option("1000,10000", "--papers", help="Comma-separated corpus sizes."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction processes per build."),
    source: list[Path] = typer.Option(None, "--source", help="Digest files or folders to scale (default: examples/)."),
    sink: list[str] = typer.Option(None, "--sink", help="Only these sinks (repeatable); default: all."),
    update: int = typer.Option(0, "--update", help="Also time `kg build --update` adding this many papers."),
    out: Path = typer.Option(None, "--out", "-o", help="Write the JSON here instead of stdout."),
) -> None:
    """Benchmark builds of generated corpora: wall time, papers/s, peak memory, per-stage timings (JSON)."""
    sizes = [int(s) for s in papers.split(",") if s.strip()]
    result = bench(sizes, jobs=jobs, sources=source or DEFAULT_SOURCES, sinks=sink or None, update_papers=update)
    text = json.dumps(result, indent=2) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text)
