"""The bulk CSV files without a server: headers, escaping, arrays and the array delimiter."""

from __future__ import annotations

import csv
from pathlib import Path

from kg.sinks.neo4j_csv import IMPORT_SCRIPT, import_statements, write_neo4j_csv
from kg.sinks.neo4j_rows import neo4j_rows

from .test_neo4j_export import AWKWARD_NAMES, awkward_graph


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_node_and_relationship_files_cover_the_graph(seed_build, tmp_path: Path) -> None:
    graph = seed_build.graph
    write_neo4j_csv(graph, tmp_path)
    node_ids: list[str] = []
    labels: dict[str, int] = {}
    for path in sorted(tmp_path.glob("nodes_*.csv")):
        for row in read_csv(path):
            node_ids.append(row["id:ID"])
            for label in row[":LABEL"].split(";"):
                labels[label] = labels.get(label, 0) + 1
    assert sorted(node_ids) == sorted(graph.nodes)
    types: dict[str, int] = {}
    for path in sorted(tmp_path.glob("relationships_*.csv")):
        for row in read_csv(path):
            assert row[":START_ID"] in graph.nodes and row[":END_ID"] in graph.nodes
            types[row[":TYPE"]] = types.get(row[":TYPE"], 0) + 1
    assert {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))} == graph.counts()


def test_headers_are_typed(seed_build, tmp_path: Path) -> None:
    write_neo4j_csv(seed_build.graph, tmp_path)
    paper_header = next(csv.reader((tmp_path / "nodes_Paper.csv").open(encoding="utf-8")))
    assert paper_header[:2] == ["id:ID", ":LABEL"]
    assert "name" in paper_header and "aliases:string[]" in paper_header and "line_start:long" in paper_header
    rel_files = sorted(tmp_path.glob("relationships_*.csv"))
    rel_header = next(csv.reader(rel_files[0].open(encoding="utf-8")))
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "evidence_starts:long[]" in rel_header


def test_awkward_values_survive_csv_escaping_and_arrays(tmp_path: Path) -> None:
    graph = awkward_graph()
    write_neo4j_csv(graph, tmp_path)
    view = neo4j_rows(graph)
    items = [item for g in view.node_groups() for row in g.rows for v in row.values() if isinstance(v, list)
             for item in v]
    script = (tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8")
    # ';' and '|' occur in AWKWARD_NAMES, so the exporter must fall back to the unit separator
    assert any(";" in i for i in items) and any("|" in i for i in items)
    assert "split(row.`aliases:string[]`, '\\u001F')" in script
    rows = read_csv(tmp_path / "nodes_Method.csv")
    assert sorted(r["name"] for r in rows) == sorted(AWKWARD_NAMES)
    for row in rows:
        assert row["aliases:string[]"].split("\x1f") == graph.nodes[row["id:ID"]].aliases


def test_import_script_splits_into_constraints_then_loads(seed_build, tmp_path: Path) -> None:
    write_neo4j_csv(seed_build.graph, tmp_path)
    statements = import_statements((tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8"))
    kinds = ["constraint" if s.startswith("CREATE CONSTRAINT") else "load" for s in statements]
    assert kinds == sorted(kinds)  # every constraint before the first LOAD CSV
    loads = [s for s in statements if s.startswith("LOAD CSV")]
    assert len(loads) == len(list(tmp_path.glob("*.csv")))
    assert all("IN TRANSACTIONS OF" in s for s in loads)
