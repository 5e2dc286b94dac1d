"""Import a library without modules it imports but kg never uses, to keep start-up short.

Some libraries import heavy modules at import time only for features kg does not call: spaCy imports its
whole command line (``spacy.cli``: typer, weasel, requests, httpx; 0.2 s) for ``spacy.info``, pyvis imports
IPython (0.3 s) for notebook display. :func:`stand_ins` puts placeholder modules in ``sys.modules`` while
such a library is imported and removes them right after, so a later ``import`` of the real module gets the
real one. A module the process has already imported is left as it is.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any


@contextmanager
def stand_ins(modules: Mapping[str, Mapping[str, Any]]) -> Iterator[None]:
    """Within the block, each module not yet imported is a placeholder with the given attributes.

    ``modules`` maps dotted names to attributes; a placeholder package gets its placeholder submodules as
    attributes too. On leaving, the placeholders are taken out of ``sys.modules`` and off their parents.
    """
    placed = {name: types.ModuleType(name) for name in modules if name not in sys.modules}
    for name, module in placed.items():
        module.__dict__.update(modules[name])
        parent, _, child = name.rpartition(".")
        if parent in placed:
            setattr(placed[parent], child, module)
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
            parent, _, child = name.rpartition(".")
            if getattr(sys.modules.get(parent), child, None) is module:
                delattr(sys.modules[parent], child)


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, whose module :func:`import_spacy` leaves out."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line (``spacy.cli``), which it imports only for ``spacy.info``:
    a third of spaCy's import time, on the way to every build's first paper. ``import spacy.cli`` still
    gives the real one afterwards."""
    if "spacy" not in sys.modules:
        with stand_ins({"spacy.cli": {}, "spacy.cli.info": {"info": _spacy_info}}):
            import spacy  # noqa: F401
    return sys.modules["spacy"]
