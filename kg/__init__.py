"""kg: knowledge graphs of papers, methods, datasets, metrics, tasks and results from arXiv digests.

Library use::

    import kg
    papers = list(kg.read_digests(["digest.md"]))   # streaming reader
    result = kg.build(["digest.md"], out="exports")  # the whole pipeline; result.graph, result.report()
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import KGError  # noqa: E402

__all__ = ["KGError", "__version__", "build", "read_digests"]


def __getattr__(name: str):  # lazy: `import kg` stays cheap for the CLI's --version
    if name == "build":
        from .pipeline import build

        return build
    if name == "read_digests":
        from .readers import read_digests

        return read_digests
    if name == "Build":
        from .pipeline import Build

        return Build
    raise AttributeError(name)
