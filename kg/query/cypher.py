"""Cypher over a built graph: the embedded LadybugDB database by default, a Neo4j server on request.

Rows come back as plain Python values (str, int, float, bool, None, lists and dicts of those) from
both engines, so the same query can be compared across them. Parameters are passed to the engine as
parameters, never pasted into the query text.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from ..errors import GraphNotFoundError, QueryError
from ..sinks.ladybug_db import BUFFER_POOL_BYTES, DATABASE_NAME
from .sparql import check_params, resolve_query

log = logging.getLogger(__name__)

Row = dict[str, Any]
PASSWORD_ENV = "KG_NEO4J_PASSWORD"
# String literals and comments, skipped when looking for the $parameters a query uses.
_NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")


def query_parameters(text: str) -> list[str]:
    """The ``$name`` parameters a Cypher query uses, in order of first use."""
    names = _PARAM.findall(_NOT_CODE.sub(" ", text))
    return list(dict.fromkeys(names))


def database_path(graph_dir: Path) -> Path:
    """The LadybugDB database of a built graph folder (or the database file itself)."""
    path = Path(graph_dir)
    if path.is_dir():
        path = path / DATABASE_NAME
    if not path.is_file():
        raise GraphNotFoundError(
            f"no LadybugDB database at {path}; build one with `kg build DIGEST... --out {Path(graph_dir)}` "
            f"(the 'ladybug' sink) or pass --graph with the folder that holds {DATABASE_NAME}")
    return path


def plain(value: Any) -> Any:
    """An engine value as plain Python: nodes and relationships become their property dicts."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    items = getattr(value, "items", None)  # neo4j Node / Relationship
    if callable(items):
        return {k: plain(v) for k, v in items()}
    iso = getattr(value, "iso_format", None)  # neo4j temporal types
    return iso() if callable(iso) else str(value)


def run_ladybug(text: str, path: Path, params: dict[str, Any]) -> tuple[list[str], list[Row]]:
    """Run one Cypher query on a LadybugDB database opened read-only."""
    import ladybug

    try:
        db = ladybug.Database(str(path), read_only=True, buffer_pool_size=BUFFER_POOL_BYTES)
    except RuntimeError as exc:
        raise GraphNotFoundError(f"cannot open the LadybugDB database {path}: {exc}; rebuild it with `kg build`") from None
    try:
        conn = ladybug.Connection(db)
        try:
            result = conn.execute(text, params) if params else conn.execute(text)
        except RuntimeError as exc:
            raise QueryError(f"Cypher query failed on LadybugDB ({path}): {exc}") from None
        if isinstance(result, list):  # several statements: the last one's rows
            result = result[-1]
        columns = result.get_column_names()
        rows = [dict(zip(columns, (plain(v) for v in values))) for values in result.get_all()]
        conn.close()
    finally:
        db.close()
    return columns, rows


def run_neo4j(text: str, params: dict[str, Any], uri: str, user: str | None,
              database: str | None) -> tuple[list[str], list[Row]]:
    """Run one Cypher query on a Neo4j server (password from ``KG_NEO4J_PASSWORD``)."""
    from neo4j import RoutingControl, exceptions

    from ..sinks.neo4j_bolt import connect

    driver = connect(uri, user, os.environ.get(PASSWORD_ENV))
    try:
        records, _, keys = driver.execute_query(text, params, database_=database, routing_=RoutingControl.READ)
    except exceptions.Neo4jError as exc:
        raise QueryError(f"Cypher query failed on Neo4j at {uri}: {exc.message or exc}") from None
    finally:
        driver.close()
    columns = list(keys)
    return columns, [{c: plain(record[c]) for c in columns} for record in records]


def run_cypher(query: str, graph_dir: Path, params: dict[str, Any] | None = None, neo4j_uri: str | None = None,
               user: str | None = None, database: str | None = None) -> tuple[list[str], list[Row]]:
    """Run a Cypher query (text, ``.cypher`` file or saved query name) on the LadybugDB database of
    ``graph_dir``, or on the Neo4j server at ``neo4j_uri``; return the column names and the rows."""
    params = dict(params or {})
    text, saved = resolve_query(query, "cypher")
    check_params(saved, params)
    missing = [name for name in query_parameters(text) if name not in params]
    if missing:
        raise QueryError(f"the query uses ${missing[0]}; pass --param {missing[0]}=VALUE")
    if neo4j_uri:
        return run_neo4j(text, params, neo4j_uri, user, database)
    return run_ladybug(text, database_path(graph_dir), params)
