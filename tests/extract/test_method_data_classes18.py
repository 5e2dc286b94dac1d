"""Regression tests for method and data error classes (session 16, third helper round): invented sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper, typed


def test_a_paper_s_own_simulator_or_sandbox_is_an_environment(extractor: EntityExtractor) -> None:
    paper = make_paper("Robust Agents for Open Worlds",
                       "We first introduce GridForge, a sandbox framework for building diverse levels. "
                       "We then present TollSim, a simulator for benchmarking routing policies.")
    mentions = extractor.extract(paper)
    assert {"GridForge", "TollSim"} <= typed(mentions, "Dataset") | typed(mentions, "Benchmark")
    assert not typed(mentions, "Method") & {"GridForge", "TollSim"}


def test_a_zh_gloss_calling_the_paper_s_own_name_a_simulator(extractor: EntityExtractor) -> None:
    paper = make_paper("Benchmarking Claims Handling Policies",
                       method="我们引入了ClaimSim：一个专为评测理赔处理策略而设计的模拟器。")
    mentions = extractor.extract(paper)
    assert "ClaimSim" in typed(mentions, "Dataset") | typed(mentions, "Benchmark")
    assert "ClaimSim" not in typed(mentions, "Method")


def test_a_web_platform_a_system_is_built_on_is_a_tool_it_uses(extractor: EntityExtractor) -> None:
    paper = make_paper("ReviewPal: Code Review Assistance at Scale",
                       "We introduce ReviewPal, an open-source review assistant built on top of GitHub, designed to "
                       "summarise pull requests. Our data are built on GitHub issues; code is available on Kaggle.",
                       method="ReviewPal是一个基于Hugging Face构建的框架。")
    found = typed(extractor.extract(paper), "Method")
    assert {"GitHub", "Hugging Face"} <= found
    assert "Kaggle" not in found



def test_a_name_written_only_before_a_maths_head_is_a_concept(extractor: EntityExtractor) -> None:
    paper = make_paper("Neural Tensor-Train Factorization for Traffic Imputation",
                       "Traffic data are often missing. We study low-rank imputation.",
                       method="NTPF模型结合TT分解和神经网络，用于交通数据插补。",
                       conclusion="NTPF模型通过结合TT分解的可解释性和神经网络的非线性表达能力，提供了一种有效的方法。")
    found = typed(extractor.extract(paper), "Method")
    assert "TT" not in found
    assert "NTPF" in found


def test_a_known_model_read_only_as_the_start_of_a_longer_name_is_that_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Scalable Multi-Turn Attacks on Assistants",
                       "In contrast, Google's Gemini 2.5 Pro is nearly immune, while Anthropic's Claude 3 Opus shows "
                       "strong but imperfect resistance.",
                       result="Claude 3 Opus表现出较强的抵抗力。")
    found = typed(extractor.extract(paper), "Method")
    assert "Claude 3 Opus" in found
    assert "Claude 3" not in found
