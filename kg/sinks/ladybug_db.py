"""``graph.lbdb``: the graph as an embedded LadybugDB (Kùzu) database, queried with Cypher and no server.

LadybugDB needs a schema and has one label per node: one node table per key label (a Benchmark is a
row of ``Dataset`` with ``is_benchmark = true``) with ``id`` as primary key, and one relationship
table per type with every (start table, end table) pair the ontology declares or the graph builder
can make (:func:`relationship_pairs`), so the schema is static and an ``--update`` never needs a new
pair (one it would need anyway is added with ``ALTER TABLE``).

Streaming: :meth:`LadybugSink.add` turns each paper's part into typed rows and spools them, per node
table and per relationship (type, start, end), into Parquet files in a folder next to the database
(memory holds one batch per spool, never the corpus). :meth:`LadybugSink.close` creates the database,
``COPY``\\ s the paper rows and the shared nodes into the node tables, then the relationship rows
(their end nodes must exist first), and checkpoints once. No value is ever pasted into Cypher: rows
come from files or pyarrow tables passed as parameters.

``--update`` continues a copy of the previous database: the new papers' rows are ``COPY``-ed in, the
shared nodes the new papers touched are merged (``LOAD FROM $rows MERGE … SET …``: new ones created,
changed ones — papers, aliases, last seen, a Dataset become a Benchmark — updated), and the shared
relationships (OUTPERFORMS) are deleted and loaded anew. The database is written next to its final
name and renamed into place, so a reader never sees half a database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from ..vocab import Cls, Rel
from .property_graph import (
    NODE_TABLES,
    SOURCE,
    TARGET,
    EVIDENCE_LISTS,
    REL_NAME,
    PropType,
    Row,
    _declared_pairs,
    clean,
    coerce,
    edge_properties,
    node_row,
    node_schema,
    node_table,
    relationship_schema,
    typed_row,
)
from .stream import Previous, StreamFile, StreamingSink

if TYPE_CHECKING:
    import pyarrow as pa

    from ..model import Edge, KnowledgeGraph, Node, PaperExtraction
    from ..pipeline import Build

log = logging.getLogger(__name__)

DATABASE_NAME = "graph.lbdb"
BUFFER_POOL_BYTES = 512 * 1024 * 1024  # for queries; the default is 80% of RAM, a query needs far less
# For writing: COPY of a relationship table holds the whole table (both directions) in the pool, about
# 1 GB for 700k rows with evidence lists (a 100k-paper build's AUTHORED); 512 MB fails there. The pool
# only grows as it is used, so small builds pay nothing for the headroom.
WRITE_BUFFER_POOL_BYTES = 2 * 1024 * 1024 * 1024
# Neo4j functions LadybugDB spells differently, defined as macros in every database written so that
# saved queries use the Neo4j spelling on both engines (`type(r)` is `label(r)` in LadybugDB).
COMPAT_MACROS: dict[str, str] = {"type": "label(x)"}
SPOOL_BATCH_ROWS = 8192  # rows a spool buffers before writing them as one Parquet row group
LOCAL_TABLES = (Cls.PAPER.value, Cls.RESULT.value)  # tables of paper parts; every other table is shared
# The table of a node from its id's prefix (``method/…``): ids are ``<class lower-cased>/<key>``
# (kg.resolve.entity_id); used for a part edge's shared end, which the part does not hold.
TABLE_OF_PREFIX: dict[str, str] = {
    c.value.lower(): (Cls.DATASET.value if c is Cls.BENCHMARK else c.value) for c in Cls}

Pair = tuple[str, str]


def quote(identifier: str) -> str:
    """A Cypher identifier in backticks (labels and property names come from kg, but may be keywords)."""
    return "`" + identifier.replace("`", "``") + "`"


def _literal(text: str) -> str:
    """A Cypher string literal (file paths and table names in COPY options, which take no parameters)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def relationship_pairs(rel: Rel) -> list[Pair]:
    """Every (start table, end table) pair a ``rel`` relationship can have: the ontology's domain and
    range plus what kg/graph.py can make of a name (a Result's metric, dataset or method, and either
    end of an extracted relation, may resolve to an entity of any class)."""
    from ..graph import ENTITY_CLASS, ROLE_RELATION, TYPE_RELATION

    entities = sorted({_table_of_class(cls) for cls in ENTITY_CLASS.values()})
    pairs = set(_declared_pairs(rel))
    pairs |= {(Cls.PAPER.value, _table_of_class(ENTITY_CLASS[kind]))
              for mapping in (ROLE_RELATION, TYPE_RELATION)
              for key, r in mapping.items() if r is rel
              for kind in [key[0] if isinstance(key, tuple) else key]}
    if rel in (Rel.MEASURES, Rel.ON_DATASET, Rel.OF_METHOD):  # a result's named ends
        pairs |= {(Cls.RESULT.value, e) for e in entities}
    if rel is Rel.OUTPERFORMS:  # the relation extractor's type: names on both ends
        pairs |= {(a, b) for a in entities for b in entities}
    return sorted(pairs)


def _table_of_class(cls: Cls) -> str:
    return Cls.DATASET.value if cls is Cls.BENCHMARK else cls.value


def schema_statements(pairs: dict[str, list[Pair]]) -> list[str]:
    """CREATE NODE TABLE / CREATE REL TABLE / CREATE MACRO statements: every node table, and every
    relationship type with the table pairs in ``pairs`` (type name -> pairs)."""
    statements = []
    for table in NODE_TABLES:
        columns = [f"{quote(name)} {kind.value}" for name, kind in node_schema(table).items()]
        statements.append(f"CREATE NODE TABLE {quote(table)}({', '.join(columns)}, PRIMARY KEY (`id`))")
    for rel in Rel:
        if not pairs.get(rel.name):
            continue
        ends = [f"FROM {quote(a)} TO {quote(b)}" for a, b in pairs[rel.name]]
        columns = [f"{quote(name)} {kind.value}" for name, kind in relationship_schema(rel).items()]
        statements.append(f"CREATE REL TABLE {quote(rel.name)}({', '.join(ends + columns)})")
    statements += [f"CREATE MACRO {name}(x) AS {body}" for name, body in COMPAT_MACROS.items()]
    return statements


def arrow_schema(columns: dict[str, PropType]) -> pa.Schema:
    """The Arrow schema of rows with these property types."""
    import pyarrow as pa

    scalar = {PropType.STRING: pa.string(), PropType.INT64: pa.int64(), PropType.DOUBLE: pa.float64(),
              PropType.BOOLEAN: pa.bool_()}
    return pa.schema([(name, pa.list_(scalar[kind.element]) if kind.is_list else scalar[kind])
                      for name, kind in columns.items()])


class ListColumn:
    """A list column of a spool batch, kept flat (values, offsets, null flags): appending a row's list
    allocates no object the garbage collector must track, so spooling stays cheap however big the heap."""

    __slots__ = ("values", "offsets", "nulls")

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.offsets: list[int] = [0]
        self.nulls: list[bool] = []

    def append(self, value: list[Any] | None) -> None:
        if value is None:
            self.nulls.append(True)
        else:
            self.values.extend(value)
            self.nulls.append(False)
        self.offsets.append(len(self.values))

    def array(self, arrow_type: pa.ListType, kind: PropType) -> pa.Array:
        import pyarrow as pa

        values = _arrow_array(self.values, arrow_type.value_type, kind.element)
        mask = pa.array(self.nulls, pa.bool_()) if True in self.nulls else None  # most columns have no null
        return pa.ListArray.from_arrays(pa.array(self.offsets, pa.int32()), values, type=arrow_type, mask=mask)

    def clear(self) -> None:
        """Empty, keeping the same lists (the spool's compiled appender holds their methods)."""
        self.values.clear()
        del self.offsets[1:]
        self.nulls.clear()


def _appender(buffer: list[list[Any] | ListColumn]) -> Any:
    """A function adding one row (a tuple of values in column order) to ``buffer``, compiled once per spool:
    what ``ListColumn.append`` / ``list.append`` per column do, without a Python call per value (it runs
    for every value of every row)."""
    params, body = [], []
    namespace: dict[str, Any] = {}
    for index, column in enumerate(buffer):
        if isinstance(column, ListColumn):
            namespace |= {f"e{index}": column.values.extend, f"n{index}": column.nulls.append,
                          f"o{index}": column.offsets.append, f"f{index}": column.values}
            params += [f"e{index}", f"n{index}", f"o{index}", f"f{index}"]
            body += [f"    if v{index} is None:", f"        n{index}(True)", "    else:",
                     f"        e{index}(v{index})", f"        n{index}(False)", f"    o{index}(len(f{index}))"]
        else:
            namespace[f"a{index}"] = column.append
            params.append(f"a{index}")
            body.append(f"    a{index}(v{index})")
    unpack = "".join(f"v{index}, " for index in range(len(buffer)))
    source = (f"def append_row(values, {', '.join(f'{p}={p}' for p in params)}):\n"
              f"    {unpack}= values\n" + "\n".join(body) + "\n")
    exec(compile(source, "<ladybug spool appender>", "exec"), namespace)  # source made from the column kinds only
    return namespace["append_row"]


class Spool:
    """Rows of one table (or relationship table pair), buffered column by column and written to a
    Parquet file a batch at a time."""

    def __init__(self, path: Path, columns: dict[str, PropType]) -> None:
        self.path = path
        self.columns = columns
        self.names = list(columns)
        self.rows = 0
        self._writer: Any = None
        self.buffer: list[list[Any] | ListColumn] = [ListColumn() if kind.is_list else []
                                                     for kind in self.columns.values()]
        self._append_row = _appender(self.buffer)
        self.pending = 0

    def _new_batch(self) -> None:
        for column in self.buffer:
            column.clear()
        self.pending = 0

    def append(self, row: Row) -> None:
        self.append_values(tuple(row.get(name) for name in self.names))

    def append_values(self, values: tuple[Any, ...]) -> None:
        """Add one row, its values in column order."""
        self._append_row(values)
        self.pending += 1
        if self.pending >= SPOOL_BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, arrow_schema(self.columns), compression="none")
        arrays = [column.array(arrow_type, kind) if isinstance(column, ListColumn)
                  else _arrow_array(column, arrow_type, kind)
                  for column, arrow_type, kind in zip(self.buffer, self._writer.schema.types, self.columns.values())]
        self._writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self._writer.schema))
        self.rows += self.pending
        self._new_batch()

    def close(self) -> Path | None:
        """Finish the file; None when no row was spooled."""
        self.flush()
        if self._writer is None:
            return None
        self._writer.close()
        return self.path


def _arrow_array(values: list[Any], arrow_type: pa.DataType, kind: PropType) -> pa.Array:
    """One column as Arrow; values of another Python type than the column's are coerced first."""
    import pyarrow as pa

    try:
        return pa.array(values, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None else coerce(v, kind) for v in values], type=arrow_type)


# The columns :func:`edge_values` fills, in the order relationship_schema gives them.
EDGE_COLUMNS = (SOURCE, TARGET, "confidence", *EVIDENCE_LISTS)


def edge_values(edge: Edge, extra: tuple[str, ...]) -> tuple[Any, ...]:
    """An edge's row in :data:`EDGE_COLUMNS` order, then its ``extra`` properties: the values of
    ``typed_row(edge_properties(edge))``, built directly because it runs for every edge."""
    evidence = edge.evidence
    if len(evidence) == 1:  # most edges: one mention
        e = evidence[0]
        confidence = round(e.confidence, 3)
        values: tuple[Any, ...] = (
            edge.source, edge.target, confidence, [e.paper] if e.paper else None,
            [e.section] if e.section else None, [e.sentence] if e.sentence else None,
            [f"{e.start}-{e.end}"], [e.start], [e.end], [e.rule] if e.rule else None, [confidence])
    elif evidence:
        sections = [e.section for e in evidence]
        sentences = [e.sentence for e in evidence]
        rules = [e.rule for e in evidence]
        values = (
            edge.source, edge.target, round(max(e.confidence for e in evidence), 3),
            [e.paper for e in evidence] if any(e.paper for e in evidence) else None,
            sections if any(sections) else None,
            sentences if any(sentences) else None,
            [f"{e.start}-{e.end}" for e in evidence],
            [e.start for e in evidence], [e.end for e in evidence],
            rules if any(rules) else None,
            [round(e.confidence, 3) for e in evidence])
    else:
        values = (edge.source, edge.target, 1.0, None, None, None, None, None, None, None, None)
    props = edge.props
    if not props and not extra:
        return values
    unknown = [key for key in props if key not in extra]
    if unknown:
        raise ExportError(f"{edge.type.name} edge {edge.source} -> {edge.target} has a property {unknown[0]!r} "
                          "the property-graph schema lacks; declare it in REL_PROPS of kg/sinks/property_graph.py")
    cleaned = clean({key: props.get(key) for key in extra})
    return values + tuple(cleaned.get(key) for key in extra)


class LadybugSink(StreamingSink):
    """Writes ``graph.lbdb`` (query it with ``kg query --cypher``)."""

    name = "ladybug"

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        # Imported here, not at the end: a missing package fails at the start of a build, and the import
        # overlaps with the reading of the papers when this sink runs in its own process.
        import ladybug
        import pyarrow.compute  # noqa: F401  (ListArray.from_arrays imports it at first use: 0.05 s at the close)
        import pyarrow.parquet  # noqa: F401

        self.path = out_dir / DATABASE_NAME
        out_dir.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix=f".{DATABASE_NAME}.", dir=out_dir))
        self.spools: dict[tuple[str, ...], Spool] = {}
        self.node_types = {table: node_schema(table) for table in NODE_TABLES}
        self.rel_types = {rel.name: relationship_schema(rel) | {SOURCE: PropType.STRING, TARGET: PropType.STRING}
                          for rel in Rel}
        self.rel_columns = {name: {SOURCE: PropType.STRING, TARGET: PropType.STRING}
                            | {k: v for k, v in kinds.items() if k not in (SOURCE, TARGET)}
                            for name, kinds in self.rel_types.items()}
        # per type: the properties after EDGE_COLUMNS, or None when the columns do not start with them
        self.rel_extra: dict[str, tuple[str, ...] | None] = {
            name: tuple(columns)[len(EDGE_COLUMNS):] if tuple(columns)[:len(EDGE_COLUMNS)] == EDGE_COLUMNS else None
            for name, columns in self.rel_columns.items()}
        self.previous_pairs: dict[str, list[Pair]] | None = None
        self.touched: set[str] | None = None  # on update: the shared nodes the new papers touched
        self.new_papers: set[str] = set()  # on update: the new papers' ids
        self.previous_shared: list[str] = []  # on update: the types of the shared relationships to replace
        self.database = self.work / DATABASE_NAME
        self.database_copy: StreamFile | None = None  # on update: the previous database, copied in a thread
        if previous is not None:
            source = previous.folder / DATABASE_NAME
            if not source.is_file() or "pairs" not in previous.state:
                raise ExportError(f"--update needs the LadybugDB database {source} of the last build; "
                                  "rebuild without --update")
            # at full priority, unlike the other outputs' copies: the update ends with the work on this database
            self.database_copy = StreamFile(self.database, resume=(source, source.stat().st_size), copy_niceness=0)
            self.previous_pairs = {rel: [tuple(p) for p in pairs] for rel, pairs in previous.state["pairs"].items()}
            self.previous_shared = list(previous.state.get("shared", ()))
            self.touched = set()
        self.schema_pairs: dict[str, list[Pair]] | None = None  # the pairs of the schema created at open
        if previous is None:  # the empty database and its schema now, while the papers are still being read
            pairs = {rel.name: relationship_pairs(rel) for rel in Rel}
            db = ladybug.Database(str(self.database), buffer_pool_size=WRITE_BUFFER_POOL_BYTES, auto_checkpoint=False)
            try:
                conn = ladybug.Connection(db)
                try:  # one transaction: 4x faster than a commit per table
                    conn.execute(";\n".join(["BEGIN TRANSACTION", *schema_statements(pairs), "COMMIT"]))
                finally:
                    conn.close()
            finally:
                db.close()
            self.schema_pairs = pairs

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        tables: dict[str, str] = {}
        for node in part.nodes.values():
            tables[node.id] = table = node_table(node)
            self._spool_node(node, table)
        touched = self.touched
        if touched is not None:
            self.new_papers.update(p for node in part.nodes.values() for p in node.papers)
        for edge in part.edges.values():
            start = tables.get(edge.source) or self._table_of_id(edge.source)
            end = tables.get(edge.target) or self._table_of_id(edge.target)
            if touched is not None:
                touched.update(n for n in (edge.source, edge.target) if n not in tables)
            self._spool_edge(edge, start, end)

    def _spool_node(self, node: Node, table: str, prefix: str = "nodes") -> None:
        spool = self.spools.get((prefix, table))
        if spool is None:
            spool = self.spools[(prefix, table)] = Spool(self.work / f"{prefix}-{table}.parquet", self.node_types[table])
        spool.append(node_row(node, table))

    def _spool_edge(self, edge: Edge, start: str, end: str, prefix: str = "rels") -> None:
        rel = REL_NAME[edge.type]
        key = (prefix, rel, start, end)
        spool = self.spools.get(key)
        if spool is None:
            spool = self.spools[key] = Spool(self.work / f"{prefix}-{rel}-{start}-{end}.parquet", self.rel_columns[rel])
        extra = self.rel_extra[rel]
        if extra is None:  # a schema edge_values does not know: the general (slower) way
            row = {SOURCE: edge.source, TARGET: edge.target, **edge_properties(edge)}
            spool.append(typed_row(row, self.rel_types[rel], f"{rel} edge {edge.source} -> {edge.target}"))
        else:
            spool.append_values(edge_values(edge, extra))

    @staticmethod
    def _table_of_id(node_id: str) -> str:
        table = TABLE_OF_PREFIX.get(node_id.partition("/")[0])
        if table is None:
            raise ExportError(f"cannot tell the LadybugDB table of node {node_id!r}: node ids must start "
                              f"with a lower-cased class name ({', '.join(sorted(TABLE_OF_PREFIX))})")
        return table

    def close(self, shared: KnowledgeGraph, build: Build) -> list[Path]:
        import ladybug

        timings: dict[str, float] = {}
        clock = time.perf_counter
        try:
            started = clock()
            self._spool_shared(shared)
            files = {key: spool.close() for key, spool in self.spools.items()}
            used = {(key[1], key[2], key[3]) for key, path in files.items() if len(key) == 4 and path}
            pairs = self._pairs(used)
            timings["spool"] = clock() - started
            if self.database_copy is not None:
                started = clock()
                self.database_copy.close()
                timings["copy"] = clock() - started
            db = ladybug.Database(str(self.database), buffer_pool_size=WRITE_BUFFER_POOL_BYTES, auto_checkpoint=False)
            try:
                conn = ladybug.Connection(db)
                try:
                    self._load(conn, pairs, files, timings)
                    started = clock()
                    conn.execute("CHECKPOINT")
                    timings["checkpoint"] = clock() - started
                    if self.previous_pairs is not None:
                        self._check_counts(conn, build)
                finally:
                    conn.close()
            finally:
                db.close()
            self._move_into_place()
        except RuntimeError as exc:
            raise ExportError(f"writing the LadybugDB database {self.path} failed: {exc}") from exc
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
        self.state = {"pairs": {rel: [list(p) for p in ps] for rel, ps in pairs.items()},
                      "shared": sorted({key[1] for key in files if key[0] == "shared"})}
        log.info("LadybugDB %s written (%s)", self.path, ", ".join(f"{k} {v:.3f}s" for k, v in timings.items()))
        return [self.path]

    def _spool_shared(self, shared: KnowledgeGraph) -> None:
        """Spool the shared nodes (sorted by id; on update only those the new papers touched, the rest
        the previous database holds unchanged) and the shared edges."""
        touched, new_papers = self.touched, self.new_papers
        if touched is not None:  # the ends of shared edges (rewritten anyway) count as touched
            touched.update(n for edge in shared.edges.values() for n in (edge.source, edge.target))
        tables: dict[str, str] = {}
        for node in sorted(shared.nodes.values(), key=lambda n: n.id):
            tables[node.id] = table = node_table(node)
            if touched is None or node.id in touched or not new_papers.isdisjoint(node.papers):
                self._spool_node(node, table, prefix="shared-nodes")
        for edge in sorted(shared.edges.values(), key=lambda e: e.key):
            start = tables.get(edge.source) or self._table_of_id(edge.source)
            end = tables.get(edge.target) or self._table_of_id(edge.target)
            self._spool_edge(edge, start, end, prefix="shared")

    def _pairs(self, used: set[tuple[str, str, str]]) -> dict[str, list[Pair]]:
        """The relationship pairs of the database: the previous database's on update, else every pair
        :func:`relationship_pairs` gives; plus any pair used that they lack."""
        base = self.previous_pairs if self.previous_pairs is not None else {
            rel.name: relationship_pairs(rel) for rel in Rel}
        pairs = {rel: list(ps) for rel, ps in base.items()}
        for rel, start, end in sorted(used):
            if (start, end) not in pairs.setdefault(rel, []):
                pairs[rel].append((start, end))
        return pairs

    def _load(self, conn: Any, pairs: dict[str, list[Pair]], files: dict[tuple[str, ...], Path | None],
              timings: dict[str, float]) -> None:
        clock = time.perf_counter
        started = clock()
        previous = self.previous_pairs
        # The database has its schema (made at open, or the previous build's); pairs used beyond it are added.
        existing = previous if previous is not None else self.schema_pairs or {}
        for rel, rel_pairs in pairs.items():
            for start, end in rel_pairs:
                if (start, end) in existing.get(rel, []):
                    continue
                # a pair the schema lacks (relationship_pairs should make this rare)
                if rel in existing:
                    conn.execute(f"ALTER TABLE {quote(rel)} ADD FROM {quote(start)} TO {quote(end)}")
                else:
                    columns = [f"{quote(n)} {k.value}" for n, k in relationship_schema(Rel[rel]).items()]
                    conn.execute(f"CREATE REL TABLE {quote(rel)}(FROM {quote(start)} TO {quote(end)}, "
                                 f"{', '.join(columns)})")
                    existing[rel] = []
                existing[rel].append((start, end))
        timings["schema"] = clock() - started

        started = clock()
        for table in NODE_TABLES:
            path = files.get(("nodes", table))
            if path is not None:
                conn.execute(f"COPY {quote(table)} FROM {_literal(str(path))}")
            path = files.get(("shared-nodes", table))
            if path is None:
                continue
            if previous is None:
                conn.execute(f"COPY {quote(table)} FROM {_literal(str(path))}")
            else:  # new shared nodes are created, changed ones updated
                assignments = ", ".join(f"n.{quote(c)} = {quote(c)}" for c in self.node_types[table] if c != "id")
                conn.execute(f"LOAD FROM {_literal(str(path))} MERGE (n:{quote(table)} {{id: `id`}}) SET {assignments}")
        timings["nodes"] = clock() - started

        started = clock()
        if previous is not None:  # shared relationships are replaced: the shared part is written anew
            for rel in sorted({key[1] for key in files if key[0] == "shared"} | set(self.previous_shared)):
                conn.execute(f"MATCH (a)-[r:{quote(rel)}]->(b) WHERE NOT label(a) IN $local AND NOT label(b) IN $local "
                             "DELETE r", {"local": list(LOCAL_TABLES)})
        for (kind, *key), path in sorted(files.items()):
            if len(key) != 3 or path is None:
                continue
            rel, start, end = key
            options = f" (from={_literal(start)}, to={_literal(end)})" if len(pairs[rel]) > 1 else ""
            conn.execute(f"COPY {quote(rel)} FROM {_literal(str(path))}{options}")
        timings["relationships"] = clock() - started

    def _check_counts(self, conn: Any, build: Build) -> None:
        """After an update: rows per table must equal the whole graph's counts."""
        counts = build.counts()
        for table in NODE_TABLES:
            found = conn.execute(f"MATCH (n:{quote(table)}) RETURN count(n)").get_next()[0]
            if found != counts["nodes"].get(table, 0):
                raise ExportError(f"the updated LadybugDB database has {found} {table} nodes, the graph "
                                  f"{counts['nodes'].get(table, 0)}; rebuild without --update")
        for rel in Rel:
            found = conn.execute(f"MATCH ()-[r:{quote(rel.name)}]->() RETURN count(r)").get_next()[0]
            if found != counts["relationships"].get(rel.name, 0):
                raise ExportError(f"the updated LadybugDB database has {found} {rel.name} relationships, "
                                  f"the graph {counts['relationships'].get(rel.name, 0)}; rebuild without --update")

    def _move_into_place(self) -> None:
        leftovers = [p.name for p in self.work.iterdir() if p.suffix != ".parquet" and p.name != DATABASE_NAME]
        if leftovers:
            log.debug("ladybug left %s next to the database; ignored", leftovers)
        # a write-ahead log of an older database at this name would be replayed into the new one
        with contextlib.suppress(FileNotFoundError):
            self.path.with_name(self.path.name + ".wal").unlink()
        os.replace(self.database, self.path)


def write_database(graph: KnowledgeGraph, path: Path) -> Path:
    """Write a whole in-memory ``graph`` as a new LadybugDB database at ``path`` (replacing an old one
    atomically), streamed as a build would: one part per paper (by paper id), then the shared part."""
    from ..graph import PAPER_LOCAL, split_graph
    from ..pipeline import Build

    order = sorted({p for n in graph.nodes.values() if n.type in PAPER_LOCAL for p in list(n.papers)[:1]})
    shared, parts = split_graph(graph, order)
    sink = LadybugSink()
    sink.open(path.parent, None)
    sink.path = path
    for part in parts:
        sink.add(part, None)  # type: ignore[arg-type]  # the sink reads only the part
    sink.close(shared, Build(inputs=[], graph=graph))
    return path
