"""SHACL validation of a built RDF graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GraphNotFoundError, ValidationError
from .namespaces import PREFIXES
from ..resources import ONTOLOGY_DIR, ONTOLOGY_FILE

log = logging.getLogger(__name__)

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
GRAPH_FILES = ("graph.nt", "graph.ttl", "graph.jsonld")


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    shape: str


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def summary(self, limit: int = 20) -> str:
        """A readable report: counts per message, then the first ``limit`` violations."""
        if self.conforms:
            return f"conforms: {self.triples} triples, 0 violations"
        lines = [f"does not conform: {len(self.violations)} violations in {self.triples} triples"]
        for (message, path), count in Counter((v.message, v.path) for v in self.violations).most_common():
            lines.append(f"  {count:>5} x {message} [path {path}]")
        lines.append(f"first {min(limit, len(self.violations))}:")
        for v in sorted(self.violations, key=lambda v: (v.focus, v.path))[:limit]:
            lines.append(f"  {v.severity}: {v.focus} {v.path}: {v.message}")
        return "\n".join(lines)


def graph_file(graph_dir: Path) -> Path:
    """The RDF file of a built graph folder (or ``graph_dir`` itself when it is a file)."""
    if graph_dir.is_file():
        return graph_dir
    for name in GRAPH_FILES:
        if (graph_dir / name).is_file():
            return graph_dir / name
    raise GraphNotFoundError(f"no {' / '.join(GRAPH_FILES)} in {graph_dir}; run `kg build DIGEST... --out {graph_dir}` first")


def load_rdflib(path: Path):
    """An rdflib Graph of one RDF file, the format from its suffix."""
    import rdflib

    fmt = {".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".trig": "trig"}.get(path.suffix, "turtle")
    return rdflib.Graph().parse(path, format=fmt)


def validate_graph(data, shapes_file: Path = SHAPES_FILE) -> ValidationReport:
    """Validate an rdflib graph; every result is reported (pySHACL, no inference)."""
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    shapes = rdflib.Graph().parse(shapes_file, format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=False)
    names = rdflib.namespace.NamespaceManager(rdflib.Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)

    def show_path(path) -> str:
        if path is None:
            return ""
        inverse = results.value(path, SH.inversePath) if isinstance(path, rdflib.BNode) else None
        if inverse is not None:
            return "^" + inverse.n3(names)
        return path.n3(names) if not isinstance(path, rdflib.BNode) else "(complex path)"

    violations = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        def text(pred) -> str:
            value = results.value(result, pred)
            return "" if value is None else str(value)

        violations.append(Violation(
            focus=text(SH.focusNode),
            path=show_path(results.value(result, SH.resultPath)),
            message=text(SH.resultMessage),
            severity=text(SH.resultSeverity).rpartition("#")[2],
            shape=text(SH.sourceShape),
        ))
    return ValidationReport(bool(conforms), len(data), violations)


def validate_dir(graph_dir: Path) -> ValidationReport:
    """Validate a built graph folder; raise :class:`ValidationError` with the report when it does not conform."""
    path = graph_file(graph_dir)
    report = validate_graph(load_rdflib(path))
    if not report.conforms:
        raise ValidationError(f"{path}: {report.summary()}")
    return report
