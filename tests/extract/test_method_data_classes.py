"""Regression tests for method and data error classes (session 14): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor()


def typed(mentions: list[Mention], *types: str) -> dict[str, Mention]:
    """Mentions of the given types by name."""
    return {m.name: m for m in mentions if m.type in types}


def test_digit_initial_names_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Temporal Grounding and Dynamic Scenes",
                       "We propose 4DGS-Lite, which extends 4D Gaussian Splatting. It outperforms 2D-TAN, 3D-UNet "
                       "and 3DETR.",
                       method="我们提出2DPASS-Plus用于点云分割。")
    found = typed(extractor.extract(paper), "Method")
    assert found["4DGS-Lite"].role == found["2DPASS-Plus"].role == "proposed"
    assert {"2D-TAN", "3D-UNet", "3DETR"} <= set(found)


def test_digit_initial_families_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Video Features",
                       "We propose VidNet. It combines a 3D-CNN with a 3D-VAE and 2D-CNNs, builds on 3DGS and 3D-GS, "
                       "runs at 60FPS with 6DoF poses and 3D-aware features.")
    found = typed(extractor.extract(paper), "Method", "Dataset", "Benchmark")
    assert set(found) == {"VidNet"}


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
