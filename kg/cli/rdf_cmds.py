"""``kg validate`` (SHACL) and ``kg queries`` (the saved queries)."""

from __future__ import annotations

from pathlib import Path

import typer

from ..pipeline import DEFAULT_OUT
from . import app
from .common import OutputFormat, emit_rows


@app.command()
def validate(
    graph_dir: Path = typer.Argument(DEFAULT_OUT, help="A built graph folder (with graph.nt/ttl/jsonld) or an RDF file."),
) -> None:
    """Check a built graph against the SHACL shapes (ontology/shapes.ttl): exit 0 if it conforms, 3 if not."""
    from ..rdf.validate import validate_dir

    report = validate_dir(graph_dir)  # raises ValidationError (exit 3) with the readable report
    typer.echo(f"{graph_dir}: {report.summary()}", err=True)


@app.command()
def queries(
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """List the saved queries: name, languages, what each answers, parameters and columns."""
    from ..query.sparql import saved_queries

    rows = [
        {"name": q.name, "languages": q.languages, "description": q.description,
         "parameters": q.parameters, "columns": q.columns}
        for q in saved_queries().values()
    ]
    emit_rows(rows, fmt, ["name", "languages", "description", "parameters"] if fmt is OutputFormat.table else None)
