"""Offline Neo4j bulk files in ``<out>/neo4j/``: CSVs for ``neo4j-admin database import`` and an
``import.cypher`` that loads the same CSVs into a running server with ``LOAD CSV``, written one paper at
a time.

One node file per node group (``nodes_<Label>.csv``) and one relationship file per (type, start label,
end label) (``relationships_<TYPE>_<Start>_<End>.csv``). Headers use neo4j-admin's typed columns:
``id:ID``, ``:LABEL``, ``name``, ``aliases:string[]``, ``number:double``, ``line_start:long``,
``:START_ID``, ``:END_ID``, ``:TYPE``, declared from the static schema of :mod:`kg.sinks.property_graph`.
Quoting and escaping are the csv module's (RFC 4180: fields with commas, quotes or line breaks are
quoted, quotes doubled), which both neo4j-admin and LOAD CSV read.

Arrays (and the labels of ``:LABEL``) are joined with one fixed delimiter, the ASCII unit separator
U+001F: a streaming build cannot scan every value first to pick one, and text never holds it. neo4j-admin
has no escape for the array delimiter, so a list element that does contain U+001F gets U+241F (the
visible "symbol for unit separator") in its place, with a warning; every other character round-trips.

Each file is ``header | paper rows | shared rows``: Paper and Result nodes and the edges touching them
are appended as each paper arrives; authors, methods, datasets ... and OUTPERFORMS edges are written at
the end. An update copies each file's ``header | paper rows`` from the previous build and appends.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GraphNotFoundError
from ..graph import split_graph
from ..vocab import Cls, Rel
from .neo4j_bolt import constraint_statement, quote_name
from .property_graph import (
    NODE_TABLES,
    SIMPLE_EDGE_PROPS,
    EdgeRecord,
    NodeRecord,
    PropType,
    node_schema,
    part_records,
    relationship_schema,
    shared_records,
)
from .stream import Previous, StreamFile, StreamingSink

if TYPE_CHECKING:
    from ..model import KnowledgeGraph, PaperExtraction
    from ..pipeline import Build

log = logging.getLogger(__name__)

FOLDER = "neo4j"
IMPORT_SCRIPT = "import.cypher"
README = "README.md"
ROWS_PER_TRANSACTION = 1000
ARRAY_DELIMITER = "\x1f"  # ASCII unit separator: never in text
DELIMITER_STAND_IN = "\u241f"  # written for a U+001F inside a list element

# neo4j-admin column type -> the Cypher function that converts a LOAD CSV string to it
_CONVERT = {"string": "", "long": "toInteger", "double": "toFloat", "boolean": "toBoolean"}
_ADMIN_TYPES = {PropType.STRING: "string", PropType.INT64: "long", PropType.DOUBLE: "double",
                PropType.BOOLEAN: "boolean"}


@dataclass(frozen=True, slots=True)
class Column:
    """One property column: its key and neo4j-admin type (``string``, ``long``, ``double``, ``boolean``,
    ``string[]``)."""

    key: str
    type: str

    @property
    def header(self) -> str:
        return self.key if self.type == "string" else f"{self.key}:{self.type}"


def neo4j_type(kind: PropType) -> str:
    """neo4j-admin's name for a property type (``long``, ``double``, ``string[]`` ...)."""
    return _ADMIN_TYPES[kind.element] + ("[]" if kind.is_list else "")


def columns_of(props: dict[str, PropType], skip: Sequence[str] = ()) -> list[Column]:
    """Typed columns for the properties of a node or relationship table."""
    return [Column(key, neo4j_type(kind)) for key, kind in props.items() if key not in skip]


NODE_COLUMNS = {table: columns_of(node_schema(table), skip=("id",)) for table in NODE_TABLES}
REL_COLUMNS = {rel.name: columns_of(relationship_schema(rel)) for rel in Rel}


def cypher_char(char: str) -> str:
    """A one-character Cypher string literal (control characters as \\uXXXX escapes)."""
    return f"'{char}'" if char.isprintable() and char not in "'\\" else f"'\\u{ord(char):04X}'"


def admin_char(char: str) -> str:
    """The character as neo4j-admin's --array-delimiter takes it in a POSIX shell."""
    return f"'{char}'" if char.isprintable() else f"$'\\x{ord(char):02x}'"


def join_array(items: list[Any], delimiter: str = ARRAY_DELIMITER) -> str:
    """A list as one CSV cell: elements joined with ``delimiter`` (booleans as true/false); an element
    holding the delimiter gets :data:`DELIMITER_STAND_IN` in its place, as neo4j-admin cannot escape it."""
    if not items:
        return ""
    first = items[0]
    if type(first) is str:
        joined = delimiter.join(items)
        if joined.count(delimiter) == len(items) - 1:
            return joined
        log.warning("a list element holds the array delimiter U+%04X; written as U+%04X: %r",
                    ord(delimiter), ord(DELIMITER_STAND_IN), next(i for i in items if delimiter in i))
        return delimiter.join(item.replace(delimiter, DELIMITER_STAND_IN) for item in items)
    if type(first) is bool:
        return delimiter.join("true" if item else "false" for item in items)
    return delimiter.join(map(str, items))


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list):
        return join_array(value)
    return value


def _text(value: Any) -> str:
    """The text the csv module writes for ``_cell(value)`` (floats as repr, None as nothing)."""
    cell = _cell(value)
    return cell if type(cell) is str else "" if cell is None else repr(cell) if isinstance(cell, float) else str(cell)


# The text of one CSV cell as a Python expression, by neo4j-admin column type: ``{get}`` fetches the row's
# value into ``v`` (None when the row lacks the property). The fast branch covers the values of the column's
# schema type (typed rows hold nothing else), anything else goes through :func:`_text`.
_CELL_EXPRESSIONS = {
    "string": "v if type({get}) is str else _text(v)",
    "long": "str(v) if type({get}) is int else _text(v)",
    "double": "repr(v) if type({get}) is float else _text(v)",
    "boolean": "'true' if ({get}) is True else 'false' if v is False else _text(v)",
    "string[]": "v[0] if type({get}) is list and len(v) == 1 and type(v[0]) is str and D not in v[0] else _text(v)",
    "long[]": "D.join(map(str, v)) if type({get}) is list and v and type(v[0]) in (int, float) else _text(v)",
    "double[]": "D.join(map(str, v)) if type({get}) is list and v and type(v[0]) in (int, float) else _text(v)",
}


def cells_function(columns: Sequence[Column], params: Sequence[str], head: Sequence[str]) -> Callable[..., list[str]]:
    """``f(*params, props)`` -> ``[*head, text of each column of props]`` (``head``: expressions over the
    params and ``props``, strings), the texts the csv module writes for :func:`_cell` of each value:
    compiled once per table from its static columns instead of dispatching on every value."""
    items = list(head)
    for column in columns:
        expression = _CELL_EXPRESSIONS.get(column.type, "_text({get})")
        items.append("(" + expression.format(get=f"v := get({column.key!r})") + ")")
    source = (f"def cells({''.join(f'{name}, ' for name in params)}props):\n"
              f"    get = props.get\n    return [{', '.join(items)}]\n")
    namespace: dict[str, Any] = {"D": ARRAY_DELIMITER, "_text": _text}
    exec(compile(source, "<neo4j_csv cells>", "exec"), namespace)  # source made from the static schema only
    return namespace["cells"]


_NEEDS_QUOTES = re.compile('[,"\r\n]')  # what makes the csv module quote a field (excel dialect)


@cache
def _warn_backslash_quote() -> None:
    """Once per process: a value holds a backslash before a quote, which the CSVs write as RFC 4180 asks (neo4j-admin
    reads it), but which Neo4j's LOAD CSV (``import.cypher``) reads as an escaped quote under the server default."""
    log.warning("a value holds a backslash before a quote (\\\"): neo4j-admin import reads these CSVs as written, but "
                "LOAD CSV in import.cypher needs the server setting db.import.csv.legacy_quote_escaping=false (or "
                "use `kg export neo4j`, which sends values as parameters)")


def write_row(csv_file: CsvFile, cells: list[str]) -> None:
    """One row of text cells, as ``csv.writer(...).writerow(cells)`` writes it (excel dialect: a cell with a
    comma, quote or line break quoted, quotes doubled; lines end in CRLF), 3-5 times faster: most rows need no
    quoting at all, and in the others most cells need none."""
    line = ",".join(cells)
    if line.count(",") != len(cells) - 1 or '"' in line or "\n" in line or "\r" in line:
        if '\\"' in line:
            _warn_backslash_quote()
        line = ",".join(['"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell
                         for cell in cells])
    csv_file.text.write(line + "\r\n")


# Per relationship type, the empty cells after a simple record's (its columns beyond SIMPLE_EDGE_PROPS, which a
# simple record lacks); absent when the columns do not start with SIMPLE_EDGE_PROPS.
_SIMPLE_TAIL = {rel: "," * (len(columns) - len(SIMPLE_EDGE_PROPS)) + "\r\n" for rel, columns in REL_COLUMNS.items()
                if tuple(c.key for c in columns[:len(SIMPLE_EDGE_PROPS)]) == SIMPLE_EDGE_PROPS}


def simple_line(edge: EdgeRecord) -> str | None:
    """The CSV line of a simple record (see :attr:`EdgeRecord.simple`) in one f-string: what the compiled
    cells and :func:`write_row` make of it; None when a value is not of the type this assumes or holds the
    array delimiter, or a cell but the sentence needs quoting."""
    tail = _SIMPLE_TAIL.get(edge.type)
    props = edge.props
    (paper,), (section,), (sentence,), (span,), (start,), (end,), (rule,), (own,) = (
        props["evidence_papers"], props["evidence_sections"], props["evidence_sentences"], props["evidence_spans"],
        props["evidence_starts"], props["evidence_ends"], props["evidence_rules"], props["evidence_confidences"])
    confidence = props["confidence"]
    if (tail is None or type(confidence) is not float or type(own) is not float or type(start) is not int
            or type(end) is not int or type(paper) is not str or type(section) is not str
            or type(sentence) is not str or type(span) is not str or type(rule) is not str
            or type(edge.source) is not str or type(edge.target) is not str):
        return None
    others = f"{edge.source}{edge.target}{edge.type}{paper}{section}{span}{rule}"
    if _NEEDS_QUOTES.search(others) or ARRAY_DELIMITER in others or ARRAY_DELIMITER in sentence:
        return None
    if _NEEDS_QUOTES.search(sentence):
        if '\\"' in sentence:
            _warn_backslash_quote()
        sentence = '"' + sentence.replace('"', '""') + '"'
    return (f"{edge.source},{edge.target},{edge.type},{confidence!r},{paper},{section},{sentence},{span},"
            f"{start},{end},{rule},{own!r}{tail}")


# A node row: id, labels, properties; a relationship row: start id, end id, type, properties.
NODE_CELLS = {table: cells_function(columns, ("labels",), ("props['id']", "labels"))
              for table, columns in NODE_COLUMNS.items()}
REL_CELLS = {rel: cells_function(columns, ("source", "target", "rel_type"), ("source", "target", "rel_type"))
             for rel, columns in REL_COLUMNS.items()}


def _load_expression(column: Column, delimiter: str) -> str:
    """Cypher that turns the LOAD CSV string ``row.`header``` back into the typed value."""
    field = f"row.{quote_name(column.header)}"
    if column.type.endswith("[]"):
        items = f"split({field}, {cypher_char(delimiter)})"
        function = _CONVERT[column.type.removesuffix("[]")]
        return f"[x IN {items} | {function}(x)]" if function else items
    function = _CONVERT.get(column.type, "")
    return f"{function}({field})" if function else field


def _set_clause(variable: str, columns: list[Column], delimiter: str) -> str:
    return ", ".join(f"{variable}.{quote_name(c.key)} = {_load_expression(c, delimiter)}" for c in columns)


def node_file_name(labels: Sequence[str]) -> str:
    return f"nodes_{labels[-1]}.csv"


def relationship_file_name(rel_type: str, start: str, end: str) -> str:
    return f"relationships_{rel_type}_{start}_{end}.csv"


class CsvFile:
    """One CSV file: its header, then rows (paper rows first, shared rows at close)."""

    def __init__(self, path: Path, header: list[str], resume: tuple[Path, int, int] | None = None) -> None:
        text = io.StringIO()
        csv.writer(text).writerow(header)
        self.file = StreamFile(path, text.getvalue().encode("utf-8"), resume=resume[:2] if resume else None)
        self.header_length = len(text.getvalue().encode("utf-8"))
        self.rows = resume[2] if resume else 0  # paper rows so far, the previous build's included
        self.text = io.TextIOWrapper(self.file.handle, encoding="utf-8", newline="")  # type: ignore[arg-type]
        self.writer = csv.writer(self.text)

    def mark(self) -> int:
        self.text.flush()
        return self.file.mark()

    def close(self) -> Path:
        self.text.flush()
        self.text.detach()
        return self.file.close()


class Neo4jCsvSink(StreamingSink):
    """``kg build`` sink: the bulk files in ``<out>/neo4j/`` (``folder`` = ``""``: in the output folder)."""

    name = "neo4j_csv"

    def __init__(self, folder: str = FOLDER) -> None:
        super().__init__()
        self.folder_name = folder

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        self.folder = out_dir / self.folder_name
        self.node_files: dict[tuple[str, ...], CsvFile] = {}
        self.rel_files: dict[tuple[str, str, str], CsvFile] = {}
        if previous is None:
            return
        if not {"nodes", "relationships"} <= previous.state.keys():
            raise GraphNotFoundError(f"the build in {previous.folder} did not stream its Neo4j CSV files (older kg?), "
                                     "so they cannot be continued; rebuild without --update")
        old = previous.folder / self.folder_name
        for labels, length, rows in previous.state["nodes"]:
            self._node_file(tuple(labels), (old / node_file_name(labels), length, rows))
        for key, length, rows in previous.state["relationships"]:
            self._rel_file(tuple(key), (old / relationship_file_name(*key), length, rows))  # type: ignore[arg-type]

    def _node_file(self, labels: tuple[str, ...], resume: tuple[Path, int, int] | None = None) -> CsvFile:
        found = self.node_files.get(labels)
        if found is None:
            header = ["id:ID", ":LABEL", *(c.header for c in NODE_COLUMNS[labels[0]])]
            found = self.node_files[labels] = CsvFile(self.folder / node_file_name(labels), header, resume)
        return found

    def _rel_file(self, key: tuple[str, str, str], resume: tuple[Path, int, int] | None = None) -> CsvFile:
        found = self.rel_files.get(key)
        if found is None:
            header = [":START_ID", ":END_ID", ":TYPE", *(c.header for c in REL_COLUMNS[key[0]])]
            found = self.rel_files[key] = CsvFile(self.folder / relationship_file_name(*key), header, resume)
        return found

    def _write(self, nodes: list[NodeRecord], edges: list[EdgeRecord]) -> tuple[set[CsvFile], int]:
        """Write rows; return the files written to and the number of rows."""
        touched: set[CsvFile] = set()
        node_files, rel_files = self.node_files, self.rel_files
        for node in nodes:
            labels = node.labels
            target = node_files.get(labels) or self._node_file(labels)
            write_row(target, NODE_CELLS[node.table](ARRAY_DELIMITER.join(labels), node.row))
            target.rows += 1
            touched.add(target)
        for edge in edges:
            key = (edge.type, edge.start, edge.end)
            target = rel_files.get(key) or self._rel_file(key)
            line = edge.simple and simple_line(edge)
            if line:
                target.text.write(line)
            else:
                write_row(target, REL_CELLS[edge.type](edge.source, edge.target, edge.type, edge.props))
            target.rows += 1
            touched.add(target)
        return touched, len(nodes) + len(edges)

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction | None = None) -> None:
        records = part_records(part)
        self._write(records.nodes, records.edges)

    def close(self, shared: KnowledgeGraph, build: Build | None = None) -> list[Path]:
        paper_rows = {id(f): (f.mark(), f.rows) for f in (*self.node_files.values(), *self.rel_files.values())}
        records = shared_records(shared, build)
        with_shared, _ = self._write(records.nodes, records.edges)
        state: dict[str, list[Any]] = {"nodes": [], "relationships": []}
        written: list[Path] = []
        node_groups: list[tuple[str, ...]] = []
        rel_groups: list[tuple[str, str, str]] = []
        for kind, files, groups in (("nodes", self.node_files, node_groups), ("relationships", self.rel_files, rel_groups)):
            for key in sorted(files):
                csv_file = files[key]
                length, rows = paper_rows.get(id(csv_file), (csv_file.header_length, 0))
                path = csv_file.close()
                if not rows and csv_file not in with_shared:  # an update's file whose only rows moved away
                    path.unlink()
                    continue
                state[kind].append((list(key), length, rows))
                groups.append(key)  # type: ignore[arg-type]
                written.append(path)
        written += write_scripts(self.folder, node_groups, rel_groups)
        self.state = state
        log.info("wrote %d node files and %d relationship files to %s", len(node_groups), len(rel_groups),
                 self.folder)
        return written


def write_scripts(folder: Path, node_groups: list[tuple[str, ...]], rel_groups: list[tuple[str, str, str]]) -> list[Path]:
    """``import.cypher`` (constraints, then one batched LOAD CSV per file) and the README, for the files of
    ``node_groups`` (label tuples) and ``rel_groups`` ((type, start, end) triples)."""
    delimiter = ARRAY_DELIMITER
    statements = [constraint_statement(label) for label in NODE_TABLES]
    for labels in node_groups:
        columns = NODE_COLUMNS[labels[0]]
        merge, *extra = labels
        body = f"MERGE (n:{quote_name(merge)} {{id: row.`id:ID`}})"
        if extra:
            body += "\n  SET n:" + ":".join(quote_name(label) for label in extra)
        if columns:
            body += "\n  SET " + _set_clause("n", columns, delimiter)
        statements.append(_batched(node_file_name(labels), body))
    for rel_type, start, end in rel_groups:
        columns = REL_COLUMNS[rel_type]
        body = (f"MATCH (a:{quote_name(start)} {{id: row.`:START_ID`}})\n"
                f"  MATCH (b:{quote_name(end)} {{id: row.`:END_ID`}})\n"
                f"  MERGE (a)-[r:{quote_name(rel_type)}]->(b)")
        if columns:
            body += "\n  SET " + _set_clause("r", columns, delimiter)
        statements.append(_batched(relationship_file_name(rel_type, start, end), body))
    script = folder / IMPORT_SCRIPT
    folder.mkdir(parents=True, exist_ok=True)
    script.write_text(_script_header(delimiter) + ";\n\n".join(statements) + ";\n", encoding="utf-8")
    readme = folder / README
    readme.write_text(_readme([node_file_name(g) for g in node_groups],
                              [relationship_file_name(*g) for g in rel_groups], delimiter), encoding="utf-8")
    return [script, readme]


def write_neo4j_csv(graph: KnowledgeGraph, folder: Path) -> list[Path]:
    """Write the CSVs, ``import.cypher`` and a README of an in-memory graph into ``folder``, as a build
    streams them (each paper's Paper and Result rows in paper id order, then the rest); return the files."""
    papers = sorted({pid for node in graph.nodes.values() if node.type is Cls.PAPER for pid in node.papers})
    shared, parts = split_graph(graph, papers)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=folder))  # files move in only when complete
    try:
        sink = Neo4jCsvSink(folder="")
        sink.open(staging)
        for part in parts:
            sink.add(part)
        written = []
        for path in sink.close(shared):
            os.replace(path, folder / path.name)
            written.append(folder / path.name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def import_statements(script: str) -> list[str]:
    """The statements of an ``import.cypher`` written by this module (comments dropped), in order."""
    body = "\n".join(line for line in script.splitlines() if not line.startswith("//"))
    return [s.strip() for s in body.split(";\n") if s.strip()]


def _batched(file_name: str, body: str) -> str:
    return (f"LOAD CSV WITH HEADERS FROM 'file:///{file_name}' AS row\n"
            f"CALL (row) {{\n  {body}\n}} IN TRANSACTIONS OF {ROWS_PER_TRANSACTION} ROWS")


def _script_header(delimiter: str) -> str:
    return ("// kg: load the CSV files of this folder into Neo4j 5 with LOAD CSV.\n"
            "// Copy the CSV files into the server's import folder (server.directories.import), then run\n"
            "//   cypher-shell -a neo4j://HOST:7687 -u neo4j -f import.cypher\n"
            "// Constraints come first; every file loads in batches of "
            f"{ROWS_PER_TRANSACTION} rows (CALL ... IN TRANSACTIONS).\n"
            f"// MERGE makes a second run change nothing. Arrays are split on {cypher_char(delimiter)}.\n\n")


def _readme(node_files: list[str], rel_files: list[str], delimiter: str) -> str:
    nodes = " ".join(f"--nodes=import/{f}" for f in node_files)
    rels = " ".join(f"--relationships=import/{f}" for f in rel_files)
    return (
        "# Neo4j bulk files written by kg\n\n"
        "Two ways to load them (see docs/neo4j.md in kg's repository):\n\n"
        "1. Into a new, empty database, offline (fastest):\n\n"
        f"       neo4j-admin database import full neo4j --array-delimiter={admin_char(delimiter)} {nodes} {rels}\n\n"
        "2. Into a running server: copy the CSV files into its import folder and run `import.cypher`\n"
        "   (`cypher-shell -f import.cypher`). It creates the uniqueness constraints, then MERGEs in batches.\n\n"
        "Header types: `id:ID` (kg's entity id, also stored as the `id` property), `:LABEL`, `:START_ID`,\n"
        "`:END_ID`, `:TYPE`, `long`, `double`, `boolean`, `string[]`. Arrays and labels are joined with "
        f"{admin_char(delimiter)}\n(the ASCII unit separator; a list element holding it has U+241F instead); "
        "an empty field is a missing property.\n"
    )
