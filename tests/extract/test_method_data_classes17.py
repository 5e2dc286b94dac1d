"""Regression tests for method and data error classes (session 16, second helper round): invented sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper, typed


def test_diffusion_language_models_are_a_family(extractor: EntityExtractor) -> None:
    paper = make_paper("Policy Optimization for Diffusion Large Language Models",
                       "Diffusion Large Language Models (dLLMs) decode in parallel. We propose MaskPO for dLLM "
                       "reasoning and compare it with LLaDA.",
                       result="MaskPO为全注意力dLLM带来了提升。")
    mentions = extractor.extract(paper)
    assert "dLLM" in typed(mentions, "Technique")
    assert not typed(mentions, "Method") & {"dLLM", "dLLMs"}


def test_an_acronym_glossed_by_a_zh_task_phrase_names_the_task(extractor: EntityExtractor) -> None:
    paper = make_paper("Scoring Sheet Music at Scale",
                       method="NoteFormer是一种用于手写乐谱识别（HSR）的新模型。我们评测了许多过滤向量搜索（FVSX）算法，"
                              "并比较流程合规监控(ProcCM)方法；另外引入了一种基于核密度估计(KDEX)的采样。")
    mentions = extractor.extract(paper)
    assert not typed(mentions, "Method") & {"HSR", "FVSX", "ProcCM", "KDEX"}
    assert {"HSR", "FVSX", "ProcCM"} <= typed(mentions, "Task")
    assert "KDEX" not in typed(mentions, "Task")  # a means the paper uses, not its task


def test_an_acronym_task_is_an_alias_of_its_spelled_out_task(extractor: EntityExtractor) -> None:
    paper = make_paper("Process Compliance Monitoring with Simulated Event Logs",
                       method="我们比较了多种流程合规监控(ProcCM)方法。")
    tasks = [m for m in extractor.extract(paper) if m.type == "Task"]
    assert [t.name for t in tasks if "ProcCM" in (t.name, *t.aliases)] == ["process compliance monitoring"]


def test_samples_bonds_and_frameworks_of_a_metal_are_notation(extractor: EntityExtractor) -> None:
    paper = make_paper("Tuning Zn-Based Frameworks for Photocatalysis",
                       "Three Zn-MOFs of Zn-1, Zn-2 and Zn-3 were synthesized; the hydrogen evolution rate of Zn-3 is "
                       "2.1 times that of Zn-1, and a shorter Cu-N bond was observed. We compare with Co-DETR.",
                       method="合成了三种Sm-MOF（Zn-1、Zn-2和Zn-3），并与Fe-Ni合金对比。")
    found = typed(extractor.extract(paper), "Method")
    assert not found & {"Zn-MOFs", "Zn-MOF", "Sm-MOF", "Zn-1", "Zn-2", "Zn-3", "Cu-N", "Fe-Ni"}
    assert "Co-DETR" in found


def test_title_case_adapters_and_estimators_of_a_proposed_system_are_its_parts(extractor: EntityExtractor) -> None:
    paper = make_paper("LesionPilot: Reasoning-Driven Segmentation",
                       "We propose LesionPilot, an end-to-end framework integrating reasoning with segmentation through "
                       "a Region-Aware Prompt Adapter. A Trajectory Weight Estimator reweights rollouts, and a Cross-Slice "
                       "Defender filters poisoned samples.")
    found = {m.name: m for m in extractor.extract(paper) if m.type == "Method"}
    assert {"Region-Aware Prompt Adapter", "Trajectory Weight Estimator", "Cross-Slice Defender"} <= set(found)
    assert found["Region-Aware Prompt Adapter"].role == "proposed"


def test_title_case_adapters_without_a_proposal_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("A Study of Segmentation Pipelines",
                       "We study how a Region-Aware Prompt Adapter and a Trajectory Weight Estimator behave in deployed systems.")
    assert not typed(extractor.extract(paper), "Method") & {"Region-Aware Prompt Adapter", "Trajectory Weight Estimator"}


def test_a_plain_word_joined_to_a_field_acronym_names_a_field(extractor: EntityExtractor) -> None:
    paper = make_paper("Human-AI Teaming in Clinical Writing",
                       "We describe a lifecycle with Trustworthy-AI considerations and Green-AI budgets, opening paths "
                       "for AI-for-Physics discovery. We compare with Time-LLM and Point-BERT.",
                       method="该方法面向Edge-AI部署。")
    mentions = extractor.extract(paper)
    assert not typed(mentions, "Method") & {"Human-AI", "Trustworthy-AI", "Green-AI", "AI-for-Physics", "Edge-AI"}
    assert {"Time-LLM", "Point-BERT"} <= typed(mentions, "Method")
    env = make_paper("Coordination Games", "We evaluate our agents in Overcooked-AI and Hanabi.")
    assert "Overcooked-AI" in typed(extractor.extract(env), "Benchmark")


def test_kolmogorov_arnold_networks_are_a_named_architecture(extractor: EntityExtractor) -> None:
    paper = make_paper("Spline Forecasters",
                       "We replace the MLP head with Kolmogorov-Arnold Networks (KANs) and a Mamba encoder.",
                       method="模型结合了KAN与Mamba。")
    mentions = extractor.extract(paper)
    assert "KAN" in typed(mentions, "Method")
    assert "KAN" not in typed(mentions, "Technique")


def test_a_standard_test_a_result_is_measured_under_is_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("Stable Perovskite Modules",
                       "The devices retained 91% of their initial efficiency after 900 h under the ISOS-D-2 protocol and "
                       "88% after 500 h under IEC-61215 testing. We fabricate cells under AM 1.5G illumination.")
    found = typed(extractor.extract(paper), "Benchmark")
    assert {"ISOS-D-2", "IEC-61215"} <= found
    assert "AM 1.5G" not in found
    coded = make_paper("Stable Cells", "Cells kept 93% after 600 h under ISOS-L-2 conditions and were annealed under "
                                       "N2 conditions.")
    found = typed(extractor.extract(coded), "Benchmark")
    assert "ISOS-L-2" in found and "N2" not in found
