"""Lexicons of well-known datasets, benchmarks, metrics, techniques and task names.

The shipped files live in ``kg/data/lexicons/`` (sources in ``SOURCES.md`` there). The Papers with Code
derived files are regenerated from the raw gazetteer with ``python -m kg.extract.lexicons PWC_DIR``.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..resources import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicons"

# Split/variant suffixes of PwC benchmark names ("COCO test-dev", "BDD100K val").
_SPLIT_SUFFIX = re.compile(r"\s+(?:val\w*|test[-\w]*|dev|train\w*|minival|validation|dataset|corpus|"
                           r"\(.*\)|\d+%.*|-\s.*)$", re.IGNORECASE)
_NAME_SHAPE = re.compile(r"[A-Z].*[A-Z0-9]|[0-9].*[A-Za-z]|[a-z][A-Z]")
_TASK_OK = re.compile(r"^[A-Za-z][A-Za-z0-9' -]+$")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon line: the surface form and the short form it resolves to (itself when none)."""

    text: str
    canonical: str


@dataclass(slots=True)
class Lexicons:
    """All lexicons, by entity type."""

    datasets: list[LexiconEntry] = field(default_factory=list)
    benchmarks: list[LexiconEntry] = field(default_factory=list)
    metrics: list[LexiconEntry] = field(default_factory=list)  # with the measures
    measures: list[LexiconEntry] = field(default_factory=list)  # figures of merit named wherever they are written
    techniques: list[LexiconEntry] = field(default_factory=list)
    methods: list[LexiconEntry] = field(default_factory=list)
    tasks: list[LexiconEntry] = field(default_factory=list)
    not_names: list[LexiconEntry] = field(default_factory=list)  # publishers, web sites, hardware: never an entity


def read_lexicon(path: Path) -> list[LexiconEntry]:
    """Entries of one lexicon file (``#`` comments, ``LONG = SHORT`` long forms)."""
    entries: list[LexiconEntry] = []
    if not path.is_file():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, _, short = line.partition(" = ")
        entries.append(LexiconEntry(text.strip(), (short or text).strip()))
    return entries


@lru_cache(maxsize=4)
def load_lexicons(folder: Path = LEXICON_DIR) -> Lexicons:
    """The shipped lexicons (cached: they are read once per process). A PwC task that is also a named data set
    ("Natural Questions") is left to the data lexicons: matched as a task first, the data set was never found."""
    datasets = read_lexicon(folder / "datasets.txt") + read_lexicon(folder / "pwc_datasets.txt")
    benchmarks = read_lexicon(folder / "benchmarks.txt")
    data_names = {entry.text.lower() for entry in datasets + benchmarks}
    return Lexicons(
        datasets=datasets,
        benchmarks=benchmarks,
        metrics=read_lexicon(folder / "metrics.txt") + read_lexicon(folder / "measures.txt"),
        measures=read_lexicon(folder / "measures.txt"),
        techniques=read_lexicon(folder / "techniques.txt"),
        methods=read_lexicon(folder / "methods.txt"),
        tasks=[entry for entry in read_lexicon(folder / "pwc_tasks.txt") if entry.text.lower() not in data_names],
        not_names=read_lexicon(folder / "not_names.txt"),
    )


def clean_pwc_dataset(name: str) -> str | None:
    """A PwC dataset/benchmark name fit for case-sensitive matching, or None when it is noise."""
    name = name.strip().strip(",")
    while (shorter := _SPLIT_SUFFIX.sub("", name).strip()) != name:
        name = shorter
    words = name.split()
    if len(name) < 3 or len(words) > 4 or not re.search(r"[A-Za-z]", name):
        return None
    if re.fullmatch(r"[\d.,%kKmM ]+", name) or re.search(r"[,:;!?_]", name):
        return None
    if not any(_NAME_SHAPE.search(word) for word in words):
        return None  # ordinary words ("Letter", "Lost and Found"): too ambiguous in running text
    if len(words) == 1 and name.isupper() and len(name) <= 3:
        return None  # short all-caps codes ("MMD", "CH") collide with abbreviations
    if len(words) > 1 and name.lower() == name:
        return None  # lower-case descriptions, not names
    return name


def clean_pwc_task(name: str) -> str | None:
    """A PwC task name usable as a task phrase, or None (single words, language variants, noise)."""
    name = name.strip().strip('"').strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or not _TASK_OK.match(name) or " - " in name:
        return None
    if words[0].lower() == "translation" or re.search(r"\b[a-z]{3}-[a-z]{3}\b", name):
        return None  # machine-translation language pairs ("translation kat-eng")
    return name.lower()


def build_pwc_lexicons(pwc_dir: Path, out_dir: Path = LEXICON_DIR) -> tuple[int, int]:
    """Filter the raw PwC gazetteer into ``pwc_datasets.txt`` and ``pwc_tasks.txt``; return the counts."""
    datasets: set[str] = set()
    with open(pwc_dir / "pwc_worldsnapshot_all_tasks_detailed.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("Common Datasets (Top 10)", "Benchmarks"):
                for raw in row.get(column, "").split(";"):
                    cleaned = clean_pwc_dataset(raw)
                    if cleaned:
                        datasets.add(cleaned)
    tasks: set[str] = set()
    for line in (pwc_dir / "pwc_worldsnapshot_all_tasks.txt").read_text(encoding="utf-8").splitlines():
        cleaned = clean_pwc_task(line)
        if cleaned:
            tasks.add(cleaned)
    header = "# Derived from Papers with Code (CC BY-SA 4.0); see SOURCES.md. Generated by kg.extract.lexicons.\n"
    (out_dir / "pwc_datasets.txt").write_text(header + "\n".join(sorted(datasets)) + "\n", encoding="utf-8")
    (out_dir / "pwc_tasks.txt").write_text(header + "\n".join(sorted(tasks)) + "\n", encoding="utf-8")
    return len(datasets), len(tasks)


if __name__ == "__main__":
    n_datasets, n_tasks = build_pwc_lexicons(Path(sys.argv[1]))
    print(f"wrote {n_datasets} dataset names and {n_tasks} task names to {LEXICON_DIR}")
