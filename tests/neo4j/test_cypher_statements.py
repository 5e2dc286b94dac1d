"""Every Cypher statement kg writes or ships lints clean under Neo4j's linter, and every saved
``queries/*.cypher`` returns the same rows on LadybugDB and on a real Neo4j for the seed graph."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg.model import KnowledgeGraph
from kg.query.cypher import query_parameters, run_cypher
from kg.resources import QUERIES_DIR
from kg.sinks.neo4j_bolt import every_statement, export_neo4j, statements_for
from kg.sinks.neo4j_csv import IMPORT_SCRIPT, import_statements, write_neo4j_csv
from kg.sinks.neo4j_rows import neo4j_rows
from kg.vocab import Cls, Rel

from .conftest import Neo4jServers, run_linter

CYPHER_QUERIES = sorted(QUERIES_DIR.glob("*.cypher"))
SCHEMA = {"labels": [c.value for c in Cls], "relationshipTypes": [r.name for r in Rel]}


def lint_errors(statements: list[dict[str, Any]]) -> list[str]:
    """One line per error the linter reports (warnings are not errors)."""
    return [f"{result['name']}: {d['message']} at {d['line']}:{d['column']} ({d['text']!r})"
            for result in run_linter(statements, SCHEMA) for d in result["diagnostics"] if d["severity"] == "error"]


def test_the_linter_finds_errors() -> None:
    """The linter check can fail: a typo and an undeclared parameter are errors."""
    results = run_linter([{"name": "typo", "query": "MATCH (n:Paper) RETURN n LIMT 1"},
                          {"name": "param", "query": "MATCH (n:Paper {id: $nope}) RETURN n"}], SCHEMA)
    assert [r["errors"] for r in results] == [1, 1]


@pytest.mark.node
def test_exporter_statements_lint_clean(seed_build) -> None:
    statements = sorted(set(every_statement()) | set(statements_for(neo4j_rows(seed_build.graph))))
    payload = [{"name": f"bolt {i}", "query": s, "parameters": {"rows": []}} for i, s in enumerate(statements)]
    assert lint_errors(payload) == []


@pytest.mark.node
def test_import_cypher_lints_clean(seed_build, tmp_path: Path) -> None:
    write_neo4j_csv(seed_build.graph, tmp_path)
    statements = import_statements((tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8"))
    assert len(statements) > len(seed_build.graph.counts()["nodes"])
    payload = [{"name": f"import.cypher #{i + 1}", "query": s} for i, s in enumerate(statements)]
    assert lint_errors(payload) == []


@pytest.mark.node
def test_saved_queries_lint_clean() -> None:
    assert CYPHER_QUERIES, f"no saved Cypher queries in {QUERIES_DIR}"
    payload = []
    for path in CYPHER_QUERIES:
        text = path.read_text(encoding="utf-8")
        payload.append({"name": path.name, "query": text,
                        "parameters": {name: "x" for name in query_parameters(text)}})
    assert lint_errors(payload) == []


# ----------------------------------------------------------------------------- LadybugDB vs Neo4j


def parameter_values(graph: KnowledgeGraph) -> dict[str, str]:
    """A value for each saved-query parameter, chosen from the graph so the queries return rows."""
    def most(counter: Counter[str]) -> str:
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    on_dataset = Counter(e.target for e in graph.edges.values() if e.type is Rel.ON_DATASET)
    used = Counter(e.target for e in graph.edges.values() if e.type is Rel.EVALUATES_ON)
    outperforming = Counter(e.source for e in graph.edges.values() if e.type is Rel.OUTPERFORMS)
    methods = Counter(e.target for e in graph.edges.values() if e.type in (Rel.PROPOSES, Rel.USES)
                      and graph.nodes[e.target].type is Cls.METHOD)
    facts = Counter(ev.paper for e in graph.edges.values() for ev in e.evidence)
    papers = [n for n in graph.nodes.values() if n.type is Cls.PAPER]
    dataset = most(on_dataset or used)
    method = most(outperforming or methods)
    return {
        "dataset": graph.nodes[dataset].name,
        "method": graph.nodes[method].name,
        "paper": most(facts),
        "digest": str(papers[0].props["digest"]),
    }


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON strings (ints and equal floats compare equal)."""
    def norm(value: Any) -> Any:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, list):
            return [norm(v) for v in value]
        return value

    return sorted(json.dumps({k: norm(v) for k, v in row.items()}, sort_keys=True, ensure_ascii=False) for row in rows)


@pytest.fixture(scope="module")
def seed_in_neo4j(neo4j_servers: Neo4jServers, seed_build) -> str:
    """The primary server holding the seed graph (a load is idempotent, so reloading is harmless)."""
    export_neo4j(seed_build.graph, neo4j_servers.primary)
    return neo4j_servers.primary


@pytest.mark.neo4j
@pytest.mark.parametrize("path", CYPHER_QUERIES, ids=[p.stem for p in CYPHER_QUERIES])
def test_saved_query_same_rows_on_ladybug_and_neo4j(path: Path, seed_build, seed_in_neo4j: str) -> None:
    text = path.read_text(encoding="utf-8")
    values = parameter_values(seed_build.graph)
    params = {name: values[name] for name in query_parameters(text)}
    columns_l, rows_l = run_cypher(path.stem, seed_build.out_dir, params)
    columns_n, rows_n = run_cypher(path.stem, seed_build.out_dir, params, neo4j_uri=seed_in_neo4j)
    assert columns_l == columns_n
    assert canonical(rows_l) == canonical(rows_n)


@pytest.mark.neo4j
def test_the_seed_queries_are_not_all_empty(seed_build, seed_in_neo4j: str) -> None:
    """Parity of empty results would prove little: most saved queries return rows for the seed."""
    values = parameter_values(seed_build.graph)
    non_empty = 0
    for path in CYPHER_QUERIES:
        params = {name: values[name] for name in query_parameters(path.read_text(encoding="utf-8"))}
        non_empty += bool(run_cypher(path.stem, seed_build.out_dir, params, neo4j_uri=seed_in_neo4j)[1])
    assert non_empty >= len(CYPHER_QUERIES) * 2 // 3
