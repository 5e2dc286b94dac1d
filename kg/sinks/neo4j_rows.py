"""The property graph as Neo4j loads it: node rows grouped by labels, relationship rows grouped by
(type, start label, end label). Both Neo4j sinks (Bolt and bulk CSV) write from this one view.

Labels and relationship types come from :mod:`kg.vocab` (a Benchmark node is ``:Dataset:Benchmark``
and is keyed under ``Dataset``). Properties are Neo4j-storable only: strings, numbers, booleans and
lists of strings; ``None`` and empty lists are left out, so every path stores the same properties.
Relationship properties carry the evidence: papers, sections, sentences, spans, rules, confidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Edge, KnowledgeGraph, Node
from ..vocab import Cls

PropValue = str | int | float | bool | list[str]


@dataclass(slots=True)
class NodeGroup:
    """Nodes with the same labels; the first label is the one keyed by a uniqueness constraint."""

    labels: tuple[str, ...]
    rows: list[dict[str, PropValue]] = field(default_factory=list)  # each has "id"


@dataclass(slots=True)
class RelationshipGroup:
    """Relationships of one type between nodes of one start and one end key label."""

    type: str
    start_label: str
    end_label: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # {"source", "target", "props"}


def key_label(node: Node) -> str:
    """The label a node is MERGEd and constrained on (Dataset for a Benchmark)."""
    return node.labels[0]


def _clean(props: dict[str, Any]) -> dict[str, PropValue]:
    out: dict[str, PropValue] = {}
    for key, value in props.items():
        # left out: None, empty lists, and lists of empty strings (a CSV cell cannot tell those apart)
        if value is None or (isinstance(value, (list, tuple, set)) and not any(str(v) for v in value)):
            continue
        if isinstance(value, (list, tuple, set)):
            value = sorted(str(v) for v in value) if isinstance(value, set) else [str(v) for v in value]
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def node_properties(node: Node) -> dict[str, PropValue]:
    """All properties of a node as stored in Neo4j (``id``, ``name``, ``aliases``, ``papers``, props)."""
    props: dict[str, Any] = {**node.props, "id": node.id, "name": node.name, "aliases": list(node.aliases),
                             "papers": node.papers}
    return _clean(props)


def edge_properties(edge: Edge) -> dict[str, PropValue]:
    """Evidence and extra properties of an edge, as parallel lists (one entry per piece of evidence)."""
    evidence = edge.evidence
    props: dict[str, Any] = {
        **edge.props,
        "confidence": round(edge.confidence, 3),
        "evidence_papers": [e.paper for e in evidence],
        "evidence_sections": [e.section for e in evidence],
        "evidence_sentences": [e.sentence for e in evidence],
        "evidence_spans": [f"{e.start}-{e.end}" for e in evidence],
        "evidence_rules": [e.rule for e in evidence],
    }
    return _clean(props)


@dataclass
class Neo4jRows:
    """Node and relationship groups of a graph, in a deterministic order."""

    nodes: dict[tuple[str, ...], NodeGroup]
    relationships: dict[tuple[str, str, str], RelationshipGroup]

    def key_labels(self) -> list[str]:
        """Labels that get a uniqueness constraint on ``id``: every class's key label."""
        return sorted({Cls.DATASET.value if c is Cls.BENCHMARK else c.value for c in Cls})

    def node_groups(self) -> Iterator[NodeGroup]:
        return iter(self.nodes[k] for k in sorted(self.nodes))

    def relationship_groups(self) -> Iterator[RelationshipGroup]:
        return iter(self.relationships[k] for k in sorted(self.relationships))


def neo4j_rows(graph: KnowledgeGraph) -> Neo4jRows:
    """Group the graph's nodes and edges for loading."""
    nodes: dict[tuple[str, ...], NodeGroup] = {}
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        labels = tuple(node.labels)
        nodes.setdefault(labels, NodeGroup(labels)).rows.append(node_properties(node))
    relationships: dict[tuple[str, str, str], RelationshipGroup] = {}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        start, end = graph.nodes.get(edge.source), graph.nodes.get(edge.target)
        if start is None or end is None:
            continue  # an edge to a node the graph does not hold cannot be loaded
        key = (edge.type.name, key_label(start), key_label(end))
        group = relationships.setdefault(key, RelationshipGroup(*key))
        group.rows.append({"source": edge.source, "target": edge.target, "props": edge_properties(edge)})
    return Neo4jRows(nodes, relationships)
