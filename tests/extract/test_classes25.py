"""Regression tests for error classes found on the fresh real papers of session 25 (real26 and real27 dev): invented
sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper as make_entity_paper
from .test_results import values


def test_a_numbered_criterion_that_is_a_word_of_the_text_is_no_proposed_part(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Root Causes by Interventions",
                              "Finding the cause of an anomaly is hard. We propose RIVO, a novel algorithm whose root "
                              "causes meet two criteria: 1) Anomaly: root cause nodes take anomalous values; 2) Fix: "
                              "had they taken usual values, the target would be normal. We assess the fix condition "
                              "with (1) Context Folding, which compresses the history.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["RIVO"] == ("Method", "proposed")
    assert "Anomaly" not in found and "Fix" not in found
    assert found.get("Context Folding") == ("Method", "proposed")


def test_chinese_settings_given_per_model_or_as_a_change_are_no_results() -> None:
    assert values("VOTE和QwenVLA的全局批处理大小分别为40和64。将采样温度从1.0提高到1.6。X的成功率从60%提高到75%。",
                  section="result") == ["60%", "75%"]


def test_a_gpus_memory_is_no_result() -> None:
    assert values("We train on 8 NVIDIA H100 80 GB GPUs and cut memory from 24 GB to 9.5 GB on one RTX 4090 24GB "
                  "card.") == ["24 GB", "9.5 GB"]
    assert values("X的成功率达到91.2%。训练使用8块 A800 80GB GPU，延迟在单块 A100 80GB 上测量。显存从 8.11GB 降至 3.05GB。",
                  section="result") == ["91.2%", "8.11GB", "3.05GB"]


def test_counts_listed_in_brackets_with_a_classifier_are_settings() -> None:
    assert values("整体任务准确率：不同长度（2、4、6个技能）任务的成功率达到 85.5%。", section="result") == ["85.5%"]


def test_a_name_after_a_chinese_description_ending_in_de_that_ends_its_clause_is_proposed(
        extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Knowledge Distillation During Mid-Training", "",
                              tldr="本文发现前向蒸馏会形成权衡，并据此提出按教师预测熵逐词切换的 Switch Distillation。"
                                   "另提出最小化生成分布与参考分布的 MMD，并引入预训练的 CLIP。")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["Switch Distillation"] == ("Method", "proposed")
    assert found.get("MMD", ("", ""))[1] != "proposed" and found["CLIP"][1] != "proposed"


def test_names_listed_after_the_word_for_data_sets_or_benchmarks_and_a_colon_are_data(
        extractor: EntityExtractor) -> None:
    paper = make_entity_paper("VLX: Revisiting Models", "",
                              method="训练数据集：三个机器人操作数据集：Calvin ABC、Bridge-v2（来自SimplerEnv）、Libero-Long。"
                                     "测试环境：三个模拟基准：Calvin ABC-D（未见场景D）、SimplerEnv-Bridge（4个场景）。"
                                     "对比基准：GPT-4o、FooNet-2。")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["Calvin ABC"][0] == found["Bridge-v2"][0] == "Dataset"
    assert found["Calvin ABC-D"] == found["SimplerEnv-Bridge"] == ("Benchmark", "evaluated_on")
    assert found["FooNet-2"][0] == "Method"


def test_a_cited_first_author_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("MoCam: Camera Control",
                              "We compare with camera-parameter methods (e.g., Wang et al., 2024b) and MotionCtrl "
                              "(Wu et al., 2024).", method="对比基准：相机参数方法（如 Zhang et al., 2024b）。")
    found = {m.name for m in extractor.extract(paper)}
    assert "MotionCtrl" in found and not {"Wang", "Wu", "Zhang"} & found


def test_a_slashed_list_of_decimal_sizes_is_one_name_per_size(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Circuits Across Families",
                              "We study GPT-2, Pythia-1B/2.8B, Qwen2.5-1.5B/7B and LLaVA-1.5/1.6; ViT-B/16 stays whole.")
    found = {m.name for m in extractor.extract(paper)}
    assert {"Pythia-1B", "Pythia-2.8B", "Qwen2.5-1.5B", "Qwen2.5-7B", "LLaVA-1.5", "LLaVA-1.6", "ViT-B/16"} <= found
    assert not {"Pythia-1B/2.8B", "Qwen2.5-1.5B/7B", "Qwen2.5-1.7B"} & found


def test_a_change_from_a_value_named_in_words_is_two_values() -> None:
    assert values("v2 raises MRR from v1's 0.5824 to 0.6560. It raises H@1 from a never-demote baseline of 45.1% to "
                  "95.7% while errors drop by 19% to 27%.") == ["0.5824", "0.6560", "45.1%", "95.7%", "19% to 27%"]


def test_a_latex_range_with_its_percent_sign_twice_is_one_value() -> None:
    assert values("Gains of 8.9\\%--26.6\\% and 51.1\\%--82.9\\% over the baselines.") == [
        "8.9\\%--26.6\\%", "51.1\\%--82.9\\%"]


def test_a_name_presented_after_a_long_clause_of_the_subject_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("GUI World Models",
                              "We argue that a world model meant for verification should predict in the space in which "
                              "observations are encoded, and present LGWM, a decoder-free world model. We test it on "
                              "RSWT-Bench, and present results.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["LGWM"] == ("Method", "proposed")


def test_a_proposed_name_called_a_metric_in_its_appositive_is_also_a_metric(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Speaker Rhythm", "We propose RhyScore, a metric that evaluates dynamic rhythm. We "
                                                "also propose FooNet, a network for metric learning.")
    found = {(m.name, m.type, m.role) for m in extractor.extract(paper)}
    assert {("RhyScore", "Method", "proposed"), ("RhyScore", "Metric", None)} <= found
    assert ("FooNet", "Method", "proposed") in found and ("FooNet", "Metric", None) not in found


def test_a_latex_range_of_numbers_each_in_dollars_is_one_value() -> None:
    assert values("It yields approximately $39$-$52\\%$ shorter mean completion time than BC.") == ["39$-$52\\%"]


def test_a_name_before_the_chinese_for_in_theory_is_no_named_theory(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("ConvMemory v2", "Recall@10 and Hit@10 are identical to v1 by construction.",
                              tldr="因此Recall@10和Hit@10理论上与v1完全一致。")
    assert {"Recall@10", "Hit@10"} <= {m.name for m in extractor.extract(paper) if m.type == "Metric"}


def test_a_unit_after_a_latex_tie_is_the_values() -> None:
    assert values("It consumes 0.726~mJ per patch against 1.67~mJ, with a latency of 16.6~ms.") == [
        "0.726~mJ", "1.67~mJ", "16.6~ms"]


def test_a_name_before_a_kind_of_benchmark_is_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("X: robots", "Across the RoboTwin 2.0 simulation benchmark and real tasks, X wins. We "
                                           "test on the LIBERO-Plus robustness benchmark. We compare FooLM across "
                                           "benchmarks.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found["RoboTwin 2.0"] == found["LIBERO-Plus"] == "Benchmark"
    assert found.get("FooLM") != "Benchmark"


def test_a_count_out_of_a_total_in_words_is_one_value() -> None:
    assert values("X solves 12 of 14 tasks and flags 247 of 444 cases and 11 out of 1,260 prompts. One of 3 seeds "
                  "failed; we use 10 of the 20 layers and 2 of 3 heads.") == ["12 of 14", "247 of 444", "11 out of 1,260"]
