"""``kg papers`` and ``kg build``."""

from __future__ import annotations

from pathlib import Path

import typer

from ..build import DEFAULT_OUT, build
from ..readers import ReadReport, read_digests
from . import app
from .common import OutputFormat, emit_rows, progress

DIGESTS = typer.Argument(..., help="Digest files (Markdown).", exists=False)


@app.command()
def papers(
    digests: list[Path] = DIGESTS,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """List the papers read from digests: id, title, categories, authors, sections."""
    report = ReadReport()
    rows = []
    for paper in progress(read_digests(digests, report), "reading"):
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
        f"{len(report.duplicates)} duplicates, {report.papers_with_placeholders} with placeholders, "
        f"{len(report.warnings)} warnings",
        err=True,
    )


@app.command("build")
def build_cmd(
    digests: list[Path] = DIGESTS,
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output folder."),
    sink: list[str] = typer.Option(None, "--sink", help="Only these sinks (repeatable); default: all."),
) -> None:
    """Build the knowledge graph of digests and write every output (and report.json) to --out."""
    result = build(digests, out=out, sinks=sink or None, progress=lambda ps: progress(ps, "building"))
    r = result.read_report
    counts = result.graph.counts()
    typer.echo(
        f"built {out}: {r.papers} papers ({len(r.skipped)} skipped, {len(r.duplicates)} duplicates, "
        f"{r.papers_with_placeholders} with placeholders), {sum(counts['nodes'].values())} nodes, "
        f"{sum(counts['relationships'].values())} relationships; see {out / 'report.json'}",
        err=True,
    )
