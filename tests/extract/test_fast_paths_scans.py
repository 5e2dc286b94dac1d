"""Prechecks and rewritten scans (session 15) give the answers of the patterns they gate or replace (the oracles)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import metric_phrases
from kg.extract.cues import _PROPOSE_BARE
from kg.extract.entities import _OPTIONAL_DIGIT_HINT, _may_hold_optional_digit
from kg.extract.spacy_pipeline import _GREEK, may_hold_greek

from .test_fast_paths import _real_section_texts

# The pattern _PROPOSE_BARE was before it was written branch by branch.
_PROPOSE_BARE_BEFORE = re.compile(r"(?:it\s+(?:also\s+)?)?(?:propose|introduce|present|develop)(?:s|d|ed)\b")


def _searches(before: str) -> list[tuple[int, int] | None]:
    """The spans the three bound-metric patterns find in the text before a value, each searched."""
    return [(m := pattern.search(before)) and m.span() for pattern, _ in metric_phrases._BOUND_BEFORE]


def _gated(before: str) -> list[tuple[int, int] | None]:
    """:func:`_searches` as :func:`metric_phrases.bound_metric` runs them: only when the stripped text ends right."""
    tail = before.rstrip()
    return [(m := pattern.search(before)) and m.span() if tail.endswith(ends) else None
            for pattern, ends in metric_phrases._BOUND_BEFORE]


def test_bound_metric_prechecks_hold_before_every_value_of_the_real_digests() -> None:
    found = 0
    for text in _real_section_texts():
        for value in re.finditer(r"(?<![\d.])\d", text):  # where a value can start
            before = text[max(0, value.start() - 120):value.start()]
            spans = _searches(before)
            assert _gated(before) == spans, before
            found += any(spans)
    assert found > 300


# Connectives, qualifiers, signs, verbs and every kind of blank around a value.
_BEFORE_TEXT = st.lists(st.sampled_from(
    ["efficiency", " of", " by", " to", " from", " up to", " about", " nearly", " over", " was", " is", " also",
     " increased", " reduced", " gains", " (PCE)", " (", "(", "~", "≈", "$", "\\approx", " ", "  ", "\n", "\t", "\xa0",
     "=", ":", " can exceed", "s", " 12.5", " mV", " reaching", "x", "ed"]), max_size=12).map("".join)


@given(_BEFORE_TEXT)
@settings(max_examples=1500, deadline=None)
def test_bound_metric_prechecks_hold_on_generated_text(before: str) -> None:
    assert _gated(before) == _searches(before)


def test_propose_bare_equals_the_pattern_with_an_optional_opening_in_the_real_digests() -> None:
    found = 0
    for text in _real_section_texts():
        lowered = text.lower()
        spans = [m.span() for m in _PROPOSE_BARE_BEFORE.finditer(lowered)]
        assert [m.span() for m in _PROPOSE_BARE.finditer(lowered)] == spans
        found += len(spans)
    assert found > 50


@given(st.lists(st.sampled_from(["it", " ", "also", "  ", "\n", "propose", "introduce", "present", "develop", "s", "d",
                                 "ed", "ing", "x", "i", "t"]), max_size=14).map("".join))
@settings(max_examples=1000, deadline=None)
def test_propose_bare_equals_the_pattern_with_an_optional_opening_on_generated_text(text: str) -> None:
    assert [m.span() for m in _PROPOSE_BARE.finditer(text)] == [m.span() for m in _PROPOSE_BARE_BEFORE.finditer(text)]


def test_greek_and_optional_digit_prechecks_agree_with_their_patterns_in_the_real_digests() -> None:
    greek = digits = 0
    for text in _real_section_texts():
        if _GREEK.search(text):
            assert may_hold_greek(text)
            greek += 1
        assert _may_hold_optional_digit(text) == bool(_OPTIONAL_DIGIT_HINT.search(text))
        digits += _may_hold_optional_digit(text)
    assert greek > 5 and digits > 0


@given(st.lists(st.sampled_from(["a", "1", "٣", "(", ")", "(1)", "10(0)", " ", "α", "Ω", "ω", "ϊ", "Ͱ", "上", "\ud800",
                                 "é", "-", "β-VAE"]), max_size=16).map("".join))
@settings(max_examples=1500, deadline=None)
def test_greek_and_optional_digit_prechecks_agree_with_their_patterns_on_generated_text(text: str) -> None:
    assert may_hold_greek(text) or not _GREEK.search(text)
    assert _may_hold_optional_digit(text) == bool(_OPTIONAL_DIGIT_HINT.search(text))
