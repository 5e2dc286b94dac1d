"""Extraction quality as issue 3 measures it: the acceptance thresholds on the gold dev set, and floors on the
silver validation set of other digests (``eval/silver``) so a change that only fits the seed shows up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import EvalReport, evaluate, load_jsonl
from kg.extract import Extractor
from kg.readers import read_digests

from ..conftest import ROOT, SEED, SHARED, require, shared_digests

GOLD = SHARED / "eval" / "gold-dev.jsonl"
SILVER = ROOT / "eval" / "silver" / "silver-validation.jsonl"
# Issue 3's acceptance: F1 per type on the gold dev set (seed papers 1-48), and precision >= 0.80 for every type.
ACCEPTANCE_F1 = {"data": 0.85, "metric": 0.85, "proposed": 0.85, "method": 0.70, "task": 0.55, "result_value": 0.85}
# Measured on the silver validation set in session 5 (docs/extraction.md) less 0.03: a floor, not a target.
SILVER_F1_FLOOR = {"data": 0.59, "method": 0.71, "metric": 0.54, "proposed": 0.72, "result_value": 0.82, "task": 0.36}


def scores(gold: Path, digests: list[Path], tmp_path: Path) -> EvalReport:
    extractor = Extractor()
    predicted = tmp_path / "pred.jsonl"
    with predicted.open("w", encoding="utf-8") as out:
        for paper in read_digests(digests):
            out.write(json.dumps(extractor.extract(paper).to_json()) + "\n")
    return evaluate(load_jsonl(gold), load_jsonl(predicted))


def test_gold_dev_meets_the_acceptance_thresholds(tmp_path: Path) -> None:
    require(GOLD.exists(), f"{GOLD} is not here (../shared)")
    report = scores(GOLD, [SEED], tmp_path)
    assert not report.missing
    for kind, threshold in ACCEPTANCE_F1.items():
        assert report.types[kind].f1 >= threshold, (kind, report.types[kind].to_json())
    for kind, score in report.types.items():
        assert score.precision >= 0.80, (kind, score.to_json())


def test_silver_validation_stays_above_its_floors(tmp_path: Path) -> None:
    digests = shared_digests()
    require(digests, "../shared/digests is not here")
    report = scores(SILVER, digests, tmp_path)
    assert not report.missing
    for kind, floor in SILVER_F1_FLOOR.items():
        assert report.types[kind].f1 >= floor, (kind, report.types[kind].to_json())


@pytest.mark.parametrize("path", [SILVER, SILVER.with_name("silver-dev.jsonl")])
def test_silver_files_are_gold_shaped(path: Path) -> None:
    records = load_jsonl(path)
    assert len(records) == 52
    for record in records.values():
        assert {"proposed", "methods", "datasets", "metrics", "tasks", "results"} <= set(record)
