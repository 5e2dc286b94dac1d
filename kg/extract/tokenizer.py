"""A spaCy tokenizer for paper text that keeps model and dataset names whole.

spaCy's English rules split on hyphens and some symbols, which breaks ``UI-Venus-1.5``, ``Grad-CAM++`` or
``ViT-B/32``. These rules split only on whitespace, outer punctuation and script changes: a run of Chinese
characters (or full-width punctuation) is its own token, so ``在ScreenSpot-Pro上`` gives
``在 | ScreenSpot-Pro | 上``. Multi-word names (``SAM 3D``, ``MVTec AD``) are spans over several tokens.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from ..stand_ins import import_spacy

import_spacy()  # before the imports from spaCy below

from spacy.language import Language
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.tokenizer import Tokenizer

# CJK ideographs, CJK punctuation and full-width forms.
CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_RUN = f"[{CJK}]+"

_PREFIX = re.compile(rf"""^(?:{_CJK_RUN}|[\(\[\{{"'“‘«<*]|\.\.\.)""")
_SUFFIX = re.compile(rf"""(?:{_CJK_RUN}|[\)\]\}}"'”’»>*,;:!?]|(?<!\.[A-Za-z])\.|'s|’s|\.\.\.|…|(?<=[0-9])%|(?<=[A-Za-z0-9])(?<!\+)\+(?!\+))$""")
# ASCII brackets between Latin text and Chinese ("模块(TPA)和") are split off too, so the acronym stands alone.
_INFIX = re.compile(rf"""(?<=[A-Za-z0-9])[\)\]](?=[{CJK}])|(?<=[{CJK}])[\(\[](?=[A-Za-z0-9])|[{CJK}“”‘’]+|(?<=[A-Za-z0-9])\+(?=[A-Za-z])|(?<=[a-z])\.(?=[A-Z][a-z])|(?<=[a-z]{{2}})\.(?=[A-Z]{{2}})|(?<=[A-Za-z]),(?=[A-Za-z])|(?<=[A-Za-z]{{2}})/(?=[A-Za-z]{{2}})|[–—…]|\.\.\.""")




# Last characters no suffix ends with (ASCII letters and digits but "s"): most chunks end so, and need no search.
_NO_SUFFIX_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrtuvwxyz0123456789")


def suffix_search(chunk: str) -> re.Match[str] | None:
    """``_SUFFIX.search(chunk)``, tried only at the last four positions when that finds the same match.

    Every suffix but a CJK run is at most three characters (four with the newline ``$`` may stand before), so unless
    the chunk ends in a newline or a character at or above U+3000 (where a CJK run can reach far back), no match can
    start earlier; the search no longer tries the long alternation at every position of every new chunk.
    """
    if chunk and chunk[-1] != "\n" and chunk[-1] < "\u3000":
        if chunk[-1] in _NO_SUFFIX_END:
            return None  # every suffix ends with a CJK character, a punctuation mark, "s", "%" or "+"
        return _SUFFIX.search(chunk, max(0, len(chunk) - 4))
    return _SUFFIX.search(chunk)


# Every infix holds one of these or a non-ASCII character (CJK, curly quotes, dashes, the ellipsis).
_INFIX_ASCII = ")]([+.,/"


def infix_finditer(chunk: str) -> Iterator[re.Match[str]]:
    """``_INFIX.finditer(chunk)``, skipped for an ASCII chunk without a bracket, "+", ".", "," or "/" (most words):
    the pattern opens with look-behinds, so ``re`` tries it at every position of the chunk."""
    if chunk.isascii():
        for ch in _INFIX_ASCII:
            if ch in chunk:
                return _INFIX.finditer(chunk)
        return iter(())
    return _INFIX.finditer(chunk)


def url_match(chunk: str) -> re.Match[str] | None:
    """spaCy's ``URL_MATCH(chunk)``, tried only when the chunk holds a dot: every URL the pattern accepts has one
    (before its top-level domain, or between the numbers of an IP address). Most new chunks are words without one,
    on which the pattern costs about a microsecond."""
    return URL_MATCH(chunk) if "." in chunk else None


# spaCy caches the split of each whitespace-separated chunk, but only for the first 10,000 chunks it sees;
# paper text has far more distinct chunks (names, numbers), so a larger cache keeps most of them split once.
# An entry is a few dozen bytes: 500k chunks stay well under 50 MB.
CACHE_CHUNKS = 500_000


def tokenizer_rules_digest() -> str:
    """A digest of this module, whose rules decide every token (for caches of tokenised text)."""
    return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()


def make_tokenizer(nlp: Language) -> Tokenizer:
    """The name-preserving tokenizer for ``nlp`` (no special cases: plain prefix/suffix/infix rules)."""
    return Tokenizer(
        nlp.vocab,
        rules={},
        prefix_search=_PREFIX.search,
        suffix_search=suffix_search,
        infix_finditer=infix_finditer,
        url_match=url_match,
        max_cache_size=CACHE_CHUNKS,
    )
