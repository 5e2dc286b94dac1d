"""graph.graphml and graph.json read back with NetworkX give the same nodes, edges and attributes, and a
streamed build or an update writes the same bytes as the whole graph written at once."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.sinks.graphml import (
    _ATTR_ENTITIES, EDGE_KEYS, GRAPHML_NAME, JSON_NAME, NODE_KEYS, GraphmlSink, _json_simple_link, decode_labels,
    graphml_edges, graphml_nodes, json_links, write_graph_files,
)
from kg.sinks.property_graph import EdgeRecord, graph_records, to_networkx
from kg.vocab import Cls, Rel

from ..conftest import SEED, built_and_updated
from .conftest import HOSTILE_NAMES, hostile_graph


@pytest.fixture(scope="module")
def seed_memory() -> kg.pipeline.Build:
    """The seed built in memory: the whole graph (a build into a folder keeps only the shared nodes)."""
    return kg.build([SEED])


def decoded(attrs: dict) -> dict:
    """GraphML attributes back to property values (JSON-array strings to lists, labels to a list)."""
    out = {}
    for key, value in attrs.items():
        if key == "labels":
            out[key] = decode_labels(value)
        elif isinstance(value, str) and value.startswith("["):
            out[key] = json.loads(value)
        else:
            out[key] = value
    return out


def assert_same_graph(read: nx.MultiDiGraph, expected: nx.MultiDiGraph) -> None:
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert read.number_of_edges() == expected.number_of_edges()
    for node, attrs in expected.nodes(data=True):
        got = decoded(read.nodes[node])
        assert got.pop("label") == attrs["name"]
        assert got == attrs, node
    read_edges = sorted((s, t, a["type"], json.dumps(decoded(a), sort_keys=True))
                        for s, t, a in read.edges(data=True))
    expected_edges = sorted((s, t, a["type"], json.dumps({**a, "label": a["type"]}, sort_keys=True))
                            for s, t, a in expected.edges(data=True))
    assert read_edges == expected_edges


def assert_same_node_link(data: dict, expected: nx.MultiDiGraph) -> None:
    read = nx.node_link_graph(data, edges="links")
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert sorted(read.edges(keys=True)) == sorted(expected.edges(keys=True))
    # node-link keeps each node's key in "id", which is also the node's id property
    for node, attrs in expected.nodes(data=True):
        assert read.nodes[node] == {k: v for k, v in attrs.items() if k != "id"}
        assert attrs["id"] == node
    for source, target, key, attrs in expected.edges(keys=True, data=True):
        assert read.edges[source, target, key] == attrs


@pytest.fixture(scope="module")
def seed_files(seed_memory, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("graphml")
    GraphmlSink().write(seed_memory, out)
    return out


def test_seed_graphml_reproduces_nodes_edges_and_attributes(seed_memory, seed_files: Path):
    read = nx.read_graphml(seed_files / GRAPHML_NAME, force_multigraph=True)
    assert_same_graph(read, to_networkx(seed_memory.graph))


def test_graphml_has_no_empty_or_null_values(seed_files: Path):
    read = nx.read_graphml(seed_files / GRAPHML_NAME, force_multigraph=True)
    for _, attrs in read.nodes(data=True):
        assert all(v is not None and v != "[]" for v in attrs.values())


def test_graphml_lists_every_node_before_the_first_edge(seed_files: Path):
    text = (seed_files / GRAPHML_NAME).read_text(encoding="utf-8")
    assert text.count("<node ") > 0 and text.count("<edge ") > 0
    assert text.rindex("<node ") < text.index("<edge ")
    ids = [line.split('"')[1] for line in text.splitlines() if line.lstrip().startswith("<edge ")]
    assert ids == [f"e{i}" for i in range(len(ids))]


def test_node_link_json_reproduces_the_graph(seed_memory, seed_files: Path):
    data = json.loads((seed_files / JSON_NAME).read_text(encoding="utf-8"))
    assert_same_node_link(data, to_networkx(seed_memory.graph))


def test_a_streamed_build_writes_what_the_in_memory_graph_gives(seed_build, seed_files: Path):
    for name in (GRAPHML_NAME, JSON_NAME):
        assert (seed_build.out_dir / name).read_bytes() == (seed_files / name).read_bytes(), name
    assert not list(seed_build.out_dir.glob(".*spool*"))


def test_hostile_names_round_trip_through_graphml_and_json(tmp_path: Path):
    graph = hostile_graph()
    write_graph_files(graph, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([GRAPHML_NAME, JSON_NAME])  # no spool left
    read = nx.read_graphml(tmp_path / GRAPHML_NAME, force_multigraph=True)
    assert_same_graph(read, to_networkx(graph))
    assert set(HOSTILE_NAMES) <= {a["name"] for _, a in read.nodes(data=True)}
    data = json.loads((tmp_path / JSON_NAME).read_text(encoding="utf-8"))
    assert set(HOSTILE_NAMES) <= {n["name"] for n in data["nodes"]}
    assert_same_node_link(data, to_networkx(graph))


def test_characters_xml_cannot_hold_are_replaced_and_carriage_returns_kept(tmp_path: Path):
    graph = KnowledgeGraph()
    names = {"method/cr": "carriage\r\nreturn", "method/ctl": "bell\x07 and unit\x1fsep"}
    for node_id, name in names.items():
        graph.add_node(Node(node_id, Cls.METHOD, name, [name + "\r"]))
    write_graph_files(graph, tmp_path)
    read = nx.read_graphml(tmp_path / GRAPHML_NAME, force_multigraph=True)
    assert read.nodes["method/cr"]["name"] == names["method/cr"]
    assert json.loads(read.nodes["method/cr"]["aliases"]) == [names["method/cr"] + "\r"]
    assert read.nodes["method/ctl"]["name"] == "bell\ufffd and unit\ufffdsep"
    data = json.loads((tmp_path / JSON_NAME).read_text(encoding="utf-8"))  # JSON escapes them all
    assert {n["id"]: n["name"] for n in data["nodes"]} == names


@pytest.mark.parametrize("with_paper", [False, True])
def test_graphs_without_paper_parts_or_edges_are_valid(tmp_path: Path, with_paper: bool):
    graph = KnowledgeGraph()
    graph.add_node(Node("method/a", Cls.METHOD, "A"))
    if with_paper:  # a paper whose only edge is in its part, and no shared edge
        graph.add_node(Node("paper/1", Cls.PAPER, "P", ["1"], papers={"1"}))
        graph.add_edge(Edge("paper/1", Rel.USES, "method/a", [Evidence("1", "abstract", "A", 0, 1)]))
    write_graph_files(graph, tmp_path)
    data = json.loads((tmp_path / JSON_NAME).read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(graph.nodes) and len(data["links"]) == len(graph.edges)
    read = nx.read_graphml(tmp_path / GRAPHML_NAME, force_multigraph=True)
    assert_same_graph(read, to_networkx(graph))


def test_an_update_gives_the_bytes_of_a_build_from_scratch(tmp_path: Path):
    scratch, inc = built_and_updated(tmp_path, ["graphml"])
    for name in (GRAPHML_NAME, JSON_NAME):
        assert (inc / name).read_bytes() == (scratch / name).read_bytes(), name
    data = json.loads((inc / JSON_NAME).read_text(encoding="utf-8"))
    assert sum(n["type"] == Cls.PAPER.value for n in data["nodes"]) == 90


def test_graph_json_reads_back_into_the_same_property_graph(seed_memory, seed_files: Path):
    """``kg html`` / ``kg export`` on a built folder read graph.json: evidence lists included."""
    from kg.sinks.property_graph import property_graph
    from kg.view.load import load_graph

    loaded, original = property_graph(load_graph(seed_files)), property_graph(seed_memory.graph)
    for label, table in original.nodes.items():
        assert loaded.nodes[label].rows == table.rows, label
    for rel, rtable in original.relationships.items():
        assert loaded.relationships[rel].rows == rtable.rows, rel


def test_an_update_of_a_build_without_streamed_state_names_the_fix(tmp_path: Path):
    from kg.errors import GraphNotFoundError
    from kg.sinks.stream import Previous

    with pytest.raises(GraphNotFoundError, match="rebuild without --update"):
        GraphmlSink().open(tmp_path / "new", Previous(tmp_path, {}))


# ----------------------------------------------------------------------------- formatters against a plain oracle

_AWKWARD = st.text(alphabet=st.sampled_from(list('a &<>"\'\r\n\t\x07\x1f\ud800\ufffe\uffffé中[],')), max_size=10)


def _oracle_text(value) -> str:
    """GraphML <data> text the plain way: saxutils.escape, json.dumps per list (the file is then cleaned)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        strings = value and isinstance(value[0], str)
        return escape(json.dumps(value, ensure_ascii=False)) if strings else json.dumps(value)
    return repr(value)


def _oracle(records, first_edge: int) -> str:
    out = []
    for r in records.nodes:
        out.append(f'    <node id="{escape(r.row["id"], _ATTR_ENTITIES)}">\n')
        out += [f'      <data key="{NODE_KEYS[k]}">{_oracle_text(v)}</data>\n' for k, v in r.row.items()]
        out.append(f'      <data key="{NODE_KEYS["labels"]}">{"".join(":" + x for x in r.labels)}</data>\n'
                   f'      <data key="{NODE_KEYS["label"]}">{_oracle_text(r.row["name"])}</data>\n    </node>\n')
    for index, r in enumerate(records.edges, first_edge):
        out.append(f'    <edge id="e{index}" source="{escape(r.source, _ATTR_ENTITIES)}" '
                   f'target="{escape(r.target, _ATTR_ENTITIES)}">\n'
                   f'      <data key="{EDGE_KEYS["type"]}">{r.type}</data>\n'
                   f'      <data key="{EDGE_KEYS["label"]}">{r.type}</data>\n')
        out += [f'      <data key="{EDGE_KEYS[k]}">{_oracle_text(v)}</data>\n' for k, v in r.props.items()]
        out.append("    </edge>\n")
    return re.sub("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]", lambda m: "&#13;" if m.group() == "\r" else "\ufffd",
                  "".join(out))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_AWKWARD, _AWKWARD, _AWKWARD), min_size=1, max_size=4))
def test_graphml_pieces_equal_escaping_and_cleaning_the_whole_text(values) -> None:
    """Each value is escaped and cleaned on its own (and one-string lists remembered): the text equals
    escaping every value and cleaning the whole text once."""
    graph = KnowledgeGraph()
    for index, (name, alias, sentence) in enumerate(values * 2):  # twice: remembered elements come back
        paper = graph.add_node(Node(f"paper/{index}{name}", Cls.PAPER, name, [alias],
                                    {"title": sentence, "line_start": 3}, {str(index)}))
        method = graph.add_node(Node(f"method/{alias}", Cls.METHOD, alias, [name, alias]))
        evidence = [Evidence(str(index), sentence, sentence, 0, 1, alias, 0.5)]
        graph.add_edge(Edge(paper.id, Rel.USES, method.id, evidence * (1 + index % 2)))
        graph.add_edge(Edge(method.id, Rel.OUTPERFORMS, f"method/{name}", evidence, {"paper": sentence}))
    records = graph_records(graph)
    assert graphml_nodes(records.nodes) + graphml_edges(records.edges, 7) == _oracle(records, 7)


_ODD_VALUES = st.one_of(st.floats(), st.integers(-3, 3), st.booleans(), _AWKWARD)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.lists(_ODD_VALUES, min_size=11, max_size=11)), min_size=1, max_size=5))
def test_json_links_equal_the_encoder_for_simple_records_of_any_values(links) -> None:
    """Simple records are written by one f-string when their values have the usual types; any other
    value falls back to the encoder: the text is the encoder's either way."""
    records = []
    for simple, values in links:
        confidence, paper, section, sentence, span, start, end, rule, own, source, target = values
        props = {"confidence": confidence, "evidence_papers": [paper], "evidence_sections": [section],
                 "evidence_sentences": [sentence], "evidence_spans": [span], "evidence_starts": [start],
                 "evidence_ends": [end], "evidence_rules": [rule], "evidence_confidences": [own]}
        records.append(EdgeRecord("USES", source, target, "Paper", "Method", props, simple))
    encoder = json.JSONEncoder(ensure_ascii=False)
    expected = encoder.encode([{"type": r.type, **r.props, "source": r.source, "target": r.target, "key": r.type}
                               for r in records])[1:-1]
    assert json_links(records, True) == expected
    assert json_links(records, False) == ",\n" + expected


def test_typical_values_take_the_fast_json_path() -> None:
    props = {"confidence": 0.5, "evidence_papers": ["2601.1"], "evidence_sections": ["abstract"],
             "evidence_sentences": ['We use "A", é.'], "evidence_spans": ["7-8"], "evidence_starts": [7],
             "evidence_ends": [8], "evidence_rules": ["r"], "evidence_confidences": [0.5]}
    record = EdgeRecord("USES", "paper/2601.1", "method/a", "Paper", "Method", props, True)
    assert _json_simple_link(record) == json.dumps({"type": "USES", **props, "source": "paper/2601.1",
                                                    "target": "method/a", "key": "USES"}, ensure_ascii=False)
