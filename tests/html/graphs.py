"""Graphs for the HTML view tests: networkx mirrors of a KnowledgeGraph and a small synthetic graph."""

from __future__ import annotations

import networkx as nx

from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.vocab import Cls, Rel


def undirected(graph: KnowledgeGraph) -> nx.MultiGraph:
    """The graph as an undirected networkx multigraph (one edge per KG edge)."""
    g = nx.MultiGraph()
    g.add_nodes_from(graph.nodes)
    for source, rel, target in graph.edges:
        g.add_edge(source, target, key=rel)
    return g


def star_of_stars(hubs: int = 4, leaves: int = 30) -> KnowledgeGraph:
    """Papers (hubs) each with many authors (leaves), all in one category; hub i has i*leaves//hubs extra leaves."""
    graph = KnowledgeGraph()
    graph.add_node(Node("category/cs.cv", Cls.CATEGORY, "cs.CV"))
    for h in range(hubs):
        pid = f"paper/2602.{h:05d}"
        graph.add_node(Node(pid, Cls.PAPER, f"Paper {h}", [f"2602.{h:05d}"], {"title": f"Paper {h}"}, {pid}))
        graph.add_edge(Edge(pid, Rel.IN_CATEGORY, "category/cs.cv"))
        for a in range(leaves + h * leaves // hubs):
            aid = f"author/p{h}-a{a}"
            graph.add_node(Node(aid, Cls.AUTHOR, f"Author {h}.{a}", papers={pid}))
            graph.add_edge(Edge(aid, Rel.AUTHORED, pid, [Evidence(pid, "header", f"Paper {h}", 0, 7, "reader")]))
    # a second component, smaller than the first
    graph.add_node(Node("method/lonely", Cls.METHOD, "Lonely Net", ["LN"]))
    graph.add_node(Node("dataset/island", Cls.DATASET, "Island"))
    graph.add_edge(Edge("method/lonely", Rel.USES, "dataset/island"))
    return graph
