"""``kg query``: SPARQL (pyoxigraph or rdflib) or Cypher (kg.query.cypher) over a built graph."""

from __future__ import annotations

from pathlib import Path

import typer

from ..pipeline import DEFAULT_OUT
from ..errors import QueryError
from . import app
from .common import OutputFormat, emit_rows


@app.command()
def query(
    sparql: str = typer.Option(None, "--sparql", help="A SPARQL SELECT query, a .rq file, or a saved query name."),
    cypher: str = typer.Option(None, "--cypher", help="A Cypher query, a .cypher file, or a saved query name."),
    graph: Path = typer.Option(DEFAULT_OUT, "--graph", "-g", help="The built graph folder."),
    param: list[str] = typer.Option(None, "--param", "-p", help="NAME=VALUE query parameter (repeatable)."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json, jsonl or csv."),
    engine: str = typer.Option("auto", "--engine", help="SPARQL engine: auto (pyoxigraph), oxigraph or rdflib."),
    neo4j: str = typer.Option(None, "--neo4j", help="Run --cypher on this Neo4j URI instead of the local graph."),
    user: str = typer.Option(None, "--user", help="Neo4j user (with --neo4j)."),
    database: str = typer.Option(None, "--database", help="Neo4j database (with --neo4j)."),
) -> None:
    """Run a SPARQL or Cypher query (text, file, or saved query name, see `kg queries`) and print the rows."""
    from ..query.sparql import parse_params

    if (sparql is None) == (cypher is None):
        raise typer.BadParameter("give exactly one of --sparql or --cypher")
    params = parse_params(param or [])
    if sparql is not None:
        from ..query.sparql import run_sparql

        if engine not in ("auto", "oxigraph", "rdflib"):
            raise typer.BadParameter(f"--engine {engine!r}: use auto, oxigraph or rdflib")
        columns, rows = run_sparql(sparql, graph, params, engine)  # type: ignore[arg-type]
    else:
        try:
            from ..query.cypher import run_cypher
        except ImportError as exc:
            raise QueryError(f"Cypher queries are not available in this build ({exc})") from None
        columns, rows = run_cypher(cypher, graph, params, neo4j_uri=neo4j, user=user, database=database)
    emit_rows(rows, fmt, columns)
    typer.echo(f"{len(rows)} rows", err=True)
