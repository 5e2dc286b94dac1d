"""Numeric results (issue 3): values as written, units, non-results, lists, Chinese text, dedupe, evidence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.results import extract_results, extract_section_results
from kg.model import Mention, Paper, Provenance, Section
from kg.readers import read_digests

from ..conftest import SEED, shared_digests


def make_paper(paper_id: str = "0000.00001", **texts: str) -> Paper:
    """A paper whose sections are ``texts`` (name -> text); Chinese when the text has CJK characters."""
    sections = {}
    for name, text in texts.items():
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        sections[name] = Section(name, text, lang, 1, 1, 0)
    return Paper(paper_id, "arxiv", f"https://arxiv.org/abs/{paper_id}", texts.get("title", "A title"), ["A. Author"],
                 ["cs.CV"], sections, Provenance("test.md", 1, 2, "test"))


def values(text: str, entities: list[Mention] | None = None, section: str = "abstract") -> list[str]:
    return [r.value for r in extract_results(make_paper(**{section: text}), entities or [])]


def assert_spans_quote_values(paper: Paper, results) -> None:
    for result in results:
        ev = result.evidence
        assert paper.sections[ev.section].text[ev.start:ev.end] == result.value
        assert result.value in ev.sentence


# ----------------------------------------------------------------------------- what is a result


def test_a_value_labelled_by_a_name_of_its_own_does_not_take_the_metric_before_it() -> None:
    text = "平均准确率达71.70%，其推理链的质量（Rubriq Score 62.22%， CRQ 0.87）也得到提升。"
    entities = [Mention("准确率", "Metric", None, ["accuracy"], 0.9, []), Mention("ImageNeq", "Dataset", "used", [], 0.9, [])]
    found = {r.value: r.metric for r in extract_results(make_paper(tldr=text), entities)}
    assert found == {"71.70%": "准确率", "62.22%": None, "0.87": None}
    table = "Our model reaches a top-1 accuracy of 84.1% (ImageNeq 83.2%, CIFAQ 97.3%)."  # data sets' labels keep it
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=table), [
        Mention(n, "Dataset", "used", [], 0.9, []) for n in ("ImageNeq", "CIFAQ")] + [
        Mention("top-1 accuracy", "Metric", None, [], 0.9, [])])}
    assert found == {"84.1%": "top-1 accuracy", "83.2%": "top-1 accuracy", "97.3%": "top-1 accuracy"}


def test_a_value_spans_whole_latex_math() -> None:
    text = ("ReBeq improves task success by up to $20.4$ percentage points and runs 5$\\times$ faster, with "
            "$\\sim 60\\%$ accuracy. The dark matter mass is $\\sim 10^{-22}$eV.")
    paper = make_paper(abstract=text)
    results = extract_results(paper, [])
    assert_spans_quote_values(paper, results)
    assert [r.value for r in results] == ["$20.4$ percentage points", "5$\\times$", "\\sim 60\\%", "$\\sim 10^{-22}$eV"]
    assert all(r.value.count("$") % 2 == 0 for r in results)



@pytest.mark.parametrize("text, expected", [
    ("UI-Venus-1.5 reaches ScreenSpot-Pro (69.6%), VenusBench-GD (75.0%), and AndroidWorld (77.6%).",
     ["69.6%", "75.0%", "77.6%"]),
    ("On HDD-Bench it achieves the best consistency (e.g., IC 0.871, SSIM-OM 0.84, LPIPS-OM 0.12).",
     ["0.871", "0.84", "0.12"]),
    ("The detector achieves 95.8% mAP@0.5 and F1: 84.18% vs 77.08%.", ["95.8%", "84.18%", "77.08%"]),
    ("Our OSI is 20x faster and doubles the payload.", ["20x"]),
    ("It improves efficiency by 3.6 times and reduces latency by 39.305%.", ["3.6 times", "39.305%"]),
    ("Fine-tuning reduces the MAE by approximately 7–10 times.", ["7–10 times"]),
    ("The model yields +3.2 mAP over the baseline.", ["+3.2 mAP"]),
    ("It achieves an MAE of 2.27 meV/atom for energy predictions.", ["2.27 meV/atom"]),
    ("This gives a 54.6% improvement in Macro F1 over the baseline.", ["54.6%"]),
    ("The model runs at 60 FPS on a laptop.", ["60 FPS"]),
    ("Our approach achieves $2.6\\%$ relative improvement.", ["2.6\\%"]),
    ("It achieves over correct classification rate of 75 percent for trucks.", ["75 percent"]),
    ("Dice rose to $\\sim 60\\%$ accuracy.", ["\\sim 60\\%"]),
    # bounds in LaTeX and ranges with the unit written twice
    ("It achieves $97.16\\%$ accuracy, surpassing CNNs ($\\le95.04\\%$) and trees ($\\leq 77.05\\%$).",
     ["97.16\\%", "95.04\\%", "77.05\\%"]),
    ("It achieves speedups of 2.1x-54x and 10%-15% lower error.", ["2.1x-54x", "10%-15%"]),
    # a score right after a result verb, and where it was measured
    ("TauQx achieves 54.2 on MMMU and attains 61.8 and 70.1 on MathVista and MMBench, respectively.",
     ["54.2", "61.8", "70.1"]),
    ("It reaches an average of 71.3 across the LIBERO suites.", ["71.3"]),
    ("It uses 8 GPUs on ImageNet, achieves 3 wins on Atari and reaches 12 on average.", []),
    ("TauQx reaches 54.2 average accuracy and 0.71 macro F1.", ["54.2", "0.71"]),
    # a software version and the channel a result is measured at are no results
    ("We implement TauQx in PyTorch 2.0; it reaches 84.1% accuracy at a channel SNR of 5 dB.", ["84.1%"]),
    # a statistic's symbol before "=" reports it; a setting's does not
    ("It correlates with GDP (ρ=0.82), Pearson r = 0.91 and κ = 0.78; we set n = 0.5 and k = 3.",
     ["0.82", "0.91", "0.78"]),
    # what share of the items it gets right is a result; the percentile of a distance is not
    ("GeoQx localizes 15.8% of images within 1 km and reaches a 95% Hausdorff distance of 12.3 mm.",
     ["15.8%", "12.3 mm"]),
])
def test_explicit_results_are_found_as_written(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "A Mid-Training stage leverages 10 billion tokens across 30+ datasets.",
    "The family comprises two dense variants (2B and 8B) and one 30B-A3B variant.",
    "ImageNet was introduced in 2010 and approaches from the 1970s to the 1990s used edges.",
    "We forecast within a 250ms window prior to foot-strike.",
    "We evaluate on a 4-class problem with 600 real-world samples and 8 visual perturbations [12].",
    "Evaluation at around 1K resolution is misaligned with 4K workflows (see Table 3).",
    "It is the cornerstone of the IEEE 802.11 wireless LAN standard.",
    "The CNN was trained with a learning rate of 0.0001 for 10 epochs.",
    "Devices kept their efficiency at 40 ± 5°C and 40%–50% RH.",
    "We use only 10% of the training data.",
    "Images are upsampled by a factor of 4x for super-resolution.",
])
def test_counts_sizes_dates_and_settings_are_not_results(text: str) -> None:
    assert values(text) == []


def test_a_list_with_one_unit_is_one_group_of_results() -> None:
    # regression: the bare middle value of "29.42mm, 26.82, and 23.72mm" was dropped
    text = ("The COP mean-absolute-error (MAE) at 150, 100, and 50ms FH was 29.42mm, 26.82, and 23.72mm "
            "respectively.")
    assert values(text) == ["29.42mm", "26.82", "23.72mm"]


def test_from_to_gives_two_values_and_a_range_gives_one() -> None:
    assert values("The quadratic weighted kappa increased from 0.79 to 0.87.") == ["0.79", "0.87"]
    assert values("TRaSER improves relation detection by +15 to 20%.") == ["+15 to 20%"]


def test_number_and_unit_are_parsed() -> None:
    paper = make_paper(abstract="It reaches 1,234.5 FPS in real time and is 2.5x faster, gaining 3.1 pp.")
    got = {(r.value, r.number, r.unit) for r in extract_results(paper, [])}
    assert got == {("1,234.5 FPS", 1234.5, "FPS"), ("2.5x", 2.5, "x"), ("3.1 pp", 3.1, "pp")}


@given(st.decimals(min_value="0.1", max_value="99.9", places=1))
def test_any_percentage_after_achieves_is_found(number) -> None:
    text = f"The proposed model achieves {number}% accuracy on the test split."
    paper = make_paper(abstract=text)
    results = extract_results(paper, [])
    assert [r.number for r in results] == [float(number)]
    assert_spans_quote_values(paper, results)


# ----------------------------------------------------------------------------- Chinese summaries


@pytest.mark.parametrize("text, expected", [
    ("在 ScreenSpot-Pro 69.6%、VenusBench-GD 75.0%、AndroidWorld 77.6% 等基准上达 SOTA。", ["69.6%", "75.0%", "77.6%"]),
    ("与多步扩散反演相比：速度提升约20倍；水印提取准确率更高。", ["约20倍"]),
    ("LEVIR-MCI上mIoU提升2.64个百分点，训练时间降低61%。", ["2.64个百分点", "61%"]),
    ("在HDD-Bench上取得最佳效果（如IC 0.871、SSIM-OM 0.84）。", ["0.871", "0.84"]),
    ("利用超 100 亿 token、30+ 数据集建立 GUI 语义；提供 2B/8B 稠密版。", []),
])
def test_chinese_sentences_with_latin_names(text: str, expected: list[str]) -> None:
    assert values(text, section="result") == expected


def test_summary_values_are_used_only_without_an_abstract() -> None:
    result_zh = "在 ScreenSpot-Pro 上达到 69.6%，推理速度提升3倍。"
    with_abstract = make_paper(abstract="We reach 69.6% on ScreenSpot-Pro.", result=result_zh)
    without = make_paper(result=result_zh)
    assert [r.value for r in extract_results(with_abstract, [])] == ["69.6%"]
    assert [r.value for r in extract_results(without, [])] == ["69.6%", "3倍"]


def test_a_value_in_abstract_and_summary_is_one_result_with_the_abstract_evidence() -> None:
    abstract = "Extensive evaluations show state-of-the-art results on ScreenSpot-Pro (69.6%)."
    alone = extract_results(make_paper(abstract=abstract), [])
    paper = make_paper(abstract=abstract, result="在 ScreenSpot-Pro 69.6% 上达 SOTA。")
    both = extract_results(paper, [])
    assert len(both) == 1
    assert both[0].evidence.section == "abstract"
    assert both[0].confidence > alone[0].confidence  # two sections agree
    assert_spans_quote_values(paper, both)


# ----------------------------------------------------------------------------- names attached


def test_metric_dataset_and_method_come_from_the_entities() -> None:
    entities = [Mention("HLGFA", "Method", "proposed"), Mention("MVTec AD", "Dataset", "evaluated_on"),
                Mention("AUROC", "Metric"), Mention("pixel-level AUROC", "Metric")]
    text = "HLGFA achieves 97.9% pixel-level AUROC and 97.5% image-level AUROC on the MVTec AD dataset."
    results = extract_results(make_paper(abstract=text), entities)
    assert [(r.value, r.metric, r.dataset, r.method) for r in results] == [
        ("97.9%", "pixel-level AUROC", "MVTec AD", "HLGFA"),
        ("97.5%", "AUROC", "MVTec AD", "HLGFA"),
    ]


def test_the_proposed_method_is_attached_when_the_sentence_says_our() -> None:
    entities = [Mention("Align-TI", "Method", "proposed")]
    results = extract_results(make_paper(abstract="Our approach achieves 2.6% relative improvement."), entities)
    assert results[0].method == "Align-TI"
    assert results[0].dataset is None


def test_an_unstated_metric_stays_none() -> None:
    results = extract_results(make_paper(abstract="The model reaches ScreenSpot-Pro (69.6%)."), [])
    assert results[0].metric is None


# ----------------------------------------------------------------------------- real digests


@pytest.mark.parametrize("path", [SEED, *shared_digests()], ids=lambda p: p.name)
def test_every_result_span_quotes_its_value_in_real_digests(path) -> None:
    for paper in read_digests([path]):
        results = extract_results(paper, [])
        assert_spans_quote_values(paper, results)
        digits = [re.sub(r"[^0-9.]", "", r.value) for r in results]
        assert len(digits) == len(set(digits)), paper.id  # deduplicated by value
        for result in results:
            assert 0.0 <= result.confidence <= 1.0
            assert result.evidence.rule.startswith("result:")


def test_section_results_report_in_text_order() -> None:
    section = Section("abstract", "It gets 80.1% top-1 accuracy, then 81.2% and finally 82.3% accuracy.", "en", 1, 1, 0)
    got = extract_section_results("x", section, [])
    assert [r.evidence.start for r in got] == sorted(r.evidence.start for r in got)
    assert len(got) == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("Cells exhibit excellent cycling stability, delivering 149.7 mAh g −1 after 100 cycles.", ["149.7 mAh g −1"]),
    ("The electrolyte reaches an ionic conductivity of 0.52 mS cm−1 at room temperature.", ["0.52 mS cm−1"]),
    ("The potential reaches force errors of 13.83 meV/Å.", ["13.83 meV/Å"]),
    ("The strategy reduced the charge transport barrier from 126.2 mV to 73.5 mV.", ["126.2 mV", "73.5 mV"]),
])
def test_materials_units_are_part_of_the_value(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_list_of_measured_values_continues_in_the_same_sentence() -> None:
    text = ("The model attains state-of-the-art accuracy, with an MAE and RMSE of 2.27 meV/atom and 3.79 meV/atom "
            "for energy predictions, and 13.83 meV/Å and 24.26 meV/Å for force predictions, respectively.")
    assert values(text) == ["2.27 meV/atom", "3.79 meV/atom", "13.83 meV/Å", "24.26 meV/Å"]


def test_the_value_a_result_changed_from_is_a_result_too() -> None:
    assert values("It reduces the mean time-to-collision from 1.62 to 1.08 s.") == ["1.62", "1.08 s"]
    assert values("It cuts training time by 89% (from 6 hours to 40 minutes).") == ["89%", "6 hours", "40 minutes"]
    # a range of settings is not a change
    assert values("We vary k from 1 to 10 and report 85.3% accuracy.") == ["85.3%"]


def test_a_decimal_in_brackets_after_a_metric_is_a_value_not_a_citation() -> None:
    text = "SSTransformer achieves the best accuracy (97.81%), precision (0.8889), and F1-score (0.9358) [12]."
    assert values(text) == ["97.81%", "0.8889", "0.9358"]
    assert values("We use a learning rate (0.001) and weight decay (0.05).") == []


def test_f1_after_a_value_is_its_metric_not_part_of_the_value() -> None:
    """"-19.9 F1 percentage points": F1's digit would read as part of the number ("19.91")."""
    text = "Binary classification degrades by up to -19.9 F1 percentage points, while mAP rises by +3.2 mAP."
    assert values(text) == ["-19.9", "+3.2 mAP"]


def test_compound_units_with_flattened_exponents_are_part_of_the_value() -> None:
    """Materials abstracts write superscripts flat: "0.11 Ω cm 2", "27.8 L kg −1 day −1", "60 μJ/cm 2"."""
    text = ("The electrode reaches a polarization impedance of 0.11 Ω cm 2 and a daily yield of 27.8 L kg −1 day −1. "
            "The threshold drops to 60 μJ/cm 2, and the error is 2.27 meV/atom.")
    assert values(text) == ["0.11 Ω cm 2", "27.8 L kg −1 day −1", "60 μJ/cm 2", "2.27 meV/atom"]
    assert values("The cheapest method reaches 0.6 kcal mol-1 and the barrier is 12.3 kJ mol−1.") == [
        "0.6 kcal mol-1", "12.3 kJ mol−1"]


def test_volts_picoseconds_and_unicode_hyphen_folds_are_units() -> None:
    text = "The cell reaches an open-circuit voltage of 1.186 V, a lifetime of ∼20 ps and a 3.7\u2010fold faster rate."
    assert values(text) == ["1.186 V", "∼20 ps", "3.7\u2010fold"]


def test_a_range_after_by_or_of_is_one_value_and_a_change_is_two() -> None:
    """"by 19% to 27%" and "improvements of 3.3% to 6.4%" are ranges; "ALFWorld (73% to 89%)" and "from 70% to
    85%" give the value before and after."""
    assert values("It keeps task completion higher by 19% to 27% over baselines.") == ["19% to 27%"]
    assert values("It yields accuracy improvements of 3.3\\% to 6.4\\% over prior methods.") == ["3.3\\% to 6.4\\%"]
    assert values("Performance improves on ALFWorld (73% to 89%).") == ["73%", "89%"]
    assert values("Accuracy rises from 70% to 85%.") == ["70%", "85%"]


def test_a_deviation_belongs_to_its_value() -> None:
    assert values("The model reaches a Dice score of 0.95 ± 0.03 on the test set.") == ["0.95 ± 0.03"]
    assert values("It reaches 91.2 $\\pm$ 0.4 mAP on COCO.") == ["91.2 $\\pm$ 0.4 mAP"]
    assert values("Errors of 3.2 ± 0.4 mm were measured.") == ["3.2 ± 0.4 mm"]


def test_a_metric_joined_to_its_value_by_of_beats_a_closer_name_after_it() -> None:
    text = "It obtains Recall@10 of 45.2, R@1 of 30.1 and an AUC of 0.95."
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("Recall@10", "R@1", "AUC")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert found == {"45.2": "Recall@10", "30.1": "R@1", "0.95": "AUC"}


def test_a_chinese_summarys_own_metric_word_binds_before_a_farther_english_name() -> None:
    text = "在ImageNetQ上达到85.2%的Top-1准确率，F1分数为0.91，平均精度(mAP)提升2.3%，召回率达到88%。"
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("F1", "mAP")]
    found = {r.value: r.metric for r in extract_results(make_paper(result=text), metrics)}
    assert found == {"85.2%": "准确率", "0.91": "F1", "2.3%": "mAP", "88%": "召回率"}


def test_slashed_values_after_slashed_metrics_are_two_results_each_with_its_metric() -> None:
    text = "It reaches EM/F1 of 78.2/85.1 and PSNR/SSIM of 32.1/0.91, and 81.2%/95.3% top-1/top-5 accuracy with " \
           "ViT-B/16 at 1/10 the cost."
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("F1", "PSNR", "SSIM")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert {k: found.get(k) for k in ("78.2", "85.1", "32.1", "0.91")} == {
        "78.2": "EM", "85.1": "F1", "32.1": "PSNR", "0.91": "SSIM"}  # EM, name-shaped, though no metric of the paper's
    assert "95.3%" in found
    assert not {"16", "10", "1/10"} & set(found)  # a model's size code, a fraction


def test_a_metric_joined_to_its_value_by_by_beats_a_closer_name_after_it() -> None:
    text = "It improves MRR by 16%, NDCG by 17%, and Precision@1 by 21%, and beats GPT-4 by 5% in accuracy."
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("MRR", "NDCG", "Precision@1", "accuracy")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert found == {"16%": "MRR", "17%": "NDCG", "21%": "Precision@1", "5%": "accuracy"}


def test_a_chinese_metric_word_joined_to_its_value_beats_a_closer_name_after_it() -> None:
    text = "F1值为0.91，AUC达到0.95，推理速度为32 FPS。"
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("AUC", "F1", "FPS")]
    found = {r.value: r.metric for r in extract_results(make_paper(result=text), metrics)}
    assert found["0.91"] == "F1" and found["0.95"] == "AUC"


def test_a_value_compared_by_a_word_and_a_noun_measures_that_noun() -> None:
    """"27.3% fewer exemplars" measures exemplars (no metric), not the accuracy named earlier; without a noun after
    the comparison ("accuracy (only 1% lower)", "latency, up to 90x slower than X") the metric before stays."""
    text = ("It improves planning accuracy by 11 points, needing 27.3% fewer exemplars and 15.7x higher energy "
            "efficiency. It keeps the same accuracy (only 1% lower). Latency grows, up to 90x slower than X.")
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("accuracy", "energy efficiency", "latency")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert found["27.3%"] is None and found["15.7x"] == "energy efficiency"
    assert found["1%"] == "accuracy" and found["90x"] == "latency"


def test_a_score_out_of_a_round_scale_is_one_value() -> None:
    text = "The translations reach an average MQM score of 95.2/100 and raters give 8.5/10, with EM/F1 of 78.2/85.1."
    assert values(text) == ["95.2/100", "8.5/10", "78.2", "85.1"]


def test_a_value_whose_unit_is_a_metric_reports_that_metric() -> None:
    from kg.extract.metric_phrases import metrics_named_by_results

    paper = make_paper(abstract="It reaches 90% accuracy at 30 FPS on a GPU.")
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("accuracy", "FPS")]
    results = extract_results(paper, metrics)
    metrics_named_by_results(paper, results, metrics)
    assert {r.value: r.metric for r in results} == {"90%": "accuracy", "30 FPS": "FPS"}


def test_a_metric_before_a_new_clause_does_not_report_a_value_after_it() -> None:
    text = ("Latency drops from 120 ms to 45 ms, while memory usage falls by 38%. The model keeps 96% accuracy, but "
            "shows a gap (97% day vs 63% night).")
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("Latency", "accuracy")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert found["45 ms"] == "Latency" and found["38%"] is None
    assert found["97%"] == found["63%"] == "accuracy"  # "but" goes on about the same subject


def test_an_efficiency_claimed_in_counts_is_a_result_of_what_it_counts() -> None:
    from kg.extract.metric_phrases import metrics_named_by_results

    paper = make_paper(abstract="It reaches 86.5% macro F1 with approximately 27K parameters and 2.21M MACs, and 96% "
                                "accuracy with only 2.3 million parameters. Models with over 70 billion parameters "
                                "and 5 million images do better; we test models from 2B to 70B parameters.")
    results = extract_results(paper, [])
    made = metrics_named_by_results(paper, results, [])
    counted = {(r.value, r.number, r.metric) for r in results if r.unit is None}
    assert counted == {("27K", 27e3, "parameters"), ("2.21M", 2.21e6, "MACs"), ("2.3 million", 2.3e6, "parameters")}
    assert {m.name for m in made} >= {"parameters", "MACs"}
    text = paper.sections["abstract"].text
    assert all(text[e.start:e.end] == m.name for m in made for e in m.evidence)


def test_powers_of_ten_are_values_and_channel_conditions_are_not_results() -> None:
    text = ("The detector reaches a BER of 10^-5 at an SNR of 12 dB and an error of 1.2 \\times 10^{-3}, across SNRs "
            "from -20 dB to 30 dB, with a learning rate of 5e-4; PSNR improves by 1.2 dB.")
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("BER", "PSNR")]
    found = {r.value: (r.number, r.metric) for r in extract_results(make_paper(abstract=text), metrics)}
    assert found["10^-5"] == (1e-5, "BER") and found["1.2 dB"][1] == "PSNR"
    assert found["1.2 \\times 10^{-3}"][0] == 1.2e-3
    assert not {"12 dB", "-20 dB", "30 dB", "5e-4"} & set(found)


def test_confidence_intervals_are_not_results_and_values_for_a_method_are_its() -> None:
    text = ("HeartNeq reaches an AUROC of 0.91 (95% CI: 0.89-0.93). DockWenq reaches 71.3%, compared to 52.1% for "
            "DiffDocq and 38.5% for AutoDocq Vina.")
    entities = [Mention("AUROC", "Metric", None, [], 0.9, [])] + [
        Mention(name, "Method", "used", [], 0.9, []) for name in ("HeartNeq", "DockWenq", "DiffDocq", "AutoDocq Vina")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert "0.89-0.93" not in found and found["0.91"] == "HeartNeq"
    assert (found["71.3%"], found["52.1%"], found["38.5%"]) == ("DockWenq", "DiffDocq", "AutoDocq Vina")


def test_values_closed_by_respectively_take_their_names_in_order() -> None:
    from kg.extract.metric_phrases import metrics_named_by_results

    text = ("The model reaches a sensitivity and specificity of 0.89 and 0.92, respectively. RMSE and MAE are 0.12 m "
            "and 0.08 m, respectively. Gains of 2.1%, 2.7% and 2.4% on Birdq-200, LSDSQ and FSSQ datasets respectively.")
    entities = [Mention(n, "Metric", None, [], 0.9, []) for n in ("sensitivity", "specificity", "RMSE", "MAE")] + [
        Mention(n, "Dataset", "used", [], 0.9, []) for n in ("Birdq-200", "LSDSQ", "FSSQ")]
    paper = make_paper(abstract=text)
    results = extract_results(paper, entities)
    metrics_named_by_results(paper, results, entities)
    found = {r.value: (r.metric, r.dataset) for r in results}
    assert found["0.89"][0] == "sensitivity" and found["0.92"][0] == "specificity"
    assert found["0.12 m"][0] == "RMSE" and found["0.08 m"][0] == "MAE"
    assert [found[v][1] for v in ("2.1%", "2.7%", "2.4%")] == ["Birdq-200", "LSDSQ", "FSSQ"]


def test_metrics_named_after_the_values_pair_and_the_next_clause_names_none() -> None:
    text = ("It outperforms YOLQ by 5.1%, 1.3%, and 1.0% in precision, mAP@50, and mAP@50:95, respectively. The "
            "Sharpe ratio of our strategy is 2.1, and the Sortino ratio is 3.0.")
    entities = [Mention(n, "Metric", None, [], 0.9, []) for n in
                ("precision", "mAP@50", "mAP@50:95", "Sharpe ratio", "Sortino ratio")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), entities)}
    assert (found["5.1%"], found["1.3%"], found["1.0%"]) == ("precision", "mAP@50", "mAP@50:95")
    assert (found["2.1"], found["3.0"]) == ("Sharpe ratio", "Sortino ratio")


def test_a_margin_is_the_winners_and_a_backbone_is_not_the_method() -> None:
    text = ("FooRQ outperforms GRPQ by 4.2 points on AIMQ. ToolWeaveq built on Qwenq3-8B achieves 67.2% accuracy. "
            "OccSparQ reaches 42.7 mIoU, surpassing FB-OCQ by 3.1 mIoU. The model beats DAPQ by 2.0%.")
    entities = [Mention("mIoU", "Metric", None, [], 0.9, []), Mention("OccSparQ", "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Method", "used", [], 0.9, []) for n in ("FooRQ", "GRPQ", "ToolWeaveq", "Qwenq3-8B", "FB-OCQ", "DAPQ")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert (found["4.2 points"], found["67.2%"]) == ("FooRQ", "ToolWeaveq")
    assert found["42.7 mIoU"] == found["3.1 mIoU"] == found["2.0%"] == "OccSparQ"


def test_a_whole_number_right_after_a_named_metric_is_a_value() -> None:
    text = ("It reaches an FVD of 312 and an NDS of 72, lowering FVD to 198. The PCE of 4-terminal cells reached "
            "31.57%, with a batch size of 32.")
    metrics = [Mention(name, "Metric", None, [], 0.9, []) for name in ("FVD", "NDS", "PCE")]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), metrics)}
    assert (found["312"], found["72"], found["198"]) == ("FVD", "NDS", "FVD")
    assert "4" not in found and "32" not in found


def test_slashed_runs_of_three_values_the_data_after_on_and_signed_gains_over_a_baseline() -> None:
    text = ("It achieves 81.3 mAP on DOTQ-v1.0 and 90.7 mAP on HRSQ2016, PSNR/SSIM/LPIPS of 31.2/0.95/0.04 and "
            "minADQ/minFDQ of 0.58/1.12, with gains over BEVFormeq (+2.3 NDS).")
    entities = [Mention(n, "Metric", None, [], 0.9, []) for n in ("mAP", "PSNR", "SSIM", "LPIPS", "NDS")] + [
        Mention(n, "Benchmark", "evaluated_on", [], 0.9, []) for n in ("DOTQ-v1.0", "HRSQ2016")] + [
        Mention("BEVFormeq", "Method", "compared", [], 0.9, [])]
    found = {r.value: (r.metric, r.dataset, r.method) for r in extract_results(make_paper(abstract=text), entities)}
    assert found["81.3 mAP"][1] == "DOTQ-v1.0" and found["90.7 mAP"][1] == "HRSQ2016"
    assert [found[v][0] for v in ("31.2", "0.95", "0.04", "0.58", "1.12")] == ["PSNR", "SSIM", "LPIPS", "minADQ", "minFDQ"]
    assert found["+2.3"][2] != "BEVFormeq"


def test_data_of_a_coordinated_phrase_and_chinese_respectively() -> None:
    text = "It improves pass@1 on HumanEvaq from 85.4% to 92.1% and on MBPQ from 72.0% to 79.5%."
    entities = [Mention("pass@1", "Metric", None, [], 0.9, [])] + [
        Mention(n, "Benchmark", "evaluated_on", [], 0.9, []) for n in ("HumanEvaq", "MBPQ", "LoCoMq", "LongMemEvaq")]
    found = {r.value: r.dataset for r in extract_results(make_paper(abstract=text), entities)}
    assert (found["85.4%"], found["92.1%"], found["72.0%"], found["79.5%"]) == ("HumanEvaq", "HumanEvaq", "MBPQ", "MBPQ")
    zh = "在LoCoMq和LongMemEvaq上分别取得了68.2%和59.4%的准确率。"
    found = {r.value: r.dataset for r in extract_results(make_paper(tldr=zh), entities)}
    assert (found["68.2%"], found["59.4%"]) == ("LoCoMq", "LongMemEvaq")


def test_a_metric_after_a_chinese_comma_names_the_next_clause() -> None:
    text = "mAP@0.5达到78.3%，相比基线提升了4.2个百分点，推理速度达到45 FPS。Dice系数平均提高2.1%，HD95降低3.5mm。"
    metrics = [Mention(n, "Metric", None, [], 0.9, []) for n in ("mAP@0.5", "FPS", "Dice", "HD95")]
    found = {r.value: r.metric for r in extract_results(make_paper(tldr=text), metrics)}
    assert (found["4.2个百分点"], found["2.1%"], found["3.5mm"]) == ("mAP@0.5", "Dice", "HD95")


def test_respectively_pairs_metrics_and_data_at_once() -> None:
    text = "It reaches a precision and a recall of 0.91 and 0.88 on LEVIQ-CD and WHQ-CD, respectively."
    entities = [Mention(n, "Metric", None, [], 0.9, []) for n in ("precision", "recall")] + [
        Mention(n, "Dataset", "used", [], 0.9, []) for n in ("LEVIQ-CD", "WHQ-CD")]
    found = {r.value: (r.metric, r.dataset) for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"0.91": ("precision", "LEVIQ-CD"), "0.88": ("recall", "WHQ-CD")}


def test_chinese_summaries_metric_words_margins_respectively_settings_and_whole_numbers() -> None:
    from kg.extract import Extractor

    zh = ("GeoFuseQ的mAP较BEVFusioQ提高3.2。在nuScenQ上mAP和NDS分别达到72.4%和74.1%。精确率为88.7%，攻击成功率降至8.7%。"
          "在MSR-VTQ上FVD为212。学习率设为1e-4，采样温度为0.6。")
    paper = make_paper(title="Case", result=zh)
    found = {r.value: (r.metric, r.method) for r in Extractor().extract(paper).results}
    assert found["3.2"][1] == "GeoFuseQ"
    assert (found["72.4%"][0], found["74.1%"][0]) == ("mAP", "NDS")
    assert (found["88.7%"][0], found["8.7%"][0]) == ("精确率", "攻击成功率")
    assert found["212"][0] == "FVD" and not {"1e-4", "0.6"} & set(found)


def test_a_value_well_after_a_beaten_method_is_the_papers_own() -> None:
    text = ("HeartQx outperformed ECGNeq (AUROC 0.86) and ResNeq-50 (AUROC 0.83), reaching an AUROC of 0.91. It beats "
            "BaseQx, which only reaches an AUROC of 0.52.")
    entities = [Mention("AUROC", "Metric", None, [], 0.9, []), Mention("HeartQx", "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Method", "compared", [], 0.9, []) for n in ("ECGNeq", "ResNeq-50", "BaseQx")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"0.86": "ECGNeq", "0.83": "ResNeq-50", "0.91": "HeartQx", "0.52": "BaseQx"}


@pytest.mark.parametrize("text, own", [
    ("TinyBEQ的骨干只有28M参数，与UniAQ [19] 相比，参数减少了78%。", "TinyBEQ"),
    ("与传统的连续回归模型（FastSpeecQ 2 + HiFi-GAQ）相比，该方法实现了10.6倍的加速。", "SpeakQ"),
    ("与UniAQ相比，TinyBEQ的参数减少了78%。", "TinyBEQ"),
])
def test_a_value_after_a_chinese_comparison_frame_is_not_the_compared_methods(text: str, own: str) -> None:
    entities = [Mention(own, "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Method", "compared", [], 0.9, []) for n in ("UniAQ", "FastSpeecQ 2", "HiFi-GAQ")]
    found = {r.value: r.method for r in extract_results(make_paper(tldr=text), entities)}
    assert found and set(found.values()) == {own}


def test_a_margin_over_a_baseline_named_with_its_kind_is_the_winners() -> None:
    text = ("ReBeq improves task success by up to $20.4$ percentage points over the episode-level baseline GRPQ and "
            "increases sample efficiency by $2.1\\times$.")
    entities = [Mention("ReBeq", "Method", "proposed", [], 0.9, []), Mention("GRPQ", "Method", "used", [], 0.9, [])]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"$20.4$ percentage points": "ReBeq", "2.1\\times": "ReBeq"}


def test_a_value_after_a_bracket_of_compared_methods_is_not_theirs() -> None:
    text = ("In a separate evaluation against similar agentic RAG assistants (OpenEvidenq, Pathwaq), it maintains a "
            "performance lead with a health-bench score of 0.54.")
    others = [Mention(n, "Method", "used", [], 0.9, []) for n in ("OpenEvidenq", "Pathwaq")]
    entities = [Mention("DR.INFQ", "Method", "proposed", [], 0.9, []), *others]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"0.54": "DR.INFQ"}
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), others)}
    assert found == {"0.54": None}  # no own method named: none rather than a competitor
    inside = "DR.INFQ outperforms prior assistants (OpenEvidenq reaches an accuracy of 41.2%) with 54.3% accuracy."
    found = {r.value: r.method for r in extract_results(make_paper(abstract=inside), entities + [
        Mention("accuracy", "Metric", None, [], 0.9, [])])}
    assert found == {"41.2%": "OpenEvidenq", "54.3%": "DR.INFQ"}  # a value inside the bracket stays theirs


def test_margins_over_a_beaten_list_are_the_winners() -> None:
    text = "PatchScopq outperforms LineVuq, ReVeaq and CodeBERQ by 4.1 and 6.3 points, respectively."
    entities = [Mention("PatchScopq", "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Method", "compared", [], 0.9, []) for n in ("LineVuq", "ReVeaq", "CodeBERQ")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"4.1": "PatchScopq", "6.3 points": "PatchScopq"}


@pytest.mark.parametrize("text", [
    "ZetQx achieves 1.9% higher accuracy than CoOq and 0.7% higher than TipAq-F.",
    "ZetQx beats CoOq by 6 points and TipAq-F by 3 points.",
    "ZetQx reaches 94.1% accuracy, surpassing CoOq by 1.3% and TipAq-F by 2.0%.",
    "ZetQx matches CoOq while using 10x fewer parameters.",
])
def test_every_margin_of_a_comparison_is_the_winners(text: str) -> None:
    entities = [Mention("ZetQx", "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Method", "compared", [], 0.9, []) for n in ("CoOq", "TipAq-F")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found and set(found.values()) == {"ZetQx"}


@pytest.mark.parametrize("text", [
    "It achieves 84.1% mIoU on Cityscapes.",
    "Notably, this yields 84.1% mIoU on Cityscapes.",
    "Extensive experiments demonstrate its effectiveness, with 84.1% mIoU on Cityscapes.",
])
def test_a_value_of_the_paper_named_by_a_pronoun_is_the_proposed_methods(text: str) -> None:
    entities = [Mention("SegQx", "Method", "proposed", [], 0.9, [])]
    assert [r.method for r in extract_results(make_paper(abstract=text), entities)] == ["SegQx"]


def test_a_cost_or_speed_value_takes_no_quality_metric() -> None:
    text = ("ZetQx reaches 80.1% top-1 accuracy with only 4.2 GFLOPs, runs 2.3x faster, reaches 2.1x higher "
            "throughput and reduces the MAE by 7 times.")
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), [
        Mention("ZetQx", "Method", "proposed", [], 0.9, []), Mention("top-1 accuracy", "Metric", None, [], 0.9, []),
        Mention("throughput", "Metric", None, [], 0.9, []), Mention("MAE", "Metric", None, [], 0.9, [])])}
    assert found == {"80.1%": "top-1 accuracy", "4.2 GFLOPs": None, "2.3x": None, "2.1x": "throughput",
                     "7 times": "MAE"}


def test_a_table_written_as_text_pairs_each_value_with_the_data_before_it() -> None:
    text = "SegQx reaches mIoU of CityscapQ 84.1, ADE20K 52.3, and NDCG of MovieLenQ-1M: 0.412, YelQ2018: 0.071."
    entities = [Mention("SegQx", "Method", "proposed", [], 0.9, [])] + [
        Mention(n, "Dataset", "used", [], 0.9, []) for n in ("CityscapQ", "ADE20K", "MovieLenQ-1M", "YelQ2018")]
    found = {r.value: r.dataset for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"84.1": "CityscapQ", "52.3": "ADE20K", "0.412": "MovieLenQ-1M", "0.071": "YelQ2018"}  # "K 52.3" is no reference


def test_respectively_pairs_values_with_the_methods_named_before_them() -> None:
    text = "SegQ-T, SegQ-S and SegQ-B achieve 80.2, 82.5 and 84.1 mIoU, respectively."
    entities = [Mention(n, "Method", "proposed", [], 0.9, []) for n in ("SegQ-T", "SegQ-S", "SegQ-B")]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"80.2": "SegQ-T", "82.5": "SegQ-S", "84.1 mIoU": "SegQ-B"}


def test_a_value_in_brackets_after_an_unnamed_compared_party_is_not_the_winners() -> None:
    text = ("SigmaQx achieved an AUC of 0.91 and outperformed radiologists (AUC 0.84), nearly matching the 50-step "
            "teacher (AUC 0.95), and outperforming ResNeQ-50 (AUC 0.83).")
    entities = [Mention("SigmaQx", "Method", "proposed", [], 0.9, []), Mention("ResNeQ-50", "Method", "compared", [], 0.9, [])]
    found = {r.value: r.method for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"0.91": "SigmaQx", "0.84": None, "0.95": None, "0.83": "ResNeQ-50"}


def test_a_change_of_something_named_in_plain_words_takes_no_earlier_metric() -> None:
    text = "ZetQx improves IDF1 to 78.2%, reduces identity switches by 27% and improves the IDF1 by 3%."
    entities = [Mention("ZetQx", "Method", "proposed", [], 0.9, []), Mention("IDF1", "Metric", None, [], 0.9, [])]
    found = {r.value: r.metric for r in extract_results(make_paper(abstract=text), entities)}
    assert found == {"78.2%": "IDF1", "27%": None, "3%": "IDF1"}


def test_a_baseline_value_after_a_comparison_and_before_whose_it_is_is_a_result() -> None:
    entities = [Mention("DiffReq", "Method", "proposed", [], 0.9, []), Mention("VarNeq", "Method", "compared", [], 0.9, []),
                Mention("PSNR", "Metric", None, [], 0.9, []), Mention("FVD", "Metric", None, [], 0.9, [])]
    found = {r.value: r for r in extract_results(make_paper(abstract=(
        "DiffReq reaches a PSNR of 36.8 dB, compared with 35.9 dB for VarNeq. Its FVD is 312 on UCF-101, compared "
        "with 406 for VarNeq. We train for 100 epochs compared with 300 for VarNeq.")), entities)}
    assert {"36.8 dB", "35.9 dB", "312", "406"} <= set(found)
    assert found["406"].method == "VarNeq" and found["35.9 dB"].method == "VarNeq"
    assert "300" not in found  # a setting compared, with no metric near it


def test_a_rate_the_method_renders_or_runs_at_is_a_result() -> None:
    """"rendering at 142 FPS", "running at 85 Hz": the speed the method reaches (not a sampling rate)."""
    assert values("On HyperNeRF it surpasses 4DGS while rendering at 142 FPS on one GPU.") == ["142 FPS"]
    assert values("It outperforms OpenVLA while running at 85 Hz.") == ["85 Hz"]
    assert values("The recordings are sampled at 16 kHz.") == []


def test_the_time_a_method_takes_is_a_result() -> None:
    """"takes 0.38 s", "generating an asset in 4.8 seconds": how long the method needs (not a training budget)."""
    assert values("A 1024×1024 image takes 0.38 s on an H100.") == ["0.38 s"]
    assert values("It reaches 31.6 while generating an asset in 4.8 seconds.") == ["4.8 seconds"]
    assert values("The model is trained for 10 hours and evaluated within 5 minutes.") == []


@pytest.mark.parametrize("text, expected", [
    ("XAS shows that the element occurs in the oxidation state range of 2.68-2.91. The rest is high spin.",
     ["2.68-2.91"]),
    ("Python exhibits the lowest structural distance across all shots (Approx. 277-294) while staying stable.",
     ["277-294"]),
    ("Python在所有shot中结构距离最低，约277-294。", ["约277-294"]),
    # not results: a span a setting is swept over, a release range, integer spans
    ("We sweep the weight for λ in 0.1-0.5 and report the mean.", []),
    ("The code runs on Python 3.8-3.11 only.", []),
    ("Raters scored each answer on a scale of 1-5.", []),
])
def test_bare_range_is_a_measured_result(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ceramic shows a remanent polarization of 25.3 μC cm−2 and a surface tension of 72 mN m−1.",
     ["25.3 μC cm−2", "72 mN m−1"]),
    ("It shows a saturation polarization of 8.14 μC/cm2 at room temperature.", ["8.14 μC/cm2"]),
    ("The best variant exhibited the most nanoparticles (816/um 2 , or 10x that of the baseline).",
     ["816/um 2", "10x"]),
    ("该陶瓷的剩余极化强度达到25.3 μC cm−2。", ["25.3 μC cm−2"]),
])
def test_charge_force_and_per_area_units(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The composition x = 0.1 exhibits a high piezoelectric coefficient (d 33 ≈ 178 pC N -1 ). This study confirms it.",
     ["≈ 178 pC N -1"]),
    ("Classical networks face severe storage capacity limits ($\\approx 0.14$ P/N) and spurious attractors.",
     ["\\approx 0.14"]),
    ("该材料的压电系数（d33≈178 pC N -1）较高。", ["178 pC N -1"]),
    # a rough count stays a count, and a setting written with "=" stays a setting
    ("We simulate $\\approx 300$ experiments on a public dataset.", []),
    ("The composition x = 0.1 was sintered at 1350 °C.", []),
])
def test_approximate_value_is_a_result(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_bare_range_in_brackets_after_a_value_is_its_interval() -> None:
    assert values("Sensitivity was 91.2% [88.1–93.6] overall.") == ["91.2%"]
    assert values("Specificity was 88.0% (85.2-90.4) on the external cohort.") == ["88.0%"]


def test_a_reviewer_s_comments_state_no_results() -> None:
    """A digest's opinion field (ai_comments) restates settings and others' numbers: no results of the paper."""
    paper = make_paper(tldr="实验表明，该方法在MMAR上的准确率达71.7%。",
                       ai_comments="亮点是推理速度快了3倍，但槽点是窗口（0-30秒）是硬编码的；相比基线仅提升了2.1%。")
    assert [r.value for r in extract_results(paper, [])] == ["71.7%"]


def test_signed_decimals_are_reported_values() -> None:
    paper = make_paper(abstract="Adapter routing with GradMix achieves a best-seed result of +0.611 (seed 42), with "
                                "seeds 456 and 789 at +0.554 and +0.559, but seed 123 collapses to +0.263. The "
                                "learning rate was 0.0003. We find a transition at $\\tilde{m} = 15.2^{+4.3}_{-3.6}$.")
    # (the error bar written as superscripts is no signed decimal: the found value takes it)
    assert [r.value for r in extract_results(paper, [])] == ["+0.611", "+0.554", "+0.559", "+0.263",
                                                             "15.2^{+4.3}_{-3.6}"]


def test_a_rate_per_gram_of_a_catalyst_keeps_its_whole_unit() -> None:
    paper = make_paper(abstract="The COF achieves an initial CO production rate of 1006 mmol g Co −1 h −1 and "
                                "250 μmol gcat−1 h−1 in flow.")
    assert [r.value for r in extract_results(paper, [])] == ["1006 mmol g Co −1 h −1", "250 μmol gcat−1 h−1"]
