"""``extraction.jsonl``: one JSON object per paper, the ``kg extract`` format."""

from __future__ import annotations

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
        with atomic_write(path) as handle:
            write_extractions(sorted(build.extractions, key=lambda e: e.paper.id), handle)
        return [path]
