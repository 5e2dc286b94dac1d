"""Deterministic, valid IRIs for graph nodes, statements and evidence, under a configurable base.

A node id such as ``method/ui-venus-1.5`` or ``paper/10.3390/ma19091715`` becomes
``<base>method/ui-venus-1.5``: every character outside the RFC 3986 unreserved set (and ``/``)
is percent-encoded as UTF-8, so the result is a valid IRI (and URI) whatever the entity name holds
(spaces, quotes, ``<>"{}|^`\\``, any unicode). Encoding is injective: distinct ids, distinct IRIs.
"""

from __future__ import annotations

import hashlib
import os
import re
from urllib.parse import quote

from ..errors import KGError

DEFAULT_BASE = "https://w3id.org/kg/resource/"
BASE_ENV = "KG_BASE_IRI"

# Characters kept as they are in a node id; everything else is percent-encoded.
_SAFE = "/-._~"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# What a URL taken from a digest may keep: RFC 3986 reserved + unreserved characters and "%".
_URL_SAFE = ":/?#@!$&'()*+,;=-._~%"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def resolve_base(base: str | None = None) -> str:
    """The base IRI: ``base``, else ``$KG_BASE_IRI``, else :data:`DEFAULT_BASE`; checked for shape."""
    base = base or os.environ.get(BASE_ENV) or DEFAULT_BASE
    if not _SCHEME.match(base) or not base.endswith(("/", "#")):
        raise KGError(f"base IRI {base!r} must be absolute and end with '/' or '#'; set --base or ${BASE_ENV}")
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(base)
    except ValueError as exc:
        raise KGError(f"base IRI {base!r} is not a valid IRI ({exc}); set --base or ${BASE_ENV}") from None
    return base


def encode_path(node_id: str) -> str:
    """Percent-encode a node id into an IRI path; ``.``/``..`` segments are encoded so no tool normalises them away."""
    encoded = quote(node_id, safe=_SAFE)
    segments = [("%2E" * len(s)) if s in (".", "..") else s for s in encoded.split("/")]
    return "/".join(segments)


def node_iri(base: str, node_id: str) -> str:
    """The IRI of a graph node."""
    return base + encode_path(node_id)


def digest_key(*parts: object) -> str:
    """A short stable hash of ``parts`` (for statement and evidence IRIs)."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def statement_iri(base: str, source: str, rel_name: str, target: str) -> str:
    """The IRI of the reified statement of one fact (an Edge)."""
    return f"{base}statement/{digest_key(source, rel_name, target)}"


def evidence_iri(statement: str, index: int) -> str:
    """The IRI of the ``index``-th evidence of a statement."""
    return f"{statement}/evidence/{index}"


def web_iri(url: str) -> str | None:
    """A URL read from a digest as a valid absolute IRI, or None when it cannot be one."""
    url = url.strip()
    if not _SCHEME.match(url):
        return None
    fixed = quote(_BAD_PERCENT.sub("%25", url), safe=_URL_SAFE)
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(fixed)
    except ValueError:
        return None
    return fixed


def paper_same_as(paper_id: str, id_scheme: str) -> str | None:
    """The canonical web IRI of a paper: its arXiv abstract page or its doi.org link."""
    if id_scheme == "arxiv":
        return "https://arxiv.org/abs/" + quote(paper_id, safe="/.-_~")
    if id_scheme == "doi":
        return "https://doi.org/" + quote(paper_id, safe="/.-_~")
    return None
