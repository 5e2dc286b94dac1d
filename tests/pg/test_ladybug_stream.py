"""graph.lbdb streamed: a streamed build holds what the in-memory write holds, and ``--update`` gives
the database a build from scratch gives (every node, relationship and saved query's rows)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from unittest import mock

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg
import kg.pipeline
from kg.corpus import generate_corpus
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.query.cypher import run_cypher
from kg.query.sparql import saved_queries
from kg.sinks.ladybug_db import DATABASE_NAME, LadybugSink, Spool, relationship_pairs
from kg.sinks.property_graph import NODE_TABLES, PropType, _declared_pairs
from kg.vocab import Cls, Rel

from ..conftest import SEED, shared_digests
from .test_ladybug import ladybug_counts

SAVED = saved_queries()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Four daily digests of 40 papers each, from the seed and the shared digests."""
    return generate_corpus([SEED, *shared_digests()], 160, tmp_path_factory.mktemp("corpus"), papers_per_digest=40)


@pytest.fixture(scope="module")
def scratch(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> kg.pipeline.Build:
    return kg.build(corpus, out=tmp_path_factory.mktemp("scratch"), sinks=["ladybug"])


@pytest.fixture(scope="module")
def updated(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus built in three steps: two digests, then one, then the last (and one already built)."""
    out = tmp_path_factory.mktemp("updated")
    kg.build(corpus[:2], out=out, sinks=["ladybug"])
    kg.pipeline.update(out, corpus[2:3])
    kg.pipeline.update(out, corpus[2:])
    return out


def dump(folder: Path) -> tuple[Counter, Counter]:
    """Every node (table and properties) and relationship (type, ends and properties) of a database."""
    nodes: Counter = Counter()
    for table in NODE_TABLES:
        _, rows = run_cypher(f"MATCH (n:{table}) RETURN n AS n", folder, {})
        nodes.update(repr((table, sorted(row["n"].items()))) for row in rows)
    rels: Counter = Counter()
    for rel in Rel:
        _, rows = run_cypher(f"MATCH (a)-[r:{rel.name}]->(b) RETURN a.id AS a, b.id AS b, r AS r", folder, {})
        rels.update(repr((rel.name, row["a"], row["b"], sorted(row["r"].items()))) for row in rows)
    return nodes, rels


def test_streamed_build_equals_the_in_memory_write(corpus: list[Path], scratch: kg.pipeline.Build, tmp_path: Path):
    LadybugSink().write(kg.build(corpus), tmp_path)
    streamed, written = dump(scratch.out_dir), dump(tmp_path)
    assert streamed == written
    assert sum(streamed[0].values()) == sum(scratch.counts()["nodes"].values()) - scratch.counts()["nodes"]["Benchmark"]


def test_update_equals_a_build_from_scratch(scratch: kg.pipeline.Build, updated: Path):
    assert ladybug_counts(updated) == ladybug_counts(scratch.out_dir) == scratch.counts()
    assert dump(updated) == dump(scratch.out_dir)


# Per query parameter: a query for a few values of it, taken from the database itself.
PARAMETER_VALUES = {
    "dataset": "MATCH (p:Paper)-[:EVALUATES_ON]->(d:Dataset) RETURN d.name AS v, count(p) AS n ORDER BY n DESC, v LIMIT 3",
    "method": "MATCH (m:Method)-[:OUTPERFORMS]->(:Method) RETURN m.name AS v, count(*) AS n ORDER BY n DESC, v LIMIT 3",
    "paper": "MATCH (p:Paper)-[:REPORTS]->(:Result) RETURN p.paper_id AS v, count(*) AS n ORDER BY n DESC, v LIMIT 3",
    "digest": "MATCH (n:Paper) RETURN DISTINCT n.first_seen_digest AS v ORDER BY v",
}


@pytest.mark.parametrize("name", sorted(n for n, q in SAVED.items() if "cypher" in q.files))
def test_saved_queries_give_the_same_rows_after_an_update(name: str, scratch: kg.pipeline.Build, updated: Path):
    values: list[dict[str, str]] = [{}]
    for parameter in SAVED[name].parameters:
        _, rows = run_cypher(PARAMETER_VALUES[parameter], scratch.out_dir, {})
        values = [{parameter: row["v"]} for row in rows] + [{parameter: "no such name"}]
    answered = 0
    for params in values:
        _, expected = run_cypher(name, scratch.out_dir, params)
        _, got = run_cypher(name, updated, params)
        assert Counter(map(repr, got)) == Counter(map(repr, expected)), params
        answered += bool(expected)
    assert answered, f"{name} answered nothing on the scratch build"


def test_update_copies_the_previous_database_and_keeps_no_spool(updated: Path):
    assert (updated / DATABASE_NAME).is_file()
    assert not [p for p in updated.rglob("*.parquet")]
    assert not [p for p in updated.iterdir() if p.name.startswith(f".{DATABASE_NAME}")]


def test_schema_pairs_cover_what_the_builder_can_make():
    entities = {Cls.METHOD.value, Cls.DATASET.value, Cls.METRIC.value, Cls.TASK.value, Cls.TECHNIQUE.value}
    for rel in Rel:
        assert set(_declared_pairs(rel)) <= set(relationship_pairs(rel))
    for rel in (Rel.MEASURES, Rel.ON_DATASET, Rel.OF_METHOD):  # a result's named ends resolve to any entity
        assert {(Cls.RESULT.value, e) for e in entities} <= set(relationship_pairs(rel))
    assert {(a, b) for a in entities for b in entities} <= set(relationship_pairs(Rel.OUTPERFORMS))
    assert (Cls.PAPER.value, Cls.TECHNIQUE.value) in relationship_pairs(Rel.USES)


def test_edge_rows_built_directly_equal_the_property_graph_rows():
    from kg.model import Edge, Evidence
    from kg.sinks.ladybug_db import EDGE_COLUMNS, edge_values
    from kg.sinks.property_graph import edge_properties, relationship_schema, typed_row

    from .conftest import hostile_graph

    edges = list(hostile_graph().edges.values()) + [
        Edge("method/a", Rel.OUTPERFORMS, "method/b", [Evidence("p", "", "", 0, 0, "", 1)], {"paper": "2601.00001"}),
        Edge("method/a", Rel.USES, "method/b", []),
        Edge("method/a", Rel.OUTPERFORMS, "method/b", [Evidence("p", "s", "x", 3, 4, "r", 0.12345)]),
    ]
    for edge in edges:
        columns = list(relationship_schema(edge.type))
        extra = tuple(columns[len(EDGE_COLUMNS) - 2:])
        row = typed_row(edge_properties(edge), relationship_schema(edge.type), "edge")
        expected = (edge.source, edge.target, *(row.get(c) for c in columns))
        assert edge_values(edge, extra) == expected


def paper_graph(papers: int) -> KnowledgeGraph:
    """Papers 1..``papers`` all evaluating on dataset X, which paper 2 calls a benchmark (with another
    spelling); each paper's proposed method outperforms M0, the claim's evidence growing per paper."""
    graph = KnowledgeGraph()
    claims = []
    for i in range(1, papers + 1):
        pid = f"2601.0000{i}"
        paper = graph.add_node(Node(f"paper/{pid}", Cls.PAPER, f"Paper {i}", [pid], {"title": f"Paper {i}",
                               "digest": f"d{i}"}, {pid}))
        x_type = Cls.BENCHMARK if i >= 2 else Cls.DATASET
        x = graph.add_node(Node("dataset/x", Cls.DATASET, "X", ["X-1"] if i == 2 else [],
                                {"first_seen_digest": "d1", "last_seen_digest": f"d{i}"}, {pid}))
        x.type = x_type
        x.props["last_seen_digest"] = f"d{i}"
        author = graph.add_node(Node("author/a", Cls.AUTHOR, "A", papers={pid}))
        method = graph.add_node(Node(f"method/m{i}", Cls.METHOD, f"M{i}", papers={pid}))
        graph.add_node(Node("method/m0", Cls.METHOD, "M0", papers={pid}))
        evidence = Evidence(pid, "abstract", f"M{i} beats M0, it's \"better\".", 0, 2, "cue", 0.5 + i / 10)
        graph.add_edge(Edge(paper.id, Rel.EVALUATES_ON, x.id, [evidence]))
        graph.add_edge(Edge(author.id, Rel.AUTHORED, paper.id, [evidence]))
        graph.add_edge(Edge(paper.id, Rel.PROPOSES, method.id, [evidence]))
        claims.append(evidence)
        graph.add_edge(Edge(method.id, Rel.OUTPERFORMS, "method/m0", [evidence], {"paper": pid}))
        graph.add_edge(Edge("method/m1", Rel.USES, "method/m0", list(claims)))  # a shared edge that changes
    return graph


def test_update_merges_changed_shared_nodes_and_replaces_shared_edges(tmp_path: Path):
    from kg.graph import split_graph
    from kg.pipeline import Build
    from kg.sinks.ladybug_db import write_database
    from kg.sinks.stream import Previous

    first, second, scratch = tmp_path / "first", tmp_path / "second", tmp_path / "scratch"
    old, new = paper_graph(1), paper_graph(3)
    sink = LadybugSink()
    sink.open(first)
    shared, parts = split_graph(old, ["2601.00001"])
    sink.add(parts[0], None)
    sink.close(shared, Build(inputs=[], graph=old))
    sink, state = LadybugSink(), sink.state
    sink.open(second, Previous(first, state))
    shared, parts = split_graph(new, ["2601.00001", "2601.00002", "2601.00003"])
    for part in parts[1:]:
        sink.add(part, None)
    sink.close(shared, Build(inputs=[], graph=new))
    write_database(new, scratch / DATABASE_NAME)
    assert dump(second) == dump(scratch)
    _, rows = run_cypher("MATCH (d:Dataset) RETURN d.type AS t, d.is_benchmark AS b, d.aliases AS a, d.papers AS p",
                         second, {})
    assert rows == [{"t": "Benchmark", "b": True, "a": ["X-1"], "p": ["2601.00001", "2601.00002", "2601.00003"]}]
    _, rows = run_cypher("MATCH ()-[r:OUTPERFORMS]->() RETURN count(r) AS n", second, {})
    assert rows == [{"n": 3}]


def test_quotes_and_backslashes_in_the_output_folder(tmp_path: Path):
    from kg.sinks.ladybug_db import write_database

    from .conftest import hostile_graph

    folder = tmp_path / "it's a \\ folder"
    write_database(hostile_graph(), folder / DATABASE_NAME)
    assert ladybug_counts(folder) == hostile_graph().counts()


_SPOOL_VALUES = {
    PropType.STRING: st.one_of(st.none(), st.text(max_size=4)),
    PropType.INT64: st.one_of(st.none(), st.integers(-9, 9)),
    PropType.DOUBLE: st.one_of(st.none(), st.floats(allow_nan=False)),
    PropType.BOOLEAN: st.one_of(st.none(), st.booleans()),
    PropType.STRING_LIST: st.one_of(st.none(), st.lists(st.text(max_size=3), max_size=3)),
    PropType.INT64_LIST: st.one_of(st.none(), st.lists(st.integers(-9, 9), max_size=3)),
}


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_spool_files_hold_the_rows_appended(tmp_path_factory, data) -> None:
    """The compiled appender fills the columns as the rows give them, over several batches."""
    kinds = data.draw(st.lists(st.sampled_from(sorted(_SPOOL_VALUES)), min_size=1, max_size=6))
    columns = {f"c{i}": kind for i, kind in enumerate(kinds)}
    rows = data.draw(st.lists(st.tuples(*(_SPOOL_VALUES[k] for k in kinds)), max_size=12))
    path = tmp_path_factory.mktemp("spool") / "rows.parquet"
    spool = Spool(path, columns)
    with mock.patch("kg.sinks.ladybug_db.SPOOL_BATCH_ROWS", 5):
        for row in rows:
            spool.append_values(row)
        written = spool.close()
    if not rows:
        assert written is None
        return
    table = pq.read_table(written)
    assert [tuple(r.values()) for r in table.to_pylist()] == rows
    assert spool.rows == len(rows) and pq.ParquetFile(written).metadata.num_row_groups == -(-len(rows) // 5)
