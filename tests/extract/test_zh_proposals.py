"""Regression tests for proposals and data named in Chinese or in one sentence of a summary (session 15)."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper


def roles(mentions: list[Mention], *types: str) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.type, m.role) for m in mentions if m.type in types}


@pytest.mark.parametrize("summary", [
    "HGX是一种新的分层强化学习框架，通过约束高层决策提升效率。",
    "分层门控执行（HGX）是一个全新的规划框架。",
])
def test_chinese_name_described_as_new(extractor: EntityExtractor, summary: str) -> None:
    found = roles(extractor.extract(make_paper("Planning Under Constraints", "We study planning.", tldr=summary)),
                  "Method")
    assert found == {"HGX": ("Method", "proposed")}


@pytest.mark.parametrize("summary", [
    "TABLO is a benchmark for evaluating language models on noisy tables.",
    "TABLO是一个用于评估语言模型的基准。",
])
def test_name_described_as_a_benchmark_opening_a_sentence(extractor: EntityExtractor, summary: str) -> None:
    paper = make_paper("Noisy Tables", "Language models analyse data.", tldr=summary)
    assert roles(extractor.extract(paper), "Method", "Dataset", "Benchmark") == {"TABLO": ("Benchmark", "introduced")}


def test_task_acronym_after_a_propose_verb_stays_a_task(extractor: EntityExtractor) -> None:
    paper = make_paper("Anomalies in Event Streams",
                       "Event cameras fit the demands of video anomaly detection (VAD). In this work, we take the first "
                       "step toward establishing event-based VAD as a research direction. We propose EvNet.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found.get("VAD", ("Task", None))[0] == "Task" and found["EvNet"] == ("Method", "proposed")


def test_numbered_item_using_a_glossed_measure_is_no_component(extractor: EntityExtractor) -> None:
    paper = make_paper("Fair Diagnosis", "We propose FairNet for fair diagnosis.",
                       method="提出两级目标函数：1) 样本级使用平衡交叉熵损失；2) 组级使用条件风险价值（CVaR）聚合。")
    found = roles(extractor.extract(paper), "Method")
    assert found["FairNet"] == ("Method", "proposed") and found.get("CVaR", ("", None))[1] != "proposed"


def test_a_name_the_title_spells_out_after_a_colon_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Robust Unlearning with MUDRAN: Meta-Unlearning with Disruption Ranking And Normalization",
                       "Prior unlearning methods are easily reverted by fine-tuning. We combine these insights into "
                       "MUDRAN (Meta-Unlearning with Disruption Ranking and Normalization). MUDRAN outperforms the "
                       "prior TAR method by 40%.",
                       tldr="MUDRAN introduces disruption ranking and normalization for irreversible unlearning.")
    roles = {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}
    assert roles.get("MUDRAN") == "proposed"
    assert roles.get("TAR") != "proposed"


def test_a_title_prefix_with_possessives_is_a_phrase_and_names_no_part(extractor: EntityExtractor) -> None:
    paper = make_paper("AI's Newton's Principia Moment: From Language Models to Computable Thought",
                       "We trace how AI moved from expert systems to Transformers, epoch by epoch.")
    names = {m.name: m.role for m in extractor.extract(paper)}
    assert not any("'s" in name for name in names)
    assert "proposed" not in names.values()


def test_a_coined_phrase_designed_as_a_kind_of_part_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("VoxFill: Patch-based Voxel Diffusion for Scene Completion",
                       "We propose VoxFill. Furthermore, we design an Annular-Flow diffusion strategy that leverages "
                       "the radial density of LiDAR scans. To solve it, we devise an optimistic-gradient Mirror Prox "
                       "algorithm.")
    roles = {m.name: m.role for m in extractor.extract(paper)}
    assert roles.get("Annular-Flow") == "proposed"
    assert roles.get("Mirror Prox") != "proposed"


def test_parts_named_after_the_proposed_method_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("TRAITS: Dynamic Personality Control via Activation Vector Algebra",
                       "We propose TRAITS, a training-free framework.",
                       method="三阶段框架：1) Traits-Base通过对比激活分析提取正交人格向量；2) Traits-Algebra通过向量算术实现精确控制；"
                              "3) Traits-Flow在推理时动态组合向量。")
    roles = {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}
    assert {name: roles.get(name) for name in ("Traits-Base", "Traits-Algebra", "Traits-Flow")} == dict.fromkeys(
        ("Traits-Base", "Traits-Algebra", "Traits-Flow"), "proposed")


def test_glossed_parts_of_the_proposed_framework_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Perceive Before Reasoning: A Framework for Proactive Mobile Agents", "We propose PRPF.",
                       method="提出PRPF（Pre-Reasoning Perception Framework），两阶段框架：第一阶段使用轻量级Multimodal "
                              "Proactive Perceptor（MPP）进行干预门控；第二阶段仅在需要干预时激活Proactive Agent Reasoner"
                              "（PAR）进行推理协助。")
    roles = {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}
    assert roles.get("MPP") == roles.get("PAR") == "proposed"


def test_a_part_numbered_with_a_full_stop_and_glossed_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Enhancing Image Aesthetics with Dual-Conditioned Diffusion", "We propose AesDiff.",
                       method="1. 多模态美学感知(MAP)：将模糊美学指令转化为明确指导。2. 收集配对数据集。")
    roles = {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}
    assert roles.get("MAP") == "proposed"
