"""``extraction.jsonl``: one JSON object per paper, the ``kg extract`` format, in input order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..model import PaperExtraction
from .stream import Previous, StreamFile, StreamingSink

if TYPE_CHECKING:
    from ..model import KnowledgeGraph
    from ..pipeline import Build

FILE_NAME = "extraction.jsonl"


def extraction_line(extraction: PaperExtraction) -> str:
    return json.dumps(extraction.to_json(), ensure_ascii=False) + "\n"


def write_extractions(extractions: Iterable[PaperExtraction], handle: TextIO) -> int:
    """Write extraction records as JSON lines; return how many."""
    count = 0
    for extraction in extractions:
        handle.write(extraction_line(extraction))
        count += 1
    return count


class ExtractionJsonlSink(StreamingSink):
    """Every paper's record as it is extracted; an update appends the new papers' records."""

    name = "extraction"
    uses_extraction = True

    def open(self, out_dir: Path, previous: Previous | None = None) -> None:
        resume = (previous.folder / FILE_NAME, previous.state["length"]) if previous else None
        self.file = StreamFile(out_dir / FILE_NAME, resume=resume)

    def add(self, part: KnowledgeGraph, extraction: PaperExtraction) -> None:
        self.file.write_text(extraction_line(extraction))

    def close(self, shared: KnowledgeGraph, build: Build) -> list[Path]:
        self.state = {"length": self.file.mark()}
        return [self.file.close()]
