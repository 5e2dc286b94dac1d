"""Regression tests for method and data error classes (session 16, second helper round): invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor()


def typed(mentions: list[Mention], type_: str) -> set[str]:
    """Names (and aliases) of the mentions of one type."""
    return {name for m in mentions if m.type == type_ for name in (m.name, *m.aliases)}


def test_diffusion_language_models_are_a_family(extractor: EntityExtractor) -> None:
    paper = make_paper("Policy Optimization for Diffusion Large Language Models",
                       "Diffusion Large Language Models (dLLMs) decode in parallel. We propose MaskPO for dLLM "
                       "reasoning and compare it with LLaDA.",
                       result="MaskPO为全注意力dLLM带来了提升。")
    mentions = extractor.extract(paper)
    assert "dLLM" in typed(mentions, "Technique")
    assert not typed(mentions, "Method") & {"dLLM", "dLLMs"}
