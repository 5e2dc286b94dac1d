"""Numeric results, session 15: values as materials and device papers write them (units in brackets, levels a
quantity stays at, changes with words between), and what is no result there."""

from __future__ import annotations

import pytest

from .test_results import values


@pytest.mark.parametrize("text, expected", [
    # a unit in brackets after its value
    ("The grating increases the current density from 12.5 (mA/cm2) for a flat device to 20.4 (mA/cm2).",
     ["12.5 (mA/cm2)", "20.4 (mA/cm2)"]),
    ("The open-circuit voltage rises from 0.812 to 1.02 (V).", ["0.812", "1.02 (V)"]),
    # the level a quantity stays at
    ("The current density remains nearly constant at about 21.3 (mA/cm2).", ["21.3 (mA/cm2)"]),
    ("The cell voltage stays at 1.2 V over the test.", ["1.2 V"]),
    # a measure reached "of up to" a value
    ("The joints reach tensile and shear strengths of up to 2.45 and 1.30 MPa, respectively.", ["2.45", "1.30 MPa"]),
    # what the first value of a change is of, between it and "to"
    ("Latency falls from 120 ms in the baseline to 45 ms.", ["120 ms", "45 ms"]),
])
def test_device_values_with_bracketed_units_and_levels(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Each run takes 12 (s) on average.",
    "Devices were heated at 150 °C for 10 min.",
])
def test_one_letter_bracketed_units_and_settings_stay_out(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # units and powers of ten as materials papers write them
    ("The film has a high resistivity of 4.35 × 1011 Ω·cm and low noise.", ["4.35 × 1011 Ω·cm"]),
    ("The dark current is reduced by 3 orders of magnitude.", ["3 orders of magnitude"]),
    ("It shows a narrow pore size distribution centered at 4.2 Å.", ["4.2 Å"]),
    # a multiplier set against "that of" another material, or what it amplifies
    ("It reaches a thermal conductivity of 3.1 W/(m·K), 2.2 × that of the polymer.", ["3.1 W/(m·K)", "2.2 ×"]),
    ("Independent agents amplify errors 9.4x through unchecked propagation.", ["9.4x"]),
    # how long a device lasts: a duration or a number of cycles after a word of stability
    ("The symmetric cell shows stable cycling for over 8000 h at 1 mA cm-2.", ["8000 h"]),
    ("The full cell remains stable for 1500 cycles with a low decay rate of 0.03%.", ["1500", "0.03%"]),
    ("The cathode shows no degradation over 300 h at 700°C.", ["300 h"]),
])
def test_materials_units_multipliers_and_lifetimes(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the share retained is the result, not the time it is retained after
    ("The device retains 91% of its initial PCE after 1000 h of thermal aging.", ["91%"]),
    ("We trained the model for 10 hours on 8 GPUs.", []),
    ("Each tile is 2.5 × 100 m wide.", []),
])
def test_times_a_share_is_kept_after_and_training_times_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # powers of ten written with superscripts or "^" and a positive exponent, and units with superscript exponents
    ("The ionic conductivity reaches 1.2×10⁻³ S/cm at room temperature.", ["1.2×10⁻³ S/cm"]),
    ("It achieves an ionic conductivity of 10^5 S/cm.", ["10^5 S/cm"]),
    ("离子电导率为1.2×10⁻³ S/cm。", ["1.2×10⁻³ S/cm"]),
    ("The ionic conductivity is 2.3 mS cm⁻¹ at 25 °C.", ["2.3 mS cm⁻¹"]),
    # units spelled out
    ("It shows a laser threshold as low as 0.81 microwatt and a high quality factor.", ["0.81 microwatt"]),
    ("The end-to-end latency is 35 milliseconds.", ["35 milliseconds"]),
    # a number of cycles that reads like a year
    ("The full cell remains stable for 2000 cycles.", ["2000"]),
    ("该电池的能量密度达到350 Wh/kg，循环寿命超过2000次。", ["350 Wh/kg", "2000"]),
])
def test_superscript_powers_spelled_units_and_cycle_counts(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Large-area devices (900 mm²) reach EQEs of up to 20% in imaging.", ["20%"]),
    ("We draw 10^5 samples from the prior.", []),
    ("In 2000 the first such model was proposed.", []),
])
def test_bracketed_areas_counts_and_years_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the composition of a material or a mixture is a setting
    ("BaSnO 3 and Cr‐substituted BaSnO 3 (2%, 4%, and 6%) samples were synthesized.", []),
    ("Devices with 0.75% Bi retained up to 80% of the initial PCE.", ["80%"]),
    ("We find that 15% Zr substitution gives the best performance.", []),
    ("Breakthrough experiments with 10-15% CO2:N2 mixtures show good separation.", []),
    ("Adding a minimal concentration (0.4%) of the salt raises the PCE to 24.6%.", ["24.6%"]),
    ("With a Cu content of 3.5% the film reaches 20.1% efficiency.", ["20.1%"]),
    ("The competition used a grid model with a 35\\% renewable energy mix.", []),
    # a PDF's flattened chemical formula is no list of values
    ("It shows a maximum dielectric constant (~7321.45) for BaZr 0.2 Ti 0.8 O 3 , while loops confirm it.",
     ["~7321.45"]),
    ("The F1 reaches 0.85 in CsPb(Br 0.4 Cl 0.6 ) 3 films.", ["0.85"]),
])
def test_compositions_and_formula_subscripts_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The doped film reaches a PCE (25.1%).", ["25.1%"]),
    ("It achieves 85.2% Top-1 accuracy and 45% Co-training gains.", ["85.2%", "45%"]),
    ("It reaches mAP 45.2 On COCO.", ["45.2"]),
    ("It improves accuracy by 12% over the mix of baselines.", ["12%"]),
])
def test_results_next_to_capitals_stay(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A shear-stress plateau of 350 Pa was obtained for the composites.", ["350 Pa"]),
    ("The pressure drop is 12 kPa.", ["12 kPa"]),
    # gas volumes at standard conditions
    ("It reaches deliverable capacities of 181 cm3 (STP) cm−3 and 204 cm3 (STP) cm−3 for methane.",
     ["181 cm3 (STP) cm−3", "204 cm3 (STP) cm−3"]),
])
def test_pascals_and_gas_volumes_at_standard_conditions(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a flattened power of ten before a per-length unit
    ("The films show high absorption (6.35 × 105/cm) and lower reflectivity (0.14).", ["6.35 × 105/cm", "0.14"]),
    ("The absorption coefficient exceeds 10^5 /cm.", ["10^5 /cm"]),
    # an item number closed by a bracket is no value
    ("We pursue two goals: 1) accuracy and 2) speed.", []),
    ("现有方法只关注两个方向：1) 查询类型；2) 精度达到85%。", ["85%"]),
    ("It reports F1 (0.91) and AUC (0.95).", ["0.91", "0.95"]),
])
def test_per_length_powers_and_item_numbers(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the condition a value is measured at, named before "of"
    ("A plateau of 380 Pa was obtained at an electric field strength of 3 kV mm-1.", ["380 Pa"]),
    ("The best emission occurred at a SiO2 thickness of 12 nm.", []),
    ("It reaches a capacity of 150 mAh g−1 at a current density of 1 A g−1.", ["150 mAh g−1"]),
    # a cost stays a result
    ("It keeps 90% accuracy at a latency of 12 ms.", ["90%", "12 ms"]),
])
def test_conditions_named_before_of_are_no_results(text: str, expected: list[str]) -> None:
    assert values(text) == expected
