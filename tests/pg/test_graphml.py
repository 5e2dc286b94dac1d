"""graph.graphml and graph.json read back with NetworkX give the same nodes, edges and attributes."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.sinks.graphml import decode_labels, write_graphml, write_node_link
from kg.sinks.property_graph import property_graph, to_networkx

from .conftest import HOSTILE_NAMES, hostile_graph


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


def test_seed_graphml_reproduces_nodes_edges_and_attributes(seed_build, seed_dir: Path):
    read = nx.read_graphml(seed_dir / "graph.graphml", force_multigraph=True)
    assert_same_graph(read, to_networkx(seed_build.graph))


def test_graphml_has_no_empty_or_null_values(seed_dir: Path):
    read = nx.read_graphml(seed_dir / "graph.graphml", force_multigraph=True)
    for _, attrs in read.nodes(data=True):
        assert all(v is not None and v != "[]" for v in attrs.values())


def test_node_link_json_reproduces_the_graph(seed_build, seed_dir: Path):
    data = json.loads((seed_dir / "graph.json").read_text(encoding="utf-8"))
    read = nx.node_link_graph(data, edges="links")
    expected = to_networkx(seed_build.graph)
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert sorted(read.edges(keys=True)) == sorted(expected.edges(keys=True))
    # node-link keeps each node's key in "id", which is also the node's id property
    for node, attrs in expected.nodes(data=True):
        assert read.nodes[node] == {k: v for k, v in attrs.items() if k != "id"}
        assert attrs["id"] == node


def test_hostile_names_round_trip_through_graphml_and_json(tmp_path: Path):
    graph = hostile_graph()
    view = property_graph(graph)
    write_graphml(view, tmp_path / "g.graphml")
    write_node_link(view, tmp_path / "g.json")
    read = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert_same_graph(read, to_networkx(view))
    assert set(HOSTILE_NAMES) <= {a["name"] for _, a in read.nodes(data=True)}
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert set(HOSTILE_NAMES) <= {n["name"] for n in data["nodes"]}
