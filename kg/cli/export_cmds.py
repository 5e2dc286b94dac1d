"""``kg export neo4j`` (load a built graph into a running Neo4j) and ``kg export csv`` (bulk files)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from ..pipeline import DEFAULT_OUT
from . import app
from .common import progress

export_app = typer.Typer(help="Export a built graph to other systems (Neo4j over Bolt, Neo4j bulk CSV).",
                         no_args_is_help=True)
app.add_typer(export_app, name="export")

PASSWORD_ENV = "KG_NEO4J_PASSWORD"
GRAPH = typer.Option(DEFAULT_OUT, "--graph", "-g", help="The built graph folder (from `kg build --out`).")


@export_app.command("neo4j")
def export_neo4j_cmd(
    uri: str = typer.Option(..., "--uri", help="bolt://HOST:7687 or neo4j://HOST:7687 (+s/+ssc for TLS)."),
    user: str = typer.Option("neo4j", "--user", "-u", help="Neo4j user."),
    database: str = typer.Option(None, "--database", "-d", help="Database name (default: the server's default)."),
    batch_size: int = typer.Option(None, "--batch-size", min=1, help="Rows per transaction (default: measured best)."),
    graph: Path = GRAPH,
    no_password: bool = typer.Option(False, "--no-password", help="Connect without authentication."),
) -> None:
    """Load a built graph into Neo4j: constraints, then batched UNWIND ... MERGE; safe to run twice.

    The password comes from the environment variable KG_NEO4J_PASSWORD, or a prompt; never from the
    command line.
    """
    from ..sinks.neo4j_bolt import DEFAULT_BATCH_SIZE, export_neo4j
    from ..view.load import load_graph

    kg_graph = load_graph(graph)
    password = None
    if not no_password:
        password = os.environ.get(PASSWORD_ENV) or typer.prompt(f"Neo4j password for {user}", hide_input=True,
                                                                 default="", show_default=False) or None
    summary = export_neo4j(kg_graph, uri, user=user, password=password, database=database,
                           batch_size=batch_size or DEFAULT_BATCH_SIZE,
                           progress=lambda batches: progress(batches, "loading into Neo4j", len(batches)))
    typer.echo(json.dumps(summary.to_json()))
    typer.echo(f"loaded {summary.nodes} nodes and {summary.relationships} relationships into {uri} "
               f"({summary.nodes_created} nodes and {summary.relationships_created} relationships new) "
               f"in {summary.seconds:.1f} s", err=True)


@export_app.command("csv")
def export_csv_cmd(
    graph: Path = GRAPH,
    out: Path = typer.Option(None, "--out", "-o", help="Output folder (default: GRAPH/neo4j)."),
) -> None:
    """Write neo4j-admin import CSVs and import.cypher (LOAD CSV) for a built graph."""
    from ..sinks.neo4j_csv import write_neo4j_csv
    from ..view.load import load_graph

    folder = out or graph / "neo4j"
    written = write_neo4j_csv(load_graph(graph), folder)
    for path in written:
        typer.echo(str(path))
    typer.echo(f"wrote {len(written)} files to {folder}; see {folder / 'README.md'}", err=True)
