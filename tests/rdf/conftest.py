"""RDF test fixtures: the seed's whole graph in memory (a build into a folder streams and keeps
only the shared nodes in ``Build.graph``)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED


@pytest.fixture(scope="session")
def seed_memory():
    """The seed digest built in memory: ``.graph`` is the whole graph, ``.extractions`` every paper's."""
    import kg

    return kg.build([SEED])
