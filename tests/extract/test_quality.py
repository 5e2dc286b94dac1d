"""Extraction quality as issue 3 measures it: the acceptance thresholds on the gold dev set, and floors on the
silver validation set of other digests (``eval/silver``) so a change that only fits the seed shows up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import EvalReport, evaluate, load_jsonl
from kg.extract import Extractor
from kg.readers import ReadReport, read_digests

from ..conftest import ROOT, SEED, SHARED, require, shared_digests

GOLD = SHARED / "eval" / "gold-dev.jsonl"
SILVER = ROOT / "eval" / "silver" / "silver-validation.jsonl"
SILVER_TEST = SILVER.with_name("silver-test.jsonl")
SILVER_TEST2 = SILVER.with_name("silver-test2.jsonl")
SILVER_TEST3 = SILVER.with_name("silver-test3.jsonl")
SILVER_TEST4 = SILVER.with_name("silver-test4.jsonl")
# The seed's papers 74-97 (its held-out half, not covered by the gold): scored on the seed digest in the repository.
SILVER_SEED_TEST = SILVER.with_name("silver-seed-test.jsonl")
# Issue 3's acceptance: F1 per type on the gold dev set (seed papers 1-48), and precision >= 0.80 for every type.
ACCEPTANCE_F1 = {"data": 0.85, "metric": 0.85, "proposed": 0.85, "method": 0.70, "task": 0.55, "result_value": 0.85}
# Measured on the silver validation and test sets at the end of session 5, and on tests 2 and 3 at the end of
# session 6, on test 4 in session 7 and on the seed test in session 8 (docs/extraction.md), less about 0.03:
# floors, not targets.
SILVER_F1_FLOOR = {
    SILVER: {"data": 0.72, "method": 0.73, "metric": 0.54, "proposed": 0.72, "result_value": 0.82, "task": 0.37},
    SILVER_TEST: {"data": 0.79, "method": 0.62, "metric": 0.55, "proposed": 0.68, "result_value": 0.84, "task": 0.49},
    SILVER_TEST2: {"data": 0.69, "method": 0.70, "metric": 0.41, "proposed": 0.78, "result_value": 0.87, "task": 0.23},
    SILVER_TEST3: {"data": 0.55, "method": 0.67, "metric": 0.34, "proposed": 0.68, "result_value": 0.85, "task": 0.38},
    SILVER_TEST4: {"data": 0.63, "method": 0.64, "metric": 0.39, "proposed": 0.79, "result_value": 0.93, "task": 0.29},
    SILVER_SEED_TEST: {"data": 0.89, "method": 0.81, "metric": 0.68, "proposed": 0.82, "result_value": 0.87,
                       "task": 0.40},
}


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


@pytest.mark.parametrize("silver", [SILVER, SILVER_TEST, SILVER_TEST2, SILVER_TEST3, SILVER_TEST4],
                         ids=["validation", "test", "test2", "test3", "test4"])
def test_silver_sets_stay_above_their_floors(silver: Path, tmp_path: Path) -> None:
    digests = shared_digests()
    require(digests, "../shared/digests is not here")
    assert_floors(scores(silver, digests, tmp_path), SILVER_F1_FLOOR[silver])


def test_the_seeds_held_out_half_stays_above_its_floors(tmp_path: Path) -> None:
    """Silver annotations of seed papers 74-97, the half the gold leaves out: a change fitted to papers 1-48 only
    shows up here."""
    assert_floors(scores(SILVER_SEED_TEST, [SEED], tmp_path), SILVER_F1_FLOOR[SILVER_SEED_TEST])


def assert_floors(report: EvalReport, floors: dict[str, float]) -> None:
    assert not report.missing
    for kind, floor in floors.items():
        assert report.types[kind].f1 >= floor, (kind, report.types[kind].to_json())


@pytest.mark.parametrize(("name", "papers"), [("silver-validation", 52), ("silver-test", 52), ("silver-test2", 52),
                                             ("silver-test3", 40), ("silver-dev", 52), ("silver-dev2", 52),
                                             ("silver-test4", 50), ("silver-dev3", 51), ("silver-dev4", 43),
                                             ("silver-dev5", 50), ("silver-dev6", 50), ("silver-seed-calibration", 48),
                                             ("silver-seed-dev", 25), ("silver-seed-test", 24)])
def test_silver_files_are_gold_shaped(name: str, papers: int) -> None:
    records = load_jsonl(SILVER.with_name(f"{name}.jsonl"))
    assert len(records) == papers
    for record in records.values():
        assert {"proposed", "methods", "datasets", "metrics", "tasks", "results"} <= set(record)


REAL = ROOT / "eval" / "real"
# The halves of the real sets only read as totals (papers of days the project never saw): measured at the end of
# session 15 (real4: session 16; real5, real6: session 18; real7: session 19; real8-12: session 20; real13-16: session 21;
# docs/extraction.md),
# less about 0.03:
# floors, not targets.
REAL_F1_FLOOR = {
    "real-test": {"data": 0.80, "method": 0.75, "metric": 0.51, "proposed": 0.84, "result_value": 0.78, "task": 0.35},
    "real2-test": {"data": 0.74, "method": 0.72, "metric": 0.48, "proposed": 0.83, "result_value": 0.90, "task": 0.39},
    "real3-test": {"data": 0.70, "method": 0.71, "metric": 0.51, "proposed": 0.82, "result_value": 0.84, "task": 0.32},
    "real4-test": {"data": 0.90, "method": 0.70, "metric": 0.50, "proposed": 0.79, "result_value": 0.73, "task": 0.37},
    # session 18's fresh sets, at its end
    "real5-test": {"data": 0.85, "method": 0.72, "metric": 0.54, "proposed": 0.78, "result_value": 0.81, "task": 0.33},
    "real6-test": {"data": 0.97, "method": 0.75, "metric": 0.69, "proposed": 0.75, "result_value": 0.86, "task": 0.37},
    # session 19's fresh set, at its end
    "real7-test": {"data": 0.78, "method": 0.76, "metric": 0.73, "proposed": 0.85, "result_value": 0.82, "task": 0.38},
    # session 20's fresh sets, at its end
    "real8-test": {"data": 0.84, "method": 0.67, "metric": 0.78, "proposed": 0.86, "result_value": 0.88, "task": 0.37},
    "real9-test": {"data": 0.93, "method": 0.86, "metric": 0.60, "proposed": 0.91, "result_value": 0.85, "task": 0.43},
    "real10-test": {"data": 0.75, "method": 0.77, "metric": 0.44, "proposed": 0.84, "result_value": 0.85, "task": 0.42},
    "real11-test": {"data": 0.77, "method": 0.76, "metric": 0.48, "proposed": 0.70, "result_value": 0.84, "task": 0.39},
    "real12-test": {"data": 0.78, "method": 0.86, "metric": 0.45, "proposed": 0.86, "result_value": 0.87, "task": 0.37},
    # session 21's fresh sets (real16: maths and physics, where annotators name no data set or metric), at its end
    "real13-test": {"data": 0.82, "method": 0.65, "metric": 0.51, "proposed": 0.77, "result_value": 0.83, "task": 0.37},
    "real14-test": {"data": 0.85, "method": 0.71, "metric": 0.75, "proposed": 0.71, "result_value": 0.85, "task": 0.27},
    "real15-test": {"data": 0.72, "method": 0.78, "metric": 0.52, "proposed": 0.80, "result_value": 0.79, "task": 0.38},
    "real16-test": {"method": 0.27, "proposed": 0.63, "result_value": 0.66, "task": 0.25},
    # session 22's: real17 and real18 (kept fresh by session 21), real19; at its end
    "real17-test": {"data": 0.66, "method": 0.58, "metric": 0.35, "proposed": 0.81, "result_value": 0.66, "task": 0.34},
    "real18-test": {"data": 0.41, "method": 0.47, "metric": 0.55, "proposed": 0.74, "result_value": 0.84, "task": 0.28},
    "real19-test": {"data": 0.79, "method": 0.80, "metric": 0.68, "proposed": 0.91, "result_value": 0.88, "task": 0.52},
    # session 22's last two and session 23's first fresh set, at session 23's end
    "real20-test": {"data": 0.70, "method": 0.65, "metric": 0.58, "proposed": 0.72, "result_value": 0.80, "task": 0.27},
    "real21-test": {"data": 0.64, "method": 0.68, "metric": 0.48, "proposed": 0.70, "result_value": 0.67, "task": 0.40},
    "real22-test": {"data": 0.69, "method": 0.57, "metric": 0.55, "proposed": 0.57, "result_value": 0.79, "task": 0.40},
    # session 23's last fresh set and session 24's two, at session 24's end
    "real23-test": {"data": 0.96, "method": 0.77, "metric": 0.34, "proposed": 0.78, "result_value": 0.86, "task": 0.23},
    "real24-test": {"data": 0.87, "method": 0.74, "metric": 0.29, "proposed": 0.81, "result_value": 0.86, "task": 0.34},
    "real25-test": {"data": 0.90, "method": 0.86, "metric": 0.29, "proposed": 0.91, "result_value": 0.62, "task": 0.34},
    # session 25's four fresh sets, at session 25's end (their readers fixed in the session: see docs/extraction.md)
    "real26-test": {"data": 0.79, "method": 0.68, "metric": 0.41, "proposed": 0.67, "result_value": 0.66, "task": 0.31},
    "real27-test": {"data": 0.67, "method": 0.70, "metric": 0.67, "proposed": 0.62, "result_value": 0.89, "task": 0.43},
    "real28-test": {"data": 0.75, "method": 0.63, "metric": 0.45, "proposed": 0.67, "result_value": 0.89, "task": 0.36},
    "real29-test": {"data": 0.89, "method": 0.69, "metric": 0.30, "proposed": 0.75, "result_value": 0.83, "task": 0.51},
    "real30-test": {"data": 0.75, "method": 0.71, "metric": 0.64, "proposed": 0.68, "result_value": 0.80, "task": 0.19},
}


@pytest.mark.parametrize("name", sorted(REAL_F1_FLOOR))
def test_real_test_sets_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    report = scores(REAL / f"{name}.jsonl", sorted((REAL / "digests").glob("*.md")), tmp_path)
    assert_floors(report, REAL_F1_FLOOR[name])


@pytest.mark.parametrize(("name", "papers"), [("real-dev", 96), ("real-test", 93), ("real2-dev", 72),
                                             ("real2-test", 72), ("real3-dev", 24), ("real3-test", 24),
                                             ("real4-dev", 48), ("real4-test", 48), ("real5-dev", 42),
                                             ("real5-test", 42), ("real6-dev", 24), ("real6-test", 24),
                                             ("real7-dev", 24), ("real7-test", 24), ("real8-dev", 18),
                                             ("real8-test", 18), ("real9-dev", 21), ("real9-test", 21),
                                             ("real10-dev", 22), ("real10-test", 19),
                                             ("real11-dev", 24), ("real11-test", 24),
                                             ("real12-dev", 24), ("real12-test", 24),
                                             ("real13-dev", 24), ("real13-test", 24),
                                             ("real14-dev", 24), ("real14-test", 24),
                                             ("real15-dev", 24), ("real15-test", 24),
                                             ("real16-dev", 24), ("real16-test", 24),
                                             ("real17-dev", 25), ("real17-test", 23),
                                             ("real18-dev", 23), ("real18-test", 24),
                                             ("real19-dev", 25), ("real19-test", 23),
                                             ("real20-dev", 24), ("real20-test", 24),
                                             ("real21-dev", 24), ("real21-test", 24),
                                             ("real22-dev", 24), ("real22-test", 24),
                                             ("real23-dev", 22), ("real23-test", 23),
                                             ("real24-dev", 21), ("real24-test", 21),
                                             ("real25-dev", 24), ("real25-test", 22),
                                             ("real26-dev", 20), ("real26-test", 17),
                                             ("real27-dev", 19), ("real27-test", 19),
                                             ("real28-dev", 13), ("real28-test", 11),
                                             ("real29-dev", 21), ("real29-test", 20),
                                             ("real30-dev", 19), ("real30-test", 19),
                                             ("real31-dev", 2), ("real31-test", 2)])
def test_real_sets_are_gold_shaped_and_their_papers_are_read(name: str, papers: int) -> None:
    """The annotated papers of other days are all in the copied digests, read without a warning."""
    records = load_jsonl(REAL / f"{name}.jsonl")
    assert len(records) == papers
    for record in records.values():
        assert {"proposed", "methods", "datasets", "metrics", "tasks", "results"} <= set(record)
    report = ReadReport()
    read = {paper.id for paper in read_digests(sorted((REAL / "digests").glob("*.md")), report)}
    assert set(records) <= read
    # (a digest written without authors or abstracts says so once: a note on its layout, nothing lost)
    layout_notes = [w for w in report.warnings if w.paper is None and "(a layout without" in w.reason]
    assert not report.skipped and report.warnings == layout_notes and not report.duplicates


AUDIT = ROOT / "eval" / "audit"


def _judged(name: str) -> dict[tuple[str, str, str], str]:
    """(paper id, kind, name) -> verdict of an audit table (eval/audit/README.md)."""
    import csv

    with (AUDIT / f"judged-{name}.tsv").open(encoding="utf-8") as handle:
        return {(row["paper"], row["kind"], row["name"]): row["verdict"]
                for row in csv.DictReader(handle, delimiter="\t")}


def _copied(sources: str) -> dict[str, set[str]]:
    """File -> the paper ids its audit copied (``SOURCES-*.tsv`` of eval/audit)."""
    import csv

    with (AUDIT / sources).open(encoding="utf-8") as handle:
        return {row["file"]: set(row["paper_ids"].split(",")) for row in csv.DictReader(handle, delimiter="\t")}


# The audit layouts kg does not read (the footnote blocks of qhduan, "[^N]: <title>", are read since session 18; the six
# layouts of audit 5 since session 19; the four of audit 6 since session 20).
UNREAD_AUDIT_FILES: set[str] = set()


def test_audit_papers_are_all_read() -> None:
    """Every paper block copied for the precision audits is read, but for the files of UNREAD_AUDIT_FILES, which are
    reported as holding no paper (the other warnings say where an id came from, or that a layout has no abstract or
    no authors)."""
    copied = _copied("SOURCES-audit.tsv") | _copied("SOURCES-audit4.tsv") | _copied("SOURCES-audit5.tsv") | \
        _copied("SOURCES-audit6.tsv")
    report = ReadReport()
    read = {paper.id for paper in read_digests(sorted((AUDIT / "digests").glob("*.md")), report)}
    expected = set().union(*(ids for name, ids in copied.items() if name not in UNREAD_AUDIT_FILES))
    assert len(expected) == 137 + 64 + 48 + 52 and read == expected  # (audit 6: 55, 3 of them in audit 4 too)
    copied_twice = {paper for name, ids in copied.items() for paper in ids
                    if any(paper in other for other_name, other in copied.items() if other_name != name)}
    assert not report.skipped and {issue.paper for issue in report.duplicates} == copied_twice
    unread = [w for w in report.warnings if "no paper in this file" in w.reason]
    assert {Path(w.file).name for w in unread} == UNREAD_AUDIT_FILES
    assert all(any(why in w.reason for why in ("id taken from the paper link", "has an abstract", "has an author line"))
               for w in report.warnings if w not in unread)


@pytest.fixture(scope="module")
def audit_extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("audit", ["audit1", "audit2", "audit3", "audit4"])
def test_false_positives_fixed_on_the_audit_sets_stay_fixed(audit: str, audit_extractor: Extractor) -> None:
    """Entities judged wrong at the start of the audit's session (17; audit4: 18) and gone at its end do not come
    back."""
    start, end = _judged(f"{audit}-start"), _judged(f"{audit}-end")
    fixed = {key for key, verdict in start.items() if verdict == "wrong" and key not in end and key[1] != "R"}
    papers = [p for p in read_digests(sorted((AUDIT / "digests").glob("*.md"))) if p.id in {k[0] for k in fixed}]
    found = {(p.id, f"E:{m.type}", m.name) for p in papers for m in audit_extractor.extract(p).entities}
    assert fixed and not fixed & found
