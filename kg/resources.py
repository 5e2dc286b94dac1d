"""Where kg's shipped files live: the ontology, saved queries and lexicons."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"


def project_path(name: str) -> Path:
    """A top-level project folder (``ontology``, ``queries``) of this checkout."""
    return PROJECT_DIR / name


ONTOLOGY_DIR = project_path("ontology")
QUERIES_DIR = project_path("queries")
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
