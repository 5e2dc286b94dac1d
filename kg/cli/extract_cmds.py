"""``kg extract`` and ``kg eval``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import typer

from ..evaluate import EvalReport, evaluate, load_jsonl
from ..model import PaperExtraction
from ..readers import ReadReport, read_digests
from . import app
from .common import OutputFormat, emit_rows, progress

DIGESTS = typer.Argument(..., help="Digest files (Markdown).", exists=False)


def extract_digests(paths: list[Path], report: ReadReport, jobs: int = 1) -> Iterator[PaperExtraction]:
    """Extractions of every paper of the digests at ``paths``, in reading order."""
    from ..pipeline import extract_stream

    yield from extract_stream(progress(read_digests(paths, report), "extracting"), jobs)


@app.command("extract")
def extract_cmd(
    digests: list[Path] = DIGESTS,
    out: Path = typer.Option(None, "--out", "-o", help="Write the JSON lines here (default: stdout)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction processes."),
) -> None:
    """Extract entities, results, relations and code links: one JSON object per paper (JSON lines)."""
    from ..sinks.atomic import atomic_write

    report = ReadReport()
    counts: Counter[str] = Counter()

    def records() -> Iterator[str]:
        for extraction in extract_digests(digests, report, jobs):
            counts["papers"] += 1
            counts["entities"] += len(extraction.entities)
            counts["results"] += len(extraction.results)
            counts["relations"] += len(extraction.relations)
            counts["code"] += len(extraction.code)
            yield json.dumps(extraction.to_json(), ensure_ascii=False) + "\n"

    if out is None:
        for line in records():
            sys.stdout.write(line)
        report.require_papers("nothing extracted")
    else:
        with atomic_write(out) as handle:
            handle.writelines(records())
            report.require_papers(f"{out} is as it was")
    typer.echo(
        f"extracted {counts['papers']} papers from {report.files} files: {counts['entities']} entities, "
        f"{counts['results']} results, {counts['relations']} relations, {counts['code']} code links"
        + (f"; wrote {out}" if out else ""),
        err=True,
    )


def _predictions(inputs: list[Path], jobs: int) -> dict[str, dict]:
    """Prediction records from ``kg extract`` JSONL files and/or digests (extracted now)."""
    records: dict[str, dict] = {}
    digests = [p for p in inputs if p.suffix.lower() != ".jsonl"]
    for path in inputs:
        if path.suffix.lower() == ".jsonl":
            records.update(load_jsonl(path))
    if digests:
        from ..evaluate import bare_id

        for extraction in extract_digests(digests, ReadReport(), jobs):
            records[bare_id(extraction.paper.id)] = extraction.to_json()
    return records


def _ids_option(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    low, sep, high = value.partition("-")
    if not sep or not low or not high:
        raise typer.BadParameter(f"{value!r} is not FROM-TO, e.g. 2602.09082-2602.09609", param_hint="--ids")
    return low, high


@app.command("eval")
def eval_cmd(
    inputs: list[Path] = typer.Argument(..., help="Digest files to extract, or `kg extract` JSONL files."),
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold annotations (JSONL, ../shared/eval format)."),
    details: bool = typer.Option(False, "--details", "-d", help="Also list misses and false positives per paper."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table or json."),
    ids: str = typer.Option(None, "--ids", help="Only gold papers with ids in FROM-TO."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction processes."),
) -> None:
    """Precision, recall and F1 per type against gold annotations (the rules of ../shared/eval/score.py)."""
    id_range = _ids_option(ids)
    result = evaluate(load_jsonl(gold), _predictions(inputs, jobs), id_range)
    if fmt is OutputFormat.json:
        json.dump(result.to_json(details), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if fmt is not OutputFormat.table:
        raise typer.BadParameter("kg eval writes table or json", param_hint="--format")
    _print_table(result, details)


def _print_table(result: EvalReport, details: bool) -> None:
    rows = [{"type": kind, "P": f"{score.precision:.3f}", "R": f"{score.recall:.3f}", "F1": f"{score.f1:.3f}",
             "gold": score.gold, "pred": score.pred, "tp": score.tp} for kind, score in sorted(result.types.items())]
    emit_rows(rows, OutputFormat.table, ["type", "P", "R", "F1", "gold", "pred", "tp"])
    if details:
        detail_rows = [{"paper": d.paper, "type": d.type, "missed": d.misses, "false positives": d.false_positives}
                       for d in result.details]
        emit_rows(detail_rows, OutputFormat.table, ["paper", "type", "missed", "false positives"])
    typer.echo(f"papers {result.papers}  missing predictions {len(result.missing)}", err=True)
