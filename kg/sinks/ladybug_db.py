"""``graph.lbdb``: the graph as an embedded LadybugDB (Kùzu) database, queried with Cypher and no server.

LadybugDB needs a schema and has one label per node: one node table per key label (a Benchmark is a
row of ``Dataset`` with ``is_benchmark = true``) with ``id`` as primary key, and one relationship
table per type with every (start table, end table) pair the ontology declares or the graph uses.
Rows are bulk-loaded with ``COPY <table> FROM (UNWIND $rows AS row RETURN ...)``: one parameterised
statement per table, never a string-built value. The database is written next to its final name and
renamed into place, so a reader never sees half a database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from .property_graph import SOURCE, TARGET, PropertyGraph, property_graph

if TYPE_CHECKING:
    from ..pipeline import Build

log = logging.getLogger(__name__)

DATABASE_NAME = "graph.lbdb"
BUFFER_POOL_BYTES = 512 * 1024 * 1024  # the default is 80% of RAM; a digest graph needs far less
# Neo4j functions LadybugDB spells differently, defined as macros in every database written so that
# saved queries use the Neo4j spelling on both engines (`type(r)` is `label(r)` in LadybugDB).
COMPAT_MACROS: dict[str, str] = {"type": "label(x)"}


def quote(identifier: str) -> str:
    """A Cypher identifier in backticks (labels and property names come from kg, but may be keywords)."""
    return "`" + identifier.replace("`", "``") + "`"


def schema_statements(view: PropertyGraph) -> list[str]:
    """CREATE NODE TABLE / CREATE REL TABLE / CREATE MACRO statements for ``view``."""
    statements = []
    for table in view.nodes.values():
        columns = [f"{quote(name)} {kind.value}" for name, kind in table.props.items()]
        statements.append(f"CREATE NODE TABLE {quote(table.label)}({', '.join(columns)}, PRIMARY KEY (`id`))")
    for rel in view.relationships.values():
        if not rel.pairs:
            continue
        ends = [f"FROM {quote(a)} TO {quote(b)}" for a, b in rel.pairs]
        columns = [f"{quote(name)} {kind.value}" for name, kind in rel.props.items()]
        statements.append(f"CREATE REL TABLE {quote(rel.type)}({', '.join(ends + columns)})")
    statements += [f"CREATE MACRO {name}(x) AS {body}" for name, body in COMPAT_MACROS.items()]
    return statements


def _copy_statement(table: str, columns: list[str], pair: tuple[str, str] | None = None) -> str:
    projection = ", ".join(f"row.{quote(c)}" for c in columns)
    statement = f"COPY {quote(table)} FROM (UNWIND $rows AS row RETURN {projection})"
    if pair is not None:
        statement += f" (from={_string(pair[0])}, to={_string(pair[1])})"
    return statement


def _string(label: str) -> str:
    # COPY options take literals, not parameters; labels are ontology names, checked to be identifiers.
    if not label.isidentifier():
        raise ExportError(f"table name {label!r} is not an identifier; fix the ontology class name")
    return f"'{label}'"


def load(conn: Any, view: PropertyGraph) -> None:
    """Create the schema and bulk-load every node and relationship table of ``view`` into ``conn``."""
    for statement in schema_statements(view):
        conn.execute(statement)
    for table in view.nodes.values():
        if table.rows:
            columns = list(table.props)
            rows = [{c: row.get(c) for c in columns} for row in table.rows]
            conn.execute(_copy_statement(table.label, columns), {"rows": rows})
    for rel in view.relationships.values():
        columns = [SOURCE, TARGET, *rel.props]
        by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row, pair in zip(rel.rows, rel.row_pairs):
            by_pair.setdefault(pair, []).append({c: row.get(c) for c in columns})
        for pair, rows in sorted(by_pair.items()):
            # one COPY per (table pair): LadybugDB loads a relationship table pair in one go
            conn.execute(_copy_statement(rel.type, columns, pair if len(rel.pairs) > 1 else None), {"rows": rows})


def write_database(view: PropertyGraph, path: Path) -> Path:
    """Write ``view`` as a new LadybugDB database at ``path`` (replacing an old one atomically)."""
    import ladybug

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    tmp = tmp_dir / path.name
    try:
        # one checkpoint at the end instead of one per COPY
        db = ladybug.Database(str(tmp), buffer_pool_size=BUFFER_POOL_BYTES, auto_checkpoint=False)
        try:
            conn = ladybug.Connection(db)
            try:
                load(conn, view)
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
        finally:
            db.close()
        leftovers = [p.name for p in tmp_dir.iterdir() if p.name != tmp.name]
        if leftovers:
            log.debug("ladybug left %s next to the database; ignored", leftovers)
        # a write-ahead log of an older database at this name would be replayed into the new one
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + ".wal").unlink()
        os.replace(tmp, path)
    except RuntimeError as exc:
        raise ExportError(f"writing the LadybugDB database {path} failed: {exc}") from exc
    finally:
        for leftover in tmp_dir.iterdir() if tmp_dir.exists() else ():
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            tmp_dir.rmdir()
    return path


class LadybugSink:
    """Writes ``graph.lbdb`` (query it with ``kg query --cypher``)."""

    name = "ladybug"

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        path = out_dir / DATABASE_NAME
        view = property_graph(build.graph)
        write_database(view, path)
        log.info("LadybugDB %s: %s", path, view.counts())
        return [path]
