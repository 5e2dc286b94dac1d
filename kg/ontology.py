"""Reads ``ontology/kg.ttl`` and generates ``kg/vocab.py`` from it.

The ontology is the one place class and relation names are defined. ``kg/vocab.py`` is the
generated, importable form (so a typo in a name fails at import); ``tests/test_vocab.py``
fails when the two disagree. Regenerate with ``python -m kg.ontology``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .resources import ONTOLOGY_FILE, PACKAGE_DIR

VOCAB_FILE = PACKAGE_DIR / "vocab.py"


def upper_snake(local_name: str) -> str:
    """``evaluatesOn`` -> ``EVALUATES_ON``: how relation names become relationship types."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local_name).upper()


def read_terms(path: Path = ONTOLOGY_FILE) -> tuple[str, list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    """Namespace, classes ``(name, comment)`` and object properties ``(name, domain, range, comment)``."""
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    graph = rdflib.Graph().parse(path, format="turtle")
    ns = dict(graph.namespaces())["kg"]
    ns = str(ns)

    def local(term: rdflib.term.Node | None) -> str:
        if term is None:
            return ""
        text = str(term)
        return text[len(ns):] if text.startswith(ns) else ""

    classes = sorted(
        (local(c), str(graph.value(c, RDFS.comment) or ""))
        for c in graph.subjects(RDF.type, OWL.Class)
        if local(c)
    )
    props = sorted(
        (local(p), local(graph.value(p, RDFS.domain)), local(graph.value(p, RDFS.range)), str(graph.value(p, RDFS.comment) or ""))
        for p in graph.subjects(RDF.type, OWL.ObjectProperty)
        if local(p)
    )
    return ns, classes, props


def render_vocab(path: Path = ONTOLOGY_FILE) -> str:
    """The source text of ``kg/vocab.py`` for the ontology at ``path``."""
    ns, classes, props = read_terms(path)
    lines = [
        '"""Names of the kg ontology. GENERATED from ontology/kg.ttl by ``python -m kg.ontology``: do not edit."""',
        "",
        "from __future__ import annotations",
        "",
        "from enum import StrEnum",
        "",
        f"NAMESPACE = {ns!r}",
        "",
        "",
        "class Cls(StrEnum):",
        '    """Classes; the value is the ontology local name and the property-graph node label."""',
        "",
    ]
    for name, comment in classes:
        lines.append(f"    {upper_snake(name)} = {name!r}")
        lines.append(f'    """{comment}"""')
    lines += [
        "",
        "",
        "class Rel(StrEnum):",
        '    """Relations; the value is the ontology local name, the member name the relationship type."""',
        "",
    ]
    for name, _domain, _range, comment in props:
        lines.append(f"    {upper_snake(name)} = {name!r}")
        lines.append(f'    """{comment}"""')
    lines += [
        "",
        "",
        "DOMAIN_RANGE: dict[Rel, tuple[Cls | None, Cls | None]] = {",
    ]
    for name, domain, rng in ((p[0], p[1], p[2]) for p in props):
        d = f"Cls.{upper_snake(domain)}" if domain else "None"
        r = f"Cls.{upper_snake(rng)}" if rng else "None"
        lines.append(f"    Rel.{upper_snake(name)}: ({d}, {r}),")
    lines += ["}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    VOCAB_FILE.write_text(render_vocab(), encoding="utf-8")
    print(f"wrote {VOCAB_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
