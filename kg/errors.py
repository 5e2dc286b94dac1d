"""One error hierarchy for kg. Messages say what failed, where, and how to fix it."""

from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose. The CLI prints it as one line, exit code 1."""

    exit_code = 1


class InputError(KGError):
    """A digest file cannot be read at all (missing, a directory, permission denied)."""


class ExtractionError(KGError):
    """The extraction pipeline could not be set up or run."""


class GraphNotFoundError(KGError):
    """A command needs a built graph folder that is not there."""


class QueryError(KGError):
    """A SPARQL or Cypher query is invalid or failed on its engine."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 3


class ExportError(KGError):
    """Writing to a sink (file, database, server) failed."""


class Neo4jConnectionError(ExportError):
    """Neo4j is unreachable, the URI is wrong or the credentials are refused."""


class OntologyError(KGError):
    """Code and ontology disagree about a class or relation name."""
