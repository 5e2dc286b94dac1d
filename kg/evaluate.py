"""Extraction quality against hand-made gold annotations: precision, recall and F1 per type.

The matching rules are those of the project's reference scorer (``../shared/eval/score.py``, described in
``../shared/eval/GUIDELINES.md``), written here so kg works without it; a test checks both give the same
numbers on the same files.

- Types: ``proposed`` (Method with role proposed), ``method`` (every Method, proposed included),
  ``data`` (Dataset and Benchmark together), ``introduced`` (data the paper introduces), ``metric``,
  ``task`` and ``result_value`` (the digits of a result value, e.g. "69.6%" -> "69.6").
- Names match after normalisation (NFKC, lower case, only letters, digits, CJK, ``+ @ .``; a final dot
  dropped), through aliases on both sides. Tasks match leniently: content-word sets (stop words dropped,
  plural "s" removed) with Jaccard >= 0.5, or one set of >= 2 words contained in the other.
- Within a paper, entries of one type that match each other are merged first (dedupe); gold and
  predicted entries are then paired greedily one to one, in gold order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

# An entry is a set of keys: normalised names (str) or, for tasks, ("T", content words) tuples.
Key = str | tuple[str, frozenset[str]]

TYPES = ("data", "introduced", "method", "metric", "proposed", "result_value", "task")
_STOP_WORDS = frozenset("a an the of for in on with via and to by from using based towards toward under".split())
_PRED_TYPE = {"method": "method", "model": "method", "dataset": "data", "benchmark": "data",
              "metric": "metric", "task": "task"}


def normalise_name(name: object) -> str:
    """The matching key of a name: "Grad-CAM++" -> "gradcam++", "F1 score." -> "f1score"."""
    text = unicodedata.normalize("NFKC", str(name)).lower()
    return re.sub(r"[^0-9a-z\u4e00-\u9fff+@.]", "", text).rstrip(".")


def content_words(name: object) -> frozenset[str]:
    """Content words of a task name, singular: "detecting objects in images" -> {detecting, object, image}."""
    words = re.findall(r"[0-9a-z\u4e00-\u9fff]+", unicodedata.normalize("NFKC", str(name)).lower())
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOP_WORDS)


def value_digits(value: object) -> str:
    """The digits and dots of a result value: "~60%" -> "60", "29.42mm" -> "29.42"."""
    return re.sub(r"[^0-9.]", "", str(value))


@dataclass
class Entry:
    """One gold or predicted item of a type: its match keys and a name to show."""

    keys: set[Key]
    label: str


def _task_keys(names: Iterable[str]) -> set[Key]:
    return {("T", content_words(n)) for n in names if content_words(n)}


def same_entry(a: set[Key], b: set[Key]) -> bool:
    """True when two entries denote the same thing (shared key, or lenient task-word match)."""
    if a & b:
        return True
    for x in a:
        if not isinstance(x, tuple):
            continue
        for y in b:
            if not isinstance(y, tuple):
                continue
            wx, wy = x[1], y[1]
            if min(len(wx), len(wy)) >= 2 and (wx <= wy or wy <= wx):
                return True
            if len(wx & wy) / len(wx | wy) >= 0.5:
                return True
    return False


def gold_entries(record: Mapping[str, Any]) -> dict[str, list[Entry]]:
    """Entries per type of one gold record (GUIDELINES.md format)."""
    aliases = record.get("aliases") or {}

    def names(name: str) -> set[Key]:
        return {normalise_name(name)} | {normalise_name(a) for a in aliases.get(name, [])}

    out: dict[str, list[Entry]] = {}
    for name in record.get("proposed", []):
        out.setdefault("proposed", []).append(Entry(names(name), name))
        out.setdefault("method", []).append(Entry(names(name), name))
    for name in record.get("methods", []):
        out.setdefault("method", []).append(Entry(names(name), name))
    for item in record.get("datasets", []):
        out.setdefault("data", []).append(Entry(names(item["name"]), item["name"]))
        if item.get("introduced"):
            out.setdefault("introduced", []).append(Entry(names(item["name"]), item["name"]))
    for name in record.get("metrics", []):
        out.setdefault("metric", []).append(Entry(names(name), name))
    for name in record.get("tasks", []):
        out.setdefault("task", []).append(Entry(_task_keys([name, *aliases.get(name, [])]), name))
    for result in record.get("results", []):
        digits = value_digits(result.get("value", ""))
        if digits:
            out.setdefault("result_value", []).append(Entry({digits}, str(result.get("value"))))
    return out


def predicted_entries(record: Mapping[str, Any]) -> dict[str, list[Entry]]:
    """Entries per type of one ``kg extract`` record."""
    out: dict[str, list[Entry]] = {}
    for entity in record.get("entities", []):
        kind = _PRED_TYPE.get(str(entity.get("type", "")).lower())
        if not kind:
            continue
        names = [entity["name"], *(entity.get("aliases") or [])]
        keys = _task_keys(names) if kind == "task" else {normalise_name(n) for n in names}
        entry = Entry(keys, str(entity["name"]))
        out.setdefault(kind, []).append(entry)
        role = str(entity.get("role", "")).lower()
        if kind == "method" and role in ("proposed", "proposes"):
            out.setdefault("proposed", []).append(entry)
        if kind == "data" and role in ("introduced", "introduces", "proposed"):
            out.setdefault("introduced", []).append(entry)
    for result in record.get("results", []):
        digits = value_digits(result.get("value", ""))
        if digits:
            out.setdefault("result_value", []).append(Entry({digits}, str(result.get("value"))))
    return out


def dedupe(entries: list[Entry]) -> list[Entry]:
    """Merge entries that match an earlier one (keys united, first label kept)."""
    merged: list[Entry] = []
    for entry in entries:
        for kept in merged:
            if same_entry(entry.keys, kept.keys):
                kept.keys |= entry.keys
                break
        else:
            merged.append(Entry(set(entry.keys), entry.label))
    return merged


def match(gold: list[Entry], predicted: list[Entry]) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """Greedy one-to-one pairing in gold order: (matched gold, missed gold, unmatched predictions)."""
    used: set[int] = set()
    hits: list[Entry] = []
    misses: list[Entry] = []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same_entry(g.keys, p.keys):
                used.add(i)
                hits.append(g)
                break
        else:
            misses.append(g)
    return hits, misses, [p for i, p in enumerate(predicted) if i not in used]


@dataclass
class TypeScore:
    """Counts of one type over all papers, and the scores derived from them."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"P": round(self.precision, 3), "R": round(self.recall, 3), "F1": round(self.f1, 3),
                "gold": self.gold, "pred": self.pred, "tp": self.tp}


@dataclass
class PaperDiff:
    """What one paper's prediction missed and what it added, for one type."""

    paper: str
    type: str
    misses: list[str]
    false_positives: list[str]


@dataclass
class EvalReport:
    papers: int
    missing: list[str]  # gold papers without a prediction
    types: dict[str, TypeScore] = field(default_factory=dict)
    details: list[PaperDiff] = field(default_factory=list)

    def to_json(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"papers": self.papers, "missing": len(self.missing),
                               "types": {t: s.to_json() for t, s in sorted(self.types.items())}}
        if details:
            out["details"] = [d.__dict__ for d in self.details]
        return out


def bare_id(paper_id: object) -> str:
    """A paper id without an arXiv version suffix: "2602.09082v2" -> "2602.09082"."""
    return re.sub(r"v\d+$", "", str(paper_id))


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Records of a JSONL file by bare paper id."""
    records: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    records[bare_id(record["id"])] = record
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}:{number}: not a JSON object with an \"id\" ({exc}); "
                                     "expected one paper per line") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    return records


def evaluate(gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]],
             ids: tuple[str, str] | None = None) -> EvalReport:
    """Score predictions against gold; ``ids`` limits to gold papers with ids in [from, to]."""
    keys = sorted(gold)
    if ids:
        keys = [k for k in keys if ids[0] <= k <= ids[1]]
    report = EvalReport(papers=len(keys), missing=[k for k in keys if k not in predicted])
    for key in keys:
        gold_types = gold_entries(gold[key])
        pred_types = predicted_entries(predicted.get(key, {}))
        for kind in sorted(set(gold_types) | set(pred_types)):
            g = dedupe(gold_types.get(kind, []))
            p = dedupe(pred_types.get(kind, []))
            hits, misses, extra = match(g, p)
            score = report.types.setdefault(kind, TypeScore())
            score.tp += len(hits)
            score.gold += len(g)
            score.pred += len(p)
            if misses or extra:
                report.details.append(PaperDiff(key, kind, [m.label for m in misses], [e.label for e in extra]))
    return report
