"""Regression tests for method and data error classes found on fresh papers of other categories (session 17:
astrophysics, robotics, software engineering): invented sentences."""

from __future__ import annotations

from pathlib import Path

from kg.extract.entities import EntityExtractor
from kg.extract.spacy_pipeline import is_chemical_formula
from kg.readers import ReadReport, read_digests

from .test_entities import make_paper, typed


def test_numbered_labels_of_questions_and_cases_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Estimating Effort with Language Models",
                       "We study whether prompting helps effort estimation. RQ1 asks how accurate zero-shot estimates "
                       "are, and RQ2 whether a few examples help. The Grade 2 case was sent to manual review, while the "
                       "Tier 3 projects were dropped. We compare against DeepSE.",
                       method="本文回答RQ1和RQ2两个研究问题。")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"RQ1", "RQ2", "Grade 2", "Tier 3"}


def test_an_observing_instrument_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Kinematics of Nearby Dwarf Galaxies",
                       "We present spectra of 40 dwarf galaxies taken with the Magellan/IMACS and APO/DIS "
                       "spectrographs, complemented by archival HSC photometry and data from the Southern Wide-field "
                       "Telescope (SWT). Using the Tremaine-Weinberg method we measure pattern speeds.",
                       method="利用麦哲伦望远镜光谱仪(IMACS)和ZEPHYR（近红外光谱仪）获得的数据，结合FORS2长缝光谱仪观测。")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"Magellan", "IMACS", "APO", "DIS", "HSC", "SWT", "ZEPHYR", "FORS2"}


def test_a_survey_s_release_or_year_inside_a_name_is_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Cosmic Shear Constraints from Combined Surveys",
                       "We combine HSC-Y3 shear measurements with KiDS Year-4 photometry and DESI-DR2-LRG clustering.",
                       method="结合HSC-Y3剪切数据与KiDS Year-4测光，相比DR1约束提高1.5倍。")
    mentions = extractor.extract(paper)
    methods = typed(mentions, "Method")
    assert not methods & {"HSC-Y3", "KiDS Year-4", "DESI-DR2-LRG", "DR1"}
    assert {"HSC-Y3", "DESI-DR2-LRG"} <= typed(mentions, "Dataset") | typed(mentions, "Benchmark")


def test_a_catalogue_is_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Peculiar Velocities in the Local Volume",
                       "We combine distances from the Cosmicflows-5 catalogue with new redshifts.",
                       method="结合CFX++星表的距离数据与新的红移观测。")
    mentions = extractor.extract(paper)
    assert {"Cosmicflows-5", "CFX++"} <= typed(mentions, "Dataset")
    assert not typed(mentions, "Method") & {"Cosmicflows-5", "CFX++"}


def test_words_before_a_plural_acronym_name_a_kind_of_things(extractor: EntityExtractor) -> None:
    paper = make_paper("Black Hole Masses of Obscured Quasars",
                       "We measure masses of 500 Type-2 QSOs and compare them with Galactic XRBs. Blue LEDs were used "
                       "for calibration. We fit spectra with QSOFit.")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"Type-2 QSOs", "Galactic XRBs", "Blue LEDs"}



def test_data_named_by_a_data_field_has_evidence_there(tmp_path: Path, extractor: EntityExtractor) -> None:
    path = tmp_path / "astro.md"
    path.write_text("### [1] [Slow Bars in Barred Galaxies](https://arxiv.org/abs/2601.00061)\n*A. Author*\n\n"
                    "Background: 棒的图样速度难以测量。\n\n"
                    "Data: 数据来源于SDSS DR16光谱和Cosmicflows-5星表。\n\nMethod: 使用长缝光谱。\n\n"
                    "Abstract: We measure bar pattern speeds of 40 galaxies.\n", encoding="utf-8")
    paper = next(iter(read_digests([path], ReadReport())))
    mentions = {m.name: m for m in extractor.extract(paper)}
    for name in ("SDSS DR16", "Cosmicflows-5"):
        assert mentions[name].type == "Dataset"
        evidence = [e for e in mentions[name].evidence if e.section == "data"]
        assert evidence and all(paper.sections["data"].text[e.start:e.end] == name for e in evidence)


def test_binary_compounds_heterostructures_and_ion_stages_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Phonon Transport in InSb/GaSb Core-Shell Nanowires",
                       "We grow CdTe films and MoS2-WS2 heterobilayers and measure GaSb nanowires. The quasar spectra "
                       "show broad FeII and CIV lines. We fit them with QSOFit and train ReLU networks.",
                       method="在CdTe薄膜和MoS2-WS2异质结上测量，并拟合FeII发射线。")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"CdTe", "MoS2-WS2", "GaSb", "FeII", "CIV", "InSb"}
    assert "QSOFit" in found


def test_names_that_look_like_element_pairs_stay_names() -> None:
    assert not any(map(is_chemical_formula, ("ReLU", "SiLU", "GeLU", "NiN", "BN", "CoV", "CI", "CV", "VII", "RoI")))
    assert all(map(is_chemical_formula, ("GaAs", "ZnO", "WSe2-MoSe2", "MgII", "[OIII]")))


def test_an_acronym_named_as_a_problem_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Learning Heuristics for Graph Covering",
                       "The Maximum Coverage Location (MCL) problem is NP-hard. We also study the prize-collecting "
                       "travelling problem (PCT) and train a GNN policy with PPO on 5,000 graphs.",
                       tldr="提出一种无监督框架求解最大覆盖选址（MCL）问题。")
    mentions = extractor.extract(paper)
    assert not {m.name for m in mentions if m.type in ("Method", "Technique")} & {"MCL", "PCT"}


def test_a_benchmark_s_problems_and_a_task_s_problem_stay(extractor: EntityExtractor) -> None:
    paper = make_paper("Solving Olympiad Geometry",
                       "We evaluate on 300 OLYMPGEO problems and reach 61.2% accuracy on OLYMPGEO.")
    assert "OLYMPGEO" in typed(extractor.extract(paper), "Benchmark") | typed(extractor.extract(paper), "Dataset")


def test_an_acronym_for_a_physical_phenomenon_or_object_is_no_technique(extractor: EntityExtractor) -> None:
    paper = make_paper("Radio Afterglows of Compact Mergers",
                       "Fast blue optical transients (FBOTs) and tidal disruption events near supermassive black holes "
                       "(SMBHs) break chiral symmetry (CS). We observed them using the Karoo Radio Compact Array (KRCA) "
                       "and fit light curves with the Kilonova Afterglow Fitter (KAF).",
                       method="利用KRCA观测FBOTs与SMBHs，并破坏了CS。")
    found = {m.name for m in extractor.extract(paper) if m.type in ("Method", "Technique")}
    assert not found & {"SMBH", "SMBHs", "CS", "KRCA"}


def test_a_single_word_proposed_with_its_kind_in_chinese_is_the_paper_s_own(extractor: EntityExtractor) -> None:
    paper = make_paper("Utility-Driven Speculative Decoding for Mixture-of-Experts",
                       "Speculative decoding slows down mixture-of-experts models.",
                       method="本文提出了Cascade框架，通过动态调整推测长度来加速推理。",
                       result="我们还提出 Harbor，一个轻量的调度器。本文提出了Transformer模型的改进。")
    proposed = {m.name for m in extractor.extract(paper) if m.role == "proposed"}
    assert {"Cascade", "Harbor"} <= proposed and "Transformer" not in proposed
