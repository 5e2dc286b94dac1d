"""Regression tests for method error classes found on the fresh real papers of session 18 (materials science and
chemistry abstracts): invented sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper, typed


def test_a_material_named_before_its_kind_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Layered Framework Composites for Water Electrolysis",
                       "We grow ZnCo@ZIF composites on carbon cloth. The resulting NiMo-S@CC electrocatalyst needs a "
                       "low overpotential and is more stable than commercial Ir/C and RuO2 catalysts. LFO cathodes "
                       "and CsPbBr3 films were also tested. Structures were relaxed with VASP.",
                       method="在碳布上生长NiMo-S@CC电催化剂。")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"ZnCo@ZIF", "NiMo-S@CC", "Ir/C", "LFO"}
    assert "VASP" in found  # a tool named with no material after it stays


def test_a_composite_measure_or_a_crystal_structure_after_a_list_does_not_make_a_material(
        extractor: EntityExtractor) -> None:
    paper = make_paper("Code Models Under Constraints",
                       "We evaluate 12 models and propose the FRX Score, a composite measure of adherence. Band "
                       "structures were computed with the PBE functional in SIESTA, optimized crystal structures "
                       "were compared with Wien2k.")
    found = typed(extractor.extract(paper), "Method") | typed(extractor.extract(paper), "Metric")
    assert "SIESTA" in found


def test_a_formula_with_its_counts_set_apart_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Proton Conduction in Hexagonal Oxides",
                       "We study two oxides, Sr 3 Nb 2 WO 12 and Ba 2 InGaO 5 , as electrolytes. Ti 3 AlC 2 was "
                       "etched to MXene. Models were fitted with GSAS-II.")
    found = typed(extractor.extract(paper), "Method")
    assert not [name for name in found if any(part.isdigit() for part in name.split())]


def test_characterisation_techniques_are_techniques(extractor: EntityExtractor) -> None:
    paper = make_paper("Sintering of Doped Ceria",
                       "Samples were characterized by XRD, SEM, XPS and electrochemical impedance spectroscopy (EIS), "
                       "and their phases were refined with FullProf.")
    mentions = extractor.extract(paper)
    assert not typed(mentions, "Method") & {"XRD", "SEM", "XPS", "EIS"}
    assert {"XRD", "SEM", "XPS", "EIS"} <= typed(mentions, "Technique")


def test_a_contest_named_before_its_challenge_is_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("Solution to the 4th MEGA Gesture Recognition Challenge: A Dual-Branch Framework",
                       "Our entry ranks second in the MEGA challenge, using a dual-branch encoder.",
                       method="在MEGA手势挑战中取得第二名。")
    other = make_paper("Argo2 Scenario Mining Challenges on Language-Guided Retrieval",
                       "We retrieve driving scenarios from language queries with a two-stage ranker.")
    mentions = extractor.extract(paper) + extractor.extract(other)
    assert {"MEGA", "Argo2"} <= typed(mentions, "Benchmark")
    assert not typed(mentions, "Method") & {"MEGA", "Argo2"}


def test_a_full_stop_inside_a_capitalised_name_ends_no_sentence(extractor: EntityExtractor) -> None:
    """"DR.INFO" is a name: the sentences of its other mentions start at it, not after its full stop (a full stop
    glued to a capital after a lower-case word, "noise.Extensive", still ends one)."""
    from kg.extract.cues import sentence_ends

    paper = make_paper("DR.INFO: A Clinical Research Agent",
                       "We present DR.INFO, an agent for clinical questions. DR.INFO outperforms OpenEvidence on "
                       "HealthBench.")
    beaten = [m for m in extractor.extract(paper) if m.name == "OpenEvidence"]
    assert beaten and all(e.sentence.startswith("DR.INFO outperforms") for e in beaten[0].evidence)
    assert sentence_ends("with noise.Extensive tests of DR.Experts today") == (11,)


def test_an_adjective_made_from_a_name_is_no_method(extractor: EntityExtractor) -> None:
    papers = [make_paper("Learning From Incomplete Clinical Views",
                         "In this work, we propose a Bayesian approach designed to handle missing views.",
                         tldr="A Bayesian approach for clinical data with incomplete views."),
              make_paper("Small-Area Estimation of Deprivation",
                         "We address this using a multivariate model implemented via a Gaussian method to estimate "
                         "deprivation, with a Riemannian method for the maps.",
                         tldr="Uses a hierarchical model implemented via a Gaussian method.")]
    found = set().union(*(typed(extractor.extract(paper), "Method") for paper in papers))
    assert not found & {"Bayesian", "Gaussian", "Riemannian"}


def test_an_alloy_or_a_material_system_by_its_elements_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Diffusion in Cu-Zn-Sn Films and AlCoCrFeNi Alloys",
                       "We measure diffusion in the Cu-Zn-Sn system and in AlCoCrFeNi with the DICTRA software.")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"Cu-Zn-Sn", "AlCoCrFeNi"}


def test_the_start_of_a_longer_name_or_long_form_is_no_method_of_its_own(extractor: EntityExtractor) -> None:
    papers = [make_paper("AutoJudge Arena: Synthesizing Executable Test Environments for Agent Risk Evaluation",
                         "Evaluating 9 frontier models reveals risks."),
              make_paper("MIRO: Towards Mitigating Reward Hacking in Diffusion Alignment",
                         "We propose MIRO (MItigating Reward hacking Online), which regularises rewards.")]
    found = set().union(*(typed(extractor.extract(paper), "Method") for paper in papers))
    assert not found & {"AutoJudge", "MItigating Reward"}
    assert "MIRO" in found


def test_numbered_findings_and_references_are_no_parts_of_the_method(extractor: EntityExtractor) -> None:
    findings = make_paper("RiskForge: Executable Environments for Agent Risk Evaluation",
                          "We present RiskForge, which synthesizes test environments. Evaluating 9 models reveals: "
                          "(1) Compliance Drift: risk rates double under pressure, (2) Tool Overreach: agents misuse "
                          "tools, and (3) Scale Paradox: larger models fail more.")
    references = make_paper("Proton Transport in Doped Oxides",
                            "We introduce a defect model, which explains conduction, and compare it with prior "
                            "calculations: (1) Kowalski, P.; Brandt, M. J. Phys. Chem. (2) Nakamura, T.; Ito, S.")
    mentions = extractor.extract(findings) + extractor.extract(references)
    assert "RiskForge" in {m.name for m in mentions}
    assert not typed(mentions, "Method") & {"Compliance Drift", "Tool Overreach", "Scale Paradox", "Kowalski", "Nakamura"}


def test_a_known_model_s_release_the_experiments_run_on_is_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Distraction Attacks on Multimodal Models",
                       "We jailbreak multimodal models with visual distraction.",
                       result="在GPT-4o、Gemini-2.5-pro和Claude Opus 4上攻击成功率超过90%，大幅优于其他基线方法。")
    mentions = extractor.extract(paper)
    assert {"Gemini-2.5-pro", "Claude Opus 4"} <= typed(mentions, "Method")
    assert not (typed(mentions, "Benchmark") | typed(mentions, "Dataset")) & {"Gemini-2.5-pro", "Claude Opus 4"}


def test_a_licence_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Binaural Mixing Library",
                       "We release the BinMix library under the Apache 2.0 License at https://github.com/x/binmix, "
                       "and the recordings under CC BY-NC 4.0.",
                       method="代码以CC BY 4.0许可发布，基于PyTorch实现。")
    found = typed(extractor.extract(paper), "Method")
    assert not [name for name in found if "CC" in name or "License" in name]
    assert "PyTorch" in found  # a library named beside the licence stays


def test_physical_effects_defects_and_lower_case_materials_are_no_methods_or_techniques(
        extractor: EntityExtractor) -> None:
    paper = make_paper("Shift Current in Ferroelectrics",
                       "The ferroelectric anomalous photovoltaic (APV) effect is promising, but new APV-active "
                       "materials are hard to find. Grain boundaries (GBs) merge during coarsening. We study "
                       "transport in aligned carbon nanotube (CNT) fibers with DFT computed in Quantum ESPRESSO.")
    mentions = extractor.extract(paper)
    found = typed(mentions, "Method") | typed(mentions, "Technique")
    assert not found & {"APV", "GBs", "GB", "CNT"}
    assert "Quantum ESPRESSO" in typed(mentions, "Method")


def test_a_metric_the_paper_introduces_is_a_metric_not_its_method(extractor: EntityExtractor) -> None:
    paper = make_paper("WebClipq: Efficient Web Agents by Trajectory Pruning",
                       "We propose WebClipq, which prunes search trajectories. Furthermore, we introduce a new metric "
                       "called F-AQ Score to measure the balance of accuracy and efficiency.",
                       result="同时提出新的F-AQ Score指标来衡量准确性和效率之间的平衡。")
    mentions = extractor.extract(paper)
    assert "F-AQ Score" in typed(mentions, "Metric") and "F-AQ Score" not in typed(mentions, "Method")
    assert "WebClipq" in typed(mentions, "Method")


def test_a_part_named_by_a_known_family_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("StreamFloq: Streaming Flow Matching with Block-wise Guided Attention Mask",
                       "We propose StreamFloq. Attention masks are combined hierarchically across different DiT-blocks "
                       "to regulate the receptive field of DiTs, and a GraphSAQ-layer aggregates neighbours.")
    found = typed(extractor.extract(paper), "Method")
    assert "DiT-blocks" not in found and "StreamFloq" in found


def test_a_phenomenon_the_paper_names_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Persona Drift in Trading Agents",
                       "As context accumulates, mandates lose their influence, a phenomenon we formalize as Mandate "
                       "Salience Decaq (MSQ). To measure MSQ, we introduce FinPersonq-Bench, a simulation benchmark.",
                       method="提出Mandate Salience Decaq (MSQ)形式化定义；构建FinPersonq-Bench仿真基准。")
    mentions = extractor.extract(paper)
    found = typed(mentions, "Method")
    assert not [name for name in found if "MSQ" in name or "Decaq" in name]
    assert "FinPersonq-Bench" in typed(mentions, "Benchmark")


def test_a_material_of_three_elements_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Deformation of Medium-Entropy Alloys",
                       "We simulate CrCoNi and a ZnSnO buffer layer with machine learning potentials fitted in LAMMPS, "
                       "and compare with MoCo baselines.")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"CrCoNi", "ZnSnO"} and "LAMMPS" in found
