"""The property-graph view: counts, labels, property types and the NetworkX graph, from the internal graph."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg
from kg.graph import split_graph
from kg.model import KnowledgeGraph
from kg.sinks.property_graph import (
    BENCHMARK_FLAG, KEY, NODE_TABLES, PropType, coerce, edge_properties, graph_records, infer_types,
    node_properties, node_rows, part_records, property_graph, relationship_rows, table_of_id, to_networkx,
)
from kg.vocab import Cls, Rel

from ..conftest import SEED
from .conftest import hostile_graph


@pytest.fixture(scope="module")
def seed_graph() -> KnowledgeGraph:
    """The seed's whole graph (built in memory: a build into a folder keeps only the shared nodes)."""
    return kg.build([SEED]).graph

PYTHON_TYPES = {PropType.STRING: str, PropType.INT64: int, PropType.DOUBLE: float, PropType.BOOLEAN: bool}


def value_fits(value, kind: PropType) -> bool:
    if kind.is_list:
        return isinstance(value, list) and all(value_fits(v, kind.element) for v in value)
    return type(value) is PYTHON_TYPES[kind]


def test_counts_equal_the_internal_graph(seed_graph):
    graph = seed_graph
    assert property_graph(graph).counts() == graph.counts()


def test_every_class_has_a_table_and_every_relation_a_type(seed_graph):
    view = property_graph(seed_graph)
    assert set(view.nodes) == set(NODE_TABLES) == {c.value for c in Cls} - {Cls.BENCHMARK.value}
    assert set(view.relationships) == {r.name for r in Rel}
    assert all(rel.pairs for rel in view.relationships.values())


def test_rows_are_typed_and_hold_no_nulls(seed_graph):
    graph = seed_graph
    view = property_graph(graph)
    for table in view.nodes.values():
        assert list(table.props)[0] == KEY
        for row in table.rows:
            node = graph.nodes[row[KEY]]
            assert row["type"] == node.type.value and row["name"] == node.name
            assert set(row) <= set(table.props)
            for key, value in row.items():
                assert value is not None and value != [], (row[KEY], key)
                assert value_fits(value, table.props[key]), (row[KEY], key, value, table.props[key])
            if table.label == Cls.DATASET.value:
                assert row[BENCHMARK_FLAG] is (node.type is Cls.BENCHMARK)
    for rel in view.relationships.values():
        for row, (start, end) in zip(rel.rows, rel.row_pairs):
            edge = graph.edges[(row["source"], rel.type, row["target"])]
            assert (start, end) in rel.pairs
            assert len(row["evidence_papers"]) == len(edge.evidence) == len(row["evidence_starts"])
            assert row["evidence_starts"] == [e.start for e in edge.evidence]
            for key, value in row.items():
                if key not in ("source", "target"):
                    assert value_fits(value, rel.props[key]), (rel.type, key, value)


def test_row_functions_agree_with_the_view(seed_graph):
    graph = seed_graph
    nodes, rels = node_rows(graph), relationship_rows(graph)
    assert sum(len(rows) for rows in nodes.values()) == len(graph.nodes)
    assert sum(len(rows) for rows in rels.values()) == len(graph.edges)
    benchmarks = [r for r in nodes[Cls.DATASET.value] if r[BENCHMARK_FLAG]]
    assert len(benchmarks) == len(graph.nodes_of(Cls.BENCHMARK))


def test_networkx_graph_has_every_node_and_edge_with_its_properties(seed_graph):
    graph = seed_graph
    nx_graph = to_networkx(graph)
    assert nx_graph.number_of_nodes() == len(graph.nodes)
    assert nx_graph.number_of_edges() == len(graph.edges)
    for node in graph.nodes.values():
        attrs = dict(nx_graph.nodes[node.id])
        assert attrs.pop("labels") == node.labels
        expected = node_properties(node)
        assert attrs.keys() == expected.keys()
        assert all(attrs[k] == expected[k] for k in expected)  # ints may be floats in a DOUBLE column
    for edge in graph.edges.values():
        attrs = dict(nx_graph.edges[edge.source, edge.target, edge.type.name])
        assert attrs.pop("type") == edge.type.name
        assert attrs == edge_properties(edge)


def test_records_of_paper_parts_and_shared_nodes_are_the_view_rows(seed_graph):
    """What streaming sinks write per part equals the rows of the whole graph's view."""
    papers = sorted(n.papers.copy().pop() for n in seed_graph.nodes_of(Cls.PAPER))
    shared, parts = split_graph(seed_graph, papers)
    records = [graph_records(shared), *(part_records(part) for part in parts)]
    assert part_records(parts[-1]) is records[-1]  # the last part is converted once for every sink
    view = property_graph(seed_graph)
    nodes = sorted((r.table, r.row[KEY], r.row) for rec in records for r in rec.nodes)
    assert nodes == sorted((t.label, row[KEY], row) for t in view.nodes.values() for row in t.rows)
    # repr: the same types too (1.0 is not 1 in a file), and the same key order
    edges = sorted((r.type, r.source, r.target, (r.start, r.end), repr(r.props)) for rec in records for r in rec.edges)
    expected = sorted((t.type, row["source"], row["target"], pair,
                       repr({k: v for k, v in row.items() if k not in ("source", "target")}))
                      for t in view.relationships.values() for row, pair in zip(t.rows, t.row_pairs))
    assert edges == expected
    assert all(table_of_id(node.id) == r.table for rec in records for r in rec.nodes
               for node in [seed_graph.nodes[r.row[KEY]]])


def test_edge_rows_equal_the_generic_conversion_on_awkward_edges():
    from kg.model import Edge, Evidence
    from kg.sinks.property_graph import edge_row, relationship_schema, typed_row

    edges = list(hostile_graph().edges.values()) + [
        Edge("method/a", Rel.OUTPERFORMS, "method/b", [Evidence("", "", "", 0, 0, "", 1)], {"paper": "2601.1"}),
        Edge("paper/x", Rel.USES, "method/a", []),
        Edge("paper/x", Rel.USES, "method/b", [Evidence("x", "abstract", "s", 1, 2, "r", 0.12345),
                                               Evidence("x", "", "", 3, 4, "", 0.9)]),
    ]
    for edge in edges:
        expected = typed_row(edge_properties(edge), relationship_schema(edge.type), "edge")
        assert repr(edge_row(edge, edge.type.name)) == repr(expected), edge


def test_hostile_names_are_kept_verbatim():
    graph = hostile_graph()
    view = property_graph(graph)
    names = {row["name"] for table in view.nodes.values() for row in table.rows}
    assert names == {n.name for n in graph.nodes.values()}


scalars = st.one_of(st.integers(-2**40, 2**40), st.floats(allow_nan=False, allow_infinity=False),
                    st.booleans(), st.text(max_size=5))


@given(st.lists(st.dictionaries(st.sampled_from("abc"), st.one_of(scalars, st.lists(scalars, min_size=1, max_size=3)),
                                max_size=3), max_size=6))
def test_inferred_types_fit_every_coerced_value(rows):
    types = infer_types(rows)
    assert set(types) == {k for row in rows for k in row}
    for row in rows:
        for key, value in row.items():
            assert value_fits(coerce(value, types[key]), types[key]), (key, value, types[key])


def test_node_rows_equal_the_generic_conversion(seed_graph):
    """node_row builds typed_row(node_properties(node)) directly: same values, types and key order."""
    from kg.model import Node
    from kg.sinks.property_graph import node_row, node_schema, node_table, typed_row

    awkward = [
        Node("paper/1", Cls.PAPER, "P", ["", ""], {"line_start": 3.0, "number": None, "title": 7, "url": ""}, set()),
        Node("result/1", Cls.RESULT, "R", ["a", ""], {"number": 2, "value": True, "unit": None}, {"1", "0"}),
        Node("dataset/1", Cls.BENCHMARK, "D", [], {"first_seen": "2026-01-01", "name": "shadowed"}, {"1"}),
        Node("dataset/2", Cls.DATASET, "", ["x"], {"is_benchmark": "yes"}, {""}),
        Node("method/1", Cls.METHOD, "M", ("t", "u"), {"last_seen_digest": 5}, frozenset({"2", "1"})),
    ]
    nodes = [*seed_graph.nodes.values(), *hostile_graph().nodes.values(), *awkward]
    for node in nodes:
        table = node_table(node)
        expected = typed_row(node_properties(node), node_schema(table), "node")
        assert repr(node_row(node, table)) == repr(expected), node


def test_shared_records_are_converted_once_per_build_only():
    import gc

    from kg.sinks.property_graph import _SHARED, shared_records

    class FakeBuild:
        pass

    graph, build = hostile_graph(), FakeBuild()
    first = shared_records(graph, build)
    assert shared_records(graph, build) is first  # the second sink of the process gets the same records
    assert repr(first) == repr(graph_records(graph))
    assert shared_records(graph, FakeBuild()) is not first  # another build converts anew
    assert shared_records(graph, None) is not shared_records(graph, None)  # no build: never kept
    later = FakeBuild()
    shared_records(graph, later)
    del later
    gc.collect()
    assert not _SHARED  # a build gone takes its records along


def test_simple_edge_records_hold_the_simple_props_in_order(seed_graph):
    from kg.model import Edge, Evidence
    from kg.sinks.property_graph import SIMPLE_EDGE_PROPS

    graph = KnowledgeGraph(dict(seed_graph.nodes), dict(seed_graph.edges))
    for edge in [Edge("paper/x", Rel.USES, "method/a", [Evidence("x", "", "s", 1, 2, "r", 0.5)]),
                 Edge("method/a", Rel.OUTPERFORMS, "method/b", [Evidence("x", "a", "s", 1, 2, "r", 0.5)],
                      {"paper": "x"}),
                 Edge("paper/x", Rel.USES, "method/b", [])]:
        graph.edges[edge.key] = edge
    records = graph_records(graph).edges
    assert sum(r.simple for r in records) > len(records) / 2
    for record in records:
        expected = tuple(record.props) == SIMPLE_EDGE_PROPS and all(
            len(record.props[k]) == 1 for k in SIMPLE_EDGE_PROPS[1:])
        assert record.simple == expected, record
