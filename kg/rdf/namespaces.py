"""Namespace IRIs used by the RDF graph, and the prefixes written into Turtle and queries."""

from __future__ import annotations

from ..vocab import NAMESPACE

KG = NAMESPACE
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"

PREFIXES: dict[str, str] = {
    "kg": KG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS,
    "dcterms": DCTERMS, "schema": SCHEMA, "prov": PROV,
}


def prefixes_with_base(base: str) -> dict[str, str]:
    """The standard prefixes plus ``res:`` for the resource base."""
    return {**PREFIXES, "res": base}
