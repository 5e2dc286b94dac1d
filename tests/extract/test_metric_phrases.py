"""Metrics named by the values they report (kg.extract.metric_phrases): phrases no lexicon lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import Extractor
from kg.extract.metric_phrases import bound_metric

from .test_results import make_paper


def metric_of(text: str, value: str) -> str | None:
    at = text.index(value)
    found = bound_metric(text, at, at + len(value))
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("Devices delivered a power‐conversion efficiency of 25.31% under AM 1.5 G.", "25.31%", "power‐conversion efficiency"),
    ("It lowers the mean minimum time-to-collision from 1.62 to 1.08 s.", "1.08 s", "mean minimum time-to-collision"),
    ("It incurs a 75% collision rate, substantially outperforming baselines.", "75%", "collision rate"),
    ("It reduces prediction error by 6%-83% and tracking distance by 0.4%-4.6%.", "6%-83%", "prediction error"),
    ("It reduces prediction error by 6%-83% and tracking distance by 0.4%-4.6%.", "0.4%-4.6%", "tracking distance"),
    ("with a capacity retention rate of 72.4% after 1000 cycles", "72.4%", "capacity retention rate"),
    ("a champion efficiency of 26.1%", "26.1%", "efficiency"),
    ("achieving up to 17% reduction in total carbon emissions while", "17%", "total carbon emissions"),
    ("It reduces memory usage by 40%.", "40%", "memory usage"),
    ("It keeps the tracking distance at 1.2 m.", "1.2 m", "tracking distance"),
    ("LSPRAG increased line coverage by up to 174.55% for Golang.", "174.55%", "line coverage"),
    ("It reaches 72.2 HOTA on SportsMOT and 54.7 mTETA, 41.6 mHOTA on BDD100k.", "54.7", "mTETA"),
    ("It reaches 72.2 HOTA on SportsMOT and 54.7 mTETA, 41.6 mHOTA on BDD100k.", "41.6", "mHOTA"),
    ("GenSeg reaches 0.7127 cIoU.", "0.7127", "cIoU"),
    # acronyms before "of" (a plural s left out) and after a percentage, a modifier between
    ("the champion device achieves a remarkable PCE of 27.05% with", "27.05%", "PCE"),
    ("Furthermore, our method achieves a notable first-packet latency of only 180 ms.", "180 ms",
     "first-packet latency"),
    # an acronym opening the phrase after a comparative, or alone there
    ("It achieves state-of-the-art results with 18.1% lower L2 error, 46.7% fewer collisions.", "18.1%", "L2 error"),
    ("TSFMs reach up to 33% lower RMSE and up to 49% higher CPC compared to the baselines.", "49%", "CPC"),
    ("and MUEs of 1.0–1.8 kcal mol-1.", "1.0–1.8 kcal mol-1", "MUE"),
    ("CsPbI 3 QDs exhibiting a 93% PLQY, a 27.1% peak EQE, and 22.8 h", "93%", "PLQY"),
    ("CsPbI 3 QDs exhibiting a 93% PLQY, a 27.1% peak EQE, and 22.8 h", "27.1%", "EQE"),
    # device measures, a phrase with two measure words, a speed-up alone, a value in brackets
    ("with a high open‑circuit voltage of 1.186 V and", "1.186 V", "open‑circuit voltage"),
    ("a champion PCE of 23.69% with a fill factor of 84.98%.", "84.98%", "fill factor"),
    ("achieved 27.05% PCE, 1.186 V open-circuit voltage, and only 61 mV non-radiative voltage loss.", "61 mV",
     "non-radiative voltage loss"),
    ("resulting in a 3.22x speedup.", "3.22x", "speedup"),
    ("a high condensation efficiency (94%), achieving", "94%", "condensation efficiency"),
    ("The pipeline delivers balanced precision (79.9%) and recall (74.4%).", "79.9%", "precision"),
    # a verb between the phrase and "from ... to", a copula before the value, a speed
    ("It reduced the charge transport barrier from 126.2 mV to 73.5 mV.", "73.5 mV", "charge transport barrier"),
    ("Its spontaneous emission threshold rate decreased from 120 to 60 μJ/cm2.", "60 μJ/cm2",
     "spontaneous emission threshold rate"),
    ("The average word error rate was 4.2% on the test set.", "4.2%", "word error rate"),
    ("It achieves 46.5% AP with 13.76 Hz inference speed.", "13.76 Hz", "inference speed"),
    # a comparative between the value and the phrase: the change still reports the measure
    ("a 12% higher collision rate", "12%", "collision rate"),
    ("SNNs reach up to 15.7x higher energy efficiency than CNNs.", "15.7x", "energy efficiency"),
    # the sentence's first word, capitalised; a measure word that is also a verb
    ("Cells were made. Power conversion efficiency increased from 18.02% to 19.84%.", "19.84%",
     "Power conversion efficiency"),
    ("It reached a daily water yield of 27.8 L kg-1 day-1.", "27.8 L kg-1 day-1", "daily water yield"),
    # one capital and its number; a setting word before a measure that is no rate; a threshold
    ("and a T50 of 22.8 h.", "22.8 h", "T50"),
    ("The model reaches an R2 of 0.93.", "0.93", "R2"),
    ("On CASP15 it attains a GDT-TS of 71.3.", "71.3", "GDT-TS"),
    ("and reduces the hallucination rate from 23% to 8%.", "23%", "hallucination rate"),  # the value after "from"
    ("The ASE threshold rate decreased from 120 to 60 μJ/cm2.", "120", "ASE threshold rate"),
    ("with a bit accuracy of 95.0%", "95.0%", "bit accuracy"),
    ("a low lasing threshold of 1.4 μJ/cm2", "1.4 μJ/cm2", "lasing threshold"),
    ("It can reduce inference costs by 10-60%.", "10-60%", "inference costs"),  # a verb's base form ends it
    ("results. Improve accuracy by 5% with it", "5%", "accuracy"),  # capitalised at a sentence start, a verb
    # success, removal and overpotential measures; a verb of sudden change; "aggregate" says which value
    ("The agent reaches 68.2% macro success in live lookahead.", "68.2%", "macro success"),
    ("The method attains 81% stain removal against 30% for editing.", "81%", "stain removal"),
    ("The electrode needs an overpotential of 210 mV at 10 mA cm-2.", "210 mV", "overpotential"),
    ("Under pressure, failure rates surge from 12.5% to 47.0%.", "47.0%", "failure rates"),
    ("Attempts end in time. Aggregate task-level success is 70.1% at 9 s.", "70.1%", "task-level success"),
])
def test_a_phrase_bound_to_a_value_names_its_metric(text: str, value: str, metric: str) -> None:
    assert metric_of(text, value) == metric


@pytest.mark.parametrize(("text", "value"), [
    ("trained with a learning rate of 0.001", "0.001"),  # a setting
    ("with a mask ratio of 75%", "75%"),
    ("at a rate of 5%", "5%"),  # a generic measure word alone names nothing
    ("ran for 1000 cycles at 10 A g-1", "1000"),
    ("a 10-60% speed-up without compromising accuracy", "10-60%"),  # a verb is no part of the metric
    ("trained on 16 GPUs for two days", "16"),  # a count before a name-shaped word: no decimal, no measure
    ("water uptake (0.43 g g−1 at 30% RH), stable cycling", "30%"),  # conditions, not measures
    ("and added 0.3% MeO-PEACl to the precursor", "0.3%"),
    ("It outperforms GPT-4 by 5% on average.", "5%"),  # a method beaten by a margin
    ("The learning rate was 0.001 and the frame rate is 30 fps.", "0.001"),  # settings after a copula too
    ("The learning rate was 0.001 and the frame rate is 30 fps.", "30 fps"),
    ("at a threshold of 0.5", "0.5"),  # a generic word alone
    ("Llama 3 of 8B parameters", "8B"),  # a name and its number is no measure
])
def test_settings_generic_words_and_plain_nouns_name_no_metric(text: str, value: str) -> None:
    assert metric_of(text, value) is None


def test_the_short_form_in_brackets_is_the_name() -> None:
    text = "cells reach a power conversion efficiency (PCE) of 25.3% after annealing"
    at = text.index("25.3%")
    start, end, phrase = bound_metric(text, at, at + 5)
    assert text[start:end] == "PCE" and phrase == "power conversion efficiency"


def test_a_result_names_a_new_metric_with_evidence_on_the_phrase() -> None:
    paper = make_paper(title="Stable Perovskite Cells",
                       abstract="Our interlayer yields a power-conversion efficiency of 25.31% and a 75% collision "
                                "rate. We train with a learning rate of 0.001 for 200 epochs.")
    extraction = Extractor().extract(paper)
    metrics = {m.name: m for m in extraction.entities if m.type == "Metric"}
    assert set(metrics) == {"power-conversion efficiency", "collision rate"}
    text = paper.sections["abstract"].text
    for mention in metrics.values():
        assert [text[e.start:e.end] for e in mention.evidence] == [mention.name]
    assert {r.value: r.metric for r in extraction.results}["25.31%"] == "power-conversion efficiency"


def test_a_value_only_an_english_summary_states_names_a_metric_but_is_no_result() -> None:
    paper = make_paper(title="Fast Training", abstract="Our optimizer reduces the memory burden of training.",
                       result="Achieves a 2.1x training speedup over conventional distributed optimizers.")
    extraction = Extractor().extract(paper)
    assert [m.name for m in extraction.entities if m.type == "Metric"] == ["training speedup"]
    assert extraction.results == []  # the annotators take results from the abstract


def test_a_summarys_restatement_names_the_metric_the_abstract_leaves_unnamed() -> None:
    paper = make_paper(title="Printable Perovskite Cells",
                       abstract="The additives improve the device efficiencies to 19.84% and 21.50% from 18.02%.",
                       result="Power conversion efficiency increased from 18.02% to 19.84% with SA and to 21.50% "
                              "with SG.")
    extraction = Extractor().extract(paper)
    assert [m.name for m in extraction.entities if m.type == "Metric"] == ["Power conversion efficiency"]
    assert {r.value: r.metric for r in extraction.results}["19.84%"] == "Power conversion efficiency"
    assert {r.evidence.section for r in extraction.results} == {"abstract"}


def test_a_restatement_names_no_second_metric_for_a_value_the_abstract_names() -> None:
    paper = make_paper(title="Water Harvesting",
                       abstract="It achieves a 12% increase in water uptake capacity at 30% RH.",
                       result="It shows 12% higher water uptake at 30% RH.")
    extraction = Extractor().extract(paper)
    assert [m.name for m in extraction.entities if m.type == "Metric"] == ["water uptake capacity"]


def test_the_phrase_bound_to_a_value_beats_the_nearest_metric_word() -> None:
    paper = make_paper(title="Ship Detection",
                       abstract="CPN-YOLO reaches 97.0% precision, 95.1% recall, and a 17% reduction in energy "
                                "consumption while maintaining accuracy.")
    results = {r.value: r.metric for r in Extractor().extract(paper).results}
    assert results["95.1%"] == "recall" and results["97.0%"] == "precision"
    assert results["17%"] == "energy consumption"


def test_a_long_form_typed_as_a_technique_that_reports_a_value_is_a_metric() -> None:
    paper = make_paper(title="Stable Perovskite Cells",
                       abstract="The additive suppresses defects, and a champion power conversion efficiency (PCE) of "
                                "25.22% is achieved with it.")
    extraction = Extractor().extract(paper)
    pce = [m for m in extraction.entities if m.name == "PCE"]
    assert [m.type for m in pce] == ["Metric"]
    assert [r.metric for r in extraction.results] == ["PCE"]


@given(st.text(alphabet=st.sampled_from(list("abcdefrt -‐().,%:=0123456789efficiencyrateerrorofbyfromtoin")),
               min_size=1, max_size=80), st.data())
def test_any_text_gives_a_span_inside_it_or_none(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = bound_metric(text, start, end)
    if found is not None:
        span_start, span_end, phrase = found
        assert 0 <= span_start < span_end <= len(text)
        assert (span_end <= start or span_start >= end)  # never the value itself
        assert phrase is None or phrase in text


def test_a_chinese_metric_word_next_to_a_value_is_the_metric_with_its_english_name_as_alias() -> None:
    paper = make_paper(title="Safety Alignment",
                       abstract="GuardNet reduces unsafe response rates by up to 39% on SPA-VL, achieving an "
                                "improvement on VQAv2 from 78.51% to 79.21%.",
                       result="GuardNet在SPA-VL上将不安全响应率降低39%，在VQAv2上准确率从78.51%提升至79.21%。")
    extraction = Extractor().extract(paper)
    metrics = {m.name: m for m in extraction.entities if m.type == "Metric"}
    assert set(metrics) == {"unsafe response rate", "准确率"}  # the English phrase bound to 39% still wins there
    assert metrics["准确率"].aliases == ["accuracy"]
    text = paper.sections["result"].text
    assert [text[e.start:e.end] for e in metrics["准确率"].evidence] == ["准确率"]
    assert {r.value: r.metric for r in extraction.results}["78.51%"] == "准确率"


def test_a_chinese_metric_word_resolves_to_the_english_metric_when_the_paper_names_it() -> None:
    paper = make_paper(title="Harvesting", abstract="The framework attains harvesting success rates of 92.59% and "
                       "85.18% at zero and low occlusion.", result="机器人采摘成功率达到92.59%和85.18%。")
    extraction = Extractor().extract(paper)
    metrics = [m for m in extraction.entities if m.type == "Metric"]
    assert [(m.name, m.aliases) for m in metrics] == [("harvesting success rate",
                                                      ["harvesting success rates", "success rate"])]


def test_a_value_takes_the_known_metric_whose_name_ends_with_the_acronym_bound() -> None:
    extraction = Extractor().extract(make_paper(abstract="TauQx reaches a macro-averaged F1 of 0.71 and 61.3 mean "
                                                         "IoU, and 45.6 box AP on COCO."))
    assert {r.value: r.metric for r in extraction.results} == {"0.71": "macro-averaged F1", "61.3": "mean IoU",
                                                               "45.6": "box AP"}
    assert "F1" not in {m.name for m in extraction.entities}


def test_more_chinese_metric_words_name_their_metric() -> None:
    extraction = Extractor().extract(make_paper(abstract="The cells reach 1.17 V and 0.81 with the new layer.",
                                                result="器件的开路电压为1.17 V，填充因子为0.81。"))
    metrics = {r.value: r.metric for r in extraction.results}
    assert metrics == {"1.17 V": "开路电压", "0.81": "填充因子"}
    aliases = {m.name: m.aliases for m in extraction.entities if m.type == "Metric"}
    assert aliases["开路电压"] == ["open-circuit voltage"] and aliases["填充因子"] == ["fill factor"]


def test_measures_named_after_a_person_or_a_hardware_part_keep_that_word() -> None:
    extraction = Extractor().extract(make_paper(abstract="The anode shows an initial Coulombic efficiency of 91.2%, a "
                                                         "Tafel slope of 41 mV and a GPU utilization of 87%."))
    assert {r.value: r.metric for r in extraction.results} == {"91.2%": "Coulombic efficiency", "41 mV": "Tafel slope",
                                                               "87%": "GPU utilization"}


def test_slashed_metrics_with_blanks_pair_with_slashed_values() -> None:
    extraction = Extractor().extract(make_paper(abstract="It reaches mIoU / PQ of 84.1 / 67.2 on Cityscapes."))
    assert {r.value: r.metric for r in extraction.results} == {"84.1": "mIoU", "67.2": "PQ"}


def test_molecule_generation_measures_after_their_values_name_metrics() -> None:
    extraction = Extractor().extract(make_paper(abstract="It reaches 98.7% validity, 100% uniqueness and 91.2% novelty."))
    assert {r.value: r.metric for r in extraction.results} == {"98.7%": "validity", "100%": "uniqueness",
                                                               "91.2%": "novelty"}


def test_measure_phrases_listed_after_a_measuring_cue_are_metrics() -> None:
    extraction = Extractor().extract(make_paper(abstract=(
        "Policies are compared in terms of normalized return and constraint violation rate. We report metrics such "
        "as answer relevance and task completion rate, and tune the learning rate and data efficiency.")))
    metrics = {m.name for m in extraction.entities if m.type == "Metric"}
    assert {"normalized return", "constraint violation rate", "answer relevance", "task completion rate"} <= metrics
    assert not {"learning rate", "data efficiency"} & metrics
    for m in extraction.entities:
        for ev in m.evidence:
            assert extraction.paper.sections[ev.section].text[ev.start:ev.end] == m.name or m.type != "Metric"


@pytest.mark.parametrize(("text", "value", "metric"), [
    # a plural measure word names the singular metric; a verb before it is no part of it
    ("ABONN demonstrates speedups of up to 15.2× on MNIST.", "15.2×", "speedup"),
    ("The compiler brings 3.1x speedups.", "3.1x", "speedup"),
    # a change noun between the measure and its value
    ("the average efficiency gain by 3.6 times over YOLOX", "3.6 times", "efficiency"),
    ("The scheduler yields a tail latency reduction of 40% under load.", "40%", "tail latency"),
    ("The cathode shows a discharge capacity increase of 12% after cycling.", "12%", "discharge capacity"),
    # a speed-up named by its other word
    ("On Lumina-DiMOO it achieves over 4x acceleration of text-to-image generation.", "4x", "acceleration"),
])
def test_plural_measures_change_nouns_and_acceleration_name_metrics(text: str, value: str, metric: str) -> None:
    assert metric_of(text, value) == metric


@pytest.mark.parametrize("background", [
    "While recent advances in neural radiance fields achieve impressive accuracy in scene reconstruction, they lack "
    "uncertainty estimates.",
    "In recent years, wind power forecasting methods have achieved significant improvements in forecasting accuracy.",
    "Existing retrieval models reach high precision only with large labelled corpora.",
])
def test_a_plain_metric_word_only_in_a_sentence_about_other_work_names_no_metric(background: str) -> None:
    extraction = Extractor().extract(make_paper(abstract=background + " We propose Foo, which achieves higher recall."))
    metrics = {m.name for m in extraction.entities if m.type == "Metric"}
    assert "recall" in metrics and not metrics & {"accuracy", "forecasting accuracy", "precision"}


def test_measure_phrases_after_a_measuring_verb_or_metrics_for_are_metrics_in_the_singular() -> None:
    extraction = Extractor().extract(make_paper(abstract=(
        "Simulations of the associative memory evaluate recall, measuring convergence rates and retrieval error. "
        "We define metrics for citation faithfulness and claim coverage. The agent is tested by assessing "
        "prompt-generation consistency and aesthetics, while quantifying grasp success rates on real robots.")))
    metrics = {m.name for m in extraction.entities if m.type == "Metric"}
    assert {"convergence rate", "retrieval error", "citation faithfulness", "prompt-generation consistency",
            "grasp success rate"} <= metrics
    assert "convergence rates" not in metrics


@pytest.mark.parametrize(("sections", "kept"), [
    ({"title": "Dynamic Assessment of Grammatical Accuracy in Learner Writing",
      "abstract": "We study feedback for learners of English."}, set()),
    ({"title": "An Autonomous Rover for Precision Agriculture", "abstract": "The rover maps fields."}, set()),
    ({"abstract": "Recall failures under high load are due to convergence to other learned patterns."}, set()),
    ({"tldr": "Perplexity 推出了面向购物的 Buy with Pro 功能。"}, set()),
    ({"abstract": "We train a grader. Accuracy rises to 95.1% on the held-out essays."}, {"accuracy"}),
])
def test_a_capitalised_plain_metric_word_names_a_metric_only_with_a_value_or_cue(
        sections: dict[str, str], kept: set[str]) -> None:
    extraction = Extractor().extract(make_paper(**sections))
    assert {m.name.lower() for m in extraction.entities if m.type == "Metric"} == kept


def test_short_phrases_listed_after_a_measuring_cue_beside_a_known_metric_are_metrics() -> None:
    extraction = Extractor().extract(make_paper(abstract=(
        "We benchmark spiking networks on CIFAR-10, measuring accuracy, F1-score, parameter count, computational "
        "complexity, and energy consumption. We define metrics for citation faithfulness and evidence alignment. "
        "The classifier was evaluated using precision, F1-score and confusion matrix. Policies are compared in "
        "terms of average reward and QoS metrics, showcasing its scalability and practicality.")))
    metrics = {m.name for m in extraction.entities if m.type == "Metric"}
    assert {"parameter count", "computational complexity", "citation faithfulness", "evidence alignment"} <= metrics
    assert not {"confusion matrix", "showcasing its scalability", "practicality"} & metrics


def test_a_clause_after_a_listed_metric_ends_the_list() -> None:
    extraction = Extractor().extract(make_paper(abstract=(
        "We report metrics such as answer relevance and task completion rate, and tune the learning rate and data "
        "efficiency. Runs are assessed by measuring BLEU, chrF and latency, then refine the prompt and batch size.")))
    metrics = {m.name for m in extraction.entities if m.type == "Metric"}
    assert {"answer relevance", "task completion rate"} <= metrics
    assert not {"data efficiency", "batch size", "learning rate"} & metrics


_CUE_PARTS = ["in terms of ", "measured by ", "measuring ", "evaluated with ", "evaluating ", "assessing ",
              "quantifying ", "metrics such as ", "metric: ", "metrics for ", "Metrics ", "the ", "accuracy", ", ",
              "and ", "x", "-", "\n"]


@given(st.lists(st.sampled_from(_CUE_PARTS), max_size=12).map("".join))
def test_every_measured_list_cue_holds_one_of_the_precheck_words(text: str) -> None:
    from kg.extract.metric_phrases import _MEASURED_LIST_CUE, _MEASURED_LIST_WORDS
    if _MEASURED_LIST_CUE.search(text):
        assert any(word in text for word in _MEASURED_LIST_WORDS)


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("RouteQx attains an average optimality gap of 1.23% on the X instances.", "1.23%", "optimality gap"),
    ("It narrows the day-night performance gap by 8.9 points.", "8.9 points", "day-night performance gap"),
    ("PhotoQz reaches an outlier fraction of 0.65%.", "0.65%", "outlier fraction"),
    ("DesignQx achieves a sequence recovery of 58.3% on the test set.", "58.3%", "sequence recovery"),
])
def test_gaps_fractions_and_recoveries_bound_to_values_are_metrics(text: str, value: str, metric: str) -> None:
    assert metric_of(text, value) == metric


@pytest.mark.parametrize(("text", "value"), [
    ("The composite has a volume fraction of 20% and a mass fraction of 5%.", "20%"),
    ("The composite has a volume fraction of 20% and a mass fraction of 5%.", "5%"),
    ("Our method leaves a narrower gap of 1.6 points to the oracle.", "1.6 points"),
])
def test_composition_fractions_and_evaluated_gaps_are_no_metric(text: str, value: str) -> None:
    assert metric_of(text, value) is None


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("Inside SCIP, BranchQx reduces solving time by 21% relative to the default rule.", "21%", "solving time"),
    ("It cuts decoding time by 35% and improves rendering speed by 2.1x.", "35%", "decoding time"),
    ("It cuts decoding time by 35% and improves rendering speed by 2.1x.", "2.1x", "rendering speed"),
])
def test_what_a_solver_decoder_or_renderer_takes_is_measured_by_its_ing_word(text: str, value: str, metric: str) -> None:
    assert metric_of(text, value) == metric


def test_the_dice_similarity_score_is_the_dice_metric() -> None:
    extraction = Extractor().extract(make_paper(
        result="Average improvements of 2.82% in Dice score for cardiac segmentation.",
        abstract="We observed an increase of 2.82% in Dice similarity score on the cardiac set."))
    metrics = [m for m in extraction.entities if m.type == "Metric"]
    assert len(metrics) == 1 and {"Dice similarity score", "Dice score"} <= {metrics[0].name, *metrics[0].aliases}


@pytest.mark.parametrize(("text", "expected"), [
    ("The system achieved 83.39% precision at rank 1 and 94.66% recall at rank 5.",
     {"83.39%": "precision at rank 1", "94.66%": "recall at rank 5"}),
    ("The retriever reaches 72.1% recall at top-5 on the held-out queries.", {"72.1%": "recall at top-5"}),
])
def test_a_value_takes_the_known_metric_that_goes_on_after_the_phrase_bound(text: str, expected: dict[str, str]) -> None:
    extraction = Extractor().extract(make_paper(abstract=text))
    assert {r.value: r.metric for r in extraction.results} == expected
    assert not {"precision", "recall"} & {m.name for m in extraction.entities if m.type == "Metric"}


def test_measures_a_chinese_result_says_were_changed_are_metrics() -> None:
    paper = make_paper(title="RoboGhosq", tldr="RoboGhosq是一个无需重定向的框架。", motivation="需要提高成功率。",
                       result="大量实验表明，RoboGhosq显著降低了部署延迟，提高了成功率和跟踪精度，并产生了平滑的运动。"
                              "它还提高了生成效率。")
    metrics = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"成功率", "跟踪精度"} <= set(metrics) and "部署延迟" not in metrics  # (a latency needs a value: a goal)
    assert "生成效率" not in metrics  # an efficiency claimed improved is a quality
    assert metrics["成功率"].aliases == ["success rate"]
    assert all(e.section == "result" for m in metrics.values() for e in m.evidence)


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("MemFL uses only 21% of the execution time and 33% of the API cost.", "21%", "execution time"),
    ("MemFL uses only 21% of the execution time and 33% of the API cost.", "33%", "API cost"),
    ("It needs 10% of the training data.", "10%", None),
])
def test_a_share_of_a_measure_names_it(text: str, value: str, metric: str | None) -> None:
    assert metric_of(text, value) == metric


def test_a_superlative_result_on_a_benchmark_names_its_measure() -> None:
    paper = make_paper(title="CapRL: Rubric-Guided RL for Dense Image Captioning",
                       abstract="Across benchmarks, CapRL achieves the highest win rates on CapArena and the best "
                                "performance on COCO.")
    metrics = {m.name: m.aliases for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert metrics == {"win rate": ["win rates"]}
