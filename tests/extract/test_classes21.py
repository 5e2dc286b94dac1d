"""Regression tests for error classes found on the fresh real papers of session 21 (real12 dev): invented
sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper
from .test_results import values


def test_a_known_name_read_only_inside_a_longer_name_is_that_name(extractor: EntityExtractor) -> None:
    """"AgentBench" of a summary's "General AgentBench是..." is the paper's General AgentBench, not AgentBench."""
    paper = make_paper("Scaling General Agents",
                       "We introduce General AgentBench, a benchmark for general LLM agents.",
                       tldr="General AgentBench是一个用于评估通用LLM代理的基准测试框架。")
    found = {m.name for m in extractor.extract(paper)}
    assert "General AgentBench" in found
    assert "AgentBench" not in found
    alone = make_paper("Agents", "We evaluate on AgentBench and on General AgentBench.")
    assert {"AgentBench", "General AgentBench"} <= {m.name for m in extractor.extract(alone)}


def test_optical_character_recognition_is_a_technique(extractor: EntityExtractor) -> None:
    paper = make_paper("Tool Orchestration",
                       "The supervisor delegates subtasks to tools (e.g., object detection, OCR, speech transcription).")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("OCR") == "Technique"


def test_a_range_stops_before_a_value_with_its_own_power_of_ten() -> None:
    text = "This effect reduces the trap-state density from 3.00 × 10 15 to 1.65 × 10 15 cm −3 , and more."
    assert values(text) == ["3.00 × 10 15", "1.65 × 10 15 cm −3"]


def test_the_area_of_a_device_is_no_result() -> None:
    text = ("Devices retain 90% efficiency after storage. Large-area (47.84 cm 2 ) modules reach 23.18% efficiency, "
            "and a 1 cm2 device reaches 25.1%.")
    assert values(text) == ["90%", "23.18%", "25.1%"]


def test_a_symbol_set_to_a_found_value_is_a_result() -> None:
    text = ("The fine-tuned model predicts Ea = 0.20 eV, close to the reference value of Ea = 0.24 eV. "
            "We use U = 4 eV and T = 300 K.")
    assert values(text) == ["0.20 eV", "0.24 eV"]


def test_what_a_satellite_recorded_is_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Building Height Estimation",
                       "We fuse Sentinel-2 imagery with InSAR coherence features and Landsat-8 surface reflectance "
                       "imagery.",
                       method="整合TerraSAR-X StripMap、PlanetScope与Sentinel-1卫星数据，提取InSAR特征。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("Sentinel-2") == found.get("PlanetScope") == found.get("Sentinel-1") == "Dataset"
    assert found.get("Landsat-8") == "Dataset"
    assert found.get("TerraSAR-X StripMap") == "Dataset"
    assert found.get("InSAR") == "Technique"


def test_physics_labels_and_a_person_s_result_are_no_methods(extractor: EntityExtractor) -> None:
    """Spectral transitions, points of a band structure, equations, a person's argument and a family of
    material systems (real16: condensed matter, maths, physics)."""
    paper = make_paper("Gisin's Argument and the Limits of Causal Explanations",
                       "Low-temperature photoluminescence resolves D0X, FX 1LO, and FX 2LO transitions and vortex "
                       "patterns at Dirac/K/K' points. We screen R-Fe-B compounds and solve the KdV equation with "
                       "the PINO model, which outperforms FNO.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("FNO") == "Method"
    assert not {n for n, t in found.items() if t == "Method"} & {
        "Gisin", "D0X", "FX 1LO", "FX 2LO", "Dirac/K/K", "R-Fe-B", "KdV"}


def test_organic_formulas_clusters_and_framework_materials_are_no_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Upcycling PET Waste into UiO-66 for Desulfurization",
                       "We propose converting PET into UiO-66, an Ag6 cluster framework (Ag6-HOF) that yields "
                       "C2H5OH and CH3COOH, and compare it with MOF-Net, which outperforms GCN.")
    found = {m.name for m in extractor.extract(paper)}
    assert "MOF-Net" in found
    assert not found & {"UiO-66", "Ag6", "C2H5OH", "CH3COOH"}


def test_code_hosts_and_licences_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Agent Readiness", "We release AgentReady under Apache 2.0 on GitLab and GitHub; it uses CC BY 4.0 "
                                          "data and outperforms ReAct. Pipelines run with GitLab CI.")
    found = {m.name for m in extractor.extract(paper)}
    assert "ReAct" in found and "GitLab CI" in found  # (a code host's product is a tool)
    assert not found & {"Apache 2.0", "GitLab", "CC BY 4.0"}


def test_variants_of_a_benchmark_and_a_ranking_are_benchmarks(extractor: EntityExtractor) -> None:
    paper = make_paper("Robot Manipulation Foundation Models",
                       "We adopt OOD settings including RoboTwin-IF and RoboTwin-XE beside the RoboTwin benchmark. "
                       "Our model ranks 1st in RoboChallenge.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("RoboTwin-IF") == found.get("RoboTwin-XE") == found.get("RoboChallenge") == "Benchmark"


def test_a_decimal_before_a_named_or_granular_measure_is_a_result() -> None:
    text = ("AutoPKG achieves up to 0.953 Weighted Knowledge Efficiency (WKE) for product types and 0.531 edge-level F1 "
            "for value extraction; it reaches 0.91 image-level AUROC.")
    assert values(text) == ["0.953", "0.531", "0.91"]


def test_a_theory_title_s_property_of_its_object_is_the_task(extractor: EntityExtractor) -> None:
    """Maths and physics titles name no task word: the property they establish, of what, is the topic."""
    for title, task in [
            ("Well-posedness of the compressible boundary layer equations with data in the Gevrey class",
             "well-posedness of the compressible boundary layer equations"),
            ("Remarks on Lifespan and Continuation Criteria of Two Dimensional Incompressible Fluid Models",
             "lifespan and continuation criteria of two dimensional incompressible fluid models")]:
        paper = make_paper(title, "We prove the result under mild assumptions on the initial data.")
        assert [m.name for m in extractor.extract(paper) if m.type == "Task"] == [task]
    report = make_paper("Description of the Training Process of Neural Networks via Ergodic Theorem",
                        "We describe training with an ergodic theorem.")
    assert not [m for m in extractor.extract(report) if m.type == "Task" and m.name.startswith("description")]


def test_a_measure_at_a_cut_off_is_a_metric_and_a_participle_compound_no_name(extractor: EntityExtractor) -> None:
    paper = make_paper("ClauseLens: Clause-Grounded, CVaR-Constrained Reinforcement Learning for Pricing",
                       "Future inflated Asset Recall@100 by 2.62 points and Normalised DCG@5 by 3 points over PIT. "
                       "The AI-Augmented engineering workflow is evaluated.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("Asset Recall@100") == found.get("Normalised DCG@5") == "Metric"
    assert "CVaR-Constrained" not in found and "AI-Augmented" not in found


def test_title_words_before_the_own_name_and_a_long_form_s_opening_are_no_second_method(
        extractor: EntityExtractor) -> None:
    paper = make_paper("I Am AdMan: A Pipeline for Personalized Advertising Imagery",
                       "We propose AdMan, a pipeline that outperforms DALL-E 3.")
    judge = make_paper("Multi-Task Reinforcement Learning for Multimodal Judges",
                       "To address this limitation, we propose Multi-Task Reinforcement Learning for MLLM-as-a-Judge "
                       "(MT-RL-Judge), a framework that outperforms GPT-4o.",
                       method="提出MT-RL-Judge框架，利用强化学习在多任务上联合优化评估模型。")
    proposed = {m.name for p in (paper, judge) for m in extractor.extract(p) if m.role == "proposed"}
    assert {"AdMan", "MT-RL-Judge"} <= proposed
    assert not proposed & {"I Am AdMan", "Multi-Task Reinforcement Learning"}


def test_a_reported_bandgap_is_a_metric_and_a_verb_no_part_of_it(extractor: EntityExtractor) -> None:
    from kg.extract import Extractor
    paper = make_paper("Halide Perovskites by DFT", "The bandgap is determined to be 3.1 eV. TB-mBJ predicts band gaps "
                                                      "of 1.10 eV and 1.76 eV, while the PBEsol functional estimated "
                                                      "bandgaps of 0.81 eV.")
    result = Extractor().extract(paper)
    metrics = {m.name for m in result.entities if m.type == "Metric"}
    assert metrics <= {"bandgap", "band gap"} and metrics
    assert {r.metric for r in result.results} <= {"bandgap", "band gap", None}
    assert {r.value for r in result.results if r.metric} >= {"3.1 eV", "1.10 eV", "0.81 eV"}


def test_fwhm_is_a_metric_and_a_family_s_short_form_after_a_name_is_that_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Fine-Tuning Machine Learning Force Fields",
                       "Machine learning force fields (MLFFs) are fast. We fine-tune the pre-trained MACE MLFF and "
                       "find that the MACE model is fast: MACE outperforms DeePMD. The film shows a full width at half maximum (FWHM) of 10 nm.")
    found = {m.name: m for m in extractor.extract(paper)}
    assert "MACE MLFF" not in found and "MACE MLFF" in found["MACE"].aliases
    assert found["FWHM"].type == "Metric"


def test_a_name_before_a_chinese_theory_or_equation_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Underwater Target Tracking", "We track targets with a Kalman filter.",
                       method="严格证明的基于Lyapunov的跟踪控制策略，并采用KdV方程模型。",
                       ai_abstract="通过结合基于Lyapunov的跟踪控制策略，提高了鲁棒性。",
                       ai_comments="并利用Lyapunov稳定性理论确保了长期跟踪的稳定性。")
    found = {m.name for m in extractor.extract(paper) if m.type == "Method"}
    assert not found & {"Lyapunov", "KdV"}


def test_a_bare_task_head_after_and_in_the_title_shares_the_modifiers(extractor: EntityExtractor) -> None:
    paper = make_paper("Single Image Inpainting and Super-Resolution with Uncertainty Guarantees",
                       "We give guarantees for both problems.")
    tasks = {m.name for m in extractor.extract(paper) if m.type == "Task"}
    assert {"single image inpainting", "single image super-resolution"} <= tasks


def test_a_task_opened_by_evaluative_words_has_the_plain_task_as_alias(extractor: EntityExtractor) -> None:
    paper = make_paper("Energy-Efficient Fast Object Detection on Edge Devices", "We detect objects on edge devices.")
    task = next(m for m in extractor.extract(paper) if m.type == "Task")
    assert task.name == "energy-efficient fast object detection" and "object detection" in task.aliases


@pytest.mark.parametrize(("titles", "expected"), [
    (("QChunker: Learning Question-Aware Text Chunking for Domain RAG via Multi-Agent Debate",
      "AVA: Empowering Agentic Video Analytics Systems with Video Language Models"),
     {"question-aware text chunking", "agentic video analytics"}),
    (("RF-Agent: Automated Reward Function Design via Language Agent Tree Search",
      "Reduced-Order Networks for Structural Damage Identification"),
     {"reward function design", "structural damage identification"}),
], ids=["chunking_and_analytics", "design_and_identification"])
def test_task_heads_of_titles(extractor: EntityExtractor, titles: tuple[str, ...], expected: set[str]) -> None:
    """Chunking, analytics, design and identification are task heads."""
    tasks = {m.name for title in titles
             for m in extractor.extract(make_paper(title, "We study the problem at scale.")) if m.type == "Task"}
    assert expected <= tasks
