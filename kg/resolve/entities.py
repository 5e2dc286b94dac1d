"""Entity ids and the resolver that maps mention names (and their aliases) to corpus-level entities.

Two keys per name:

* :func:`normalise` — a readable slug used in node ids (``UI-Venus-1.5`` -> ``ui-venus-1.5``).
* :func:`match_key` — the matching key: also folds away separators and an acronym plural, so
  ``ResNet-34`` = ``ResNet34`` and ``CNNs`` = ``CNN``; digits and symbols are kept, so ``CIFAR-10`` ≠
  ``CIFAR-100``, ``Sentinel-1`` ≠ ``Sentinel-2``, ``ResNet34`` ≠ ``ResNet50``, ``SAM`` ≠ ``SAM 3D``.

:class:`EntityResolver` remembers, per entity group, which match keys belong to which id; a mention
whose name or any alias (``ECE`` / ``Expected Calibration Error``) is known joins that entity, and all
its surface forms become keys of it. Known long forms from the lexicons (``mean absolute error`` ->
``MAE``) are variants too. Ids are deterministic: same input in the same order, same ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..vocab import Cls

_LATEX_CMD = re.compile(r"\\(?:mathrm|text|textbf|textit|mathbf|mathit|operatorname|mathcal)\s*\{([^{}]*)\}")
_LATEX_SYMBOL = {r"\sim": "~", r"\%": "%", r"\times": "x", r"\alpha": "α", r"\beta": "β", r"\gamma": "γ",
                 r"\delta": "δ", r"\mu": "μ", r"\pm": "±", r"\&": "&", r"\_": "_"}
_SEPARATORS = re.compile(r"[\s_\-‐‑‒–—/]+")
_QUOTES = re.compile(r"[\"'“”‘’`«»「」]")


def strip_latex(text: str) -> str:
    """``$\\mathrm{mAP}_{50}$`` -> ``mAP_50``: commands unwrapped, symbols spelt, ``$`` and braces dropped."""
    if "\\" not in text and "$" not in text:
        return text
    previous = None
    while previous != text:
        previous, text = text, _LATEX_CMD.sub(r"\1", text)
    for command, symbol in _LATEX_SYMBOL.items():
        text = text.replace(command, symbol)
    return re.sub(r"[${}]", "", text).replace("\\", "")


# Names repeat across papers and stages: the two keys are memoised per string (bounded; pure functions).
@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """A readable slug: NFKC, LaTeX stripped, case-folded, quotes dropped, spaces and hyphens folded to ``-``."""
    text = unicodedata.normalize("NFKC", strip_latex(name)).casefold()
    text = _QUOTES.sub("", text)
    text = re.sub(r"[\s_\-‐‑‒–—]+", "-", text.strip())
    return text.strip("-")


@lru_cache(maxsize=1 << 16)
def match_key(name: str) -> str:
    """The key two spellings of one name share: :func:`normalise` without separators, acronym plural folded."""
    raw = unicodedata.normalize("NFKC", strip_latex(name)).strip()
    if len(raw) > 2 and raw.endswith("s") and raw[:-1].isupper():
        raw = raw[:-1]  # CNNs -> CNN, LLMs -> LLM
    text = _QUOTES.sub("", raw.casefold())
    return _SEPARATORS.sub("", text).rstrip(".")


# Longer keys are cut and completed with a hash of the whole key: Neo4j cannot index a property of ~8 KB or more
# (a 10,000-character "name" from pasted text blocked a whole load), and no real name is this long.
MAX_KEY_CHARS = 200


def entity_id(cls: Cls | str, key: str) -> str:
    """Deterministic node id: ``<class>/<key>`` (the RDF sink makes a valid IRI of it); a key over
    :data:`MAX_KEY_CHARS` characters keeps its start and gets a hash of the whole key."""
    if len(key) > MAX_KEY_CHARS:
        key = f"{key[:MAX_KEY_CHARS - 17]}~{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    return f"{str(cls).lower()}/{key}"


# Classes that share one name space: a name is one entity whether a paper calls it a dataset or a benchmark.
_GROUP = {Cls.BENCHMARK: Cls.DATASET}


@lru_cache(maxsize=1)
def known_variants() -> dict[str, dict[str, str]]:
    """Lexicon long forms per entity type: match key of the long form -> the short form."""
    from ..extract.lexicons import load_lexicons  # late: resolve must not need spaCy at import

    lexicons = load_lexicons()
    variants: dict[str, dict[str, str]] = {}
    for cls, entries in ((Cls.METRIC, lexicons.metrics), (Cls.TECHNIQUE, lexicons.techniques),
                         (Cls.DATASET, lexicons.datasets + lexicons.benchmarks), (Cls.METHOD, lexicons.methods)):
        table = variants.setdefault(str(cls), {})
        for entry in entries:
            if entry.canonical != entry.text:
                table[match_key(entry.text)] = entry.canonical
    return variants


class EntityResolver:
    """Maps (class, name, aliases) to a stable entity id, merging spellings, abbreviations and variants."""

    def __init__(self) -> None:
        self._ids: dict[tuple[Cls, str], str] = {}  # (group, match key) -> entity id
        self._names: dict[str, list[str]] = {}  # entity id -> every surface form seen, first = canonical

    @staticmethod
    def group(cls: Cls) -> Cls:
        return _GROUP.get(cls, cls)

    def _keys(self, cls: Cls, names: Iterable[str]) -> list[str]:
        variants = known_variants().get(str(self.group(cls)), {})
        keys: list[str] = []
        for name in names:
            key = match_key(name)
            if not key:
                continue
            for candidate in (key, match_key(variants[key]) if key in variants else None):
                if candidate and candidate not in keys:
                    keys.append(candidate)
        return keys

    def key(self, cls: Cls, name: str) -> str:
        """The id slug of a new entity named ``name`` (kept for callers that only need a slug)."""
        return normalise(name)

    def lookup(self, cls: Cls, name: str, aliases: Iterable[str] = ()) -> str | None:
        """The id of the known entity this name (or an alias) belongs to, or None."""
        group = self.group(cls)
        for key in self._keys(cls, [name, *aliases]):
            found = self._ids.get((group, key))
            if found is not None:
                return found
        return None

    def resolve(self, cls: Cls, name: str, aliases: Iterable[str] = ()) -> str:
        """The entity id for a mention; registers all its surface forms as keys of that entity."""
        aliases = [a for a in aliases if a and a != name]
        group = self.group(cls)
        found = self.lookup(cls, name, aliases)
        entity = found or entity_id(cls, normalise(name))
        for key in self._keys(cls, [name, *aliases]):
            self._ids.setdefault((group, key), entity)
        forms = self._names.setdefault(entity, [])
        for form in (name, *aliases):
            if form not in forms:
                forms.append(form)
        return entity

    def id(self, cls: Cls, name: str) -> str:
        """The id for ``name`` alone: the known entity's when there is one, else a new deterministic id."""
        return self.lookup(cls, name) or entity_id(cls, normalise(name))

    def surface_forms(self, entity: str) -> list[str]:
        """Every surface form seen for an entity id (first one is the canonical name)."""
        return list(self._names.get(entity, []))
