"""Numeric results, session 14: values in brackets after what they measure, "as low as", lists that go on, settings."""

from __future__ import annotations

import pytest

from .test_results import values


@pytest.mark.parametrize("text, expected", [
    # a measured value in brackets right after the phrase it measures
    ("The photodetector achieves record-breaking responsivity (5.90 A·W −1 ) and a champion detectivity.",
     ["5.90 A·W −1"]),
    ("Under UV irradiation it facilitates ultrafast FRET (∼20 ps) to the interface.", ["∼20 ps"]),
    ("This leads to a lower charge transport barrier (73.5 mV vs. 126.2 mV) and superior adhesion.",
     ["73.5 mV", "126.2 mV"]),
    ("It delivers an outstanding capacity under an ultrahigh current (62.5 mA h g −1 at 10 A g −1 ).",
     ["62.5 mA h g −1"]),
    ("It maintains a video quality score comparable to unwatermarked outputs (0.838).", ["0.838"]),
    ("The edit distance declined from early (0.193) to late (0.087) iterations.", ["0.193", "0.087"]),
    ("Aggregate quality was lower (79.9/100) but with high variance.", ["79.9/100"]),
    # a flattened power of ten from a PDF
    ("It achieves a champion detectivity (1.06 × 10 14 Jones) at 808 nm.", ["1.06 × 10 14 Jones"]),
    # the value a quantity reaches
    ("A blue random laser with a threshold as low as 11.4 µJ/cm 2 is achieved.", ["11.4 µJ/cm 2"]),
    # a measured value listed after kept results
    ("The QDs exhibit a 93% PLQY, a 27.1% peak EQE, and 22.8 h of T 50 over controls.", ["93%", "27.1%", "22.8 h"]),
    ("As an electrode, it delivered 62.5 mA h g−1 at 10 A g−1.", ["62.5 mA h g−1"]),
])
def test_bracketed_and_reached_values_are_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Devices were annealed at high temperature (150 °C) for 10 min.",
    "The champion device (aperture area: 0.09 cm 2) was measured.",
    "We use dropout (0.5) and a learning rate (0.001).",
    "The solvent (1,4-dioxane) was removed.",
    "The samples were excited by a pulsed laser with excitation (808 nm).",
    "We evaluate on 26 problems in a POSIX sandbox (2 s / 256-512 MB).",
])
def test_bracketed_settings_are_no_results(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("At 8x acceleration, our method achieves a PSNR of 38.2 dB.", ["38.2 dB"]),
    ("Under 4x and 8x undersampling, it achieves SSIM of 0.94 and 0.91.", ["0.94", "0.91"]),
    ("Devices delivered a power conversion efficiency of 25.31% under AM 1.5 G illumination.", ["25.31%"]),
    ("在8倍加速下，PSNR达到38.2 dB。", ["38.2 dB"]),
    ("在10%噪声下，准确率仍达到91.2%。", ["91.2%"]),
    # a gain stays a result
    ("It achieves a 4x acceleration over the baseline.", ["4x"]),
    ("推理速度提升3.2倍。", ["3.2倍"]),
])
def test_conditions_a_result_is_measured_under_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # decimals listed for the names before them, closed by "respectively", the metric named earlier in the sentence
    ("The Spearman correlation coefficient median ρ values for GFN1-xTB, GFN2-xTB, and QM3 approximations are "
     "0.62, 0.55 and 0.53, respectively.", ["0.62", "0.55", "0.53"]),
    ("The models were trained for 10, 20 and 30 epochs, respectively.", []),
    ("The three runs used seeds 0.1, 0.2 and 0.3, respectively.", []),
    # points written "absolute points"
    ("It can boost the planning accuracy by ~24 absolute points on harder problems.", ["~24 absolute points"]),
    ("It improves accuracy by 5.2 absolute percentage points.", ["5.2 absolute percentage points"]),
    # a negative decimal written without its leading zero
    ("Rarity emerged as a strong predictor of failure (r = -.97 for passage-level quality).", ["-.97"]),
])
def test_respective_lists_absolute_points_and_bare_negative_decimals(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # U+2010, the hyphen of publishers' abstracts, joins a range and a compound like "-"
    ("It improves accuracy by 5\u201010% on the test set.", ["5\u201010%"]),
    ("It achieves 2.1\u00d7\u201054\u00d7 speedups.", ["2.1\u00d7\u201054\u00d7"]),
    ("The devices with 1.5\u2010nm interlayers reach 25.1% efficiency.", ["25.1%"]),
    ("On CIFAR\u201010 it reaches 95.3% accuracy.", ["95.3%"]),
])
def test_the_publishers_hyphen_joins_ranges_and_compounds(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The method attains 0.92 AUC at a 5% false positive rate.", ["0.92 AUC"]),
    ("Under 10% label noise, accuracy remains 90.1%.", ["90.1%"]),
    ("With 50% sparsity, the model retains 98% of its accuracy.", ["98%"]),
    # a share that is the outcome stays
    ("Pruning reaches 50% sparsity without loss.", ["50%"]),
])
def test_shares_an_experiment_is_run_under_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_bracketed_tuple_of_numbers_is_a_point_not_results() -> None:
    """"The CIE coordinates of the films are (0.696, 0.303), (0.134, 0.773)": points, not values of a measure;
    "comparable to unwatermarked outputs (0.838)" stays one."""
    from kg.extract import Extractor

    from .test_results import make_paper as sections_paper
    paper = sections_paper(abstract="The CIE coordinates of the films are (0.696, 0.303), (0.134, 0.773), "
                                    "respectively. The detector stays comparable to unwatermarked outputs (0.838).")
    values = {r.value for r in Extractor().extract(paper).results}
    assert not {"0.696", "0.303", "0.134", "0.773"} & values
    assert "0.838" in values
