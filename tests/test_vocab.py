"""The ontology is the one place class and relation names are defined: kg/vocab.py is generated from it,
and every name used in code, shapes, saved queries and the JSON-LD context exists in it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg import vocab
from kg.model import ENTITY_TYPES
from kg.ontology import VOCAB_FILE, render_vocab, upper_snake
from kg.rdf.convert import PROPERTY_MAP
from kg.rdf.namespaces import KG
from kg.resources import ONTOLOGY_DIR, ONTOLOGY_FILE, PROJECT_DIR, QUERIES_DIR
from kg.vocab import Cls, Rel

ONTOLOGY = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


def declared(kind: rdflib.URIRef) -> set[str]:
    return {str(s)[len(KG):] for s in ONTOLOGY.subjects(RDF.type, kind) if str(s).startswith(KG)}


def python_files() -> list[Path]:
    return sorted(p for folder in ("kg", "tests") for p in (PROJECT_DIR / folder).rglob("*.py"))


def test_vocab_module_is_generated_from_the_ontology() -> None:
    assert VOCAB_FILE.read_text(encoding="utf-8") == render_vocab(), "run `python -m kg.ontology` to regenerate kg/vocab.py"
    assert vocab.NAMESPACE == KG


def test_enums_match_ontology_terms() -> None:
    assert {c.value for c in Cls} == declared(OWL.Class)
    assert {r.value for r in Rel} == declared(OWL.ObjectProperty)
    assert all(r.name == upper_snake(r.value) for r in Rel)


def test_every_term_has_a_label_and_a_comment() -> None:
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for name in declared(kind):
            term = rdflib.URIRef(KG + name)
            assert ONTOLOGY.value(term, RDFS.label) is not None, name
            assert ONTOLOGY.value(term, RDFS.comment) is not None, name


def test_every_cls_and_rel_used_in_code_exists() -> None:
    used: set[tuple[str, str, str]] = set()
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("Cls", "Rel")
                    and re.fullmatch(r"[A-Z][A-Z0-9_]*", node.attr)):
                used.add((node.value.id, node.attr, str(path)))
            elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in ("Cls", "Rel")
                  and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)):
                used.add((node.value.id, node.slice.value, str(path)))
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "RelationMention"):
                for kw in node.keywords:
                    if kw.arg == "type" and isinstance(kw.value, ast.Constant):
                        used.add(("Rel", kw.value.value, str(path)))
    assert used  # the scan found the references
    missing = [(enum, name, path) for enum, name, path in used if name not in (Cls if enum == "Cls" else Rel).__members__]
    assert not missing, f"names not in ontology/kg.ttl: {missing}"
    assert set(ENTITY_TYPES) <= {c.value for c in Cls}


def test_cypher_queries_use_ontology_labels_and_types() -> None:
    labels = {c.value for c in Cls}
    types = set(Rel.__members__)
    for path in sorted(QUERIES_DIR.glob("*.cypher")):
        text = re.sub(r"//[^\n]*|'[^']*'|\"[^\"]*\"", "", path.read_text(encoding="utf-8"))
        for label in re.findall(r"\(\s*\w*\s*((?::\s*\w+)+)", text):
            assert set(re.findall(r"\w+", label)) <= labels, (path.name, label)
        for rel in re.findall(r"\[\s*\w*\s*:\s*([A-Z_|:\s]+?)\s*[\]*{]", text):
            assert set(re.findall(r"[A-Z_]+", rel)) <= types, (path.name, rel)


def test_kg_terms_in_shapes_queries_and_sink_are_declared() -> None:
    terms = declared(OWL.Class) | declared(OWL.ObjectProperty) | declared(OWL.DatatypeProperty)
    texts = {p.name: p.read_text(encoding="utf-8") for p in [ONTOLOGY_DIR / "shapes.ttl", *QUERIES_DIR.glob("*.rq")]}
    for name, text in texts.items():
        used = set(re.findall(r"\bkg:([A-Za-z]\w*)", text)) - {"invented"}
        assert used <= terms, (name, used - terms)
    for mapping in PROPERTY_MAP.values():
        if mapping is not None and mapping[0].startswith(KG):
            assert mapping[0][len(KG):] in declared(OWL.DatatypeProperty), mapping


def test_jsonld_context_has_every_class_and_relation() -> None:
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["kg"] == KG
    for cls in Cls:
        assert context[cls.value] == f"kg:{cls.value}"
    for rel in Rel:
        assert context[rel.value] == {"@id": f"kg:{rel.value}", "@type": "@id"}
    for name in declared(OWL.DatatypeProperty):
        term = context[name]
        assert (term if isinstance(term, str) else term["@id"]) == f"kg:{name}"


def test_shapes_list_every_relation() -> None:
    shapes = (ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8")
    listed = re.search(r"sh:path rdf:predicate.*?sh:in \(([^)]*)\)", shapes, re.S).group(1)
    assert set(re.findall(r"kg:(\w+)", listed)) == {r.value for r in Rel}
