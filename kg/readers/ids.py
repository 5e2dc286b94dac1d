"""Paper ids from header links: bare arXiv id (version apart), DOI, or a stable id from the URL."""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple
from urllib.parse import unquote

_ARXIV_ID = r"((?:\d{4}\.\d{4,5})|(?:[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))(v\d+)?"
# arXiv itself, the sites that show an arXiv paper under its arXiv id (alphaXiv, Hugging Face papers, papers.cool,
# ChatPaper, Semantic Scholar, ar5iv) and the DOI arXiv registers for each paper (10.48550/arXiv.ID): one paper
# linked from two digests through two of them is one paper.
_ARXIV = re.compile(
    r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/(?:abs|overview|pdf)/|(?:huggingface|hf)\.co/papers/"
    r"|papers\.cool/arxiv/|chatpaper\.[a-z]+/(?:[\w\-]+/)*?|semanticscholar\.org/arxiv[/:]|ar5iv\.org/(?:abs|html)/"
    r"|10\.48550/arxiv\.)" + _ARXIV_ID + r"(?:\.pdf)?",
    re.IGNORECASE,
)
_DOI = re.compile(r"(?:doi\.org/|doi:\s*)(10\.\d{4,9}/\S+)", re.IGNORECASE)


class PaperId(NamedTuple):
    id: str
    scheme: str  # "arxiv" | "doi" | "url"
    version: str | None


def paper_id(url: str) -> PaperId:
    """The id of a paper linked by ``url``.

    >>> paper_id("https://arxiv.org/pdf/2602.09082v2")
    PaperId(id='2602.09082', scheme='arxiv', version='v2')
    >>> paper_id("https://huggingface.co/papers/2602.09082").id
    '2602.09082'
    >>> paper_id("https://doi.org/10.3390/ma19091715").id
    '10.3390/ma19091715'
    """
    url = url.strip()
    match = _ARXIV.search(url)
    if match:
        return PaperId(match.group(1), "arxiv", match.group(2))
    match = _DOI.search(unquote(url))
    if match:
        return PaperId(match.group(1).rstrip(".,;)"), "doi", None)  # as written: gold and users copy it so
    canonical = re.sub(r"^https?://", "", url).rstrip("/#")
    digest = hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]
    return PaperId(f"url-{digest}", "url", None)


_URL = re.compile(r"(?:https?://|doi:\s*)[^\s<>()\[\]\"'`]+", re.IGNORECASE)


def find_paper_url(text: str) -> str | None:
    """The first URL in ``text`` that names a paper by an arXiv id or a DOI, else None.

    >>> find_paper_url("**PDF**: [link](https://arxiv.org/pdf/2602.09082v2) | code: https://github.com/a/b")
    'https://arxiv.org/pdf/2602.09082v2'
    """
    for match in _URL.finditer(text):
        if paper_id(match.group()).scheme != "url":
            return match.group()
    return None
