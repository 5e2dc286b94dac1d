"""The property-graph view (:mod:`kg.sinks.property_graph`) grouped the way Neo4j loads it: node rows
by label set, relationship rows by (type, start label, end label). Both Neo4j sinks (Bolt and bulk
CSV) write from these groups, so they store exactly what LadybugDB and GraphML store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import KnowledgeGraph
from .property_graph import NODE_TABLES, SOURCE, TARGET, PropType, Row, labels_of, property_graph


@dataclass(slots=True)
class NodeGroup:
    """Nodes with the same labels; the first label is the one keyed by a uniqueness constraint."""

    labels: tuple[str, ...]
    props: dict[str, PropType]  # property types of the node table
    rows: list[Row] = field(default_factory=list)  # each has "id"


@dataclass(slots=True)
class RelationshipGroup:
    """Relationships of one type between nodes of one start and one end key label."""

    type: str
    start_label: str
    end_label: str
    props: dict[str, PropType]
    rows: list[dict[str, Any]] = field(default_factory=list)  # {"source", "target", "props"}


@dataclass
class Neo4jRows:
    """Node and relationship groups of a graph, in a deterministic order (empty groups left out)."""

    nodes: dict[tuple[str, ...], NodeGroup]
    relationships: dict[tuple[str, str, str], RelationshipGroup]

    def key_labels(self) -> list[str]:
        """Labels with a uniqueness constraint on ``id``: every node table's label, used or not."""
        return list(NODE_TABLES)

    def node_groups(self) -> Iterator[NodeGroup]:
        return iter(self.nodes[k] for k in sorted(self.nodes))

    def relationship_groups(self) -> Iterator[RelationshipGroup]:
        return iter(self.relationships[k] for k in sorted(self.relationships))


def neo4j_rows(graph: KnowledgeGraph) -> Neo4jRows:
    """Group the property-graph view of ``graph`` for loading into Neo4j."""
    view = property_graph(graph)
    nodes: dict[tuple[str, ...], NodeGroup] = {}
    for table in view.nodes.values():
        for row in table.rows:
            labels = tuple(labels_of(table.label, row))
            nodes.setdefault(labels, NodeGroup(labels, table.props)).rows.append(row)
    relationships: dict[tuple[str, str, str], RelationshipGroup] = {}
    for rtable in view.relationships.values():
        for row, (start, end) in zip(rtable.rows, rtable.row_pairs):
            key = (rtable.type, start, end)
            group = relationships.setdefault(key, RelationshipGroup(*key, rtable.props))
            props = {k: v for k, v in row.items() if k not in (SOURCE, TARGET)}
            group.rows.append({"source": row[SOURCE], "target": row[TARGET], "props": props})
    return Neo4jRows(nodes, relationships)
