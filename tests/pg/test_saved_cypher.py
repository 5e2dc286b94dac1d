"""Every saved .cypher query runs on the seed's LadybugDB database, returns the columns its header
names, and returns the same rows (sorted) as its .rq twin on the seed's RDF graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import KnowledgeGraph
from kg.query.cypher import run_cypher
from kg.query.sparql import load_graph, run_sparql, saved_queries
from kg.vocab import Cls, Rel

SAVED = saved_queries()
CYPHER = sorted(name for name, q in SAVED.items() if "cypher" in q.files)
TWINS = sorted(name for name in CYPHER if "sparql" in SAVED[name].files)


def parameter_values(graph: KnowledgeGraph) -> dict[str, list[str]]:
    """A few values per parameter, chosen from the internal graph: names with answers (also in another
    letter case, and via an alias when there is one) and a name with none."""

    def names_with(rels: tuple[Rel, ...], types: tuple[Cls, ...], by: str) -> list[str]:
        ends = [e.target if by == "target" else e.source for e in graph.edges.values() if e.type in rels]
        ranked = sorted({n for n in ends if graph.nodes[n].type in types}, key=lambda n: (-ends.count(n), n))
        nodes = [graph.nodes[n] for n in ranked[:3]]
        values = [n.name for n in nodes] + [n.name.upper() for n in nodes[:1]]
        values += [n.aliases[0] for n in nodes if n.aliases][:1]
        return values + ["no such name 'x' \\ }"]

    datasets = (Cls.DATASET, Cls.BENCHMARK)
    papers = sorted(graph.nodes_of(Cls.PAPER), key=lambda n: -sum(1 for e in graph.edges.values() if n.id in (e.source, e.target)))
    digests = sorted({str(n.props.get("first_seen_digest")) for n in graph.nodes.values()})
    return {
        "dataset": names_with((Rel.ON_DATASET, Rel.EVALUATES_ON), datasets, "target"),
        "method": names_with((Rel.OUTPERFORMS,), (Cls.METHOD,), "source"),
        "paper": [p.id.partition("/")[2] for p in papers[:3]] + ["0000.00000"],
        "digest": digests[:2] + ["no-such-digest"],
    }


def parameter_sets(name: str, graph: KnowledgeGraph) -> list[dict[str, str]]:
    params = SAVED[name].parameters
    if not params:
        return [{}]
    assert len(params) == 1, f"{name}: one parameter expected"
    return [{params[0]: value} for value in parameter_values(graph)[params[0]]]


def sorted_rows(columns: list[str], rows: list[dict]) -> list[tuple]:
    return sorted((tuple(repr(row[c]) for c in columns) for row in rows))


@pytest.mark.parametrize("name", CYPHER)
def test_saved_cypher_runs_on_ladybug_with_its_header_columns(name: str, seed_build, seed_dir: Path):
    answered = 0
    for params in parameter_sets(name, seed_build.graph):
        columns, rows = run_cypher(name, seed_dir, params)
        assert columns == SAVED[name].columns
        assert all(list(row) == columns for row in rows)
        answered += bool(rows)
    assert answered, f"{name} returned no rows for any parameter value on the seed"


@pytest.fixture(scope="module")
def rdf_graph(seed_dir: Path):
    return load_graph(seed_dir)


@pytest.mark.parametrize("name", TWINS)
def test_saved_cypher_equals_its_sparql_twin(name: str, seed_build, seed_dir: Path, rdf_graph):
    for params in parameter_sets(name, seed_build.graph):
        cypher_columns, cypher_rows = run_cypher(name, seed_dir, params)
        sparql_columns, sparql_rows = run_sparql(name, rdf_graph, params)
        assert cypher_columns == sparql_columns
        assert sorted_rows(cypher_columns, cypher_rows) == sorted_rows(sparql_columns, sparql_rows), params
