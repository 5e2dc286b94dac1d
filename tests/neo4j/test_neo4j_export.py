"""Bolt export and bulk files against a real Neo4j 5.26 server (see conftest.py for the servers)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import neo4j
import pytest
from typer.testing import CliRunner

from kg.errors import ExportError, Neo4jConnectionError
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.sinks.neo4j_bolt import connect, export_neo4j, plan_batches
from kg.sinks.neo4j_csv import IMPORT_SCRIPT, import_statements, write_neo4j_csv
from kg.sinks.neo4j_rows import neo4j_rows
from kg.vocab import Cls, Rel

from .conftest import Neo4jServers, wipe

pytestmark = pytest.mark.neo4j

AWKWARD_NAMES = [
    'He said "hi"', "it's", "back\\slash\\", "brace } and {", "// not a comment", "/* nor this */",
    "`backtick`", "semi;colon|pipe", "line\nbreak", "tab\there", "$param", "ünï €", "a,b", "MATCH (n) DETACH DELETE n",
]


def db_counts(uri: str) -> dict[str, dict[str, int]]:
    """Node counts per label and relationship counts per type, as the server sees them."""
    with neo4j.GraphDatabase.driver(uri, auth=None) as driver:
        labels = driver.execute_query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c").records
        types = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c").records
    return {"nodes": dict(sorted((r["label"], r["c"]) for r in labels)),
            "relationships": dict(sorted((r["t"], r["c"]) for r in types))}


def db_snapshot(uri: str) -> tuple[list[Any], list[Any]]:
    """Every node (id, labels, properties) and relationship (ends, type, properties), sorted."""
    with neo4j.GraphDatabase.driver(uri, auth=None) as driver:
        nodes = driver.execute_query(
            "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id").records
        rels = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
            "ORDER BY a, t, b").records
    return ([(r["id"], sorted(r["labels"]), r["props"]) for r in nodes],
            [(r["a"], r["t"], r["b"], r["props"]) for r in rels])


def awkward_graph() -> KnowledgeGraph:
    """Nodes and an edge whose names and evidence hold quotes, backslashes, braces, // and more."""
    graph = KnowledgeGraph()
    paper = Node("paper/awkward", Cls.PAPER, AWKWARD_NAMES[0], [AWKWARD_NAMES[1]], {"title": AWKWARD_NAMES[0]})
    graph.add_node(paper)
    for index, name in enumerate(AWKWARD_NAMES):
        method = graph.add_node(Node(f"method/awkward-{index}", Cls.METHOD, name, [name + " v2"]))
        evidence = Evidence("awkward", "abstract", f"We propose {name}.", 11, 11 + len(name), "test")
        graph.add_edge(Edge(paper.id, Rel.PROPOSES, method.id, [evidence]))
    return graph


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> KnowledgeGraph:
    return seed_build.graph


@pytest.fixture(scope="module")
def exported(neo4j_servers: Neo4jServers, seed_graph: KnowledgeGraph):
    """The seed graph loaded once into the (wiped) primary server; the first load's summary."""
    wipe(neo4j_servers.primary)
    return export_neo4j(seed_graph, neo4j_servers.primary, batch_size=50)


def test_bolt_export_counts_equal_the_graph(exported, neo4j_servers: Neo4jServers, seed_graph: KnowledgeGraph) -> None:
    counts = seed_graph.counts()
    assert sum(counts["nodes"].values()) > 0 and counts["relationships"]
    assert db_counts(neo4j_servers.primary) == counts
    assert exported.nodes == len(seed_graph.nodes)
    assert exported.relationships == len(seed_graph.edges)
    assert exported.nodes_created == len(seed_graph.nodes)
    assert exported.relationships_created == len(seed_graph.edges)
    # small batches: the load really was split into many transactions
    assert exported.batches == len(plan_batches(neo4j_rows(seed_graph), 50)) > len(counts["nodes"])


def test_bolt_export_creates_the_uniqueness_constraints(exported, neo4j_servers: Neo4jServers) -> None:
    with neo4j.GraphDatabase.driver(neo4j_servers.primary, auth=None) as driver:
        records = driver.execute_query(
            "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN *").records
    constrained = {r["labelsOrTypes"][0] for r in records if r["type"] == "UNIQUENESS" and r["properties"] == ["id"]}
    assert constrained >= {label for label in neo4j_rows(KnowledgeGraph()).key_labels()}


def test_second_export_changes_nothing(exported, neo4j_servers: Neo4jServers, seed_graph: KnowledgeGraph) -> None:
    before = db_snapshot(neo4j_servers.primary)
    again = export_neo4j(seed_graph, neo4j_servers.primary, batch_size=500)
    assert again.nodes_created == 0 and again.relationships_created == 0 and again.constraints_added == 0
    assert db_snapshot(neo4j_servers.primary) == before
    assert db_counts(neo4j_servers.primary) == seed_graph.counts()


def test_node_properties_survive_the_export(exported, neo4j_servers: Neo4jServers, seed_graph: KnowledgeGraph) -> None:
    nodes, _ = db_snapshot(neo4j_servers.primary)
    by_id = {node_id: props for node_id, _, props in nodes}
    for node in seed_graph.nodes.values():
        assert by_id[node.id]["name"] == node.name
        if node.aliases:
            assert by_id[node.id]["aliases"] == node.aliases


def test_awkward_names_round_trip_over_bolt(neo4j_servers: Neo4jServers) -> None:
    graph = awkward_graph()
    uri = neo4j_servers.fresh  # the primary keeps the seed graph for the other tests
    wipe(uri)
    try:
        export_neo4j(graph, uri)
        with neo4j.GraphDatabase.driver(uri, auth=None) as driver:
            rows = driver.execute_query("MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases").records
            sentences = driver.execute_query("MATCH ()-[r:PROPOSES]->(m) RETURN m.id AS id, properties(r) AS p").records
        assert {r["id"]: r["name"] for r in rows} == {n.id: n.name for n in graph.nodes.values()}
        assert {r["id"]: r["aliases"] for r in rows} == {n.id: n.aliases or None for n in graph.nodes.values()}
        for record in sentences:
            edge = graph.edges[("paper/awkward", "PROPOSES", record["id"])]
            assert record["p"]["evidence_sentences"] == [e.sentence for e in edge.evidence]
    finally:
        wipe(uri)


def test_import_cypher_into_a_fresh_database_equals_the_bolt_export(
        exported, neo4j_servers: Neo4jServers, seed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    written = write_neo4j_csv(seed_graph, tmp_path / "neo4j")
    for path in written:
        if path.suffix == ".csv":
            shutil.copy(path, neo4j_servers.import_dir / path.name)
    statements = import_statements((tmp_path / "neo4j" / IMPORT_SCRIPT).read_text(encoding="utf-8"))
    assert statements[0].startswith("CREATE CONSTRAINT")
    wipe(neo4j_servers.fresh)
    with neo4j.GraphDatabase.driver(neo4j_servers.fresh, auth=None) as driver, driver.session() as session:
        for statement in statements:  # CALL { } IN TRANSACTIONS needs auto-commit transactions
            session.run(statement).consume()
    assert db_counts(neo4j_servers.fresh) == db_counts(neo4j_servers.primary) == seed_graph.counts()
    # not only the counts: every node and relationship with the same properties and types
    assert db_snapshot(neo4j_servers.fresh) == db_snapshot(neo4j_servers.primary)


def test_awkward_names_round_trip_through_csv_and_load_csv(neo4j_servers: Neo4jServers, tmp_path: Path) -> None:
    graph = awkward_graph()
    for path in write_neo4j_csv(graph, tmp_path):
        if path.suffix == ".csv":
            shutil.copy(path, neo4j_servers.import_dir / path.name)
    uri = neo4j_servers.fresh
    wipe(uri)
    try:
        with neo4j.GraphDatabase.driver(uri, auth=None) as driver, driver.session() as session:
            for statement in import_statements((tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8")):
                session.run(statement).consume()
            rows = session.run("MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases").data()
        assert {r["id"]: r["name"] for r in rows} == {n.id: n.name for n in graph.nodes.values()}
        assert {r["id"]: r["aliases"] for r in rows} == {n.id: n.aliases or None for n in graph.nodes.values()}
    finally:
        wipe(uri)


# ----------------------------------------------------------------------------- connection errors


def test_wrong_uri_scheme_is_one_clear_line() -> None:
    with pytest.raises(Neo4jConnectionError) as info:
        connect("http://127.0.0.1:7474")
    message = str(info.value)
    assert "\n" not in message and "bolt://" in message and "http://127.0.0.1:7474" in message


def test_refused_connection_is_one_clear_line() -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(Neo4jConnectionError) as info:
        connect(f"bolt://127.0.0.1:{port}")
    message = str(info.value)
    assert "\n" not in message and f"127.0.0.1:{port}" in message and "cannot reach" in message


def test_bad_credentials_are_one_clear_line(neo4j_servers: Neo4jServers) -> None:
    with pytest.raises(Neo4jConnectionError) as info:
        connect(neo4j_servers.with_auth, "neo4j", "not-the-password")
    message = str(info.value)
    assert "\n" not in message and "credentials" in message and "KG_NEO4J_PASSWORD" in message


def test_unknown_database_is_an_export_error(neo4j_servers: Neo4jServers) -> None:
    with pytest.raises(ExportError) as info:
        export_neo4j(awkward_graph(), neo4j_servers.primary, database="nosuchdb")
    assert "nosuchdb" in str(info.value) and "\n" not in str(info.value)


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ExportError):
        plan_batches(neo4j_rows(awkward_graph()), 0)


# ----------------------------------------------------------------------------- CLI


def test_cli_export_neo4j_loads_a_built_graph(seed_build, neo4j_servers: Neo4jServers) -> None:
    from kg.cli import app

    uri = neo4j_servers.fresh
    wipe(uri)
    result = CliRunner().invoke(app, ["export", "neo4j", "--uri", uri, "--graph", str(seed_build.out_dir),
                                      "--batch-size", "300"], env={"KG_NEO4J_PASSWORD": "unused-no-auth"})
    assert result.exit_code == 0, result.output
    assert db_counts(uri) == seed_build.graph.counts()
    wipe(uri)


def test_cli_reports_a_wrong_uri_in_one_line(seed_build) -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["export", "neo4j", "--uri", "localhost:7687", "--graph",
                                      str(seed_build.out_dir)], env={"KG_NEO4J_PASSWORD": "x"})
    assert result.exit_code != 0
    assert isinstance(result.exception, Neo4jConnectionError)


def test_cli_never_takes_a_password_option() -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["export", "neo4j", "--help"])
    assert result.exit_code == 0 and "KG_NEO4J_PASSWORD" in result.output
    assert "--password" not in result.output
