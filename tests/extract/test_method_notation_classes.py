"""Regression tests for method false positives of notation (session 15): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.extract.spacy_pipeline import is_chemical_formula
from kg.model import Mention

from .test_entities import make_paper


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor()


def methods(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions if m.type == "Method"}


@pytest.mark.parametrize("word", ["Ag/SiO2/CsPbBr3", "Au/TiO2", "Au@SiO2", "Fe3O4@C", "C@Li", "K-SnO2",
                                  "Li1-xNaxCoO2", "BaTi1-yZryO3", "SrCoO3-δ"])
def test_stacks_core_shells_dopants_and_variable_counts_are_formulas(word: str) -> None:
    assert is_chemical_formula(word)


@pytest.mark.parametrize("word", ["mAP@0.5", "R@1", "Recall@10", "I/O", "C-MAPSS", "U-Net", "PyTorch", "HxW"])
def test_names_with_at_slash_or_hyphen_are_no_formulas(word: str) -> None:
    assert not is_chemical_formula(word)


def test_materials_notation_is_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Plasmonic Perovskite Lasers",
                       "An Ag/SiO2/CsPbBr3 hybrid structure was fabricated, and the HE-MOF/C@Li cell cycled stably. "
                       "Au@SiO2 particles and K-SnO2 films were made. BaZr x Ti 1-x O 3 ceramics and Li1-xNaxCoO2 were "
                       "sintered. The results were compared with ResNet-50.",
                       method="制备了Ag/SiO2/CsPbBr3结构与Fe3O4@C颗粒。")
    found = methods(extractor.extract(paper))
    assert "ResNet-50" in found
    assert not found & {"Ag", "SiO2", "CsPbBr3", "C@Li", "Au@SiO2", "K-SnO2", "BaZr", "Li1-xNaxCoO2", "Fe3O4@C"}


def test_a_release_code_after_its_owner_is_the_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Merging Experts",
                       "We build a hybrid model combining DeepSeek's V3-0324 and R1 model variants. GPT-4's accuracy is "
                       "reported too.")
    found = methods(extractor.extract(paper))
    assert "V3-0324" in found and "GPT-4" in found
    assert "DeepSeek" not in found and "DeepSeek's V3-0324" not in found


def test_network_service_notions_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Resource Management in Open RAN",
                       "Networks use the Open Radio Access Network (O-RAN) architecture. Our agent ensures superior QoS "
                       "satisfaction and QoE and outperforms SAC.",
                       result="实验结果显示该方法在O-RAN切片中实现了优越的QoS满意度。")
    found = methods(extractor.extract(paper))
    assert "SAC" in found
    assert not found & {"O-RAN", "QoS", "QoE"}
