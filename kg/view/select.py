"""Which part of a graph the HTML view shows: a focus neighbourhood, some types, at most N nodes.

The default view keeps the most connected part: it grows from the best-connected node, always adding
the best-connected neighbour next, so the kept nodes stay connected and hubs come first. A focus view
keeps the nodes nearest to the focus first. Everything left out is counted by type so the page can
say what is missing.
"""

from __future__ import annotations

import heapq
import logging
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import process

from ..errors import KGError
from ..model import KnowledgeGraph, Node
from ..resolve import normalise
from ..vocab import Cls
from .style import LEGEND_ORDER

log = logging.getLogger(__name__)

DEFAULT_MAX_NODES = 300
DEFAULT_DEPTH = 2


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """What to show. ``max_nodes`` 0 or None means no cap."""

    focus: str | None = None
    depth: int = DEFAULT_DEPTH
    types: tuple[Cls, ...] = ()
    max_nodes: int | None = DEFAULT_MAX_NODES


@dataclass(slots=True)
class View:
    """The chosen subgraph: node ids in the order they were chosen, edge keys between them, and counts."""

    spec: ViewSpec
    node_ids: list[str]
    edge_keys: list[tuple[str, str, str]]
    total_nodes: int
    total_edges: int
    in_scope: int  # nodes that match the focus and types before the cap
    focus_id: str | None = None
    left_out: dict[str, int] = field(default_factory=dict)  # class name -> nodes in scope not shown
    capped: bool = False

    @property
    def summary(self) -> dict[str, object]:
        """What the view holds, as the page and the CLI report it."""
        return {
            "nodes": len(self.node_ids), "edges": len(self.edge_keys),
            "total_nodes": self.total_nodes, "total_edges": self.total_edges,
            "in_scope": self.in_scope, "left_out": self.left_out, "capped": self.capped,
            "focus": self.focus_id, "depth": self.spec.depth if self.spec.focus else None,
            "types": [t.value for t in self.spec.types], "max_nodes": self.spec.max_nodes or None,
        }

    def describe(self) -> str:
        """One line: what is shown and what was left out."""
        text = f"{len(self.node_ids)} of {self.total_nodes} nodes, {len(self.edge_keys)} of {self.total_edges} edges"
        if self.focus_id:
            text += f" within {self.spec.depth} hop{'s' if self.spec.depth != 1 else ''} of {self.focus_id}"
        if self.left_out:
            text += "; left out: " + ", ".join(f"{n} {t}" for t, n in self.left_out.items())
        return text


def parse_types(text: str | Iterable[str] | None) -> tuple[Cls, ...]:
    """Class names from ``"Method,Dataset"`` (any case); raise naming the valid ones on a typo."""
    if not text:
        return ()
    names = text.split(",") if isinstance(text, str) else list(text)
    by_lower = {c.value.lower(): c for c in Cls}
    out: list[Cls] = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        cls = by_lower.get(name.lower())
        if cls is None:
            raise KGError(f"unknown node type {name!r} in --types; valid types: {', '.join(c.value for c in Cls)}")
        if cls not in out:
            out.append(cls)
    return tuple(out)


def adjacency(graph: KnowledgeGraph) -> tuple[dict[str, set[str]], Counter[str]]:
    """Undirected neighbours of every node, and its degree (number of incident edges)."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    degree: Counter[str] = Counter()
    for source, _, target in graph.edges:
        if source not in graph.nodes or target not in graph.nodes:
            continue
        degree[source] += 1
        degree[target] += 1
        if source != target:
            neighbours[source].add(target)
            neighbours[target].add(source)
    return neighbours, degree


def find_node(graph: KnowledgeGraph, name: str, degree: Counter[str] | None = None) -> Node:
    """The node called ``name`` (its id, name or an alias, any case); the best connected one when several match."""
    if name in graph.nodes:
        return graph.nodes[name]
    key = normalise(name)
    matches = [n for n in graph.nodes.values()
               if normalise(n.name) == key or any(normalise(a) == key for a in n.aliases)]
    if not matches:
        choices = {n.id: n.name for n in graph.nodes.values()}
        close = process.extract(name, choices, limit=5, score_cutoff=60)
        hint = f"; did you mean: {', '.join(repr(c[0]) for c in close)}?" if close else ""
        raise KGError(f"no node named {name!r} in the graph{hint} (--focus takes a name, an alias or a node id)")
    if degree is None:
        degree = adjacency(graph)[1]
    matches.sort(key=lambda n: (-degree[n.id], n.id))
    if len(matches) > 1:
        log.info("%d nodes are called %r; focusing on %s", len(matches), name, matches[0].id)
    return matches[0]


def _within(start: str, depth: int, neighbours: dict[str, set[str]]) -> dict[str, int]:
    """Hop distance from ``start`` of every node at most ``depth`` hops away."""
    distance = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if distance[node] >= depth:
            continue
        for other in neighbours.get(node, ()):
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)
    return distance


def _type_rank(graph: KnowledgeGraph) -> dict[str, int]:
    """Tie-break between equally connected nodes: research entities before bibliographic ones."""
    order = {cls: i for i, cls in enumerate(LEGEND_ORDER)}
    return {n.id: order.get(n.type, len(order)) for n in graph.nodes.values()}


def _most_connected(scope: set[str], neighbours: dict[str, set[str]], limit: int, rank: dict[str, int]) -> list[str]:
    """Up to ``limit`` nodes grown from the best-connected node, best-connected neighbour first."""
    local = {n: len(neighbours.get(n, set()) & scope) for n in scope}
    seeds = sorted(scope, key=lambda n: (-local[n], rank[n], n))
    chosen: list[str] = []
    seen: set[str] = set()
    for seed in seeds:
        if len(chosen) >= limit:
            break
        if seed in seen:
            continue
        heap = [(-local[seed], rank[seed], seed)]
        seen.add(seed)
        while heap and len(chosen) < limit:
            *_, node = heapq.heappop(heap)
            chosen.append(node)
            for other in neighbours.get(node, ()):
                if other in scope and other not in seen:
                    seen.add(other)
                    heapq.heappush(heap, (-local[other], rank[other], other))
    return chosen


def select_view(graph: KnowledgeGraph, spec: ViewSpec | None = None) -> View:
    """Choose the nodes and edges to show for ``spec``."""
    spec = spec or ViewSpec()
    if spec.depth < 0:
        raise KGError(f"--depth must be 0 or more, not {spec.depth}")
    if spec.max_nodes is not None and spec.max_nodes < 0:
        raise KGError(f"--max-nodes must be 0 (no cap) or more, not {spec.max_nodes}")
    neighbours, degree = adjacency(graph)
    focus_id = None
    if spec.focus:
        focus_id = find_node(graph, spec.focus, degree).id
        distance = _within(focus_id, spec.depth, neighbours)
    else:
        distance = dict.fromkeys(graph.nodes, 0)
    if spec.types:
        wanted = {t.value for t in spec.types}
        distance = {n: d for n, d in distance.items()
                    if n == focus_id or wanted.intersection(graph.nodes[n].labels)}
    scope = set(distance)
    limit = spec.max_nodes or len(scope)
    rank = _type_rank(graph)
    if focus_id or len(scope) <= limit:
        # Nearest first: every kept node at distance d has its parent at d - 1 kept too.
        chosen = sorted(scope, key=lambda n: (distance[n], -degree[n], rank[n], n))[:limit]
    else:
        chosen = _most_connected(scope, neighbours, limit, rank)
    kept = set(chosen)
    edge_keys = [k for k in graph.edges if k[0] in kept and k[2] in kept]
    left = Counter(graph.nodes[n].type.value for n in scope - kept)
    return View(spec=spec, node_ids=chosen, edge_keys=edge_keys, total_nodes=len(graph.nodes),
                total_edges=len(graph.edges), in_scope=len(scope), focus_id=focus_id,
                left_out=dict(left.most_common()), capped=len(scope) > len(kept))
