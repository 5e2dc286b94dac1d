"""The bulk CSV files without a server: headers, escaping, arrays and their fixed delimiter, streaming
and updates."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg
from kg.model import KnowledgeGraph, Node
from kg.sinks.neo4j_csv import (
    _CELL_EXPRESSIONS, ARRAY_DELIMITER, DELIMITER_STAND_IN, FOLDER, IMPORT_SCRIPT, NODE_COLUMNS, REL_CELLS, REL_COLUMNS,
    Column, CsvFile, Neo4jCsvSink, _cell, cells_function, import_statements, simple_line, write_neo4j_csv, write_row,
)
from kg.sinks.property_graph import EdgeRecord
from kg.sinks.stream import Previous
from kg.vocab import Cls

from ..conftest import SEED, built_and_updated
from ..pg.conftest import HOSTILE_NAMES, hostile_graph
from .test_neo4j_export import AWKWARD_NAMES, awkward_graph


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def seed_memory() -> kg.pipeline.Build:
    """The seed built in memory: the whole graph (a build into a folder keeps only the shared nodes)."""
    return kg.build([SEED])


def test_node_and_relationship_files_cover_the_graph(seed_memory, tmp_path: Path) -> None:
    graph = seed_memory.graph
    write_neo4j_csv(graph, tmp_path)
    node_ids: list[str] = []
    labels: dict[str, int] = {}
    for path in sorted(tmp_path.glob("nodes_*.csv")):
        for row in read_csv(path):
            node_ids.append(row["id:ID"])
            for label in row[":LABEL"].split(ARRAY_DELIMITER):
                labels[label] = labels.get(label, 0) + 1
    assert sorted(node_ids) == sorted(graph.nodes)
    types: dict[str, int] = {}
    for path in sorted(tmp_path.glob("relationships_*.csv")):
        for row in read_csv(path):
            assert row[":START_ID"] in graph.nodes and row[":END_ID"] in graph.nodes
            types[row[":TYPE"]] = types.get(row[":TYPE"], 0) + 1
    assert {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))} == graph.counts()
    assert not list(tmp_path.glob(".kg-staging-*"))


def test_headers_are_typed(seed_memory, tmp_path: Path) -> None:
    write_neo4j_csv(seed_memory.graph, tmp_path)
    paper_header = next(csv.reader((tmp_path / "nodes_Paper.csv").open(encoding="utf-8")))
    assert paper_header[:2] == ["id:ID", ":LABEL"]
    assert "name" in paper_header and "aliases:string[]" in paper_header and "line_start:long" in paper_header
    rel_files = sorted(tmp_path.glob("relationships_*.csv"))
    rel_header = next(csv.reader(rel_files[0].open(encoding="utf-8")))
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "evidence_starts:long[]" in rel_header


def test_awkward_values_survive_csv_escaping_and_arrays(tmp_path: Path) -> None:
    graph = awkward_graph()
    write_neo4j_csv(graph, tmp_path)
    script = (tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8")
    assert "split(row.`aliases:string[]`, '\\u001F')" in script
    rows = read_csv(tmp_path / "nodes_Method.csv")
    assert sorted(r["name"] for r in rows) == sorted(AWKWARD_NAMES)
    for row in rows:
        assert row["aliases:string[]"].split(ARRAY_DELIMITER) == graph.nodes[row["id:ID"]].aliases


def test_hostile_names_round_trip_through_arrays_with_the_fixed_delimiter(tmp_path: Path) -> None:
    graph = hostile_graph()
    write_neo4j_csv(graph, tmp_path)
    nodes = {row["id:ID"]: row for path in tmp_path.glob("nodes_*.csv") for row in read_csv(path)}
    assert {row["name"] for row in nodes.values()} >= set(HOSTILE_NAMES)
    for node_id, row in nodes.items():
        node = graph.nodes[node_id]
        assert row[":LABEL"].split(ARRAY_DELIMITER) == node.labels
        if node.aliases:
            assert row["aliases:string[]"].split(ARRAY_DELIMITER) == sorted(node.aliases)
    for path in tmp_path.glob("relationships_*.csv"):
        for row in read_csv(path):
            edge = graph.edges[(row[":START_ID"], row[":TYPE"], row[":END_ID"])]
            assert row["evidence_sentences:string[]"].split(ARRAY_DELIMITER) == [e.sentence for e in edge.evidence]
            assert [int(x) for x in row["evidence_starts:long[]"].split(ARRAY_DELIMITER)] == \
                [e.start for e in edge.evidence]


def test_a_list_element_holding_the_delimiter_gets_the_stand_in(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node("method/x", Cls.METHOD, "X", [f"a{ARRAY_DELIMITER}b", "c"]))
    write_neo4j_csv(graph, tmp_path)
    (row,) = read_csv(tmp_path / "nodes_Method.csv")
    assert row["aliases:string[]"].split(ARRAY_DELIMITER) == [f"a{DELIMITER_STAND_IN}b", "c"]


def test_import_script_splits_into_constraints_then_loads(seed_memory, tmp_path: Path) -> None:
    write_neo4j_csv(seed_memory.graph, tmp_path)
    statements = import_statements((tmp_path / IMPORT_SCRIPT).read_text(encoding="utf-8"))
    kinds = ["constraint" if s.startswith("CREATE CONSTRAINT") else "load" for s in statements]
    assert kinds == sorted(kinds)  # every constraint before the first LOAD CSV
    loads = [s for s in statements if s.startswith("LOAD CSV")]
    files = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert sorted(s.split("file:///")[1].split("'")[0] for s in loads) == files
    assert all("IN TRANSACTIONS OF" in s for s in loads)


def test_a_streamed_build_writes_what_the_in_memory_graph_gives(seed_build, seed_memory, tmp_path: Path) -> None:
    Neo4jCsvSink().write(seed_memory, tmp_path)
    streamed = seed_build.out_dir / FOLDER
    assert sorted(p.name for p in streamed.iterdir()) == sorted(p.name for p in (tmp_path / FOLDER).iterdir())
    for path in (tmp_path / FOLDER).iterdir():
        assert (streamed / path.name).read_bytes() == path.read_bytes(), path.name


def test_an_update_gives_the_bytes_of_a_build_from_scratch(tmp_path: Path) -> None:
    scratch, inc = built_and_updated(tmp_path, ["neo4j_csv"])
    names = sorted(p.name for p in (scratch / FOLDER).iterdir())
    assert sorted(p.name for p in (inc / FOLDER).iterdir()) == names
    for name in names:
        assert (inc / FOLDER / name).read_bytes() == (scratch / FOLDER / name).read_bytes(), name
    assert len(read_csv(inc / FOLDER / "nodes_Paper.csv")) == 90


def test_an_update_drops_a_file_whose_rows_moved_to_another(tmp_path: Path) -> None:
    """A Dataset later seen as a Benchmark leaves nodes_Dataset.csv for nodes_Benchmark.csv."""
    first, second, scratch = tmp_path / "first", tmp_path / "second", tmp_path / "scratch"
    graph = KnowledgeGraph()
    node = graph.add_node(Node("dataset/x", Cls.DATASET, "X"))
    sink = Neo4jCsvSink()
    sink.open(first)
    sink.close(graph)
    assert (first / FOLDER / "nodes_Dataset.csv").exists()
    node.type = Cls.BENCHMARK
    again = Neo4jCsvSink()
    again.open(second, Previous(first, sink.state))
    again.close(graph)
    fresh = Neo4jCsvSink()
    fresh.open(scratch)
    fresh.close(graph)
    names = sorted(p.name for p in (second / FOLDER).iterdir())
    assert names == sorted(p.name for p in (scratch / FOLDER).iterdir()) and "nodes_Dataset.csv" not in names
    for name in names:
        assert (second / FOLDER / name).read_bytes() == (scratch / FOLDER / name).read_bytes(), name


# ----------------------------------------------------------------------------- fast paths against the generic ones

_CSV_TEXT = st.text(alphabet=st.sampled_from(list('ab ,"\r\n\x1f\x00é中\t;\'')), max_size=12)


@given(st.lists(_CSV_TEXT, min_size=2, max_size=8))
def test_rows_are_written_as_the_csv_module_writes_them(cells: list[str]) -> None:
    expected = io.StringIO()
    csv.writer(expected).writerow(cells)
    target = CsvFile.__new__(CsvFile)  # write_row needs only .text (and .writer for nothing)
    target.text = io.StringIO()
    write_row(target, cells)
    assert target.text.getvalue() == expected.getvalue()


_CELL_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False), _CSV_TEXT,
    st.lists(_CSV_TEXT, max_size=3), st.lists(st.integers(-99, 99), max_size=3),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=3), st.lists(st.booleans(), max_size=3))


@given(st.dictionaries(st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h"]), _CELL_VALUES))
def test_compiled_cells_give_the_text_of_the_generic_cells(props: dict) -> None:
    """Each column type's fast cell equals what the csv module writes for ``_cell(value)``, whatever the value."""
    columns = [Column(key, kind) for key, kind in zip("abcdefgh", ["string", "long", "double", "boolean", "string[]",
                                                                   "long[]", "double[]", "boolean[]"])]
    cells = cells_function(columns, ("x",), ("x",))("head", props)
    generic = io.StringIO()
    csv.writer(generic).writerow(["head", *[_cell(props.get(c.key)) for c in columns]])
    fast = io.StringIO()
    csv.writer(fast).writerow(cells)
    assert all(type(cell) is str for cell in cells)
    assert fast.getvalue() == generic.getvalue()


def test_every_schema_column_type_has_a_fast_cell() -> None:
    kinds = {column.type for columns in (*NODE_COLUMNS.values(), *REL_COLUMNS.values()) for column in columns}
    assert kinds <= set(_CELL_EXPRESSIONS)


_TYPED = [st.floats(), _CSV_TEXT, _CSV_TEXT, _CSV_TEXT, _CSV_TEXT, st.integers(-9, 9), st.integers(-9, 9), _CSV_TEXT,
          st.floats(), _CSV_TEXT, _CSV_TEXT]  # the types of a simple record's values, in the order below


@given(st.sampled_from(["USES", "OUTPERFORMS"]), st.tuples(*_TYPED), st.integers(0, 15),
       st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(), _CSV_TEXT))
def test_simple_lines_equal_the_generic_row(rel: str, values: tuple, odd_at: int, odd) -> None:
    """A simple record's one-f-string line is the line of its cells, or None (then the generic path runs);
    ``odd`` replaces one value (when ``odd_at`` < 11) with one of another type."""
    values = list(values)
    if odd_at < len(values):
        values[odd_at] = odd
    confidence, paper, section, sentence, span, start, end, rule, own, source, target = values
    props = {"confidence": confidence, "evidence_papers": [paper], "evidence_sections": [section],
             "evidence_sentences": [sentence], "evidence_spans": [span], "evidence_starts": [start],
             "evidence_ends": [end], "evidence_rules": [rule], "evidence_confidences": [own]}
    edge = EdgeRecord(rel, source, target, "Method", "Method", props, True)
    line = simple_line(edge)
    cells = (paper, section, span, rule, source, target)
    plain = all(ARRAY_DELIMITER not in v and not any(c in v for c in ',"\r\n') for v in cells if isinstance(v, str))
    plain = plain and ARRAY_DELIMITER not in str(sentence)
    if odd_at >= len(values) and plain:
        assert line is not None  # the usual types and cells that need no quoting take the fast path
    if line is None:
        return
    target_file = CsvFile.__new__(CsvFile)
    target_file.text = io.StringIO()
    write_row(target_file, REL_CELLS[rel](source, target, rel, props))
    assert line == target_file.text.getvalue()


def test_typical_simple_records_take_the_one_line_path() -> None:
    props = {"confidence": 0.5, "evidence_papers": ["2601.1"], "evidence_sections": ["abstract"],
             "evidence_sentences": ['We use "A", B.'], "evidence_spans": ["7-8"], "evidence_starts": [7],
             "evidence_ends": [8], "evidence_rules": ["r"], "evidence_confidences": [0.5]}
    line = simple_line(EdgeRecord("USES", "paper/2601.1", "method/a", "Paper", "Method", props, True))
    assert line == 'paper/2601.1,method/a,USES,0.5,2601.1,abstract,"We use ""A"", B.",7-8,7,8,r,0.5\r\n'


def test_a_backslash_before_a_quote_is_written_as_rfc_4180_asks_with_a_warning(tmp_path: Path, caplog) -> None:
    from kg.sinks.neo4j_csv import _warn_backslash_quote

    _warn_backslash_quote.cache_clear()
    graph = KnowledgeGraph()
    graph.add_node(Node("method/x", Cls.METHOD, 'A \\"quoted\\" name', []))
    with caplog.at_level("WARNING", logger="kg.sinks.neo4j_csv"):
        write_neo4j_csv(graph, tmp_path)
    (row,) = read_csv(tmp_path / "nodes_Method.csv")
    assert row["name"] == 'A \\"quoted\\" name'  # LOAD CSV needs legacy_quote_escaping=false for this one
    assert any("legacy_quote_escaping" in r.getMessage() for r in caplog.records)
