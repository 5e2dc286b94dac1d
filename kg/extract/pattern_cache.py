"""Compiled regular expressions and tokenised lexicon entries kept on disk between runs, so that extraction starts
sooner.

Importing kg's extraction modules (and spaCy) compiles about 550 regular expressions, 0.25 s of every process's
start (about 8% of a seed build): ``re`` parses each pattern and generates its code in Python. Within
:func:`cached_compiles`, ``re`` takes that code from a file under the user's cache folder and hands it to the
same ``_sre.compile`` call ``re`` makes, so a pattern is the very pattern ``re`` would compile (``==``, same
groups). An entry is stored only after it has been checked to give that pattern; the file is per Python build
(``re``'s code differs between versions) and is rewritten when a block compiled patterns it lacked. Anything
unexpected (no cache folder, an unreadable file or entry, another Python's ``re``) falls back to ``re`` as it is.
The file is trusted as Python trusts the bytecode in ``__pycache__`` (``_sre`` validates the code it is given).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:  # CPython's regular expression engine and compiler (private, stable within one Python build)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = _compiler = _parser = None

log = logging.getLogger(__name__)

# (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern: flags, code, groups, groupindex, indexgroup
CompileArgs = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_active = False  # a block is open


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/kg`` (``~/.cache/kg`` by default)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def _cache_file(name: str) -> Path:
    return cache_dir() / f"patterns-{name}-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}.marshal"


def _writable_folder(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _load(path: Path) -> dict[tuple[str, int], CompileArgs]:
    try:
        known = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return known if isinstance(known, dict) else {}


def _save(path: Path, entries: dict[tuple[str, int], CompileArgs]) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}")  # written aside, then moved in: readers never see half a file
    try:
        part.write_bytes(marshal.dumps(entries))
        os.replace(part, path)
    except (OSError, ValueError) as error:
        log.debug("compiled patterns not cached in %s: %s", path, error)
        with suppress(OSError):
            part.unlink(missing_ok=True)


def _compile_args(pattern: str, flags: int) -> CompileArgs:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for a pattern, in plain types."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group_name, index in groupindex.items():
        indexgroup[index] = group_name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _same(cached: Any, compiled: Any) -> bool:
    return cached == compiled and cached.groups == compiled.groups and cached.groupindex == compiled.groupindex


@contextmanager
def cached_compiles(name: str) -> Iterator[None]:
    """Within the block, ``re`` compiles string patterns from the cache file ``name`` (and adds the new ones).

    Meant around imports (module-level ``re.compile``); the block swaps ``re``'s compile function, so it is not
    for threads that compile patterns meanwhile (they would only be cached too).
    """
    global _active
    if _active or _sre is None or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_code"):
        yield  # (inside another block, that block's file keeps these patterns too)
        return
    path = _cache_file(name)
    storable = _writable_folder(path.parent)  # (if not, a miss is not worth the second compilation that stores it)
    if not storable and not path.is_file():
        yield
        return
    known: dict[tuple[str, int], CompileArgs] | None = None  # read at the first pattern to compile
    used: dict[tuple[str, int], CompileArgs] = {}
    missed = False
    compile_ = _compiler.compile

    def compile_cached(pattern: Any, flags: int = 0) -> Any:
        nonlocal known, missed
        if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return compile_(pattern, flags)
        if known is None:
            known = _load(path)
        key = (pattern, int(flags))
        args = known.get(key)
        if args is not None:
            try:
                compiled = _sre.compile(pattern, *args)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry
                args = None
            else:
                used[key] = args
                return compiled
        compiled = compile_(pattern, flags)
        if storable:
            missed = True
            args = _compile_args(pattern, int(flags))
            if _same(_sre.compile(pattern, *args), compiled):
                used[key] = args
        return compiled

    _compiler.compile = compile_cached
    _active = True
    try:
        yield
    finally:
        _compiler.compile = compile_
        _active = False
    if missed:  # (the patterns of this run only: those of older code go)
        _save(path, used)


def cached_token_lists(texts: list[str], version: str, tokenize: Any) -> list[list[str]]:
    """The token strings of each text, ``tokenize(texts)`` as a previous run stored them for the same ``texts`` and
    ``version`` (a digest of what the tokenisation depends on), else computed and stored.

    Tokenising the ~9,600 lexicon entries is 0.15 s of every process's start; reading them back 0.01 s. A sample of
    the stored lists is tokenised again and compared, so a stale file is noticed even if ``version`` missed a change.
    """
    digest = hashlib.blake2b(version.encode(), digest_size=16)
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\n")
    path = cache_dir() / f"tokens-{digest.hexdigest()}.marshal"
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        stored = None
    if isinstance(stored, list) and len(stored) == len(texts):
        sample = list(range(0, len(texts), max(1, len(texts) // 32)))
        if tokenize([texts[i] for i in sample]) == [stored[i] for i in sample]:
            return stored
        log.debug("stale token lists in %s: tokenised again", path)
    tokens = tokenize(texts)
    if _writable_folder(path.parent):
        for old in path.parent.glob("tokens-*.marshal"):  # (one file per lexicon state: the older ones go)
            with suppress(OSError):
                old.unlink()
        _save(path, tokens)
    return tokens
