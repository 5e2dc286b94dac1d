"""Regression tests for classes of entity-extraction errors (issue 3, A5): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import by_name, make_paper


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor()


def methods(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions if m.type == "Method"}


def test_hardware_and_publishers_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Fast Filtering for Edge Cameras",
                       "We deploy FrameSieve on the Xilinx Kria KV260 and the Hailo-9 AI Accelerator, and compare it with "
                       "MobileNetV3. Studies were retrieved from ScienceDirect and PubMed.")
    found = methods(extractor.extract(paper))
    assert "MobileNetV3" in found  # a real named model in the same sentences is kept
    assert not {n for n in found if n.split()[0] in ("Xilinx", "Hailo-9", "ScienceDirect", "PubMed")}


def test_acronym_compound_modifiers_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Controllable Faces",
                       "We balance the AU-fidelity trade-off and the RGB-only setting, and compare with StyleGAN2.")
    found = methods(extractor.extract(paper))
    assert "StyleGAN2" in found
    assert "AU-fidelity" not in found and "RGB-only" not in found
