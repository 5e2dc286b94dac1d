"""Entity ids and the resolver that maps mention names to entities (first version, see issue 3)."""

from __future__ import annotations

import re
import unicodedata

from ..vocab import Cls


def normalise(name: str) -> str:
    """A matching key: NFKC, case-folded, spaces and hyphens folded."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[\s_\-‐‑–—]+", "-", text.strip())
    return text.strip("-")


def entity_id(cls: Cls | str, key: str) -> str:
    """Deterministic node id: ``<class>/<key>`` (the RDF sink makes a valid IRI of it)."""
    return f"{str(cls).lower()}/{key}"


class EntityResolver:
    """Maps (type, name) to a stable entity key; later merges abbreviations and variants."""

    def key(self, cls: Cls, name: str) -> str:
        return normalise(name)

    def id(self, cls: Cls, name: str) -> str:
        return entity_id(cls, self.key(cls, name))
