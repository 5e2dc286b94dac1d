"""Subgraph selection for the HTML view: --focus/--depth, --types and --max-nodes, checked with networkx."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import KGError
from kg.view import ViewSpec, find_node, select_view
from kg.view.select import parse_types
from kg.vocab import Cls

from .graphs import star_of_stars, undirected


def edges_among(graph, kept: set[str]) -> int:
    return sum(1 for s, _, t in graph.edges if s in kept and t in kept)


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_focus_keeps_exactly_the_nodes_within_depth_hops(seed_build, depth: int) -> None:
    graph = seed_build.graph
    g = undirected(graph)
    hub = max(g.degree, key=lambda item: (item[1], item[0]))[0]
    view = select_view(graph, ViewSpec(focus=graph.nodes[hub].name, depth=depth, max_nodes=None))
    expected = set(nx.ego_graph(g, hub, radius=depth))
    assert view.focus_id == hub
    assert set(view.node_ids) == expected
    assert len(view.edge_keys) == edges_among(graph, expected)
    assert not view.left_out


def test_focus_under_a_cap_keeps_the_nearest_nodes(seed_build) -> None:
    graph = seed_build.graph
    g = undirected(graph)
    hub = max(g.degree, key=lambda item: (item[1], item[0]))[0]
    distance = nx.single_source_shortest_path_length(g, hub, cutoff=2)
    cap = len([n for n, d in distance.items() if d <= 1]) + 5
    view = select_view(graph, ViewSpec(focus=hub, depth=2, max_nodes=cap))
    assert len(view.node_ids) == cap
    assert max(distance[n] for n in view.node_ids) == 2
    assert {n for n, d in distance.items() if d <= 1} <= set(view.node_ids)
    assert nx.is_connected(g.subgraph(view.node_ids))
    assert sum(view.left_out.values()) == len(distance) - cap


@pytest.mark.parametrize("cap", [1, 10, 57, 300])
def test_max_nodes_keeps_a_connected_most_connected_part(seed_build, cap: int) -> None:
    graph = seed_build.graph
    g = undirected(graph)
    view = select_view(graph, ViewSpec(max_nodes=cap))
    kept = set(view.node_ids)
    assert len(kept) == min(cap, g.number_of_nodes())
    assert len(view.edge_keys) == edges_among(graph, kept)
    largest = max(nx.connected_components(g), key=len)
    if len(largest) >= cap:
        assert nx.is_connected(g.subgraph(kept))
    top = max(dict(nx.Graph(g).degree).items(), key=lambda item: item[1])
    assert top[0] in kept
    left = sum(view.left_out.values())
    assert left == g.number_of_nodes() - len(kept) and view.capped == (left > 0)


def test_max_nodes_prefers_hubs_and_moves_to_the_next_component() -> None:
    graph = star_of_stars(hubs=4, leaves=20)
    g = undirected(graph)
    everything = select_view(graph, ViewSpec(max_nodes=None))
    assert len(everything.node_ids) == g.number_of_nodes() and not everything.capped
    # Cap = main component + 1: the second component's best node is the extra one.
    main = max(nx.connected_components(g), key=len)
    view = select_view(graph, ViewSpec(max_nodes=len(main) + 1))
    assert main < set(view.node_ids)
    # A small cap starts at the best-connected paper and reaches the next best through the category,
    # rather than taking the (more numerous, equally close) authors.
    papers = sorted((n for n in graph.nodes if n.startswith("paper/")), key=lambda n: -g.degree(n))
    small = select_view(graph, ViewSpec(max_nodes=3))
    assert small.node_ids == [papers[0], "category/cs.cv", papers[1]]


def test_types_filter_keeps_only_those_labels(seed_build) -> None:
    graph = seed_build.graph
    view = select_view(graph, ViewSpec(types=(Cls.PAPER, Cls.CATEGORY), max_nodes=None))
    expected = {n.id for n in graph.nodes.values() if n.type in (Cls.PAPER, Cls.CATEGORY)}
    assert set(view.node_ids) == expected
    assert len(view.edge_keys) == edges_among(graph, expected)


def test_a_benchmark_counts_as_a_dataset_for_types() -> None:
    graph = star_of_stars()
    graph.nodes["dataset/island"].type = Cls.BENCHMARK
    view = select_view(graph, ViewSpec(types=parse_types("dataset")))
    assert view.node_ids == ["dataset/island"]


def test_parse_types_accepts_any_case_and_names_the_valid_types() -> None:
    assert parse_types("method, DATASET,,Method") == (Cls.METHOD, Cls.DATASET)
    with pytest.raises(KGError, match="valid types: .*Method"):
        parse_types("Method,Methd")


def test_find_node_by_name_alias_or_id_and_suggests_on_a_miss() -> None:
    graph = star_of_stars()
    assert find_node(graph, "lonely net").id == "method/lonely"
    assert find_node(graph, "LN").id == "method/lonely"
    assert find_node(graph, "dataset/island").id == "dataset/island"
    with pytest.raises(KGError, match="did you mean.*Lonely Net"):
        find_node(graph, "Lonely Nett")


def test_bad_depth_and_cap_are_errors() -> None:
    graph = star_of_stars()
    with pytest.raises(KGError, match="--depth"):
        select_view(graph, ViewSpec(focus="LN", depth=-1))
    with pytest.raises(KGError, match="--max-nodes"):
        select_view(graph, ViewSpec(max_nodes=-5))
