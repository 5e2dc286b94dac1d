"""SPARQL over a built graph: saved queries, parameter binding, and two engines (pyoxigraph, rdflib).

Parameters (``kg query --param name=value``) are bound with a ``VALUES`` block at the start of the
outermost ``WHERE`` group, the same text for both engines, so both see the same query. A parameter
``name`` binds ``?name``, or ``?name_param`` when the query uses that variable (for queries that
also return a column called ``name``). Values are strings; ``<...>`` makes an IRI.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal as TypingLiteral

from ..errors import QueryError
from ..rdf.namespaces import PREFIXES, XSD
from ..rdf.validate import graph_file
from ..resources import QUERIES_DIR

log = logging.getLogger(__name__)

Engine = TypingLiteral["auto", "oxigraph", "rdflib"]
Row = dict[str, Any]

QUERY_SUFFIXES = {".rq": "sparql", ".cypher": "cypher"}
_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt",
                                    "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass
class SavedQuery:
    """A query file of ``queries/`` (the SPARQL and/or Cypher twin of one name)."""

    name: str
    files: dict[str, Path] = field(default_factory=dict)  # language -> file
    description: str = ""
    parameters: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return sorted(self.files)


def read_header(text: str) -> tuple[str, list[str], list[str]]:
    """Description, parameter names and column names from a query's leading comment lines."""
    header = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("#", "//")):
            header.append(stripped.lstrip("#/").strip())
        elif stripped:
            break
    description = header[0] if header else ""
    if ":" in description and description.split(":", 1)[0].replace("_", "").isalnum():
        description = description.split(":", 1)[1].strip()
    params: list[str] = []
    columns: list[str] = []
    for line in header:
        key, _, rest = line.partition(":")
        if key.strip().lower() in ("parameters", "parameter", "params"):
            if rest.strip().lower() != "none":
                params = re.findall(r"(?:^|,)\s*\$?([A-Za-z_]\w*)", re.sub(r"\([^)]*\)", "", rest))
        elif key.strip().lower() == "columns":
            columns = re.findall(r"(?:^|,)\s*([A-Za-z_]\w*)", re.sub(r"\([^)]*\)", "", rest))
    return description, params, columns


def saved_queries(folder: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Saved queries by name, from ``*.rq`` and ``*.cypher`` files."""
    found: dict[str, SavedQuery] = {}
    for path in sorted(folder.glob("*")):
        language = QUERY_SUFFIXES.get(path.suffix)
        if language is None:
            continue
        query = found.setdefault(path.stem, SavedQuery(path.stem))
        query.files[language] = path
        if language == "sparql" or not query.description:
            query.description, query.parameters, query.columns = read_header(path.read_text(encoding="utf-8"))
    return found


def resolve_query(query: str, language: str, folder: Path = QUERIES_DIR) -> tuple[str, SavedQuery | None]:
    """The query text for ``query``: a saved query name, a file path, or the query itself."""
    saved = saved_queries(folder).get(query)
    if saved is not None:
        if language not in saved.files:
            raise QueryError(f"saved query {query!r} has no {language} version; it has {', '.join(saved.languages)}")
        return saved.files[language].read_text(encoding="utf-8"), saved
    if "\n" not in query and len(query) < 4096:
        path = Path(query)
        if path.suffix in QUERY_SUFFIXES and path.is_file():
            text = path.read_text(encoding="utf-8")
            _, params, columns = read_header(text)
            return text, SavedQuery(path.stem, {language: path}, "", params, columns)
        if re.fullmatch(r"[\w\-]+", query):
            raise QueryError(f"no saved query named {query!r}; `kg queries` lists them ({', '.join(sorted(saved_queries(folder)))})")
    return query, None


def sparql_term(value: str) -> str:
    """A parameter value as a SPARQL term: ``<iri>`` stays an IRI, anything else is a string literal."""
    if value.startswith("<") and value.endswith(">"):
        import pyoxigraph

        try:
            return str(pyoxigraph.NamedNode(value[1:-1]))
        except ValueError as exc:
            raise QueryError(f"parameter value {value} is not a valid IRI: {exc}") from None
    import pyoxigraph

    return str(pyoxigraph.Literal(value))


def bind_params(query: str, params: dict[str, str]) -> str:
    """The query with a ``VALUES`` block binding ``params`` at the start of its outermost WHERE group."""
    if not params:
        return query
    values = []
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        variable = f"{name}_param" if re.search(rf"[?$]{name}_param\b", query) else name
        values.append(f"VALUES ?{variable} {{ {sparql_term(value)} }}")
    lines = query.splitlines(keepends=True)
    # Search outside full-line comments (a "#" inside an IRI is not a comment).
    offset = 0
    for line in lines:
        if not line.lstrip().startswith("#"):
            match = _WHERE.search(line)
            if match is not None:
                at = offset + match.end()
                return query[:at] + " " + " ".join(values) + " " + query[at:]
        offset += len(line)
    brace = query.find("{")
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return query[:brace + 1] + " " + " ".join(values) + " " + query[brace + 1:]


def check_params(saved: SavedQuery | None, params: dict[str, str]) -> None:
    """Every declared parameter of a saved query is given, and no unknown one."""
    if saved is None or not (saved.parameters or params):
        return
    missing = [p for p in saved.parameters if p not in params]
    if missing:
        raise QueryError(f"query {saved.name!r} needs --param {missing[0]}=VALUE (parameters: {', '.join(saved.parameters)})")
    unknown = [p for p in params if p not in saved.parameters]
    if unknown:
        known = ", ".join(saved.parameters) or "none"
        raise QueryError(f"query {saved.name!r} has no parameter {unknown[0]!r} (parameters: {known})")


def literal_value(lexical: str, datatype: str | None) -> Any:
    """A result literal as a Python value: integers as int, decimals/doubles as float, booleans as bool."""
    if datatype in _INTEGER_TYPES:
        return int(lexical)
    if datatype in _FLOAT_TYPES:
        return float(lexical)
    if datatype == XSD + "boolean":
        return lexical in ("true", "1")
    return lexical


class OxigraphGraph:
    """An in-memory pyoxigraph store of one RDF file."""

    name = "oxigraph"

    def __init__(self, path: Path) -> None:
        import pyoxigraph

        formats = {".nt": pyoxigraph.RdfFormat.N_TRIPLES, ".ttl": pyoxigraph.RdfFormat.TURTLE,
                   ".jsonld": pyoxigraph.RdfFormat.JSON_LD, ".trig": pyoxigraph.RdfFormat.TRIG}
        self.store = pyoxigraph.Store()
        self.store.bulk_load(path=str(path), format=formats.get(path.suffix, pyoxigraph.RdfFormat.TURTLE))

    def __len__(self) -> int:
        return len(self.store)

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        import pyoxigraph

        try:
            solutions = self.store.query(query, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from None
        if not isinstance(solutions, pyoxigraph.QuerySolutions):
            raise QueryError("only SELECT queries are supported by `kg query --sparql`")
        columns = [v.value for v in solutions.variables]
        rows = [{c: self._value(s[c]) for c in columns} for s in solutions]
        return columns, rows

    @staticmethod
    def _value(term: Any) -> Any:
        import pyoxigraph

        if term is None:
            return None
        if isinstance(term, pyoxigraph.Literal):
            return literal_value(term.value, term.datatype.value)
        if isinstance(term, pyoxigraph.BlankNode):
            return f"_:{term.value}"
        return term.value


class RdflibGraph:
    """An rdflib Graph of one RDF file."""

    name = "rdflib"

    def __init__(self, path: Path) -> None:
        from ..rdf.validate import load_rdflib

        self.graph = load_rdflib(path)

    def __len__(self) -> int:
        return len(self.graph)

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        import rdflib

        try:
            result = self.graph.query(query, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing and plain exceptions for bad queries
            raise QueryError(f"invalid SPARQL or query failed on rdflib: {exc}") from None
        if result.type != "SELECT":
            raise QueryError("only SELECT queries are supported by `kg query --sparql`")
        columns = [str(v) for v in result.vars]
        rows = []
        for row in result:
            values = {}
            for column, term in zip(columns, row):
                if term is None:
                    values[column] = None
                elif isinstance(term, rdflib.Literal):
                    values[column] = literal_value(str(term), str(term.datatype) if term.datatype else None)
                elif isinstance(term, rdflib.BNode):
                    values[column] = f"_:{term}"
                else:
                    values[column] = str(term)
            rows.append(values)
        return columns, rows


def load_graph(graph_dir: Path, engine: Engine = "auto") -> OxigraphGraph | RdflibGraph:
    """Load a built graph folder (graph.nt preferred) into an engine; ``auto`` is pyoxigraph (faster, see docs/rdf.md)."""
    path = graph_file(graph_dir)
    if engine == "rdflib":
        return RdflibGraph(path)
    if engine in ("auto", "oxigraph"):
        return OxigraphGraph(path)
    raise QueryError(f"unknown SPARQL engine {engine!r}; use auto, oxigraph or rdflib")


def run_sparql(query: str, graph: Path | OxigraphGraph | RdflibGraph, params: dict[str, str] | None = None,
               engine: Engine = "auto") -> tuple[list[str], list[Row]]:
    """Run a SELECT query (text, file or saved-query name) on a graph folder or a loaded graph."""
    params = dict(params or {})
    text, saved = resolve_query(query, "sparql")
    check_params(saved, params)
    loaded = load_graph(graph, engine) if isinstance(graph, Path) else graph
    log.debug("sparql on %s (%d triples)", loaded.name, len(loaded))
    return loaded.select(bind_params(text, params))


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["dataset=MVTec AD", ...]`` -> ``{"dataset": "MVTec AD"}``."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param {pair!r} must be NAME=VALUE")
        params[name.strip()] = value
    return params
