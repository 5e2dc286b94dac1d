"""Fixtures for the property-graph tests: the seed build's folder and a small graph with hostile names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.vocab import Cls, Rel

# Names that break string-built Cypher, CSV, XML or JSON if anything is escaped by hand.
HOSTILE_NAMES = [
    'Net "quoted" v2', "it's", "back\\slash\\", "brace } {x}", "url // not a comment", "/* block */",
    "tab\tand\nnewline", "emoji 🦋 and 中文", "$param", "`backtick`", "<tag>&amp;", "semi;colon,comma",
    " leading and trailing ", "null",
]


def hostile_graph() -> KnowledgeGraph:
    """A small graph whose node names, aliases and evidence sentences are all hostile strings."""
    graph = KnowledgeGraph()
    paper = Node("paper/2601.00001", Cls.PAPER, HOSTILE_NAMES[0], ["2601.00001"],
                 {"title": HOSTILE_NAMES[0], "line_start": 3}, {"2601.00001"})
    graph.add_node(paper)
    result = Node("result/2601.00001/abstract/0-4/0", Cls.RESULT, "1.5%", props={"value": "1.5%", "number": 1.5},
                  papers={"2601.00001"})
    graph.add_node(result)
    graph.add_edge(Edge(paper.id, Rel.REPORTS, result.id, [Evidence("2601.00001", "abstract", "1.5%", 0, 4)]))
    for index, name in enumerate(HOSTILE_NAMES):
        cls = (Cls.METHOD, Cls.DATASET, Cls.BENCHMARK)[index % 3]
        node = graph.add_node(Node(f"{cls.value.lower()}/n{index}", cls, name, [name + " alias", "x"],
                                   {"first_seen_digest": name}, {"2601.00001"}))
        rel = {Cls.METHOD: Rel.USES, Cls.DATASET: Rel.EVALUATES_ON, Cls.BENCHMARK: Rel.EVALUATES_ON}[cls]
        evidence = [Evidence("2601.00001", "abstract", f"We use {name}.", 7, 7 + len(name), "test", 0.5),
                    Evidence("2601.00001", "method", name, 0, len(name), "", 0.9)]
        graph.add_edge(Edge(paper.id, rel, node.id, evidence))
    return graph


@pytest.fixture(scope="session")
def seed_dir(seed_build) -> Path:
    return seed_build.out_dir
