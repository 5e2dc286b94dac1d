"""``kg papers`` and ``kg build``."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ..corpus import iter_digest_files
from ..pipeline import DEFAULT_OUT, build, update
from ..readers import ReadReport, read_digests
from . import app
from .common import OutputFormat, emit_rows, progress

DIGESTS = typer.Argument(..., help="Digest files (Markdown), folders of them, or globs.", exists=False)


def expand_globs(paths: list[Path]) -> list[Path]:
    """Expand glob patterns the shell left alone (quoted, or on Windows); keep plain paths."""
    out: list[Path] = []
    for path in paths:
        text = str(path)
        if any(ch in text for ch in "*?[") and not path.exists():
            matches = sorted(Path().glob(text)) if not path.is_absolute() else sorted(Path(path.anchor).glob(text[len(path.anchor):]))
            out += matches or [path]
        else:
            out.append(path)
    return out


@app.command()
def papers(
    digests: list[Path] = DIGESTS,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """List the papers read from digests: id, title, categories, authors, sections."""
    report = ReadReport()
    rows = []
    for paper in progress(read_digests(iter_digest_files(expand_globs(digests)), report), "reading"):
        rows.append({
            "id": paper.id,
            "title": paper.title,
            "categories": paper.categories,
            "authors": paper.authors,
            "sections": [s for s in paper.sections if s != "title" and not paper.sections[s].placeholder],
            "placeholders": paper.placeholders,
            "source": f"{paper.provenance.file}:{paper.provenance.line_start}",
        })
    if fmt is OutputFormat.table:
        emit_rows(rows, fmt, ["id", "title", "categories", "sections", "placeholders"])
    else:
        emit_rows(rows, fmt)
    typer.echo(
        f"{report.papers} papers from {report.files} files; {len(report.skipped)} skipped, "
        f"{report.duplicate_count} duplicates, {report.papers_with_placeholders} with placeholders, "
        f"{len(report.warnings)} warnings",
        err=True,
    )


@app.command("build")
def build_cmd(
    digests: list[Path] = DIGESTS,
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output folder."),
    sink: list[str] = typer.Option(None, "--sink", help="Only these sinks (repeatable); default: all."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Processes for extraction and for the writers; 0: one "
                             "per CPU. The output is the same for any number."),
    update_dir: Path = typer.Option(None, "--update", help="Add DIGESTS to the existing build in this folder."),
) -> None:
    """Build the knowledge graph of digests and write every output (and report.json) to --out.

    DIGESTS may be files, folders of .md/.txt digests, or globs; the input order never changes the output.
    """
    files = list(iter_digest_files(expand_globs(digests)))
    jobs = jobs or os.cpu_count() or 1
    show = lambda ps: progress(ps, "building")  # noqa: E731
    if update_dir is not None:
        out = update_dir
        result = update(update_dir, files, sinks=sink or None, progress=show, jobs=jobs)
    else:
        result = build(files, out=out, sinks=sink or None, progress=show, jobs=jobs)
    r = result.read_report
    counts = result.counts()
    added = f"added {result.papers_added} papers to {out} ({r.papers} in all; " if update_dir is not None else \
        f"built {out}: {r.papers} papers ("
    typer.echo(
        f"{added}{len(r.skipped)} skipped, {r.duplicate_count} duplicates, "
        f"{r.papers_with_placeholders} with placeholders), {sum(counts['nodes'].values())} nodes, "
        f"{sum(counts['relationships'].values())} relationships; see {out / 'report.json'}",
        err=True,
    )
