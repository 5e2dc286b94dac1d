"""Load the property graph into a running Neo4j through the official driver (Bolt).

Uniqueness constraints first, then one parameterised ``UNWIND $rows AS row MERGE ...`` statement per
node label and per (relationship type, start label, end label), sent in batches. Every value travels as
a parameter: labels, types and property keys come from :mod:`kg.vocab` and the property-graph view,
never from the data, so no Cypher is built from strings read in a digest. ``MERGE`` on the node id and
on (start, type, end) plus ``SET x = row.props`` make a second load leave the database unchanged.
Each batch is one managed write transaction (``execute_write``), which the driver retries on transient
errors (deadlocks, leader changes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import ExportError, Neo4jConnectionError
from .neo4j_rows import Neo4jRows, neo4j_rows

if TYPE_CHECKING:
    import neo4j

    from ..model import KnowledgeGraph

log = logging.getLogger(__name__)

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_BATCH_SIZE = 10000  # the fastest of 500/2000/10000 in tests/benchmarks/test_neo4j_bench.py (docs/neo4j.md)


@dataclass(frozen=True, slots=True)
class Batch:
    """One write transaction: a statement and the rows it unwinds."""

    kind: str  # "nodes" | "relationships"
    statement: str
    rows: list[dict[str, Any]]


@dataclass(slots=True)
class LoadSummary:
    """What a load sent and what the server changed."""

    nodes: int = 0  # node rows sent
    relationships: int = 0  # relationship rows sent
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0
    constraints_added: int = 0
    seconds: float = 0.0
    batches: int = 0

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("nodes", "relationships", "nodes_created", "relationships_created",
                                               "properties_set", "labels_added", "constraints_added", "seconds",
                                               "batches")}


def quote_name(name: str) -> str:
    """A label, relationship type or property key as a Cypher identifier (backticks always)."""
    return "`" + name.replace("`", "``") + "`"


def constraint_statement(label: str) -> str:
    """The uniqueness constraint on ``id`` for one label (named, idempotent)."""
    return (f"CREATE CONSTRAINT {quote_name(label.lower() + '_id')} IF NOT EXISTS "
            f"FOR (n:{quote_name(label)}) REQUIRE n.id IS UNIQUE")


def node_statement(labels: tuple[str, ...]) -> str:
    """MERGE a batch of nodes on their first label's id and replace their properties."""
    merge, *extra = labels
    text = f"UNWIND $rows AS row\nMERGE (n:{quote_name(merge)} {{id: row.id}})\nSET n = row.props"
    if extra:
        text += "\nSET n:" + ":".join(quote_name(label) for label in extra)
    return text


def relationship_statement(rel_type: str, start_label: str, end_label: str) -> str:
    """MERGE a batch of relationships between existing nodes and replace their properties."""
    return (f"UNWIND $rows AS row\n"
            f"MATCH (a:{quote_name(start_label)} {{id: row.source}})\n"
            f"MATCH (b:{quote_name(end_label)} {{id: row.target}})\n"
            f"MERGE (a)-[r:{quote_name(rel_type)}]->(b)\n"
            f"SET r = row.props")


def statements_for(view: Neo4jRows) -> list[str]:
    """Every statement a load of ``view`` runs (constraints, nodes, relationships), for linting."""
    out = [constraint_statement(label) for label in view.key_labels()]
    out += [node_statement(group.labels) for group in view.node_groups()]
    out += [relationship_statement(g.type, g.start_label, g.end_label) for g in view.relationship_groups()]
    return out


def every_statement() -> list[str]:
    """Every statement a load can run, for any graph: constraints, every label set, and every
    (relationship type, start, end) pair the ontology allows. The linter test checks them all."""
    from ..model import KnowledgeGraph
    from ..vocab import Cls
    from .property_graph import NODE_TABLES, property_graph

    out = [constraint_statement(label) for label in NODE_TABLES]
    out += [node_statement((label,)) for label in NODE_TABLES]
    out.append(node_statement((Cls.DATASET.value, Cls.BENCHMARK.value)))
    for table in property_graph(KnowledgeGraph()).relationships.values():
        out += [relationship_statement(table.type, start, end) for start, end in table.pairs]
    return out


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def plan_batches(view: Neo4jRows, batch_size: int) -> list[Batch]:
    """Node batches first (relationships MATCH their ends), then relationship batches."""
    if batch_size < 1:
        raise ExportError(f"batch size must be at least 1, got {batch_size}")
    batches: list[Batch] = []
    for group in view.node_groups():
        statement = node_statement(group.labels)
        rows = [{"id": row["id"], "props": row} for row in group.rows]
        batches += [Batch("nodes", statement, chunk) for chunk in _chunks(rows, batch_size)]
    for rgroup in view.relationship_groups():
        statement = relationship_statement(rgroup.type, rgroup.start_label, rgroup.end_label)
        batches += [Batch("relationships", statement, chunk) for chunk in _chunks(list(rgroup.rows), batch_size)]
    return batches


def check_uri(uri: str) -> None:
    """Refuse anything that is not a Bolt or Neo4j routing URI, with the fix in the message."""
    parts = urlsplit(uri)
    if parts.scheme not in BOLT_SCHEMES or not parts.hostname:
        raise Neo4jConnectionError(
            f"{uri!r} is not a Neo4j Bolt URI; use bolt://HOST:7687 or neo4j://HOST:7687 "
            f"(schemes: {', '.join(BOLT_SCHEMES)})")


def connect(uri: str, user: str | None = None, password: str | None = None) -> neo4j.Driver:
    """A driver whose connection and credentials have been checked (one-line errors otherwise)."""
    import neo4j
    from neo4j import exceptions

    check_uri(uri)
    auth = (user or "neo4j", password) if password else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    except (exceptions.ConfigurationError, ValueError) as exc:
        raise Neo4jConnectionError(f"cannot use Neo4j URI {uri!r}: {exc}") from None
    try:
        driver.verify_connectivity()
    except exceptions.AuthError:
        driver.close()
        raise Neo4jConnectionError(
            f"Neo4j at {uri} refused the credentials of user {user or 'neo4j'!r}; "
            f"check --user and KG_NEO4J_PASSWORD") from None
    except exceptions.ServiceUnavailable as exc:
        driver.close()
        reason = str(exc).splitlines()[-1].strip() if str(exc).strip() else type(exc).__name__
        raise Neo4jConnectionError(f"cannot reach Neo4j at {uri} ({reason}); is the server running "
                                   f"and is Bolt enabled on that port?") from None
    except exceptions.Neo4jError as exc:
        driver.close()
        raise Neo4jConnectionError(f"Neo4j at {uri} refused the connection: {exc.message}") from None
    return driver


def load(
    graph: KnowledgeGraph,
    driver: neo4j.Driver,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[Iterable[Batch]], Iterable[Batch]] | None = None,
) -> LoadSummary:
    """MERGE ``graph`` into the database behind ``driver``; loading the same graph twice changes nothing."""
    import time

    from neo4j import exceptions

    view = neo4j_rows(graph)
    summary = LoadSummary()
    start = time.perf_counter()
    batches = plan_batches(view, batch_size)
    try:
        with driver.session(database=database) as session:
            for label in view.key_labels():
                counters = session.run(constraint_statement(label)).consume().counters
                summary.constraints_added += counters.constraints_added
            for batch in progress(batches) if progress is not None else batches:
                counters = session.execute_write(_write_batch, batch)
                summary.batches += 1
                summary.nodes_created += counters.nodes_created
                summary.relationships_created += counters.relationships_created
                summary.properties_set += counters.properties_set
                summary.labels_added += counters.labels_added
                if batch.kind == "nodes":
                    summary.nodes += len(batch.rows)
                else:
                    summary.relationships += len(batch.rows)
    except exceptions.ServiceUnavailable as exc:
        raise Neo4jConnectionError(f"lost the connection to Neo4j while loading: {exc}") from None
    except exceptions.Neo4jError as exc:
        where = f"database {database!r}" if database else "the default database"
        raise ExportError(f"Neo4j rejected the load into {where}: {exc.code}: {exc.message}") from None
    summary.seconds = round(time.perf_counter() - start, 3)
    log.info("loaded %d nodes and %d relationships into Neo4j in %.2f s (%d batches)",
             summary.nodes, summary.relationships, summary.seconds, summary.batches)
    return summary


def _write_batch(tx: neo4j.ManagedTransaction, batch: Batch) -> Any:
    return tx.run(batch.statement, rows=batch.rows).consume().counters


def export_neo4j(
    graph: KnowledgeGraph,
    uri: str,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[Iterable[Batch]], Iterable[Batch]] | None = None,
) -> LoadSummary:
    """Connect to ``uri`` and load ``graph`` (see :func:`load`)."""
    with connect(uri, user, password) as driver:
        return load(graph, driver, database=database, batch_size=batch_size, progress=progress)
