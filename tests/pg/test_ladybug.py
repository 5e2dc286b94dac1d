"""graph.lbdb: counts per label/type equal the internal graph's, hostile names round-trip, errors are clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GraphNotFoundError, QueryError
from kg.query.cypher import query_parameters, run_cypher
from kg.sinks.ladybug_db import DATABASE_NAME, write_database
from kg.model import KnowledgeGraph
from kg.sinks.property_graph import NODE_TABLES
from kg.vocab import Cls, Rel

from .conftest import HOSTILE_NAMES, hostile_graph
from ..conftest import SEED


@pytest.fixture(scope="module")
def seed_graph() -> KnowledgeGraph:
    """The seed's whole graph, built in memory (a streamed build keeps only the shared nodes)."""
    import kg

    return kg.build([SEED]).graph


def ladybug_counts(graph_dir: Path) -> dict[str, dict[str, int]]:
    """Node counts per label and relationship counts per type, asked of the database with Cypher."""
    labels = {}
    for label in NODE_TABLES:
        _, rows = run_cypher(f"MATCH (n:{label}) RETURN count(n) AS n", graph_dir, {})
        labels[label] = rows[0]["n"]
    _, rows = run_cypher("MATCH (d:Dataset) WHERE d.is_benchmark RETURN count(d) AS n", graph_dir, {})
    labels[Cls.BENCHMARK.value] = rows[0]["n"]
    rels = {}
    for rel in Rel:
        _, rows = run_cypher(f"MATCH ()-[r:{rel.name}]->() RETURN count(r) AS n", graph_dir, {})
        rels[rel.name] = rows[0]["n"]
    return {"nodes": {k: v for k, v in sorted(labels.items()) if v},
            "relationships": {k: v for k, v in sorted(rels.items()) if v}}


def test_seed_counts_per_label_and_type_equal_the_internal_graph(seed_build, seed_dir: Path):
    assert (seed_dir / DATABASE_NAME).is_file()
    assert ladybug_counts(seed_dir) == seed_build.counts()


def test_relationship_types_from_type_function(seed_build, seed_dir: Path):
    # `type(r)` is a macro over LadybugDB's label(r), so queries can use the Neo4j spelling
    _, rows = run_cypher("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n", seed_dir, {})
    assert {r["t"]: r["n"] for r in rows} == seed_build.counts()["relationships"]


def test_evidence_lists_match_the_internal_edges(seed_graph: KnowledgeGraph, seed_dir: Path):
    graph = seed_graph
    _, rows = run_cypher("MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS o, r.evidence_sentences AS sents,"
                         " r.evidence_starts AS begins, r.confidence AS confidence", seed_dir, {})
    assert len(rows) == len(graph.edges)
    for row in rows:
        edge = graph.edges[(row["s"], row["t"], row["o"])]
        assert row["sents"] == ([e.sentence for e in edge.evidence] or None)
        assert row["begins"] == ([e.start for e in edge.evidence] or None)
        assert row["confidence"] == pytest.approx(edge.confidence, abs=1e-3)


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    write_database(hostile_graph(), out / DATABASE_NAME)
    return out


def test_hostile_names_round_trip_unchanged(hostile_dir: Path):
    graph = hostile_graph()
    _, rows = run_cypher("MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases", hostile_dir, {})
    assert {r["id"]: (r["name"], r["aliases"]) for r in rows} == {
        n.id: (n.name, n.aliases or None) for n in graph.nodes.values()}
    for name in HOSTILE_NAMES:  # and as parameters, found by exact equality
        _, found = run_cypher("MATCH (n) WHERE n.name = $name RETURN n.name AS name", hostile_dir, {"name": name})
        assert [r["name"] for r in found] == [n.name for n in graph.nodes.values() if n.name == name]
        assert found


def test_hostile_evidence_sentences_round_trip(hostile_dir: Path):
    graph = hostile_graph()
    _, rows = run_cypher("MATCH (p:Paper)-[r]->(n) RETURN n.id AS id, r.evidence_sentences AS s", hostile_dir, {})
    expected = {e.target: [ev.sentence for ev in e.evidence] for e in graph.edges.values()}
    assert {r["id"]: r["s"] for r in rows} == expected


def test_rewriting_replaces_the_database(tmp_path: Path, seed_graph: KnowledgeGraph):
    path = tmp_path / DATABASE_NAME
    write_database(hostile_graph(), path)
    write_database(seed_graph, path)
    assert ladybug_counts(tmp_path) == seed_graph.counts()
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_NAME]


def test_missing_database_is_a_clear_error(tmp_path: Path):
    with pytest.raises(GraphNotFoundError, match="kg build"):
        run_cypher("MATCH (n) RETURN n", tmp_path, {})


def test_bad_query_and_missing_parameter_are_query_errors(hostile_dir: Path):
    with pytest.raises(QueryError, match="LadybugDB"):
        run_cypher("MATCH (n RETURN n", hostile_dir, {})
    with pytest.raises(QueryError, match="--param name="):
        run_cypher("MATCH (n) WHERE n.name = $name RETURN n.name", hostile_dir, {})


def test_query_parameters_ignore_strings_and_comments():
    text = "// $no\nMATCH (n) WHERE n.name = '$nope' AND n.x = $yes /* $never */ RETURN $also, \"$not\""
    assert query_parameters(text) == ["yes", "also"]
