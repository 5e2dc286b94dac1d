"""``graph.graphml`` (for Gephi, yEd, igraph, ``networkx.read_graphml``) and ``graph.json`` (NetworkX
node-link), written one paper at a time.

GraphML attributes hold only strings, numbers and booleans, so the property-graph view is encoded:

* a node's labels become one string in Neo4j's style, ``":Dataset:Benchmark"`` (attribute ``labels``);
* every list property (``aliases``, ``papers``, ``evidence_*``) becomes a JSON array string, e.g.
  ``'["ViT", "ViT-B/16"]'`` — decode with ``json.loads``;
* a property that is missing (``None``) is left out, never written as an empty value;
* nodes also get ``label`` (= ``name``), the attribute Gephi shows;
* an attribute keeps one type across all nodes (declared up front from the static schema of
  :mod:`kg.sinks.property_graph`);
* characters XML 1.0 cannot hold at all (control characters other than tab, line feed and carriage
  return) become U+FFFD; a carriage return is kept as ``&#13;``.

Edges get unique ids ``e0, e1 ...`` and carry ``type`` (the relationship type) and ``label`` (the same,
for Gephi). ``graph.json`` keeps lists as JSON arrays; each paper's nodes share a line, as do its
links, and shared nodes and links come a few thousand to a line.

Both files list every node before the first edge (igraph and others read GraphML in one pass and need
the nodes first), so each is laid out ``head | paper nodes | shared nodes | middle | paper edges |
shared edges | tail``: paper edges wait in a spool file of the staging folder until the shared nodes are
written. An update copies the previous file's ``head | paper nodes`` and its paper-edge byte range.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from json.encoder import encode_basestring
from math import isfinite
from xml.sax.saxutils import escape

from ..errors import GraphNotFoundError
from ..graph import split_graph
from ..vocab import Cls, Rel
from .property_graph import (
    NODE_TABLES, SIMPLE_EDGE_PROPS, EdgeRecord, GraphRecords, NodeRecord, PropType, Row, _unify, coerce, node_schema,
    part_records, relationship_schema, shared_records,
)
from .stream import Previous, StreamFile, StreamingSink, copy_file, copy_range

if TYPE_CHECKING:
    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build

log = logging.getLogger(__name__)

GRAPHML_NAME = "graph.graphml"
JSON_NAME = "graph.json"
LABELS_ATTR = "labels"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def encode_labels(labels: Iterable[str]) -> str:
    """``["Dataset", "Benchmark"]`` -> ``":Dataset:Benchmark"``."""
    return "".join(f":{label}" for label in labels)


def decode_labels(text: str) -> list[str]:
    """The inverse of :func:`encode_labels`."""
    return [label for label in text.split(":") if label]


# ----------------------------------------------------------------------------- a file with nodes, then edges


class NodesThenEdgesFile:
    """``head | paper nodes | shared nodes | middle | paper edges | shared edges | tail``.

    Paper edges go to a spool file beside ``path`` (in the staging folder) and are copied in at
    :meth:`close`, after the previous build's paper edges when continuing one. :attr:`nodes` and
    :attr:`edges` count the paper items written so far, previous build included.
    """

    def __init__(self, path: Path, head: bytes, previous: Path | None = None,
                 state: dict[str, int] | None = None) -> None:
        resumed = previous is not None and state is not None
        self.main = StreamFile(path, head, resume=(previous, state["nodes_end"]) if resumed else None)
        self.previous_edges = (previous, state["edges_start"], state["edges_end"]) if resumed else None
        self.spool_path = path.with_name(f".{path.name}.edges-spool")
        self.spool = self.spool_path.open("wb")
        self.nodes = state["nodes"] if resumed else 0
        self.edges = state["edges"] if resumed else 0

    def add(self, nodes: bytes, edges: bytes, node_count: int, edge_count: int) -> None:
        self.main.write(nodes)
        self.spool.write(edges)
        self.nodes += node_count
        self.edges += edge_count

    def close(self, shared_nodes: Iterable[bytes], middle: bytes, shared_edges: Iterable[bytes],
              tail: bytes) -> tuple[Path, dict[str, int]]:
        """Finish the file; return it and the state an update continues from."""
        main = self.main
        state = {"nodes_end": main.mark(), "nodes": self.nodes, "edges": self.edges}
        for chunk in shared_nodes:
            main.write(chunk)
        main.write(middle)
        state["edges_start"] = main.mark()
        if self.previous_edges is not None:
            copy_range(*self.previous_edges, main.handle)
        self.spool.close()
        copy_file(self.spool_path, main.handle)
        self.spool_path.unlink()
        state["edges_end"] = main.mark()
        for chunk in shared_edges:
            main.write(chunk)
        main.write(tail)
        return main.close(), state


# ----------------------------------------------------------------------------- GraphML

_XML_TYPES = {PropType.STRING: "string", PropType.INT64: "long", PropType.DOUBLE: "double",
              PropType.BOOLEAN: "boolean"}
_ATTR_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
# XML 1.0 cannot hold these at all, not even as character references; \r is kept as a reference.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_char(match: re.Match[str]) -> str:
    return "&#13;" if match.group() == "\r" else "\ufffd"


def _attribute_types(schemas: Iterable[dict[str, PropType]]) -> dict[str, PropType]:
    types: dict[str, PropType] = {}
    for schema in schemas:
        for name, kind in schema.items():
            types[name] = _unify(types[name], kind) if name in types else kind
    return types


NODE_TYPES = _attribute_types(node_schema(table) for table in NODE_TABLES)
EDGE_TYPES = _attribute_types(relationship_schema(rel) for rel in Rel)
# A property typed differently in two tables is written with the unified type in every table.
_NODE_RECOERCE = {table: {k: NODE_TYPES[k] for k, v in node_schema(table).items() if v != NODE_TYPES[k]}
                  for table in NODE_TABLES}


def _declare_keys() -> tuple[dict[str, str], dict[str, str], str]:
    """Key ids for node and edge attributes and the ``<key>`` elements declaring them."""
    node_attrs = {**{k: _xml_type(v) for k, v in NODE_TYPES.items()}, LABELS_ATTR: "string", "label": "string"}
    edge_attrs = {"type": "string", "label": "string", **{k: _xml_type(v) for k, v in EDGE_TYPES.items()}}
    lines, node_keys, edge_keys = [], {}, {}
    for domain, attrs, keys in (("node", node_attrs, node_keys), ("edge", edge_attrs, edge_keys)):
        for name, xml_type in attrs.items():
            keys[name] = key = f"d{len(lines)}"
            lines.append(f'  <key id="{key}" for="{domain}" attr.name="{escape(name, _ATTR_ENTITIES)}" '
                         f'attr.type="{xml_type}"/>\n')
    return node_keys, edge_keys, "".join(lines)


def _xml_type(kind: PropType) -> str:
    return "string" if kind.is_list else _XML_TYPES[kind]


NODE_KEYS, EDGE_KEYS, _KEY_ELEMENTS = _declare_keys()
GRAPHML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
                f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                f'xsi:schemaLocation="{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd">\n'
                + _KEY_ELEMENTS + '  <graph edgedefault="directed">\n').encode("utf-8")
GRAPHML_TAIL = b"  </graph>\n</graphml>\n"


def _xml_text(value: Any) -> str:
    """A property value as GraphML ``<data>`` text: lists as JSON arrays, booleans as true/false.

    The text formatters give XML-safe text (:func:`_xml_safe`), so the file is made of their pieces as they are.
    """
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _xml_string(value)
    if isinstance(value, list):
        return _xml_list(value)
    return str(value) if type(value) in (int, float) else _xml_safe(str(value))


def _xml_list(items: list[Any]) -> str:
    """``json.dumps(items, ensure_ascii=False)``, XML-escaped, built from the C string encoder (a
    ``json.dumps`` per list costs more than the rest of a paper's GraphML)."""
    if items and type(items[0]) is str:
        return _xml_strings(items)
    return json.dumps(items)  # numbers and booleans: nothing to escape


def _xml_strings(items: list[str]) -> str:
    """:func:`_xml_list` of a list of strings (``escape`` inlined: it runs for most values)."""
    if len(items) == 1:
        text = "[" + encode_basestring(items[0]) + "]"
    else:
        text = "[" + ", ".join(map(encode_basestring, items)) + "]"
    return _xml_safe(text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;"))


def _xml_numbers(items: list[Any]) -> str:
    return "[" + ", ".join(map(repr, items)) + "]"  # ints and floats as json.dumps writes them


def _xml_string(text: str) -> str:
    return _xml_safe(text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;"))  # saxutils.escape


def _xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (one scan per value, not one per file piece: values
    repeat, and the constant markup between them needs none)."""
    return _NOT_XML.sub(_xml_char, text)


_ATTR_SPECIAL = re.compile('[&<>"\t\n\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]')


def _attr(text: str) -> str:
    """``text`` escaped for a double-quoted attribute (ids seldom need it: a search is cheaper than escaping)."""
    return _xml_safe(escape(text, _ATTR_ENTITIES)) if _ATTR_SPECIAL.search(text) else text


_MEMO_SIZE = 4096  # elements remembered per property (then forgotten all at once)


def _element(key: str, text: Any, kind: PropType | None = None) -> Any:
    """A function: value -> its whole ``<data>`` element (``kind``: coerce the value to it first)."""
    opening = f'      <data key="{key}">'
    if kind is not None:
        return lambda value: f"{opening}{text(coerce(value, kind))}</data>\n"
    return lambda value: f"{opening}{text(value)}</data>\n"


def _remembering(key: str, text: Any, element_type: type, lists: bool) -> Any:
    """:func:`_element` remembering the elements made for values of ``element_type`` (``lists``: for one-item
    lists of it): a paper's id, section names, rules, offsets, confidences and often its sentence repeat
    over its edges. Other values, and false ones (0.0 equals -0.0), are formatted each time."""
    opening = f'      <data key="{key}">'
    memo: dict[Any, str] = {}

    def remembered(item: Any, value: Any) -> str:
        found = memo.get(item)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[item] = f"{opening}{text(value)}</data>\n"
        return found

    def list_element(value: list[Any]) -> str:
        if len(value) == 1:
            item = value[0]
            if type(item) is element_type and item:
                return memo.get(item) or remembered(item, value)
        return f"{opening}{text(value)}</data>\n"

    def scalar_element(value: Any) -> str:
        if type(value) is element_type and value:
            return memo.get(value) or remembered(value, value)
        return f"{opening}{text(value)}</data>\n"

    return list_element if lists else scalar_element


# Every property has one type per table: the formatter of its <data> element, chosen once. Node values are
# typed by their table's schema (a property typed differently in two tables is coerced to the unified type).
def _node_text(kind: PropType) -> Any:
    return _xml_string if kind is PropType.STRING else _xml_strings if kind is PropType.STRING_LIST else _xml_text


_NODE_ELEMENTS = {table: {name: _element(NODE_KEYS[name], _node_text(NODE_TYPES[name]), _NODE_RECOERCE[table].get(name))
                          for name in node_schema(table)}
                  for table in NODE_TABLES}
_ELEMENT_TYPE = {PropType.STRING: str, PropType.INT64: int, PropType.DOUBLE: float}
_EDGE_ELEMENTS = {
    name: _remembering(EDGE_KEYS[name], _xml_list, str, True) if kind is PropType.STRING_LIST else
    _remembering(EDGE_KEYS[name], _xml_numbers, _ELEMENT_TYPE[kind.element], True)
    if kind in (PropType.INT64_LIST, PropType.DOUBLE_LIST) else
    _remembering(EDGE_KEYS[name], repr, _ELEMENT_TYPE[kind], False) if kind in (PropType.INT64, PropType.DOUBLE)
    else _element(EDGE_KEYS[name], _xml_list if kind.is_list else _xml_string if kind is PropType.STRING else _xml_text)
    for name, kind in EDGE_TYPES.items()}
_EDGE_TYPE_DATA = {rel.name: f'      <data key="{EDGE_KEYS["type"]}">{rel.name}</data>\n'
                             f'      <data key="{EDGE_KEYS["label"]}">{rel.name}</data>\n' for rel in Rel}


def graphml_nodes(nodes: Iterable[NodeRecord]) -> str:
    out: list[str] = []
    append, keys = out.append, NODE_KEYS
    labels_key, label_key = keys[LABELS_ATTR], keys["label"]
    for record in nodes:
        row = record.row
        elements = _NODE_ELEMENTS[record.table]
        append(f'    <node id="{_attr(row["id"])}">\n')  # type: ignore[arg-type]
        out += [elements[name](value) for name, value in row.items()]
        append(f'      <data key="{labels_key}">{encode_labels(record.labels)}</data>\n'
               f'      <data key="{label_key}">{_xml_text(row.get("name", ""))}</data>\n    </node>\n')
    return "".join(out)


def graphml_edges(edges: Iterable[EdgeRecord], first_id: int) -> str:
    out: list[str] = []
    append, elements, type_data = out.append, _EDGE_ELEMENTS, _EDGE_TYPE_DATA
    for index, record in enumerate(edges, first_id):
        head = f'    <edge id="e{index}" source="{_attr(record.source)}" target="{_attr(record.target)}">\n'
        if record.simple:
            simple = _simple_edge_data(record.props)
            if simple is not None:
                append(f"{head}{type_data[record.type]}{simple}    </edge>\n")
                continue
        append(head)
        append(type_data[record.type])
        out += [elements[name](value) for name, value in record.props.items()]
        append("    </edge>\n")
    return "".join(out)


# One-string lists of a simple edge, remembered per property (see _remembering).
_SIMPLE_MEMOS: dict[str, dict[str, str]] = {name: {} for name in (
    "evidence_papers", "evidence_sections", "evidence_sentences", "evidence_spans", "evidence_rules")}


def _one_string(memo: dict[str, str], item: str) -> str:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    text = memo[item] = _xml_strings([item])
    return text


def _simple_edge_data(props: Row, memos: tuple[dict[str, str], ...] = tuple(_SIMPLE_MEMOS.values()),
                      keys: dict[str, str] = EDGE_KEYS) -> str | None:
    """The ``<data>`` elements of a simple record's props (see :attr:`EdgeRecord.simple`) in one f-string: what
    :data:`_EDGE_ELEMENTS` give them one by one; None when a string value is not a str."""
    (paper,), (section,), (sentence,), (span,), (rule,) = (
        props["evidence_papers"], props["evidence_sections"], props["evidence_sentences"], props["evidence_spans"],
        props["evidence_rules"])
    if not (type(paper) is str and type(section) is str and type(sentence) is str and type(span) is str
            and type(rule) is str and paper and section and sentence and span and rule):
        return None
    (start,), (end,), (confidence,) = props["evidence_starts"], props["evidence_ends"], props["evidence_confidences"]
    papers, sections, sentences, spans, rules = memos
    return (f'{_SIMPLE_OPEN[0]}{props["confidence"]!r}'
            f'{_SIMPLE_OPEN[1]}{papers.get(paper) or _one_string(papers, paper)}'
            f'{_SIMPLE_OPEN[2]}{sections.get(section) or _one_string(sections, section)}'
            f'{_SIMPLE_OPEN[3]}{sentences.get(sentence) or _one_string(sentences, sentence)}'
            f'{_SIMPLE_OPEN[4]}{spans.get(span) or _one_string(spans, span)}'
            f'{_SIMPLE_OPEN[5]}[{start!r}]{_SIMPLE_OPEN[6]}[{end!r}]'
            f'{_SIMPLE_OPEN[7]}{rules.get(rule) or _one_string(rules, rule)}'
            f'{_SIMPLE_OPEN[8]}[{confidence!r}]</data>\n')


# Each element's opening, after the previous element's closing tag.
_SIMPLE_OPEN = tuple(("" if index == 0 else "</data>\n") + f'      <data key="{EDGE_KEYS[name]}">'
                     for index, name in enumerate(SIMPLE_EDGE_PROPS))


# ----------------------------------------------------------------------------- node-link JSON

JSON_HEAD = b'{"directed": true, "multigraph": true, "graph": {},\n"nodes": [\n'
JSON_MIDDLE = b'\n],\n"links": [\n'
JSON_TAIL = b"\n]}\n"


# One encoder call per paper part (a json.dumps per node costs as much as the rest): a part's nodes
# share one line, as do its links.
_JSON = json.JSONEncoder(ensure_ascii=False)


def json_nodes(nodes: list[NodeRecord], first: bool) -> str:
    """Node-link node objects of one part on one line, after a comma unless ``first``."""
    if not nodes:
        return ""
    text = _JSON.encode([{LABELS_ATTR: list(r.labels), **r.row} for r in nodes])[1:-1]
    return text if first else ",\n" + text


def json_links(edges: list[EdgeRecord], first: bool) -> str:
    if not edges:
        return ""
    links = [(r.simple and _json_simple_link(r)) or _JSON.encode(_link(r)) for r in edges]
    text = ", ".join(links)
    return text if first else ",\n" + text


def _link(record: EdgeRecord) -> dict[str, Any]:
    return {"type": record.type, **record.props, "source": record.source, "target": record.target, "key": record.type}


def _json_simple_link(record: EdgeRecord) -> str | None:
    """``_JSON.encode(_link(record))`` of a simple record (one evidence, the usual props) written with one
    f-string, twice as fast as building and encoding its dict; None when a value is not of the type the
    f-string assumes (then the encoder writes it)."""
    props = record.props
    confidence = props["confidence"]
    (paper,), (section,), (sentence,), (span,), (start,), (end,), (rule,), (own,) = (
        props["evidence_papers"], props["evidence_sections"], props["evidence_sentences"], props["evidence_spans"],
        props["evidence_starts"], props["evidence_ends"], props["evidence_rules"], props["evidence_confidences"])
    if not (type(confidence) is float and type(own) is float and isfinite(confidence) and isfinite(own)
            and type(start) is int and type(end) is int and type(paper) is str and type(section) is str
            and type(sentence) is str and type(span) is str and type(rule) is str and type(record.source) is str
            and type(record.target) is str and type(record.type) is str):
        return None
    rel = encode_basestring(record.type)
    return (f'{{"type": {rel}, "confidence": {confidence!r}, "evidence_papers": [{encode_basestring(paper)}], '
            f'"evidence_sections": [{encode_basestring(section)}], '
            f'"evidence_sentences": [{encode_basestring(sentence)}], "evidence_spans": [{encode_basestring(span)}], '
            f'"evidence_starts": [{start!r}], "evidence_ends": [{end!r}], '
            f'"evidence_rules": [{encode_basestring(rule)}], '
            f'"evidence_confidences": [{own!r}], "source": {encode_basestring(record.source)}, '
            f'"target": {encode_basestring(record.target)}, "key": {rel}}}')


# ----------------------------------------------------------------------------- the sink

_CHUNK = 2000  # shared nodes/edges encoded this many at a time


def _chunks(items: list[Any], encode: Any) -> Iterator[bytes]:
    for start in range(0, len(items), _CHUNK):
        yield encode(items[start:start + _CHUNK], start).encode("utf-8")


class GraphmlSink(StreamingSink):
    """Writes ``graph.graphml`` and ``graph.json``, one paper at a time."""

    name = "graphml"

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        old = previous.state if previous else {}
        folder = previous.folder if previous else None
        if previous is not None and not {GRAPHML_NAME, JSON_NAME} <= old.keys():
            raise GraphNotFoundError(f"the build in {previous.folder} did not stream {GRAPHML_NAME} (older kg?), so "
                                     "it cannot be continued; rebuild without --update")
        self.graphml = NodesThenEdgesFile(out_dir / GRAPHML_NAME, GRAPHML_HEAD,
                                          folder and folder / GRAPHML_NAME, old.get(GRAPHML_NAME))
        self.json = NodesThenEdgesFile(out_dir / JSON_NAME, JSON_HEAD, folder and folder / JSON_NAME,
                                       old.get(JSON_NAME))

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction | None = None) -> None:
        self._add(part_records(part))

    def _add(self, records: GraphRecords) -> None:
        nodes, edges = records.nodes, records.edges
        graphml, node_link = self.graphml, self.json
        graphml.add(graphml_nodes(nodes).encode("utf-8"), graphml_edges(edges, graphml.edges).encode("utf-8"),
                    len(nodes), len(edges))
        node_link.add(json_nodes(nodes, node_link.nodes == 0).encode("utf-8"),
                      json_links(edges, node_link.edges == 0).encode("utf-8"), len(nodes), len(edges))

    def close(self, shared: KnowledgeGraph, build: Build | None = None) -> list[Path]:
        records = shared_records(shared, build)
        nodes, edges = records.nodes, records.edges
        first_edge = self.graphml.edges
        graphml, graphml_state = self.graphml.close(
            _chunks(nodes, lambda items, _: graphml_nodes(items)), b"",
            _chunks(edges, lambda items, start: graphml_edges(items, first_edge + start)), GRAPHML_TAIL)
        part_nodes, part_edges = self.json.nodes, self.json.edges
        node_link, json_state = self.json.close(
            _chunks(nodes, lambda items, start: json_nodes(items, part_nodes + start == 0)), JSON_MIDDLE,
            _chunks(edges, lambda items, start: json_links(items, part_edges + start == 0)), JSON_TAIL)
        self.state = {GRAPHML_NAME: graphml_state, JSON_NAME: json_state}
        log.info("wrote %s and %s", graphml, node_link)
        return [graphml, node_link]


def write_graph_files(graph: KnowledgeGraph, out_dir: Path) -> list[Path]:
    """``graph.graphml`` and ``graph.json`` of an in-memory graph, as a build streams them (each paper's
    Paper and Result nodes in paper id order, then the rest)."""
    papers = sorted({pid for node in graph.nodes.values() if node.type is Cls.PAPER for pid in node.papers})
    shared, parts = split_graph(graph, papers)
    sink = GraphmlSink()
    sink.open(out_dir)
    for part in parts:
        sink.add(part)
    return sink.close(shared)
