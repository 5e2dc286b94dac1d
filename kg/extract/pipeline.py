"""The extraction pipeline (minimal first version: code links only; see issue 3)."""

from __future__ import annotations

import re

from ..model import Evidence, Paper, PaperExtraction

_URL = re.compile(r"https?://(?:github\.com|gitlab\.com|huggingface\.co)/[^\s)\]>,;\"']+")


class Extractor:
    """Turns one :class:`Paper` into a :class:`PaperExtraction`."""

    def extract(self, paper: Paper) -> PaperExtraction:
        extraction = PaperExtraction(paper)
        for section in paper.usable_sections():
            for match in _URL.finditer(section.text):
                url = match.group(0).rstrip(".")
                if url not in extraction.code:
                    extraction.code.append(url)
                    extraction.code_evidence.append(
                        Evidence(paper.id, section.name, section.text, match.start(), match.start() + len(url), "code_url")
                    )
        return extraction

    __call__ = extract


def extract_paper(paper: Paper) -> PaperExtraction:
    """Extract one paper with a default :class:`Extractor`."""
    return Extractor().extract(paper)
