"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    """One entity extractor per test module (building it compiles the lexicon matchers)."""
    return EntityExtractor()
