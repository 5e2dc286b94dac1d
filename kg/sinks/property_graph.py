"""The property-graph view of a :class:`KnowledgeGraph`: node rows per label, relationship rows per
type, their property types, and a NetworkX MultiDiGraph. GraphML/JSON, LadybugDB and the Neo4j
exports are written from this one view, so every engine stores the same properties.

Labels and relationship types come from :mod:`kg.vocab`. A Benchmark is a Dataset: Neo4j gives it
both labels; LadybugDB (one table per node) stores it in the ``Dataset`` table. Every Dataset row
carries ``is_benchmark`` and every node a ``type`` (its most specific class), so saved queries ask
``d.is_benchmark`` / ``n.type`` and run unchanged on both engines. Paper nodes carry ``paper_id``.

Properties are storable everywhere: strings, numbers, booleans and lists of one of those. ``None``,
empty lists and lists of empty strings are left out (a CSV cell cannot tell them apart), so a
missing property reads as ``null`` on every engine. Evidence sits on relationships as parallel
lists, one entry per piece of evidence (see ``docs/property-graph.md``).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from ..model import Edge, KnowledgeGraph, Node
from ..vocab import Cls, Rel

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

Value = str | int | float | bool | list[str] | list[int] | list[float]
Row = dict[str, Value]

KEY = "id"  # node key property (the deterministic entity id)
SOURCE, TARGET = "source", "target"  # relationship row keys holding the end nodes' ids
BENCHMARK_FLAG = "is_benchmark"
PAPER_ID = "paper_id"  # Paper nodes: the bare paper id
# Node labels that are tables / key labels: every class but Benchmark, which lives under Dataset.
NODE_TABLES: tuple[str, ...] = tuple(sorted(c.value for c in Cls if c is not Cls.BENCHMARK))
# Properties every node has (first/last seen are set on every node a paper touches).
BASE_NODE_PROPS = ("id", "type", "name", "aliases", "papers",
                   "first_seen", "first_seen_digest", "last_seen", "last_seen_digest")
EVIDENCE_LISTS = ("evidence_papers", "evidence_sections", "evidence_sentences", "evidence_spans",
                  "evidence_starts", "evidence_ends", "evidence_rules", "evidence_confidences")


class PropType(StrEnum):
    """Property types, named as LadybugDB spells them (Neo4j: string, long, double, boolean, arrays)."""

    STRING = "STRING"
    INT64 = "INT64"
    DOUBLE = "DOUBLE"
    BOOLEAN = "BOOLEAN"
    STRING_LIST = "STRING[]"
    INT64_LIST = "INT64[]"
    DOUBLE_LIST = "DOUBLE[]"
    BOOLEAN_LIST = "BOOLEAN[]"

    @property
    def is_list(self) -> bool:
        return self.value.endswith("[]")

    @property
    def element(self) -> PropType:
        return PropType(self.value.removesuffix("[]"))


_ELEMENT: dict[PropType, PropType] = {kind: kind.element for kind in PropType if kind.is_list}
_PYTHON_TYPE: dict[PropType, type] = {PropType.STRING: str, PropType.INT64: int, PropType.DOUBLE: float,
                                      PropType.BOOLEAN: bool}

_DEFAULT_TYPES: dict[str, PropType] = {
    "id": PropType.STRING, "type": PropType.STRING, "name": PropType.STRING, "aliases": PropType.STRING_LIST,
    "papers": PropType.STRING_LIST, "first_seen": PropType.STRING, "first_seen_digest": PropType.STRING,
    "last_seen": PropType.STRING, "last_seen_digest": PropType.STRING, BENCHMARK_FLAG: PropType.BOOLEAN,
    PAPER_ID: PropType.STRING,
    "confidence": PropType.DOUBLE, "evidence_starts": PropType.INT64_LIST, "evidence_ends": PropType.INT64_LIST,
    "evidence_confidences": PropType.DOUBLE_LIST,
    **{name: PropType.STRING_LIST for name in ("evidence_papers", "evidence_sections", "evidence_sentences",
                                               "evidence_spans", "evidence_rules")},
}


S, I, D, B = PropType.STRING, PropType.INT64, PropType.DOUBLE, PropType.BOOLEAN
# The properties kg/graph.py gives each class beyond BASE_NODE_PROPS, with their types: the schema every
# engine and file format declares up front (a streaming build cannot look at all rows first).
CLASS_PROPS: dict[Cls, dict[str, PropType]] = {
    Cls.PAPER: {PAPER_ID: S, "title": S, "url": S, "id_scheme": S, "arxiv_version": S, "digest": S,
                "digest_date": S, "source_file": S, "line_start": I, "line_end": I,
                "tldr": S, "tldr_lang": S, "abstract": S, "abstract_lang": S},
    Cls.RESULT: {"value": S, "number": D, "unit": S, "metric_name": S, "dataset_name": S, "method_name": S},
    Cls.CODE_REPOSITORY: {"url": S},
    Cls.DATASET: {BENCHMARK_FLAG: B},
}
# Relationship properties: every type has confidence and evidence; some have more.
EDGE_PROPS: dict[str, PropType] = {"confidence": D, **{name: _DEFAULT_TYPES[name] for name in EVIDENCE_LISTS}}
REL_PROPS: dict[Rel, dict[str, PropType]] = {Rel.OUTPERFORMS: {"paper": S}}  # the paper that claims it


def node_schema(table: str) -> dict[str, PropType]:
    """Property name -> type of a node table (``id`` first)."""
    return {name: _DEFAULT_TYPES[name] for name in BASE_NODE_PROPS} | CLASS_PROPS.get(Cls(table), {})


def relationship_schema(rel: Rel) -> dict[str, PropType]:
    """Property name -> type of a relationship type."""
    return EDGE_PROPS | REL_PROPS.get(rel, {})


def typed_row(row: Row, schema: dict[str, PropType], what: str) -> Row:
    """``row`` with each value coerced to its schema type; a property the schema lacks is an error."""
    out: Row = {}
    for key, value in row.items():
        kind = schema.get(key)
        if kind is None:
            raise ExportError(f"{what} has a property {key!r} the property-graph schema lacks; declare it in "
                              "CLASS_PROPS / REL_PROPS of kg/sinks/property_graph.py")
        out[key] = coerce(value, kind)
    return out


def node_table(node: Node) -> str:
    """The label a node is keyed on: its LadybugDB table and Neo4j constraint label (Dataset for a Benchmark)."""
    return TABLE_OF_CLASS[node.type]


# Lookups per enum member (a dict keyed by a StrEnum member hashes as a str; ``.name`` goes through a descriptor).
TABLE_OF_CLASS: dict[Cls, str] = {c: Node("", c, "").labels[0] for c in Cls}  # node.labels[0], without the list
REL_NAME: dict[Rel, str] = {rel: rel.name for rel in Rel}


def labels_of(table: str, row: Row) -> list[str]:
    """All labels of a node row of ``table`` (``[Dataset, Benchmark]`` for a benchmark)."""
    return [table, Cls.BENCHMARK.value] if row.get(BENCHMARK_FLAG) is True else [table]


def clean(props: dict[str, Any]) -> Row:
    """Storable properties: no ``None``, no empty lists or lists of empty strings; sets sorted."""
    out: Row = {}
    for key, value in props.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            if not any(str(v) for v in value):
                continue
            value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def node_properties(node: Node) -> Row:
    """Every property of a node: key, type, name, aliases, papers, then the node's own props."""
    props: dict[str, Any] = {**node.props, "id": node.id, "type": node.type.value, "name": node.name,
                             "aliases": list(node.aliases), "papers": node.papers}
    if node_table(node) == Cls.DATASET.value:
        props[BENCHMARK_FLAG] = node.type is Cls.BENCHMARK
    elif node.type is Cls.PAPER:
        # the bare paper id (arXiv id or DOI), as the RDF graph's dcterms:identifier has it
        props[PAPER_ID] = node.id.partition("/")[2]
    return clean(props)


def edge_properties(edge: Edge) -> Row:
    """Extra props of an edge, its best confidence and its evidence as parallel lists."""
    evidence = edge.evidence
    props: dict[str, Any] = {
        **edge.props,
        "confidence": round(edge.confidence, 3),
        "evidence_papers": [e.paper for e in evidence],
        "evidence_sections": [e.section for e in evidence],
        "evidence_sentences": [e.sentence for e in evidence],
        "evidence_spans": [f"{e.start}-{e.end}" for e in evidence],
        "evidence_starts": [e.start for e in evidence],
        "evidence_ends": [e.end for e in evidence],
        "evidence_rules": [e.rule for e in evidence],
        "evidence_confidences": [round(e.confidence, 3) for e in evidence],
    }
    return clean(props)


_SCALAR_KIND: dict[type, PropType] = {str: PropType.STRING, int: PropType.INT64, float: PropType.DOUBLE,
                                      bool: PropType.BOOLEAN}
_LIST_KIND: dict[frozenset[type], PropType] = {
    frozenset({int}): PropType.INT64_LIST, frozenset({float}): PropType.DOUBLE_LIST,
    frozenset({int, float}): PropType.DOUBLE_LIST, frozenset({bool}): PropType.BOOLEAN_LIST,
}


def _value_type(value: Value) -> PropType:
    if isinstance(value, list):
        return _LIST_KIND.get(frozenset(map(type, value)), PropType.STRING_LIST)
    return _SCALAR_KIND.get(type(value), PropType.STRING)


def _unify(a: PropType, b: PropType) -> PropType:
    if a == b:
        return a
    numeric = {PropType.INT64, PropType.DOUBLE}
    if {a, b} <= numeric:
        return PropType.DOUBLE
    if {a, b} <= {PropType.INT64_LIST, PropType.DOUBLE_LIST}:
        return PropType.DOUBLE_LIST
    return PropType.STRING_LIST if a.is_list or b.is_list else PropType.STRING


def coerce(value: Value, kind: PropType) -> Value:
    """``value`` as a ``kind`` (ints become floats in a DOUBLE column, mixed values strings)."""
    element = _ELEMENT.get(kind)
    if element is not None:
        items = value if isinstance(value, list) else [value]
        wanted = _PYTHON_TYPE[element]
        if all(type(v) is wanted for v in items):  # the common case, without a copy per item
            return items
        return [coerce(v, element) for v in items]  # type: ignore[misc]
    if type(value) is _PYTHON_TYPE[kind]:
        return value
    if kind is PropType.DOUBLE and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if kind is PropType.STRING:
        return str(value).lower() if isinstance(value, bool) else str(value)
    return value


def infer_types(rows: Iterable[Row], base: Iterable[str] = ()) -> dict[str, PropType]:
    """Property name -> type over ``rows``; ``base`` names come first, in order, even when unused."""
    seen: dict[str, PropType] = {}
    for row in rows:
        for key, value in row.items():
            kind = _value_type(value)
            seen[key] = kind if key not in seen else _unify(seen[key], kind)
    types: dict[str, PropType] = {}
    for key in (*base, *seen):
        if key in types:
            continue
        default, found = _DEFAULT_TYPES.get(key), seen.get(key)
        if default is not None and found is not None:
            types[key] = _unify(default, found)
        else:
            types[key] = default or found or PropType.STRING
    return types


@dataclass(slots=True)
class RelationshipTable:
    """Relationships of one type: their (start label, end label) pairs, property types and rows."""

    type: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    props: dict[str, PropType] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)  # each: source, target (node ids) + properties
    row_pairs: list[tuple[str, str]] = field(default_factory=list)  # parallel to rows


@dataclass(slots=True)
class NodeTable:
    """Nodes keyed on one label: property types (``id`` first) and rows."""

    label: str
    props: dict[str, PropType] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


@dataclass
class PropertyGraph:
    """Every node table (one per key label, empty ones included) and relationship table (one per type)."""

    nodes: dict[str, NodeTable]
    relationships: dict[str, RelationshipTable]

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label (a benchmark counts as Dataset and Benchmark) and rel counts per type,
        in the shape of :meth:`KnowledgeGraph.counts`."""
        labels: dict[str, int] = {}
        for table in self.nodes.values():
            for row in table.rows:
                for label in labels_of(table.label, row):
                    labels[label] = labels.get(label, 0) + 1
        rels = {t.type: len(t.rows) for t in self.relationships.values() if t.rows}
        return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(rels.items()))}


def property_graph(graph: KnowledgeGraph) -> PropertyGraph:
    """The property-graph view of ``graph``, in a deterministic order (nodes by id, edges by key)."""
    nodes = {label: NodeTable(label) for label in NODE_TABLES}
    table_of: dict[str, str] = {}
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        label = node_table(node)
        table_of[node.id] = label
        nodes[label].rows.append(node_properties(node))
    for table in nodes.values():
        table.props = node_schema(table.label)
        table.rows = [typed_row(row, table.props, f"node {row[KEY]}") for row in table.rows]

    relationships = {rel.name: RelationshipTable(rel.name) for rel in Rel}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        start, end = table_of.get(edge.source), table_of.get(edge.target)
        if start is None or end is None:
            log.warning("edge %s -> %s (%s) has an end node the graph does not hold; left out",
                        edge.source, edge.target, edge.type.name)
            continue
        table = relationships[edge.type.name]
        table.rows.append({SOURCE: edge.source, TARGET: edge.target, **edge_properties(edge)})
        table.row_pairs.append((start, end))
    for rel, table in relationships.items():
        table.pairs = sorted(set(table.row_pairs) | set(_declared_pairs(Rel[rel])))
        table.props = props = relationship_schema(Rel[rel]) | {SOURCE: S, TARGET: S}
        table.rows = [typed_row(row, props, f"{rel} edge {row[SOURCE]} -> {row[TARGET]}") for row in table.rows]
        del props[SOURCE], props[TARGET]
    return PropertyGraph(nodes, relationships)


def _declared_pairs(rel: Rel) -> list[tuple[str, str]]:
    """The ontology's domain/range of ``rel`` as table pairs (an open end pairs with every table)."""
    from ..vocab import DOMAIN_RANGE

    domain, range_ = DOMAIN_RANGE.get(rel, (None, None))

    def tables(cls: Cls | None) -> list[str]:
        if cls is None:
            return list(NODE_TABLES)
        return [Cls.DATASET.value if cls is Cls.BENCHMARK else cls.value]

    return [(a, b) for a in tables(domain) for b in tables(range_)]


def node_rows(graph: KnowledgeGraph) -> dict[str, list[Row]]:
    """Node rows per key label (Benchmarks under ``Dataset`` with ``is_benchmark`` true)."""
    return {label: table.rows for label, table in property_graph(graph).nodes.items()}


def relationship_rows(graph: KnowledgeGraph) -> dict[str, list[Row]]:
    """Relationship rows per type: ``source`` and ``target`` node ids plus properties."""
    return {rel: table.rows for rel, table in property_graph(graph).relationships.items()}


def to_networkx(graph: KnowledgeGraph | PropertyGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes keyed by id with ``labels`` (list) and properties; edges keyed by
    relationship type with ``type`` and properties."""
    import networkx as nx

    view = graph if isinstance(graph, PropertyGraph) else property_graph(graph)
    out = nx.MultiDiGraph()
    for table in view.nodes.values():
        for row in table.rows:
            out.add_node(row[KEY], labels=labels_of(table.label, row), **row)
    for table in view.relationships.values():
        for row in table.rows:
            props = {k: v for k, v in row.items() if k not in (SOURCE, TARGET)}
            out.add_edge(row[SOURCE], row[TARGET], key=table.type, type=table.type, **props)
    return out


# ----------------------------------------------------------------------------- rows of one paper's part
# Streaming sinks (GraphML/JSON, Neo4j CSV ...) turn each paper's part into rows as it arrives; these
# give the same typed rows as :func:`property_graph` without building every table per paper.

_TABLE_OF_PREFIX: dict[str, str] = {c.value.lower(): (Cls.DATASET.value if c is Cls.BENCHMARK else c.value)
                                    for c in Cls}
_NODE_SCHEMAS: dict[str, dict[str, PropType]] = {table: node_schema(table) for table in NODE_TABLES}
_REL_SCHEMAS: dict[str, dict[str, PropType]] = {rel.name: relationship_schema(rel) for rel in Rel}


def table_of_id(node_id: str) -> str:
    """The node table of an entity id ``<class>/<key>`` (see :func:`kg.resolve.entity_id`), for an edge
    end that is not in the part at hand (a shared node, written later)."""
    table = _TABLE_OF_PREFIX.get(node_id.partition("/")[0])
    if table is None:
        raise ExportError(f"node id {node_id!r} does not start with a class name ('method/...', 'paper/...'); "
                          "ids must come from kg.resolve.entity_id")
    return table


@dataclass(slots=True)
class NodeRecord:
    """A node as a typed row of its table, with all its labels."""

    table: str
    labels: tuple[str, ...]
    row: Row


@dataclass(slots=True)
class EdgeRecord:
    """A relationship: its type, end node ids and tables, and typed properties."""

    type: str
    source: str
    target: str
    start: str
    end: str
    props: Row
    # True when props are exactly SIMPLE_EDGE_PROPS in that order, each list of one item (most edges: one
    # mention, no props of their own), so writers may read them by name without looking at the keys.
    simple: bool = False


# The props of a simple edge record, in order.
SIMPLE_EDGE_PROPS = ("confidence", *EVIDENCE_LISTS)


@dataclass(slots=True)
class GraphRecords:
    nodes: list[NodeRecord]
    edges: list[EdgeRecord]


def node_record(node: Node) -> NodeRecord:
    table = node_table(node)
    row = node_row(node, table)
    return NodeRecord(table, tuple(labels_of(table, row)), row)


# Keys node_properties sets itself: a node prop of one of these names takes the generic path.
_NODE_OWN_KEYS = frozenset(("id", "type", "name", "aliases", "papers", BENCHMARK_FLAG, PAPER_ID))
_SCALAR_TYPE: dict[PropType, type] = {kind: _PYTHON_TYPE[kind] for kind in _PYTHON_TYPE}


def node_row(node: Node, table: str) -> Row:
    """``typed_row(node_properties(node), ...)`` built directly (the same values, types and key order):
    props that already have their column's type are taken as they are, anything else goes through
    :func:`clean` and :func:`coerce`."""
    schema = _NODE_SCHEMAS[table]
    props = node.props
    if not _NODE_OWN_KEYS.isdisjoint(props) or type(node.id) is not str or type(node.name) is not str:
        return typed_row(node_properties(node), schema, f"node {node.id}")
    row: Row = {}
    for key, value in props.items():
        if value is None:
            continue
        kind = schema.get(key)
        if kind is None:
            return typed_row(node_properties(node), schema, f"node {node.id}")  # raises the schema error
        if type(value) is _SCALAR_TYPE.get(kind):
            row[key] = value
        else:
            cleaned = clean({key: value})
            if cleaned:
                row[key] = coerce(cleaned[key], kind)
    row["id"] = node.id
    row["type"] = node.type.value
    row["name"] = node.name
    aliases = node.aliases
    if aliases and any(str(a) for a in aliases):
        row["aliases"] = coerce(list(aliases), PropType.STRING_LIST)
    papers = node.papers
    if papers and any(str(p) for p in papers):
        row["papers"] = coerce(sorted(papers), PropType.STRING_LIST)
    if table == _DATASET:
        row[BENCHMARK_FLAG] = node.type is Cls.BENCHMARK
    elif node.type is Cls.PAPER:
        row[PAPER_ID] = node.id.partition("/")[2]
    return row


_DATASET = Cls.DATASET.value


def graph_records(graph: KnowledgeGraph) -> GraphRecords:
    """Typed records of every node and edge of ``graph``, in its order; an edge end outside ``graph`` gets
    its table from its id."""
    nodes = [node_record(node) for node in graph.nodes.values()]
    tables = {record.row[KEY]: record.table for record in nodes}
    edges = []
    for edge in graph.edges.values():
        rel = REL_NAME[edge.type]
        start = tables.get(edge.source) or table_of_id(edge.source)
        end = tables.get(edge.target) or table_of_id(edge.target)
        props = edge_row(edge, rel)
        simple = len(props) == len(SIMPLE_EDGE_PROPS) and len(edge.evidence) == 1 and not edge.props
        edges.append(EdgeRecord(rel, edge.source, edge.target, start, end, props, simple))
    return GraphRecords(nodes, edges)


def edge_row(edge: Edge, rel: str) -> Row:
    """``typed_row(edge_properties(edge), ...)`` built directly (the same values, types and key order):
    evidence lists come typed from the model, so only the edge's own props go through the generic path."""
    props: Row = typed_row(clean(edge.props), _REL_SCHEMAS[rel], f"{rel} edge {edge.source} -> {edge.target}") \
        if edge.props else {}
    evidence = edge.evidence
    if len(evidence) == 1:  # most edges: one mention
        e = evidence[0]
        paper, section, sentence, rule = e.paper, e.section, e.sentence, e.rule
        if not props and paper and section and sentence and rule:  # one dict display: the common case
            confidence = float(round(e.confidence, 3))
            start, end = e.start, e.end
            return {"confidence": confidence, "evidence_papers": [paper], "evidence_sections": [section],
                    "evidence_sentences": [sentence], "evidence_spans": [f"{start}-{end}"], "evidence_starts": [start],
                    "evidence_ends": [end], "evidence_rules": [rule], "evidence_confidences": [confidence]}
        confidence = float(round(e.confidence, 3))
        props["confidence"] = confidence
        # clean() leaves out a list whose items are all empty strings
        if e.paper:
            props["evidence_papers"] = [e.paper]
        if e.section:
            props["evidence_sections"] = [e.section]
        if e.sentence:
            props["evidence_sentences"] = [e.sentence]
        props["evidence_spans"] = [f"{e.start}-{e.end}"]
        props["evidence_starts"] = [e.start]
        props["evidence_ends"] = [e.end]
        if e.rule:
            props["evidence_rules"] = [e.rule]
        props["evidence_confidences"] = [confidence]
        return props
    if not evidence:
        props["confidence"] = 1.0
        return props
    confidences = [float(round(e.confidence, 3)) for e in evidence]
    props["confidence"] = float(round(max([e.confidence for e in evidence]), 3))
    papers = [e.paper for e in evidence]
    sections = [e.section for e in evidence]
    sentences = [e.sentence for e in evidence]
    rules = [e.rule for e in evidence]
    # clean() leaves out a list whose items are all empty strings
    if any(papers):
        props["evidence_papers"] = papers
    if any(sections):
        props["evidence_sections"] = sections
    if any(sentences):
        props["evidence_sentences"] = sentences
    props["evidence_spans"] = [f"{e.start}-{e.end}" for e in evidence]
    props["evidence_starts"] = [e.start for e in evidence]
    props["evidence_ends"] = [e.end for e in evidence]
    if any(rules):
        props["evidence_rules"] = rules
    props["evidence_confidences"] = confidences
    return props


_LAST_PART: list[tuple[KnowledgeGraph, GraphRecords]] = []


def part_records(part: KnowledgeGraph) -> GraphRecords:
    """:func:`graph_records` of a paper's part, converted once for all the sinks it goes through in turn
    (the last part's records are kept; parts are not changed once made)."""
    if _LAST_PART and _LAST_PART[0][0] is part:
        return _LAST_PART[0][1]
    records = graph_records(part)
    _LAST_PART[:] = [(part, records)]
    return records


_SHARED: list[Any] = []  # [weak ref to the shared part, weak ref to its build, their records]


def shared_records(shared: KnowledgeGraph, build: object | None) -> GraphRecords:
    """:func:`graph_records` of a build's shared part, converted once for the sinks that close in turn in one
    process (GraphML and Neo4j CSV). Kept only for the same ``shared`` *and* ``build`` (nothing changes the
    shared part while a build's sinks close); without a build (library calls, tests that change a graph
    between two closes) every call converts anew."""
    if build is None:
        return graph_records(shared)
    if _SHARED and _SHARED[0]() is shared and _SHARED[1]() is build:
        return _SHARED[2]  # type: ignore[no-any-return]
    records = graph_records(shared)
    _SHARED[:] = [weakref.ref(shared), weakref.ref(build, _forget_shared), records]
    return records


def _forget_shared(dead: weakref.ref[Any]) -> None:
    """The build is gone: drop its records (unless a newer build's replaced them)."""
    if _SHARED and _SHARED[1] is dead:
        _SHARED.clear()
