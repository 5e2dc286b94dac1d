"""Read a built graph folder back into a :class:`KnowledgeGraph` for ``kg html --graph DIR``.

Two sources, best first: the build state ``kg build`` saves for ``--update`` (the exact graph), then
``graph.json`` (networkx node-link JSON written by the GraphML sink).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..errors import GraphNotFoundError, KGError
from ..model import Edge, Evidence, KnowledgeGraph, Node
from ..vocab import Cls, Rel

log = logging.getLogger(__name__)

GRAPH_JSON = "graph.json"
_NODE_KEYS = {"id", "type", "label", "labels", "name", "aliases", "papers"}
_EDGE_KEYS = {"source", "target", "type", "key", "evidence", "rel", "label"}


def load_graph(folder: Path) -> KnowledgeGraph:
    """The graph built into ``folder``."""
    if not folder.is_dir():
        raise GraphNotFoundError(f"{folder} is not a folder; build one with `kg build DIGEST... --out {folder}`")
    from ..pipeline import STATE_FILE, load_state

    if (folder / STATE_FILE).exists():
        try:
            return load_state(folder).builder.graph
        except (KGError, Exception) as exc:  # noqa: BLE001 - a stale state falls back to graph.json
            log.info("cannot use %s (%s); trying %s", folder / STATE_FILE, exc, GRAPH_JSON)
    path = folder / GRAPH_JSON
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            return graph_from_node_link(json.load(handle))
    raise GraphNotFoundError(f"{folder} holds no built graph (no {STATE_FILE} or {GRAPH_JSON}); "
                             f"run `kg build DIGEST... --out {folder}` first")


def _cls(record: dict[str, Any]) -> Cls:
    names = record.get("labels") or record.get("type") or record.get("label")
    if isinstance(names, str):
        names = [n for n in names.replace(";", ":").split(":") if n]
    found = [Cls(n) for n in names or () if n in Cls._value2member_map_]
    if not found:
        raise KGError(f"graph.json node {record.get('id')!r} has no known type (labels {names!r})")
    return Cls.BENCHMARK if Cls.BENCHMARK in found else found[0]


def _rel(record: dict[str, Any]) -> Rel:
    name = record.get("type") or record.get("rel") or record.get("label") or record.get("key")
    if name in Rel.__members__:
        return Rel[name]
    if name in Rel._value2member_map_:
        return Rel(name)
    raise KGError(f"graph.json edge {record.get('source')!r} -> {record.get('target')!r} has unknown type {name!r}")


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [v for v in value.split(";") if v]
        return [str(v) for v in decoded] if isinstance(decoded, list) else [value]
    return [str(v) for v in value]


def _evidence(value: Any) -> list[Evidence]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    out = []
    for item in value or ():
        if isinstance(item, dict):
            out.append(Evidence(str(item.get("paper", "")), str(item.get("section", "")), str(item.get("sentence", "")),
                                int(item.get("start", 0)), int(item.get("end", 0)), str(item.get("rule", "")),
                                float(item.get("confidence", 1.0))))
    return out


def graph_from_node_link(data: dict[str, Any]) -> KnowledgeGraph:
    """A KnowledgeGraph from networkx node-link JSON (``links`` or ``edges``; list values as lists or JSON strings)."""
    graph = KnowledgeGraph()
    for record in data.get("nodes", []):
        props = {k: v for k, v in record.items() if k not in _NODE_KEYS}
        graph.add_node(Node(str(record["id"]), _cls(record), str(record.get("name", record["id"])),
                            _list(record.get("aliases")), props, set(_list(record.get("papers")))))
    for record in data.get("links", data.get("edges", [])):
        props = {k: v for k, v in record.items() if k not in _EDGE_KEYS}
        graph.add_edge(Edge(str(record["source"]), _rel(record), str(record["target"]),
                            _evidence(record.get("evidence")), props))
    return graph
