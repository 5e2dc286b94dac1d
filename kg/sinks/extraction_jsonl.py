"""``extraction.jsonl``: one JSON object per paper, the ``kg extract`` format."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..model import PaperExtraction
from .atomic import atomic_write

if TYPE_CHECKING:
    from ..pipeline import Build


def write_extractions(extractions: Iterable[PaperExtraction], handle: TextIO) -> int:
    """Write extraction records as JSON lines; return how many."""
    count = 0
    for extraction in extractions:
        handle.write(json.dumps(extraction.to_json(), ensure_ascii=False, sort_keys=False))
        handle.write("\n")
        count += 1
    return count


class ExtractionJsonlSink:
    name = "extraction"

    def write(self, build: Build, out_dir: Path) -> list[Path]:
        path = out_dir / "extraction.jsonl"
        new = sorted(build.extractions, key=lambda e: e.paper.id)
        previous = build.out_dir / path.name if build.previous is not None and build.out_dir else None
        with atomic_write(path) as handle:
            if previous is None or not previous.exists():
                write_extractions(new, handle)
            else:  # --update: merge the earlier records (sorted by id) with the new ones
                lines = ((line, json.loads(line)["id"]) for line in previous.open(encoding="utf-8") if line.strip())
                fresh = ((json.dumps(e.to_json(), ensure_ascii=False) + "\n", e.paper.id) for e in new)
                for line, _ in heapq.merge(lines, fresh, key=lambda pair: pair[1]):
                    handle.write(line if line.endswith("\n") else line + "\n")
        return [path]
