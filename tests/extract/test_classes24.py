"""Regression tests for error classes found on the fresh real papers of session 24 (real23 dev): invented
sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor
from kg.extract.pipeline import Extractor

from .test_entities import make_paper as make_entity_paper
from .test_results import values


def test_a_method_described_as_task_aware_or_task_adaptive_is_no_task(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("MEMO: Task-Aware Memory for Forecasting",
                              "We propose MEMO, a Task-Aware Memory Transfer framework. We also build GRIPX, a "
                              "task-adaptive grasping framework.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["MEMO"] == ("Method", "proposed")
    assert found["GRIPX"][0] == "Method"


def test_a_name_given_to_a_new_task_is_still_a_task(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("XeMap: A New Task for Contextual Mapping", "XeMap, a task for contextual mapping.")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("XeMap") == "Task"


def test_a_short_form_after_a_chinese_rate_or_score_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("FiltX: Filtering Features", "We propose FiltX.",
                              method="测量静态特征误删率（SFR）和平均风险得分（MRS，越低越好），"
                                     "并证明收敛速率(KKT 残差范数)。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("SFR") == "Metric" and found.get("MRS") == "Metric"
    assert "KKT" not in found


def test_a_name_in_brackets_after_a_method_phrase_it_does_not_spell_is_a_method(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("A Controlled Study of Filters",
                              "We compare a tracker with an optical-flow residual filter (FLOWR) and with a multi-view "
                              "consistency filter (GEOMF). Both use a hidden Markov model (HMM).")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("FLOWR") == "Method" and found.get("GEOMF") == "Method"
    assert found.get("HMM") != "Method"


def test_a_known_model_a_family_is_derived_from_is_used(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("SciX: Chronological Encoders", "We introduce SciX, a family of BERT-derived encoders.")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("BERT") == "Method"


def test_a_metric_word_a_result_is_bound_to_far_from_its_value_is_a_metric() -> None:
    paper = make_entity_paper("MixR: Data Mixtures", "Our best mixture improves the post-trained model's accuracy on "
                              "out-of-distribution benchmarks by an average of 5.24% over the uniform mixture.")
    extraction = Extractor().extract(paper)
    assert [(r.value, r.metric) for r in extraction.results] == [("5.24%", "accuracy")]
    [metric] = [m for m in extraction.entities if m.type == "Metric"]
    evidence = metric.evidence[0]
    assert metric.name == "accuracy" == paper.sections[evidence.section].text[evidence.start:evidence.end]



def test_a_lower_case_long_form_the_bracket_then_calls_a_method_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Aligned Video Editing", "We introduce a region-aware direct preference tuning "
                                                       "(RA-DPT) strategy with motion-aware masking.")
    assert {m.name: m.role for m in extractor.extract(paper)}.get("RA-DPT") == "proposed"


def test_a_chinese_description_ending_in_a_latin_word_glossed_by_the_name_is_proposed(
        extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Captioning Videos", tldr="为进一步改进训练，提出了一种新颖的多轮DPO（MuRPO）方法，该方法周期性更新参考模型。")
    found = {m.name: m.role for m in extractor.extract(paper)}
    assert found.get("MuRPO") == "proposed" and found.get("DPO") != "proposed"


def test_a_count_out_of_a_total_is_a_result_and_a_fraction_is_not() -> None:
    text = ("Re-observation reduces denials from 57/120 to 18/120 and solves 39/43 tasks. It reaches pass@1 = 61.54% "
            "(16/26) with 1/26 of the energy, at code rates 2/3 and 3/4, on a $N^{1/14}$ bound, in a 50/50 (v/v) mix.")
    assert values(text) == ["57/120", "18/120", "39/43", "61.54%"]


def test_a_unit_after_latex_thin_space_is_the_values_and_what_a_method_consumes_is_a_result() -> None:
    text = ("It reaches an average error of 0.40\\,m and a collision rate of 0.12\\%, while consuming 69.9\\,mJ per "
            "frame.")
    assert values(text) == ["0.40\\,m", "0.12\\%", "69.9\\,mJ"]


def test_frequencies_and_data_rates_are_units() -> None:
    text = ("The oscillator reaches a phase noise of -105 dBc/Hz and a conversion efficiency of 74.5% at 2.44 GHz, "
            "and the link runs at 12.5 Gbps.")
    assert values(text) == ["-105 dBc/Hz", "74.5%", "12.5 Gbps"]


def test_names_listed_after_models_such_as_are_methods(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Spline Force Fields", "Its accuracy is comparable to established models such as GAPX, "
                                                     "MTPX, NNPX (Behler Parrinello), and qSNAPX.")
    assert {m.name for m in extractor.extract(paper) if m.type == "Method"} >= {"GAPX", "MTPX", "NNPX", "qSNAPX"}


def test_capitalised_words_the_paper_develops_or_calls_its_novel_method_are_proposed(
        extractor: EntityExtractor) -> None:
    paper = make_entity_paper("V2Clip: Rendering Videos", "We further develop a Gated Cross-Attention to separate "
                              "prompts. For long videos, our novel Chunked Resampling method samples frames.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["Gated Cross-Attention"] == ("Method", "proposed")
    assert found["Chunked Resampling"] == ("Method", "proposed")


def test_a_noise_a_linewidth_and_a_power_bound_to_their_values_are_metrics() -> None:
    paper = make_entity_paper("Stable Lasers", "Stabilisation yields a phase noise of -98 dBc/Hz, an integral "
                                               "linewidth of 7 Hz and an output power of 38.1 dBm.")
    extraction = Extractor().extract(paper)
    assert [(r.value, r.metric) for r in extraction.results] == [
        ("-98 dBc/Hz", "phase noise"), ("7 Hz", "integral linewidth"), ("38.1 dBm", "output power")]


def test_a_count_names_what_a_verb_of_change_says_it_counts() -> None:
    paper = make_entity_paper("Guarded Actions", "Re-checking reduces false denials from 41/90 to 12/90 while "
                                                 "increasing unsafe proceeds from 3/90 to 6/90.")
    extraction = Extractor().extract(paper)
    assert [(r.value, r.metric) for r in extraction.results] == [
        ("41/90", "false denials"), ("12/90", "false denials"), ("3/90", "unsafe proceeds"), ("6/90", "unsafe proceeds")]
    assert {m.name for m in extraction.entities if m.type == "Metric"} == {"false denials", "unsafe proceeds"}


def test_a_name_derived_with_its_long_form_and_an_appositive_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Pruning Experts Together", "We derive JOLT (Joint Leave-Out Training), a second-order "
                              "pruning objective. We derive bounds (in closed form) for GRPO.")
    found = {m.name: m.role for m in extractor.extract(paper)}
    assert found.get("JOLT") == "proposed" and found.get("GRPO") != "proposed"


def test_a_title_solving_problems_names_the_problem_as_its_task() -> None:
    from .test_tasks import names, tasks

    assert "job shop scheduling problem" in names(tasks("A Platform for Comparing Algorithms for Solving Job Shop "
                                                        "Scheduling Problems with Realistic Constraints"))
