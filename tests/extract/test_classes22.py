"""Regression tests for error classes found on the fresh real papers of session 22 (real17 and real18 dev):
invented sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.extract.results import extract_results

from .test_entities import make_paper as make_entity_paper
from .test_results import make_paper, values


def test_a_value_with_its_error_bar_is_a_result_with_what_latex_writes_after_it() -> None:
    text = (r"The source has a magnification of $\mu=78\pm7$ at a redshift $z=2.14^{+0.12}_{-0.17}$, "
            r"a column density $N_{\rm H}=(5.5\pm4.4)\times10^{22}\,\mathrm{cm}^{-2}$ and "
            r"$L_{\rm X}=1.2\pm0.3\times10^{42}\,\mathrm{erg\,s^{-1}}$. We obtain $H_0 = 74.4 \pm 2.9 "
            r"\text{ km s}^{-1} \text{ Mpc}^{-1}$ and a lens with a magnification of 81.6 ± 7.8.")
    assert values(text) == [r"78\pm7", "2.14^{+0.12}_{-0.17}", r"(5.5\pm4.4)\times10^{22}\,\mathrm{cm}^{-2}",
                            r"1.2\pm0.3\times10^{42}\,\mathrm{erg\,s^{-1}}",
                            r"74.4 \pm 2.9 \text{ km s}^{-1} \text{ Mpc}^{-1}", "81.6 ± 7.8"]
    numbers = [r.number for r in extract_results(make_paper(abstract=text), [])]
    assert numbers[2:4] == pytest.approx([5.5e22, 1.2e42])


def test_a_condition_with_a_tolerance_is_no_result() -> None:
    text = "The device keeps 90% of its efficiency after 530 h of tracking at 55°C ± 5°C under 1-sun illumination."
    assert values(text) == ["90%"]


def test_a_sky_object_by_its_coordinates_is_no_name(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Lens models", "We then use HoliGRALE to model three lenses: RX J2129.7$+$0005, "
                                             "MACS J0138.0$-$2155, and Abell S1063.",
                              tldr="应用于RX J2129.7+0005、MACS J0138.0-2155和Abell S1063三个真实透镜。")
    assert {m.name for m in extractor.extract(paper)} == {"HoliGRALE"}


def test_a_named_sky_survey_is_data_and_no_method_of_the_title(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("The BUFFALO Survey : The Subhalo Mass Function for Abell 2744",
                              "We present the subhalo mass function from the BUFFALO survey data. Current X-ray surveys "
                              "cannot reach these sources.")
    assert {m.name: (m.type, m.role) for m in extractor.extract(paper)} == {"BUFFALO": ("Dataset", "used")}


def test_a_known_model_after_a_count_is_a_method(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("ARGUS", "It wraps 458 DNABERT-based TF binding models in a loop.")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("DNABERT") == "Method"


def test_a_task_opened_by_a_comparative_has_the_plain_task_as_alias(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("PlanFast: Faster Plan Generation for LLM Agents", "We speed up planning.")
    task = next(m for m in extractor.extract(paper) if m.type == "Task")
    assert task.name == "faster plan generation" and "plan generation" in task.aliases


def test_astronomy_units_as_latex_writes_them_are_part_of_the_value() -> None:
    text = (r"NGC 4936 has a star formation rate of $0.29$ M$_\odot$ yr$^{-1}$ and a molecular disk of radius "
            r"$\sim1$ kpc. The source has a luminosity of $1.13\times10^{42}$ erg s$^{-1}$.")
    assert values(text) == [r"$0.29$ M$_\odot$ yr$^{-1}$", r"$\sim1$ kpc", r"$1.13\times10^{42}$ erg s$^{-1}$"]


def test_a_clause_opened_by_a_bound_states_a_condition() -> None:
    text = "Below 5 GeV center-of-mass energy, we identify 900 GHZ states, each with a fidelity exceeding 99%."
    assert values(text) == ["99%"]


def test_a_points_compound_is_a_result_unless_it_is_a_scale() -> None:
    text = ("CRP nearly closes the 6.14-point gap to a bidirectional model, a 2.1-percentage-point gain. "
            "Raters used a 5-point Likert scale.")
    assert values(text) == ["6.14-point", "2.1-percentage-point"]


def test_a_model_trained_and_named_in_an_appositive_is_the_papers_own(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Conditional Residual Prediction", "Scaling this recipe, we train Optica, a "
                              "2B-parameter causal video model that reaches 82.78 on VBench. We train ResNet-50, a "
                              "standard backbone, on ImageNet.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["Optica"] == ("Method", "proposed") and found["ResNet-50"] == ("Method", "used")


def test_an_appositive_that_says_what_a_plain_name_is_types_it(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Safe Agents", "We compare with TARDIS, a lightweight scheduling framework, and find gains.")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("TARDIS") == "Method"


def test_a_lower_case_measure_at_a_cut_off_is_a_metric_and_its_value_a_result(extractor: EntityExtractor) -> None:
    text = "Deleting the first cliff token and resampling recovers pass@64 to 1.0 on GSM1K."
    found = {m.name: m.type for m in extractor.extract(make_entity_paper("Cliff Tokens", text))}
    assert found.get("pass@64") == "Metric"
    results = extract_results(make_paper(abstract=text), extractor.extract(make_entity_paper("Cliff Tokens", text)))
    assert [(r.value, r.metric) for r in results] == [("1.0", "pass@64")]


def test_a_series_of_values_joined_by_arrows_is_one_list() -> None:
    text = "Top-1 move-matching rises monotonically from Maia-2 to Maia-3 to the base (0.51 -> 0.57 -> 0.68)."
    assert values(text) == ["0.51", "0.57", "0.68"]


def test_a_value_after_a_name_and_numbered_parts_are_no_names(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Agents and Their Runtimes", "We test GPT-6 Astra, GPT-5.6 Sol and Fable 5.1.",
                              result="典型预测误差约为 Sol 3.8 倍、Astra 2.9 倍、Fable 5.1 2.6 倍。",
                              method="论文构建了一个三支柱框架：代理模型（Pillar 1）与校准（Pillar 2）。")
    assert {m.name for m in extractor.extract(paper) if m.type == "Method"} == {"GPT-6 Astra", "GPT-5.6 Sol", "Fable 5.1"}


def test_a_release_number_right_before_chinese_text_stays_with_its_name(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Reasonable Motion", "We compute trajectories.",
                              result="在Argoverse 2真实世界自动驾驶数据集上进行了实证评估，训练3个模型。")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("Argoverse 2") == "Dataset"


def test_names_listed_in_brackets_after_chinese_kinds_of_methods_and_metrics(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("DenoFlow: Flow Matching for SSVEP Denoising", "We denoise SSVEP signals.",
                              result="DenoFlow 在所有信号保真度指标（CC、RRMSE、SNRI）和五种解码器（FBCCA、eTRCA、CCNN）的下游"
                                     "准确率上均排名第一。",
                              motivation="质量代用指标（Mass Proxy）无法被直接观测。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert {n: found.get(n) for n in ("RRMSE", "SNRI", "FBCCA", "eTRCA", "CCNN")} == {
        "RRMSE": "Metric", "SNRI": "Metric", "FBCCA": "Method", "eTRCA": "Method", "CCNN": "Method"}
    assert found.get("Mass Proxy") != "Metric"  # one name alone in the bracket glosses the words before it


def test_a_known_possessive_measure_is_read_without_its_apostrophe(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Rubrics", "The classifier is validated against experts (Fleiss kappa = 0.624); a second "
                                         "rater gives a Cohen’s kappa of 0.8.")
    found = {m.name for m in extractor.extract(paper) if m.type == "Metric"}
    assert {"Fleiss kappa", "Cohen’s kappa"} <= found


def test_names_in_brackets_after_metrics_are_metrics_but_not_the_first_word_of_a_phrase(
        extractor: EntityExtractor) -> None:
    paper = make_entity_paper("InvestPhilBench", "We introduce five algorithmic metrics (OGRS, KCCS, SAP@k, IVP, CKCA). "
                                                 "We combine lexical metrics (Jaccard specificity) with human ratings.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert all(found.get(n) == "Metric" for n in ("OGRS", "KCCS", "IVP", "CKCA")) and "Jaccard" not in found


def test_a_task_with_a_common_long_form_has_its_short_form_as_alias(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("InvestPhilBench: Evaluating Large Language Model Procedural Reasoning",
                              "We evaluate procedural reasoning of large language models.")
    task = next(m for m in extractor.extract(paper) if m.type == "Task")
    assert "large language model" in task.name and any(
        a.lower() == task.name.replace("large language model", "llm") for a in task.aliases), (task.name, task.aliases)
