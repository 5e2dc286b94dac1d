"""Offline Neo4j bulk files in ``<out>/neo4j/``: CSVs for ``neo4j-admin database import`` and an
``import.cypher`` that loads the same CSVs into a running server with ``LOAD CSV``.

One node file per node group (``nodes_<Label>.csv``) and one relationship file per (type, start label,
end label) (``relationships_<TYPE>_<Start>_<End>.csv``). Headers use neo4j-admin's typed columns:
``id:ID``, ``:LABEL``, ``name``, ``aliases:string[]``, ``number:double``, ``line_start:long``,
``:START_ID``, ``:END_ID``, ``:TYPE``. Arrays are joined with the array delimiter (``;`` unless a value
contains one); quoting and escaping are the csv module's (RFC 4180: fields with commas, quotes or line
breaks are quoted, quotes doubled), which both neo4j-admin and LOAD CSV read.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from .atomic import atomic_write
from .neo4j_bolt import constraint_statement, quote_name
from .neo4j_rows import Neo4jRows, neo4j_rows
from .property_graph import PropType

if TYPE_CHECKING:
    from ..model import KnowledgeGraph
    from ..pipeline import Build

log = logging.getLogger(__name__)

FOLDER = "neo4j"
IMPORT_SCRIPT = "import.cypher"
ROWS_PER_TRANSACTION = 1000
ARRAY_DELIMITERS = (";", "|", "\x1f")  # the last, ASCII unit separator, is never in text

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


def array_delimiter(view: Neo4jRows) -> str:
    """The first delimiter no array element contains (neo4j-admin cannot escape it)."""
    elements = {item for group in view.node_groups() for row in group.rows for value in row.values()
                if isinstance(value, (list, tuple)) for item in value}
    elements |= {item for group in view.relationship_groups() for row in group.rows
                 for value in row["props"].values() if isinstance(value, (list, tuple)) for item in value}
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in str(item) for item in elements):
            return delimiter
    raise ExportError("every array delimiter kg knows (; | \\x1f) occurs in list values; "
                      "the Neo4j CSV files cannot be written")


def cypher_char(char: str) -> str:
    """A one-character Cypher string literal (control characters as \\uXXXX escapes)."""
    return f"'{char}'" if char.isprintable() and char not in "'\\" else f"'\\u{ord(char):04X}'"


def admin_char(char: str) -> str:
    """The character as neo4j-admin's --array-delimiter takes it in a POSIX shell."""
    return f"'{char}'" if char.isprintable() else f"$'\\x{ord(char):02x}'"


def _cell(value: Any, delimiter: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return delimiter.join(str(_cell(v, delimiter)) for v in value)
    return value


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


def write_neo4j_csv(graph: KnowledgeGraph, folder: Path) -> list[Path]:
    """Write the CSVs, ``import.cypher`` and a README into ``folder``; return the files."""
    view = neo4j_rows(graph)
    delimiter = array_delimiter(view)
    written: list[Path] = []
    statements = [constraint_statement(label) for label in view.key_labels()]
    node_files: list[str] = []
    for group in view.node_groups():
        columns = columns_of(group.props, skip=("id",))
        name = node_file_name(group.labels)
        path = folder / name
        with atomic_write(path, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id:ID", ":LABEL", *(c.header for c in columns)])
            for row in group.rows:
                writer.writerow([row["id"], ";".join(group.labels), *(_cell(row.get(c.key), delimiter) for c in columns)])
        written.append(path)
        node_files.append(name)
        merge, *extra = group.labels
        body = f"MERGE (n:{quote_name(merge)} {{id: row.`id:ID`}})"
        if extra:
            body += "\n  SET n:" + ":".join(quote_name(label) for label in extra)
        if columns:
            body += "\n  SET " + _set_clause("n", columns, delimiter)
        statements.append(_batched(name, body))
    rel_files: list[str] = []
    for rgroup in view.relationship_groups():
        rows = list(rgroup.rows)
        columns = columns_of(rgroup.props)
        name = relationship_file_name(rgroup.type, rgroup.start_label, rgroup.end_label)
        path = folder / name
        with atomic_write(path, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID", ":END_ID", ":TYPE", *(c.header for c in columns)])
            for row in rows:
                writer.writerow([row["source"], row["target"], rgroup.type,
                                 *(_cell(row["props"].get(c.key), delimiter) for c in columns)])
        written.append(path)
        rel_files.append(name)
        body = (f"MATCH (a:{quote_name(rgroup.start_label)} {{id: row.`:START_ID`}})\n"
                f"  MATCH (b:{quote_name(rgroup.end_label)} {{id: row.`:END_ID`}})\n"
                f"  MERGE (a)-[r:{quote_name(rgroup.type)}]->(b)")
        if columns:
            body += "\n  SET " + _set_clause("r", columns, delimiter)
        statements.append(_batched(name, body))
    script = folder / IMPORT_SCRIPT
    with atomic_write(script) as handle:
        handle.write(_script_header(delimiter))
        handle.write(";\n\n".join(statements) + ";\n")
    written.append(script)
    readme = folder / "README.md"
    with atomic_write(readme) as handle:
        handle.write(_readme(node_files, rel_files, delimiter))
    written.append(readme)
    log.info("wrote %d node files and %d relationship files to %s", len(node_files), len(rel_files), folder)
    return written


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
        "Header types: `id:ID` (kg's entity id, also stored as the `id` property), `:LABEL` (`;`-separated),\n"
        "`:START_ID`, `:END_ID`, `:TYPE`, `long`, `double`, `boolean`, `string[]` (arrays joined with "
        f"{admin_char(delimiter)}); an empty field is a missing property.\n"
    )


class Neo4jCsvSink:
    """``kg build`` sink: the bulk files in ``<out>/neo4j/``."""

    name = "neo4j_csv"

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        return write_neo4j_csv(build.graph, out_dir / FOLDER)
