"""Resolution: paper-level mentions -> corpus-level entities with deterministic ids."""

from .entities import EntityResolver, entity_id, match_key, normalise, strip_latex

__all__ = ["EntityResolver", "entity_id", "match_key", "normalise", "strip_latex"]
