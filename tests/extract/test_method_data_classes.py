"""Regression tests for method and data error classes (session 14): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper


def typed(mentions: list[Mention], *types: str) -> dict[str, Mention]:
    """Mentions of the given types by name."""
    return {m.name: m for m in mentions if m.type in types}


def test_digit_initial_names_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Temporal Grounding and Dynamic Scenes",
                       "We propose 4DGS-Lite, which extends 4D Gaussian Splatting. It outperforms 3D-R2N2, 3D-UNet "
                       "and 3DETR.",
                       method="我们提出2DPASS-Plus用于点云分割。")
    found = typed(extractor.extract(paper), "Method")
    assert found["4DGS-Lite"].role == found["2DPASS-Plus"].role == "proposed"
    assert {"3D-R2N2", "3D-UNet", "3DETR"} <= set(found)


def test_digit_initial_families_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Video Features",
                       "We propose VidNet. It combines a 3D-CNN with a 3D-VAE and 2D-CNNs, builds on 3DGS and 3D-GS, "
                       "runs at 60FPS with 6DoF poses and 3D-aware features.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert set(found) == {"VidNet"}


def test_dimension_with_a_code_or_a_measure_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("3D Boxes", "We propose BoxNet, which improves 3D-IoU by 4% using 2D-FFT features on 3D-VQA "
                       "tasks, and evaluate on 3D-FRONT.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark", "Metric")
    assert found["3D-IoU"].type == "Metric" and found["3D-FRONT"].type in ("Dataset", "Benchmark")
    assert not {"2D-FFT", "3D-VQA"} & set(found)


def test_own_method_name_with_data_head_is_also_its_data(extractor: EntityExtractor) -> None:
    paper = make_paper("ChartSketch: A Neural-Symbolic Approach to Chart Reasoning",
                       "We present ChartSketch, a neural-symbolic framework for chart reasoning. To evaluate this "
                       "paradigm, we introduce the ChartSketch Benchmark, a set of 390 problems. Experiments show that "
                       "ChartSketch improves accuracy.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["ChartSketch"].type == "Method" and found["ChartSketch"].role == "proposed"
    assert found["ChartSketch Benchmark"].type == "Benchmark" and found["ChartSketch Benchmark"].role == "introduced"


def test_named_data_with_head_stays_one_entity(extractor: EntityExtractor) -> None:
    paper = make_paper("Motion Forecasting", "We evaluate on the Waymo Open Motion Dataset and the ARC Benchmark, and "
                       "ARC results improve. We propose ChartX.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert set(found) == {"ChartX", "Waymo Open Motion", "ARC"}


def test_data_set_named_like_a_task_is_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Open-Domain QA", "We evaluate on the dev split of Natural Questions and on HotpotQA. "
                       "Results on Natural Questions improve by 3 points.")
    found = typed(extractor.extract(paper), "Dataset", "Benchmark")
    assert {"Natural Questions", "HotpotQA"} <= set(found)


def test_contests_and_evaluation_platforms_are_benchmarks(extractor: EntityExtractor) -> None:
    paper = make_paper("Surrogates for Power Grids",
                       "We report on the Machine Learning for Physical Simulation (ML4PhySim) competition. "
                       "Solutions are scored with the LIPS benchmarking framework and the OpenCompass evaluation "
                       "platform, and we introduce GridScope, a benchmarking framework for grid surrogates.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark", "Task")
    assert {found[n].type for n in ("ML4PhySim", "LIPS", "OpenCompass")} == {"Benchmark"}
    assert found["GridScope"].type == "Benchmark" and found["GridScope"].role == "introduced"


def test_a_kind_of_benchmark_named_by_its_task_stays_a_task(extractor: EntityExtractor) -> None:
    paper = make_paper("Referring Expressions", "Referring Expression Comprehension (REC) links language to regions. "
                       "We introduce RefHard, a modern REC benchmark.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert "REC" not in found


@pytest.mark.parametrize("abstract, zh", [
    ("We propose SegX and evaluate it on Cityscapes and on our self-collected UrbanScene dataset.", ""),
    ("We propose SegX and evaluate it on a newly built UrbanScene benchmark and Cityscapes.", ""),
    ("We propose SegX and evaluate it on the in-house UrbanScene dataset and Cityscapes.", ""),
    ("We propose SegX and evaluate it on Cityscapes.", "我们在Cityscapes以及自建的UrbanScene数据集上评估SegX。"),
])
def test_data_the_authors_made_is_introduced(extractor: EntityExtractor, abstract: str, zh: str) -> None:
    paper = make_paper("Urban Segmentation", abstract, **({"method": zh} if zh else {}))
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["UrbanScene"].type in ("Dataset", "Benchmark") and found["UrbanScene"].role == "introduced"
    assert found["Cityscapes"].role != "introduced"


@pytest.mark.parametrize("abstract, zh", [
    ("We introduce VidHard, containing 10K question-answer pairs over 2K videos.", ""),
    ("We present VidHard with 10,000 questions across 12 categories.", ""),
    ("We construct VidHard, comprising 3,200 annotated clips from 150 hours of footage.", ""),
    ("We study video question answering.", "我们构建了VidHard，包含1万个问答对和2000个视频。"),
])
def test_named_thing_counted_in_data_units_is_data(extractor: EntityExtractor, abstract: str, zh: str) -> None:
    paper = make_paper("Hard Video Questions", abstract, **({"method": zh} if zh else {}))
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["VidHard"].type in ("Dataset", "Benchmark") and found["VidHard"].role == "introduced"


def test_named_thing_counted_in_parts_stays_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Video Models", "We propose VidNet with 7B parameters, which contains 3 modules.",
                       method="我们提出VidNet，包含2个模块和3个阶段。")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["VidNet"].type == "Method" and found["VidNet"].role == "proposed"


def test_beaten_names_with_values_after_the_data_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Visual Tracking", "We propose TrackX. TrackX achieves 75.1% AUC on LaSOT, exceeding FooTrack "
                       "(71.1%) and BarTrack (72.5%).")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["FooTrack"].type == found["BarTrack"].type == "Method"
    assert found["LaSOT"].type == "Benchmark"


def test_chinese_described_evaluation_after_a_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Closed-Loop Driving", "We study closed-loop driving.",
                       method="该方法以Qwen2-VL为骨干，在DriveArena-X闭环评测中取得最优，且Align-Z-2B在若干评测上领先。")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["DriveArena-X"].type == "Benchmark"
    assert found["Align-Z-2B"].type == "Method"


@pytest.mark.parametrize("abstract, name", [
    ("Furthermore, we constructed the Attribute Dataset, which covers nearly all colors. We also propose EditX.",
     "Attribute Dataset"),
    ("We introduce the Kitchen Benchmark to evaluate manipulation policies.", "Kitchen Benchmark"),
    ("We release the Urban Facade Dataset, a collection of 3K annotated images.", "Urban Facade"),
])
def test_plain_words_named_with_their_data_noun_are_introduced(extractor: EntityExtractor, abstract: str,
                                                                name: str) -> None:
    found = typed(extractor.extract(make_paper("Data for Editing", abstract)), "Dataset", "Benchmark")
    assert found[name].role == "introduced"


def test_second_described_name_after_a_proposal_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Long Video Agents", "We propose VidAgent, an agent for long videos, and VidAgent-Bench, a "
                       "benchmark of 2K questions. We also present DetX, a detector for small objects, and TrackY, a "
                       "tracker built on it. VidAgent outperforms GPT-4o on VidAgent-Bench.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["VidAgent"].role == "proposed" and found["VidAgent"].type == "Method"
    assert found["VidAgent-Bench"].type == "Benchmark" and found["VidAgent-Bench"].role == "introduced"
    assert found["TrackY"].type == "Method" and found["TrackY"].role == "proposed"


def test_plain_words_ending_in_a_corpus_head_are_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Rare Terms in Translation",
                       "Rarity, measured by frequency in the literary Diorisis Ancient Greek Corpus, predicts failure. "
                       "The Abstraction and Reasoning Corpus (ARC) benchmark evaluates induction.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert found["Diorisis Ancient Greek Corpus"].type == "Dataset"
    assert "Reasoning Corpus" not in found


def test_optional_digit_in_brackets_writes_two_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Long-Tailed Recognition", "We ran experiments on the CIFAR-10(0)-LT and ImageNet-LT datasets.",
                       result="在CIFAR-10(0)-LT与ImageNet-LT上实验。")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert {"CIFAR-10-LT", "CIFAR-100-LT", "ImageNet-LT"} == set(found)
    assert "CIFAR-10(0)-LT" in found["CIFAR-10-LT"].aliases  # what the evidence quotes
