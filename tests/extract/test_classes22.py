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
