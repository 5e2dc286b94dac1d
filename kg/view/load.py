"""Read a built graph folder back into a :class:`KnowledgeGraph` for ``kg html --graph DIR``.

Two sources, best first: ``graph.json`` (networkx node-link JSON written by the GraphML sink, the whole
graph), then the build state ``kg build`` saves for ``--update`` when it holds the whole graph (a
streaming build keeps only the shared nodes there, its papers are in the files).
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
# Keys that are not node/edge props: the node's identity and class, and what the property-graph view derives
_NODE_KEYS = {"id", "type", "label", "labels", "name", "aliases", "papers", "paper_id", "is_benchmark"}
_EVIDENCE_LISTS = ("evidence_papers", "evidence_sections", "evidence_sentences", "evidence_starts",
                   "evidence_ends", "evidence_rules", "evidence_confidences")
_EDGE_KEYS = {"source", "target", "type", "key", "evidence", "rel", "label", "confidence", "evidence_spans",
              *_EVIDENCE_LISTS}


def load_graph(folder: Path) -> KnowledgeGraph:
    """The graph built into ``folder``."""
    if not folder.is_dir():
        raise GraphNotFoundError(f"{folder} is not a folder; build one with `kg build DIGEST... --out {folder}`")
    from ..pipeline import STATE_FILE, load_state

    path = folder / GRAPH_JSON
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            return graph_from_node_link(json.load(handle))
    if (folder / STATE_FILE).exists():
        try:
            state = load_state(folder)
        except KGError as exc:
            raise GraphNotFoundError(f"{folder} has no {GRAPH_JSON} and its build state cannot be read ({exc}); "
                                     f"rebuild with `kg build DIGEST... --out {folder}`") from exc
        if not state.stats.part_nodes:  # a build that kept the whole graph in memory
            return state.builder.graph
        raise GraphNotFoundError(f"{folder} has no {GRAPH_JSON} (the GraphML sink was not run); rebuild with "
                                 f"`kg build DIGEST... --out {folder} --sink graphml` (or all default sinks)")
    raise GraphNotFoundError(f"{folder} holds no built graph (no {GRAPH_JSON} or {STATE_FILE}); "
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


def _evidence_lists(record: dict[str, Any]) -> list[Evidence]:
    """Evidence from the parallel ``evidence_*`` lists of the property-graph view."""
    columns = [record.get(name) or [] for name in _EVIDENCE_LISTS]
    columns = [json.loads(c) if isinstance(c, str) else c for c in columns]
    papers, sections, sentences, starts, ends, rules, confidences = columns
    return [Evidence(str(p), str(sec), str(sen), int(a), int(b), str(rule or ""), float(conf))
            for p, sec, sen, a, b, rule, conf in zip(papers, sections, sentences, starts, ends, rules, confidences)]


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
        evidence = _evidence(record["evidence"]) if "evidence" in record else _evidence_lists(record)
        graph.add_edge(Edge(str(record["source"]), _rel(record), str(record["target"]), evidence, props))
    graph.canonicalize()  # the file lists paper parts before shared nodes; the graph's order is by id
    return graph
