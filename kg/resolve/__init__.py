"""Resolution: paper-level mentions -> corpus-level entities with deterministic ids."""

from .entities import EntityResolver, entity_id, normalise

__all__ = ["EntityResolver", "entity_id", "normalise"]
