"""Figures of merit of devices and materials (kg/data/lexicons/measures.txt) and measures named beside values."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper
from .test_entity_error_classes import metrics
from .test_metric_phrases import metric_of
from .test_results import make_paper as sections_paper


def names(mention: Mention) -> set[str]:
    return {mention.name.lower(), *(a.lower() for a in mention.aliases)}


def test_figures_of_merit_named_without_a_value(extractor: EntityExtractor) -> None:
    paper = make_paper("Pore Engineering of Framework Electrolytes",
                       "Tuning the pores is essential for improving ionic conductivity and cycling stability. The "
                       "framework delivers an outstanding specific capacity and a long cycle life. Perovskite cells "
                       "are promising for their high power conversion efficiencies, and the model improves accuracy.")
    found = metrics(extractor.extract(paper))
    assert "ionic conductivity" in found and "specific capacity" in found  # not "outstanding specific capacity"
    pce = [m for m in found.values() if "pce" in names(m)]
    assert len(pce) == 1 and "power conversion efficiency" in names(pce[0])  # the plural named in the singular too
    assert not {"cycling stability", "cycle life", "accuracy"} & set(found)  # properties and goals are no metrics


def test_figures_of_merit_only_in_a_summary_are_not_named(extractor: EntityExtractor) -> None:
    paper = make_paper("Semitransparent Solar Cells", "Champion efficiencies of 21.0% and 19.0% were achieved.",
                       tldr="The work improves ionic conductivity of the interlayer.",
                       result="该方法提高了离子电导率。")
    found = metrics(extractor.extract(paper))
    assert "ionic conductivity" not in found  # a summary restates the abstract in its own words


def test_a_condition_before_a_figure_of_merit_is_not_part_of_it() -> None:
    text = "As a result, single-junction cells achieve a steady‐state power conversion efficiency of 20.10%."
    assert metric_of(text, "20.10%") == "power conversion efficiency"
    assert metric_of("a certified power conversion efficiency of 26.1%", "26.1%") == "power conversion efficiency"


def test_device_measures_beside_their_values(extractor: EntityExtractor) -> None:
    paper = make_paper("Near-Infrared Photodetectors",
                       "The photodetector achieves record‐breaking responsivity (5.90 A·W −1 ) and a champion "
                       "detectivity (1.06 × 10 14 Jones) at 808 nm.",
                       result="该探测器的响应度为5.90 A/W，探测率为1.06×10^14 Jones。")
    found = metrics(extractor.extract(paper))
    assert {"responsivity", "detectivity"} <= set(found)
    assert not [n for n in found if n.startswith("breaking")]  # an evaluative adjective is not what is measured


def test_evaluative_adjectives_do_not_narrow_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Leaf Counting",
                       "LeafNet reaches an outstanding accuracy of 95.1% and a promising recall of 90.2%.")
    found = metrics(extractor.extract(paper))
    assert {"accuracy", "recall"} <= set(found)
    assert not [n for n in found if n.startswith(("outstanding", "promising"))]


def test_a_phrase_narrowing_a_known_metric_keeps_it_as_alias() -> None:
    paper = sections_paper(title="Robot Agents", abstract="Pre-training raises the task success rate to 71.2% and the "
                           "generator win rate to 64.0%, with a per-class accuracy of 88.1% and a mean precision "
                           "of 0.71.")
    found = {m.name: m.aliases for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "success rate" in found["task success rate"] and "win rate" in found["generator win rate"]
    assert "accuracy" not in found.get("per-class accuracy", [])  # another metric, not a narrower one
    assert "precision" not in found.get("mean precision", [])


def test_a_measure_a_method_beats_others_in(extractor: EntityExtractor) -> None:
    paper = make_paper("Citation Auditing", "Experiments show that our framework significantly outperforms prior "
                       "methods in both accuracy and interpretability. Existing tools aim at accuracy.",
                       tldr="The method outperforms baselines in recall.")
    found = metrics(extractor.extract(paper))
    assert "accuracy" in found  # the abstract's claim names what is compared
    assert "recall" not in found  # a summary restates the abstract in its own words
    other = make_paper("Citation Auditing", "Existing tools aim at accuracy, and improving accuracy is hard.")
    assert "accuracy" not in metrics(extractor.extract(other))  # a goal names no metric


@pytest.mark.parametrize(("text", "value", "name", "alias"), [
    ("GuardAlign reduces unsafe response rates by up to 39% on SPA-VL.", "39%", "unsafe response rate",
     "unsafe response rates"),
    ("Its ASE threshold decreased from 120 to 60 μJ/cm2.", "60 μJ/cm2", "ASE threshold", None),
])
def test_measure_phrase_shapes(text: str, value: str, name: str, alias: str | None) -> None:
    extraction = Extractor().extract(sections_paper(title="A title", abstract=text))
    found = {m.name: m.aliases for m in extraction.entities if m.type == "Metric"}
    assert name in found and (alias is None or alias in found[name])
    assert {r.value: r.metric for r in extraction.results}[value] == name


def test_a_summary_bare_metric_is_the_abstracts_averaged_one(extractor: EntityExtractor) -> None:
    paper = make_paper("Semantic Chunking", "Our method achieves a better macro-averaged F1 of 0.71 than Jina.",
                       result="在WIKI-727K数据集上获得更好的宏观平均F1分数。")
    found = metrics(extractor.extract(paper))
    assert "macro-averaged F1" in found and "F1" not in found


def test_a_summary_bare_metric_is_the_abstracts_longer_one(extractor: EntityExtractor) -> None:
    paper = make_paper("Detecting Generated Images", "Our framework outperforms baseline methods by 4.31% in mean "
                       "average precision across eight datasets.",
                       tldr="The detector outperforms baselines by 4.31% in precision.")
    found = {n.lower() for m in metrics(extractor.extract(paper)).values() for n in (m.name, *m.aliases)}
    assert "mean average precision" in found and "precision" not in found
    paper = make_paper("Detecting Generated Images", "Our framework reaches 91.2% precision on eight datasets.",
                       tldr="The detector reaches 91.2% precision and 88.0% recall.")
    assert {"precision", "recall"} <= set(metrics(extractor.extract(paper)))  # no longer name in the abstract


def test_a_measure_the_experiments_say_a_method_changes() -> None:
    paper = sections_paper(title="Quant Experts", abstract="Quantization loses accuracy on rare tokens. Extensive "
                           "experiments demonstrate that QE consistently enhances task accuracy across model scales. "
                           "Experimental results in field tests show that the agent reduces navigation errors. "
                           "Experiments show that it improves both the efficiency and robustness of the system.")
    found = {m.name: m.aliases for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "task accuracy" in found and "accuracy" in found["task accuracy"]
    assert "navigation error" in found and "navigation errors" in found["navigation error"]
    assert not {"efficiency", "robustness"} & set(found)  # qualities, not measured quantities
    summary = sections_paper(title="Quant Experts", abstract="We study quantization.",
                             tldr="Experiments show that QE enhances task accuracy.",
                             result="实验表明QE提高了任务准确率。")
    assert not [m for m in Extractor().extract(summary).entities if m.type == "Metric"]  # the abstract's claims only


def test_figures_of_merit_of_sensors_and_dielectrics(extractor: EntityExtractor) -> None:
    paper = make_paper("Flexible Gas Sensors and Ceramic Capacitors",
                       "The sensor shows a low limit of detection and fast response. The ceramic delivers a high "
                       "recoverable energy density with excellent energy storage efficiency.")
    found = metrics(extractor.extract(paper))
    assert {"limit of detection", "recoverable energy density", "energy storage efficiency"} <= set(found)


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("The polymer layer had a resistivity of 7.72 × 10^12 Ω·cm.", "7.72 × 10^12 Ω·cm", "resistivity"),
    ("The interface reached a shear strength of 1.50 MPa.", "1.50 MPa", "shear strength"),
    ("It shows a magnetic anisotropy of 11 meV.", "11 meV", "magnetic anisotropy"),
    ("with a spontaneous valley polarization of 143.3 meV", "143.3 meV", "spontaneous valley polarization"),
    ("an elastic modulus of 0.93 MPa", "0.93 MPa", "elastic modulus"),
    ("The composite has a Young's modulus of 0.93 MPa.", "0.93 MPa", "Young's modulus"),
])
def test_mechanical_electrical_and_magnetic_properties_name_the_values_they_measure(text: str, value: str,
                                                                                   metric: str) -> None:
    """Material properties measured in physical units: the phrase before "of VALUE" is the metric (a generic head,
    "strength", "modulus", "anisotropy", "polarization", "current", "constant", needs a modifier)."""
    assert metric_of(text, value) == metric


def test_lexicon_entries_written_with_publisher_hyphens_are_found(extractor: EntityExtractor) -> None:
    """"open‐circuit voltage ( V OC ) of 0.887 V" with U+2010: the lexicon's "open-circuit voltage"."""
    paper = make_paper("Tin‐Lead Perovskite Solar Cells",
                       "The cells deliver an open‐circuit voltage ( V OC ) of 0.887 V and a fill factor (FF) of 81.27%.")
    found = metrics(extractor.extract(paper))
    assert any("open-circuit voltage" in {n.replace("\u2010", "-") for n in names(m)} for m in found.values())


def test_light_emitting_device_figures_with_their_values(extractor: EntityExtractor) -> None:
    """"the maximum brightness can exceed 200 000 cd/m 2 , and the LT50 is above 1000 h": thousands apart by a
    space before a unit, candela, a device lifetime (LT50, T80) as a metric, a measure reached by "can exceed", and
    "maximum" as no part of the measure's name ("peak memory" keeps its word)."""
    paper = sections_paper(abstract="In these films, the maximum brightness can exceed 200 000 cd/m 2 , and the "
                                    "LT50 under 1000 cd/m2 is above 1000 h, with a maximum efficiency of 78.70%.")
    result = Extractor().extract(paper)
    found = metrics(result.entities)
    assert {"brightness", "LT50", "efficiency"} <= set(found)
    assert "maximum brightness" not in found and "maximum efficiency" not in found
    values = {r.value: r for r in result.results}
    assert values["200 000 cd/m 2"].number == 200000 and values["200 000 cd/m 2"].metric == "brightness"
    assert "000 cd/m 2" not in values


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("The CO2 uptake increased by 65% after activation.", "65%", "CO2 uptake"),
    ("Its accuracy improved by 5.2% over the baseline.", "5.2%", "accuracy"),
    ("with an H2 evolution rate of 12 mmol g-1 h-1", "12 mmol g-1 h-1", "H2 evolution rate"),
])
def test_a_measure_changed_by_a_value_and_measures_of_a_gas(text: str, value: str, metric: str) -> None:
    """"X increased/improved by VALUE" names X; a gas formula may open a measure ("CO2 uptake", "H2 evolution rate")."""
    assert metric_of(text, value) == metric


def test_a_list_the_text_calls_metrics_needs_no_known_metric_in_it(extractor: EntityExtractor) -> None:
    """"coordination metrics, including efficiency, overhead, error amplification, and redundancy": metrics by the
    text's own word; "a 'wrong event' metric for noise modeling, followed by ..." lists nothing."""
    paper = make_paper("Scaling Agent Systems",
                       "We fit a model on empirical coordination metrics, including efficiency, overhead, error "
                       "amplification, and redundancy. We introduce a metric for noise modeling, followed by training.")
    found = metrics(Extractor().extract(paper).entities)
    assert {"efficiency", "overhead", "error amplification", "redundancy"} <= set(found)
    assert "noise modeling" not in found and "followed" not in found


def test_a_word_for_which_value_is_reported_is_not_part_of_the_measure() -> None:
    paper = sections_paper(title="Layered Silicide Semiconductors",
                           abstract="Calculations predict an indirect band gap of 1.14 eV and a strong out-of-plane "
                           "magnetic anisotropy (11 meV/unit). The ceramic shows a peak efficiency of 78.70%. The "
                           "anode delivers 62.5 mA h g −1 under an ultrahigh current (10 A g −1).")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"band gap", "magnetic anisotropy", "efficiency"} <= set(found)
    assert "indirect band gap" in names(found["band gap"])  # the phrase as written stays an alias
    assert not [n for n in found if "current" in n]  # a magnitude word makes no measure of a condition


def test_a_latex_value_names_the_change_after_it() -> None:
    text = r"yielding up to a $22\%$ improvement in resource allocation efficiency and superior QoS."
    assert metric_of(text, r"22\%") == "resource allocation efficiency"


def test_coordinated_modifiers_of_a_plural_measure_name_two_measures() -> None:
    paper = sections_paper(title="Bonded X-ray Detectors",
                           abstract="The bonded interface achieved tensile and shear strengths of 1.81 MPa and 1.50 MPa. "
                           "Learning and subtracting errors of 0.3% remain.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"tensile strength", "shear strength"} <= found
    assert "learning error" not in found  # a verb coordinates no modifier


def test_a_measure_known_by_its_name_keeps_the_score_word_after_it() -> None:
    paper = sections_paper(title="Report Generation",
                           abstract="Our approach reduces hallucinations (FilBERT score decreases from 0.2373 to 0.1889) "
                           "and raises the BLEU score to 41.2.")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "filbert score" in names(found["FilBERT"])
    assert names(found["BLEU"]) == {"bleu"}  # a lexicon metric keeps its lexicon names


def test_quality_words_listed_before_metrics_are_metrics() -> None:
    paper = sections_paper(title="Anti-Causal Representation Learning",
                           abstract="ACIA outperforms state-of-the-art methods in both accuracy and invariance metrics. "
                           "The pipeline adds reference-free diversity and readability metrics. We review transport "
                           "and device metrics, critic and reference-free metrics, and performance and robustness "
                           "measures.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"invariance", "diversity", "readability"} <= found
    assert not {"transport", "device", "critic", "performance", "robustness"} & found


def test_chinese_only_paper_names_the_measures_it_claims_to_beat_others_in() -> None:
    paper = sections_paper(title="Strict Subgoal Execution",
                           tldr="SSE在多个基准测试中表现出卓越的效率和成功率。",
                           result="实验结果表明，SSE在效率和成功率方面始终优于现有方法，并在困惑度上与现有模型相当或更优。"
                           "该框架比静态方法提高了7-14%的吞吐量。")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"成功率", "困惑度", "吞吐量"} <= set(found)
    assert "success rate" in found["成功率"].aliases
    assert "效率" not in found  # a quality, not a known metric word


def test_chinese_claims_name_no_metric_where_an_english_abstract_names_them() -> None:
    paper = sections_paper(title="Strict Subgoal Execution",
                           abstract="SSE consistently outperforms existing methods on long-horizon benchmarks.",
                           result="实验结果表明，SSE在效率和成功率方面始终优于现有方法。")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "成功率" not in found  # the annotators take names from the English abstract


def test_a_title_case_long_form_headed_by_a_measure_word_names_a_metric() -> None:
    paper = sections_paper(title="Multi-Turn Jailbreaks",
                           abstract="Models in the GPT family are vulnerable, with Attack Success Rates (ASR) increasing "
                           "by as much as 32 percentage points. We tune the Learning Rate (LR) per model.")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "ASR" in found and "attack success rates" in names(found["ASR"])
    assert "LR" not in found  # a setting, not a measure


def test_measure_phrase_shapes_of_materials_and_errors() -> None:
    text = ("The modification increases the built-in potential from 0.95 to 1.02 V. A shear-stress plateau of 400 Pa "
            "was obtained at an electric field strength of 3 kV mm-1. The model achieves mean absolute errors of "
            "0.11 eV and 0.06 eV/atom, respectively.")
    assert metric_of(text, "1.02 V") == "built-in potential"
    assert metric_of(text, "3 kV mm-1") is None  # a condition the result holds under
    assert metric_of(text, "0.11 eV") == "mean absolute errors"
    assert metric_of("a relative improvement of 12% over the baseline", "12%") is None


def test_chinese_only_paper_names_the_measures_it_has_higher() -> None:
    paper = sections_paper(title="Protein Function Models",
                           result="尽管这些模型具有最佳的精确度和召回率，但仍需改进。该方法实现了更高的效率。")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"精确度", "召回率"} <= set(found) and "precision" in found["精确度"].aliases
    assert "效率" not in found


def test_a_bare_measure_word_is_the_papers_one_measure_with_that_head() -> None:
    paper = sections_paper(title="Semitransparent Solar Cells",
                           abstract="Cells reach a power conversion efficiency (PCE) of 21.0%, and we achieve a champion "
                           "efficiency of 16.8% for mini-modules.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "PCE" in found and "efficiency" not in found
    paper = sections_paper(title="Tandem Light-Emitting Diodes",
                           abstract="Devices reach a power conversion efficiency (PCE) of 21.0% and an external quantum "
                           "efficiency (EQE) of 20.3%, with a champion efficiency of 16.8% for modules.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "efficiency" in found  # which of the two is unsaid


def test_agreement_statistics_are_metrics() -> None:
    paper = sections_paper(title="Readability Annotation",
                           abstract="We report high inter-annotator agreement: Quadratic Weighted Kappa 81.8% in the "
                           "last phase, and Krippendorff's alpha of 0.68 across levels.")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "Quadratic Weighted Kappa" in found and "QWK" in found["Quadratic Weighted Kappa"].aliases
    assert "Krippendorff's alpha" in found


def test_measure_phrases_after_a_measuring_cue_before_a_bracket() -> None:
    paper = sections_paper(title="Incivility in Debates",
                           abstract="We simulate discussions, measuring the convergence time (defined as the number of "
                           "arguments needed) between groups. Informational change (measured via normalized edit "
                           "distance) declined.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"convergence time", "normalized edit distance"} <= set(found)


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("Strong models achieve over 90% partial adherence, while strict adherence stays lower.", "90%", "partial adherence"),
    ("The modules keep 96% performance retention after 30 days of storage.", "96%", "performance retention"),
    ("It reaches a 97% constraint compliance on held-out prompts.", "97%", "constraint compliance"),
    ("Even the most capable models achieve only 41.8% task completion.", "41.8%", "task completion"),
    ("The film keeps a retention of 90% after 30 days.", "90%", None),  # a measure word alone names no metric
])
def test_retention_adherence_and_completion_are_measure_words(text: str, value: str, metric: str | None) -> None:
    assert metric_of(text, value) == metric


def test_chinese_only_paper_names_unknown_measure_phrases_it_compares() -> None:
    paper = sections_paper(title="Retrieval and Tuning Agents",
                           result="实验表明，该检索器在召回精度和检索召回率方面始终优于强基线。"
                           "智能体生成的参数实现的最小总速率明显高于人工启发式方法，且其平均误差均低于随机搜索。"
                           "该方法的效率高于基线，预警准确率高于现有系统，整体准确率达到90%。")
    found = {m.name: m for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"召回精度", "检索召回率", "最小总速率", "平均误差"} <= set(found)
    assert "recall" in found["检索召回率"].aliases and found["最小总速率"].aliases == []
    assert not {"效率", "预警准确率", "人工启发式方法"} & set(found)  # a quality; a known metric the paper names


@pytest.mark.parametrize("text, value, name", [
    ("Notably, the trigger boosts backdoor activation accuracy up to 39% under limited data.", "39%",
     "backdoor activation accuracy"),
    ("The microsphere yields single-mode lasing with a laser threshold as low as 0.81 μW.", "0.81 μW",
     "laser threshold"),
    ("We observed a reduction in the multiplication time up to 29x on CPUs.", "29x", "multiplication time"),
    ("The surrogate reconstructs the fields with reconstruction errors below 6% everywhere.", "6%",
     "reconstruction errors"),
])
def test_a_measure_bound_to_its_value_by_a_bound_word(text: str, value: str, name: str) -> None:
    assert metric_of(text, value) == name
    assert metric_of("We warm the learning rate up to 0.001 over 1k steps.", "0.001") is None  # a setting


def test_chinese_only_paper_names_the_systems_measures_its_values_report() -> None:
    paper = sections_paper(title="Edge Event Processing",
                           result="该系统实现了高达10倍的更低内存使用率和6倍的更低CPU利用率，推理时间低于20毫秒，"
                           "并带来38%的整体能耗降低。我们的目标是降低延迟。")
    extraction = Extractor().extract(paper)
    found = {m.name: m for m in extraction.entities if m.type == "Metric"}
    assert {"内存使用率", "CPU利用率", "推理时间", "能耗"} <= set(found)
    assert "memory usage" in found["内存使用率"].aliases and "energy consumption" in found["能耗"].aliases
    assert "延迟" not in found  # a goal without a value names no metric
    assert {r.value: r.metric for r in extraction.results}.get("20毫秒") == "推理时间"


def test_chinese_systems_measures_are_not_named_beside_an_english_abstract() -> None:
    paper = sections_paper(title="Edge Event Processing",
                           abstract="The system lowers memory usage by 10x on edge devices.",
                           result="该系统实现了高达10倍的更低内存使用率。")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "内存使用率" not in found  # the annotators take names from the English abstract


def test_a_plain_metric_word_after_a_quality_adjective_is_a_claim_not_a_metric() -> None:
    paper = sections_paper(title="Terrain-Aware Localisation",
                           abstract="Experiments demonstrate that the approach achieves high accuracy and robustness "
                           "across terrains, and superior accuracy with fewer iterations.")
    assert "accuracy" not in {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    for abstract in ("The filter reaches better accuracy than particle filters on three tracks.",
                     "The filter achieves higher accuracy on three tracks.",
                     "The filter achieves high accuracy and robustness; its accuracy rises on three tracks."):
        paper = sections_paper(title="Terrain-Aware Localisation", abstract=abstract)
        assert "accuracy" in {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}, abstract


@pytest.mark.parametrize("text, value, name", [
    ("The prior improves the long-horizon forecast accuracy of learned weather models by over 15% on two grids.", "15%",
     "long-horizon forecast accuracy"),
    ("Boron nitride fillers enhance the thermal conductivity of the epoxy matrix (EP) by about 8.2%.", "8.2%",
     "thermal conductivity"),
    ("The scheduler reduces the tail latency of the key-value store by up to 3.1x under bursts.", "3.1x", "tail latency"),
    ("It improves the state-of-the-art results of task 2 of the dataset by 16% on MRR.", "16%", None),
    ("We reduce the average cost of the inference by 10-60% without loss.", "10-60%", None),
])
def test_a_measure_changed_by_a_value_with_what_it_is_of_between(text: str, value: str, name: str | None) -> None:
    assert metric_of(text, value) == name


def test_photodetector_figures_of_merit_named_without_a_value(extractor: EntityExtractor) -> None:
    paper = make_paper("Perovskite Photodetectors on Flexible Substrates",
                       "Annealing is analysed for its impact on film quality, detectivity, responsivity and response "
                       "speed. The interlayer suppresses dark currents, and the device reaches a specific detectivity "
                       "of 2.1 × 10^12 Jones.")
    found = metrics(extractor.extract(paper))
    named = {n for m in found.values() for n in names(m)}
    assert {"detectivity", "responsivity", "dark current", "specific detectivity"} <= named
    assert "film quality" not in named


@pytest.mark.parametrize("text, short, long", [
    ("We derive closed-form expressions for the outage probability (OP) and the ergodic capacity (EC) of the far "
     "user.", "OP", "outage probability"),
    ("We derive closed-form expressions for the outage probability (OP) and the ergodic capacity (EC) of the far "
     "user.", "EC", "ergodic capacity"),
    ("Against the bare crystal, the limit of detection (LOD) for gamma rays improves 12-fold.", "LOD",
     "limit of detection"),
    ("The passivated cells keep a high fill factor (FF) under bending.", "FF", "fill factor"),
])
def test_a_known_metric_long_form_names_its_short_form(extractor: EntityExtractor, text: str, short: str,
                                                        long: str) -> None:
    found = metrics(extractor.extract(make_paper("Closed-Form Analysis", text)))
    assert short in found and long in names(found[short])


@pytest.mark.parametrize("text, value, name", [
    ("The detector needs only 9.1 ms inference time (70% faster than the cascade).", "70%", "inference time"),
    ("The agent reaches an 81.5 percent pass rate within ten rounds.", "81.5", "pass rate"),
    ("The sampler gives more than 20 times speedup over the baseline.", "20", "speedup"),
    ("Pellets show a CO2 uptake of 4.1 mmol g-1.", "4.1 mmol g-1", "CO2 uptake"),
])
def test_the_unit_of_a_value_is_no_modifier_of_the_measure_after_it(text: str, value: str, name: str) -> None:
    assert metric_of(text, value) == name


def test_a_metric_only_written_inside_a_longer_metric_is_its_head() -> None:
    paper = sections_paper(title="Weather Priors",
                           abstract="The prior improves the long-horizon forecast accuracy of learned weather models by "
                           "over 15% on two grids.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert "long-horizon forecast accuracy" in found and "accuracy" not in found
    paper = sections_paper(title="Weather Priors",
                           abstract="The model reaches 91.2% accuracy, and the prior improves the long-horizon forecast "
                           "accuracy of learned weather models by over 15% on two grids.")
    found = {m.name for m in Extractor().extract(paper).entities if m.type == "Metric"}
    assert {"long-horizon forecast accuracy", "accuracy"} <= found  # also written on its own


def test_the_short_form_of_an_aggregate_of_a_metric_word_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Action Anticipation with Frozen Features",
                       "Our entry achieves 27.91 percent overall Mean Top-5 Recall (MT5R) and a Macro Precision (MP) "
                       "of 40.2%.")
    found = {m.name: m.aliases for m in extractor.extract(paper) if m.type == "Metric"}
    assert found.get("MT5R") == ["Mean Top-5 Recall"]
    assert "Macro Precision" in found.get("MP", [])


def test_solar_cell_short_forms_are_metrics_and_merge_with_their_long_forms(extractor: EntityExtractor) -> None:
    paper = make_paper("Carbon-Based Perovskite Solar Cells",
                       "The thinnest layer gave the lowest PCE due to diminished Jsc and Voc values. The best device "
                       "reached an open-circuit voltage (Voc) of 1.12 V.")
    found = {m.name: m.aliases for m in extractor.extract(paper) if m.type == "Metric"}
    assert "Jsc" in found and "Voc" in found
    assert "open-circuit voltage" not in found and "open-circuit voltage" in found["Voc"]


def test_a_latin_name_before_a_chinese_score_that_changes_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Feature Embeddings for Human Mobility Prediction",
                       result="实验结果表明，MobBERT显著提高了预测准确性：单城市预测的GEO-BLEU得分从0.34提高到0.75。")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("GEO-BLEU") == "Metric"


def test_zt_is_the_thermoelectric_figure_of_merit(extractor: EntityExtractor) -> None:
    paper = make_paper("ZT Enhancement in Monolayer WS2",
                       "Doping gives a peak ZT of 2.4 and raises the thermoelectric figure of merit (ZT) by 30%.")
    found = {m.name: m.aliases for m in extractor.extract(paper) if m.type == "Metric"}
    assert found.get("ZT") == ["thermoelectric figure of merit"] and "thermoelectric figure of merit" not in found
