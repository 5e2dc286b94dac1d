"""Code, project and data links in paper text."""

from __future__ import annotations

import re

from ..model import Evidence, Paper

_URL = re.compile(r"https?://(?:github\.com|gitlab\.com|huggingface\.co)/[^\s)\]>,;\"']+")


def extract_code(paper: Paper) -> tuple[list[str], list[Evidence]]:
    """Code/project URLs in the paper's usable sections, each with its evidence (parallel lists)."""
    urls: list[str] = []
    evidence: list[Evidence] = []
    for section in paper.usable_sections():
        for match in _URL.finditer(section.text):
            url = match.group(0).rstrip(".")
            if url not in urls:
                urls.append(url)
                evidence.append(Evidence(paper.id, section.name, section.text, match.start(),
                                         match.start() + len(url), "code_url"))
    return urls, evidence
