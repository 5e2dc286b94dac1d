"""Regression tests for error classes found on the fresh real papers of session 23 (real20 dev): invented
sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper as make_entity_paper
from .test_results import values


def test_a_temperature_named_as_measured_in_kelvin_is_a_result() -> None:
    text = ("The films show a Tc\\_onset of 48 K under strain. The glass has a high glass transition temperature "
            "(341.5 K). The crystal undergoes a phase transition at 305 K. 激波结激发温度约35 K。")
    assert values(text) == ["48 K", "341.5 K", "305 K", "约35 K"]


def test_a_temperature_a_sample_is_held_at_or_a_size_in_thousands_is_no_result() -> None:
    text = ("Spectra were recorded at 300 K over a temperature range of 20-280 K and at temperatures of 150 K. "
            "The model sees 4K video and 64 K tokens.")
    assert values(text) == []


def test_a_summary_field_of_compared_methods_lists_methods(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("FlowPlan: Planning with Flows", "We propose FlowPlan.",
                              tldr="对比方法：TrajNet（88.1 PDMS）、Vesta、QRT、HOP、DriveLite 等。")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert {name for name, kind in found.items() if kind == ("Method", "compared")} == {
        "TrajNet", "Vesta", "QRT", "HOP", "DriveLite"}


def test_a_bracket_of_the_parts_of_a_metric_lists_metrics(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("FlowPlan: Planning with Flows", "We propose FlowPlan. It reaches a PDMS of 90.1.",
                              tldr="数据集：NAVSIM（PDMS 指标）。评估：PDMS（含 NC、DAC、TTC 和 Comf）；评分器预测子分数（EP、LK）。模型（含MobileNet、YOLOX等）。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert {name for name, kind in found.items() if kind == "Metric"} == {"PDMS", "NC", "DAC", "TTC", "Comf", "EP",
                                                                           "LK"}
    assert found["MobileNet"] == "Method"


def test_a_part_the_own_method_holds_spelled_out_with_its_short_form_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Remembering Choices", "We propose TRACE, which grounds predictions in evidence. TRACE "
                                                     "maintains a Choice Evidence Store (CES) that keeps past reasons.")
    assert {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"} == {
        "TRACE": "proposed", "CES": "proposed"}


def test_an_objective_named_after_a_known_one_is_no_part_by_its_short_form(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Unlearning Items", "We introduce UNR. UNR employs a novel Reverse Bayesian Personalized "
                                                  "Ranking (BPR) objective to forget marked data.")
    assert {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}.get("BPR") != "proposed"


def test_a_sensor_or_a_measurement_unit_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("TerraNet: Rover Vibration Prediction", "We propose TerraNet. We use an Inertial "
                              "Measurement Unit (IMU) and a setup with TouchPad tactile sensors, beating PointNet++.")
    assert {m.name for m in extractor.extract(paper) if m.type == "Method"} == {"TerraNet", "PointNet++"}


def test_a_range_written_with_latex_double_dash_is_one_value() -> None:
    text = ("It cuts convergence steps by 41%--58%. The rate falls to 22--37% with our method. Latency drops by "
            r"4--8 ms, an average $3\%$--$40\%$ improvement in the test set error.")
    assert values(text) == ["41%--58%", "22--37%", "4--8 ms", r"3\%$--$40\%"]


def test_a_release_written_apart_takes_the_type_of_its_family(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("DriveWM: Planning with World Models", "We propose DriveWM.",
                              tldr="在 RoadSim v1/v2 和 nuScenes 上评估规划，在 RoadSim v1 上达到 90.8 PDMS，RoadSim v2 上达 "
                                   "89.9 EPDMS。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("RoadSim v2") == found.get("RoadSim v1") == "Benchmark"
