"""``graph.graphml`` (for Gephi, yEd, ``networkx.read_graphml``) and ``graph.json`` (NetworkX node-link).

GraphML attributes hold only strings, numbers and booleans, so the property-graph view is encoded:

* a node's labels become one string in Neo4j's style, ``":Dataset:Benchmark"`` (attribute ``labels``);
* every list property (``aliases``, ``papers``, ``evidence_*``) becomes a JSON array string, e.g.
  ``'["ViT", "ViT-B/16"]'`` — decode with ``json.loads``;
* a property that is missing (``None``) is left out, never written as an empty value;
* nodes also get ``label`` (= ``name``), the attribute Gephi shows;
* an attribute keeps one type across all nodes (an int among floats is written as a float).

Edges get unique ids ``e0, e1 ...`` and carry ``type`` (the relationship type) and ``label`` (the same,
for Gephi). ``graph.json`` keeps lists as JSON arrays.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_write
from .property_graph import PropType, PropertyGraph, _unify, coerce, property_graph, to_networkx

if TYPE_CHECKING:
    import networkx as nx

    from ..pipeline import Build

log = logging.getLogger(__name__)

GRAPHML_NAME = "graph.graphml"
JSON_NAME = "graph.json"
LABELS_ATTR = "labels"


def encode_labels(labels: list[str]) -> str:
    """``["Dataset", "Benchmark"]`` -> ``":Dataset:Benchmark"``."""
    return "".join(f":{label}" for label in labels)


def decode_labels(text: str) -> list[str]:
    """The inverse of :func:`encode_labels`."""
    return [label for label in text.split(":") if label]


def encode_value(value: Any) -> str | int | float | bool:
    """A property value as a GraphML attribute value (lists as JSON array strings)."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _attribute_types(view: PropertyGraph) -> tuple[dict[str, PropType], dict[str, PropType]]:
    """One type per node attribute name and per edge attribute name, over all tables."""
    node_types: dict[str, PropType] = {}
    for table in view.nodes.values():
        for name, kind in table.props.items():
            node_types[name] = _unify(node_types[name], kind) if name in node_types else kind
    edge_types: dict[str, PropType] = {}
    for rel in view.relationships.values():
        for name, kind in rel.props.items():
            edge_types[name] = _unify(edge_types[name], kind) if name in edge_types else kind
    return node_types, edge_types


def graphml_graph(view: PropertyGraph) -> nx.MultiDiGraph:
    """The MultiDiGraph of ``view`` with GraphML-safe attributes (see the module docstring)."""
    import networkx as nx

    graph = to_networkx(view)
    node_types, edge_types = _attribute_types(view)
    for _, attrs in graph.nodes(data=True):
        labels = attrs.pop(LABELS_ATTR)
        encoded = {k: encode_value(coerce(v, node_types[k])) for k, v in attrs.items() if v is not None}
        attrs.clear()
        attrs.update(encoded, labels=encode_labels(labels), label=encoded.get("name", ""))
    # GraphML edge ids must be unique in the file: e0, e1 ... in the view's order; the type is an attribute
    out = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    for index, (source, target, attrs) in enumerate(graph.edges(data=True)):
        encoded = {k: encode_value(v if k == "type" else coerce(v, edge_types[k])) for k, v in attrs.items()
                   if v is not None}
        out.add_edge(source, target, key=f"e{index}", label=attrs["type"], **encoded)
    return out


def write_graphml(view: PropertyGraph, path: Path) -> Path:
    import networkx as nx

    with atomic_write(path, "wb") as handle:
        nx.write_graphml(graphml_graph(view), handle, encoding="utf-8")
    return path


def write_node_link(view: PropertyGraph, path: Path) -> Path:
    import networkx as nx

    data = nx.node_link_data(to_networkx(view), edges="links")
    with atomic_write(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return path


class GraphmlSink:
    """Writes ``graph.graphml`` and ``graph.json``."""

    name = "graphml"

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        view = property_graph(build.graph)
        return [write_graphml(view, out_dir / GRAPHML_NAME), write_node_link(view, out_dir / JSON_NAME)]
