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
