"""Regression tests for method false positives of notation (session 15): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.extract.spacy_pipeline import is_chemical_formula
from kg.model import Mention

from .test_entities import make_paper


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


def proposed(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions if m.type == "Method" and m.role == "proposed"}


def test_a_chinese_description_glossed_by_its_name_after_a_propose_verb(extractor: EntityExtractor) -> None:
    paper = make_paper("Spiking Networks and Planning", "",
                       method="本文提出了一种随机量子脉冲（SQS）神经元模型。本研究引入了严格子目标执行（SSE），一个分层框架。"
                              "提出了一种神经规范Polyadic分解(NCPF)模型，用于插补。",
                       result="提出一种可学习的双边短时拉普拉斯变换（STLT），具有可训练参数。")
    assert {"SQS", "SSE", "NCPF", "STLT"} <= proposed(extractor.extract(paper))


def test_a_glossed_means_task_or_paradigm_is_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Robot Signalling", "",
                       method="提出了一种基于理性言语行为(RSAX)框架的自适应信号理论。同时引入了一种基于核密度估计(KDEX)的抽样机制。"
                              "开发稳健的人体活动识别（HARX）系统很难。论文提出了一种新的研究方向——逆向文本移除（ISTRX），"
                              "并提出脑-智能体协作(BACX)作为脑机接口的范式扩展。")
    assert not proposed(extractor.extract(paper)) & {"RSAX", "KDEX", "HARX", "ISTRX", "BACX"}


def test_plain_words_glossed_by_a_name_in_brackets_give_the_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Compressing Language Models",
                       "This paper introduces Modular Decomposition (MoDeGPT), a novel structured compression framework.")
    found = proposed(extractor.extract(paper))
    assert "MoDeGPT" in found and "Modular Decomposition" not in found


def typed(mentions: list[Mention], type_: str) -> set[str]:
    return {m.name for m in mentions if m.type == type_}


def test_textbook_algorithm_acronyms_are_techniques(extractor: EntityExtractor) -> None:
    paper = make_paper("Swarm Agents",
                       "SwarmAgentic evolves candidates, inspired by Particle Swarm Optimization (PSO). It follows ML/HPC "
                       "best practices and uses FFT-based correlation and SVD. We compare with TD-MPC2.",
                       method="基于FFT的关联矩阵计算，通过基于TD误差方差的机制。")
    mentions = extractor.extract(paper)
    assert {"PSO", "ML", "FFT", "SVD", "TD"} <= typed(mentions, "Technique")
    assert "TD-MPC2" in typed(mentions, "Method")
    assert not typed(mentions, "Method") & {"PSO", "ML", "FFT", "SVD", "TD"}


def test_a_title_benchmarking_models_names_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("RADAR: Benchmarking Language Models on Imperfect Tabular Data", "We evaluate GPT-4o.")
    radar = [m for m in extractor.extract(paper) if m.name == "RADAR"]
    assert radar and radar[0].type == "Benchmark" and radar[0].role == "introduced"


def test_owner_before_a_release_phrase_and_coated_materials(extractor: EntityExtractor) -> None:
    paper = make_paper("Model Comparison",
                       "We compare Anthropic's Claude 3 Haiku with GPT-4o. La-MOF@TiO2 films were made; mAP@0.5 is "
                       "reported.")
    mentions = extractor.extract(paper)
    found = typed(mentions, "Method")
    assert "Claude 3 Haiku" in found and "Anthropic's Claude 3 Haiku" not in found
    assert "La-MOF@TiO2" not in found and "mAP@0.5" in typed(mentions, "Metric")


def test_games_and_simulated_environments_are_benchmarks(extractor: EntityExtractor) -> None:
    paper = make_paper("Open-Ended Agents", "Based on the game of NetHack, we build tasks for agents.",
                       method="在扩展的VirtualHome模拟家庭环境中执行动作。我们在RLBench模拟器中测试。")
    mentions = extractor.extract(paper)
    assert {"NetHack", "VirtualHome", "RLBench"} <= typed(mentions, "Benchmark")
    assert not typed(mentions, "Method") & {"NetHack", "VirtualHome"}


def test_a_novel_title_case_long_form_with_a_family_head_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Backdoors in Embodied Agents",
                       "We apply supervised fine-tuning (SFT) and then our novel Contrastive Trigger Learning (CTL). CTL "
                       "sharpens decision boundaries. We also use Multiple Instance Learning (MIL).")
    mentions = extractor.extract(paper)
    assert "CTL" in proposed(mentions)
    assert "MIL" not in typed(mentions, "Method")


def test_a_chinese_name_said_to_be_new_is_the_papers_own(extractor: EntityExtractor) -> None:
    paper = make_paper("Don't Pay Attention", "",
                       tldr="Avey是一种新的神经架构，能够处理任意长度的序列。Ref-Adv是一个新的指称表达式理解基准。")
    mentions = extractor.extract(paper)
    assert "Avey" in proposed(mentions)
    assert "Ref-Adv" in typed(mentions, "Benchmark")


def test_spelled_out_rl_algorithms_and_engines_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Detoxification",
                       "We train the LLM using Group Relative Policy Optimization and compare with Soft Actor-Critic. "
                       "Pipelines rely on 3D engines such as Blender or Unreal. We design AP-GRPO (Advantage Preference "
                       "Group Relative Policy Optimization).")
    mentions = extractor.extract(paper)
    methods_found = {m.name: m for m in mentions if m.type == "Method"}
    assert "GRPO" in [methods_found["Group Relative Policy Optimization"].name,
                      *methods_found["Group Relative Policy Optimization"].aliases]
    assert {"Blender", "Unreal", "AP-GRPO"} <= set(methods_found)
    assert "SAC" in {a for m in methods_found.values() for a in [m.name, *m.aliases]}


def test_a_task_spelled_out_in_lower_case_is_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Event Cameras for Surveillance",
                       "Event-based vision fits the demands of video anomaly detection (VAD). We take the first step "
                       "toward establishing event-based VAD as a research direction. We design a cross-feature bridge "
                       "(CFB).")
    mentions = extractor.extract(paper)
    assert "VAD" not in proposed(mentions) and "CFB" in proposed(mentions)


def test_a_modifier_compound_after_an_acronym_part_is_no_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Agentic Workflows",
                       "We present practices including Responsible-AI-aligned model-consortium design and "
                       "GPT-4-generated captions, evaluated on SWE-bench-verified against Llama-3-8B.")
    mentions = extractor.extract(paper)
    found = typed(mentions, "Method")
    assert "Llama-3-8B" in found and not found & {"Responsible-AI-aligned", "GPT-4-generated"}


def test_the_first_name_of_a_bracketed_list_opened_by_including(extractor: EntityExtractor) -> None:
    paper = make_paper("Cardiac Foundation Models",
                       "Our model is pretrained on large-scale datasets (including MIMIC-III-WDB and CODE-15). We "
                       "evaluate on three benchmarks (e.g., FooQA and BarBench).")
    mentions = extractor.extract(paper)
    assert {"MIMIC-III-WDB", "CODE-15"} <= typed(mentions, "Dataset")
    assert {"FooQA", "BarBench"} <= typed(mentions, "Benchmark")


def test_plain_words_listed_with_words_written_in_lower_case_are_words(extractor: EntityExtractor) -> None:
    paper = make_paper("Scaling Agent Systems",
                       "Using five canonical architectures (Single, Independent, Centralized, Decentralized, Hybrid), we "
                       "evaluate independent agents, centralized coordination and decentralized control against a single "
                       "agent. We compare methods (Canny, Sobel).")
    found = typed(extractor.extract(paper), "Method")
    assert "Canny" in found
    assert not found & {"Single", "Independent", "Centralized", "Decentralized", "Hybrid"}
