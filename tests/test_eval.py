"""``kg eval`` and ``kg extract`` (issue 3): matching rules, same numbers as the reference scorer, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import Entry, content_words, dedupe, evaluate, load_jsonl, normalise_name, same_entry

from .conftest import SEED, SHARED

GOLD = SHARED / "eval" / "gold-dev.jsonl"
SCORER = SHARED / "eval" / "score.py"
runner = CliRunner()


def test_names_normalise_over_case_spaces_hyphens_and_punctuation() -> None:
    assert normalise_name("Grad-CAM++") == normalise_name("grad cam++") == "gradcam++"
    assert normalise_name("mAP@0.5") == "map@0.5"
    assert normalise_name("F1 score.") == "f1score"
    assert normalise_name("CIFAR-10") != normalise_name("CIFAR-100")


def test_tasks_match_on_content_words() -> None:
    a = {("T", content_words("GUI grounding"))}
    assert same_entry(a, {("T", content_words("grounding of GUIs"))})  # stop word and plural dropped
    assert same_entry(a, {("T", content_words("GUI grounding and navigation"))})  # contained, >= 2 words
    assert not same_entry(a, {("T", content_words("image segmentation"))})


def test_dedupe_merges_matching_entries() -> None:
    merged = dedupe([Entry({"ece"}, "ECE"), Entry({"ece", "expectedcalibrationerror"}, "expected calibration error"),
                     Entry({"f1"}, "F1")])
    assert [e.label for e in merged] == ["ECE", "F1"]
    assert merged[0].keys == {"ece", "expectedcalibrationerror"}


def test_scores_and_details_on_a_small_case() -> None:
    gold = {"1": {"id": "1", "proposed": ["X-Net"], "methods": ["ResNet34"], "metrics": ["ECE", "F1"],
                  "datasets": [{"name": "CIFAR-10", "benchmark": True}],
                  "results": [{"value": "69.6%"}, {"value": "~3%"}]}}
    pred = {"1": {"id": "1v2", "entities": [
        {"name": "X-Net", "type": "Method", "role": "proposed"},
        {"name": "ResNet50", "type": "Method", "role": "used"},
        {"name": "expected calibration error", "type": "Metric", "aliases": ["ECE"]},
        {"name": "CIFAR-100", "type": "Benchmark"},
        {"name": "CNN", "type": "Technique"}],
        "results": [{"value": "69.6 %"}, {"value": 3}, {"value": "12"}]}}
    report = evaluate(gold, pred)
    scores = {t: (s.tp, s.gold, s.pred) for t, s in report.types.items()}
    assert scores == {"proposed": (1, 1, 1), "method": (1, 2, 2), "metric": (1, 2, 1), "data": (0, 1, 1),
                      "result_value": (2, 2, 3)}
    assert report.types["result_value"].precision == pytest.approx(2 / 3)
    diffs = {(d.type, tuple(d.misses), tuple(d.false_positives)) for d in report.details}
    assert ("method", ("ResNet34",), ("ResNet50",)) in diffs
    assert ("data", ("CIFAR-10",), ("CIFAR-100",)) in diffs
    assert ("metric", ("F1",), ()) in diffs


def reference_scores(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def kg_scores(gold: Path, pred: Path) -> dict:
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(pred), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    for row in out["types"].values():
        del row["tp"]
    return out


def perturbed_predictions(gold_path: Path, out: Path) -> Path:
    """Predictions made from the gold by rules: some names dropped, recased, re-hyphenated, extra ones added."""
    with out.open("w", encoding="utf-8") as handle:
        for i, record in enumerate(load_jsonl(gold_path).values()):
            entities = []
            for j, name in enumerate(record.get("proposed", [])):
                entities.append({"name": name.upper() if j % 2 else name, "type": "Method",
                                 "role": "proposed" if i % 3 else "used"})
            for j, name in enumerate(record.get("methods", [])):
                if j % 3 != 1:
                    entities.append({"name": name.replace("-", " "), "type": "Method", "role": "used"})
            for item in record.get("datasets", []):
                entities.append({"name": item["name"], "type": "Benchmark" if item.get("benchmark") else "Dataset",
                                 "role": "introduced" if item.get("introduced") and i % 2 else "evaluated_on"})
            for name in record.get("metrics", [])[::2]:
                entities.append({"name": name.lower(), "type": "Metric"})
            for name in record.get("tasks", []):
                entities.append({"name": " ".join(name.split()[:2]) + " methods", "type": "Task"})
            entities.append({"name": f"Baseline-{i}", "type": "Method", "role": "used"})
            results = [{"value": r["value"]} for r in record.get("results", [])[1:]] + [{"value": f"{i}.5%"}]
            handle.write(json.dumps({"id": record["id"], "entities": entities, "results": results}) + "\n")
    return out


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not here")
def test_same_numbers_as_the_reference_scorer(tmp_path: Path) -> None:
    extracted = tmp_path / "seed.jsonl"
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(extracted)])
    assert result.exit_code == 0, result.output
    for pred in (extracted, perturbed_predictions(GOLD, tmp_path / "perturbed.jsonl")):
        reference = reference_scores(GOLD, pred)
        assert reference["types"], pred
        assert kg_scores(GOLD, pred) == reference


def test_extract_writes_one_record_per_paper(tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["extract", str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    headers = sum(1 for line in SEED.read_text(encoding="utf-8").splitlines() if line.startswith("### ["))
    assert len(records) == headers
    assert set(records[0]) == {"id", "title", "entities", "results", "relations", "code"}
    assert f"extracted {headers} papers" in result.stderr


def test_extract_to_stdout_and_eval_details_from_digests(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": first["id"], "results": [{"value": "123456.7%"}]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(SEED), "--details"])
    assert result.exit_code == 0, result.output
    assert "result_value" in result.stdout and "123456.7%" in result.stdout  # the miss is listed


def test_eval_reports_a_bad_gold_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(SEED)])
    assert result.exit_code != 0
    assert "gold.jsonl:1" in str(result.exception) or "gold.jsonl:1" in result.output
