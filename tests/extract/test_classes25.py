"""Regression tests for error classes found on the fresh real papers of session 25 (real26 and real27 dev): invented
sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper as make_entity_paper


def test_a_numbered_criterion_that_is_a_word_of_the_text_is_no_proposed_part(extractor: EntityExtractor) -> None:
    paper = make_entity_paper("Root Causes by Interventions",
                              "Finding the cause of an anomaly is hard. We propose RIVO, a novel algorithm whose root "
                              "causes meet two criteria: 1) Anomaly: root cause nodes take anomalous values; 2) Fix: "
                              "had they taken usual values, the target would be normal. We assess the fix condition "
                              "with (1) Context Folding, which compresses the history.")
    found = {m.name: (m.type, m.role) for m in extractor.extract(paper)}
    assert found["RIVO"] == ("Method", "proposed")
    assert "Anomaly" not in found and "Fix" not in found
    assert found.get("Context Folding") == ("Method", "proposed")
