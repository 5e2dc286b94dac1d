"""Code, project and data links in paper text.

Found: URLs on code and model hosts (GitHub, GitLab, Hugging Face, Bitbucket, Zenodo, ...), with or
without a scheme ("github.com/user/repo"), project pages (``*.github.io``), and any other http(s) URL
that a cue word introduces ("Code is available at ...", "project page:", "代码"). LaTeX wrappers
(``\\url{...}``, ``\\href{url}{text}``) and trailing sentence punctuation are removed. Links to the paper
itself (arxiv.org, doi.org) are not code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Evidence, Paper
from .cues import evidence_sentence, lowered_for_scan
from .results import sentence_bounds

_CODE_HOSTS = (r"github\.com|gitlab\.[a-z.]+|huggingface\.co|hf\.co|bitbucket\.org|zenodo\.org|codeberg\.org|"
               r"sourceforge\.net|kaggle\.com|colab\.research\.google\.com|modelscope\.cn|gitee\.com")
_PAGE_HOSTS = r"[\w-]+\.github\.io|[\w-]+\.gitlab\.io"
_HOSTS = f"{_CODE_HOSTS}|{_PAGE_HOSTS}"
_PAGE_HOST = re.compile(rf"(?:{_PAGE_HOSTS})$")
_URL_CHARS = r"[^\s<>\"'{}|\\^`\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]"
_HOST_URL = re.compile(rf"(?:https?://)?(?:www\.)?(?:{_HOSTS})(?:/{_URL_CHARS}*)?", re.IGNORECASE)
_ANY_URL = re.compile(rf"https?://{_URL_CHARS}+", re.IGNORECASE)
# The same patterns for lower-cased text (see :func:`lowered_for_scan`): IGNORECASE makes each scan several times slower.
_HOST_URL_LOWER = re.compile(rf"(?:https?://)?(?:www\.)?(?:{_HOSTS})(?:/{_URL_CHARS}*)?")
_ANY_URL_LOWER = re.compile(rf"https?://{_URL_CHARS}+")
# Without the project-page hosts, for text that has no ".github.io"/".gitlab.io": "[\w-]+" tried at every letter
# is most of the scan.
_CODE_HOST_URL_LOWER = re.compile(rf"(?:https?://)?(?:www\.)?(?:{_CODE_HOSTS})(?:/{_URL_CHARS}*)?")
_CUE = re.compile(r"\b(?:code|codes|project|page|website|demo|data|dataset|models?|weights|checkpoints?|"
                  r"available|released?|open-sourced?|repository|github)\b|代码|项目|主页|开源|数据",
                  re.IGNORECASE)
_NOT_CODE = re.compile(r"^https?://(?:[\w-]+\.)?(?:arxiv\.org|doi\.org|dx\.doi\.org)/", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>'\"*"
_BROKEN_SCHEME = re.compile(r"https?:\s+//$", re.IGNORECASE)
# Cheap test that a text may hold a link at all (most abstracts do not); plain substring tests are fastest.
_LINK_HINTS = ("http", "www.", "github", "gitlab", "hugging", "hf.co", "bitbucket", "zenodo", "codeberg",
               "sourceforge", "kaggle", "colab", "modelscope", "gitee")
# Any hint in lower-cased text, in one scan (no hint holds a newline, so sections joined by one never fake a hint).
_LINK_HINT = re.compile("|".join(re.escape(hint) for hint in _LINK_HINTS))


# What every link the patterns find contains: "://" (any URL) or a dot opening one of the code hosts' domains
# ("github.com", "hf.co", "zenodo.org", "sourceforge.net", "modelscope.cn", "*.github.io", "gitlab.<any>"). The dot is
# uncased, so ``re`` skips from dot to dot even with IGNORECASE: no lower-casing, no scan at every letter.
_HOST_DOT = re.compile(r"\.(?:co|org|net|cn|io|(?<=gitlab\.))", re.IGNORECASE)


def may_hold_link(text: str) -> bool:
    """False when neither :data:`_HOST_URL` nor :data:`_ANY_URL` can match ``text`` (a cheap test before the scans)."""
    return "://" in text or _HOST_DOT.search(text) is not None


def _clean_end(text: str, start: int, end: int) -> int:
    """End of the URL without trailing punctuation, unbalanced brackets or a LaTeX ``}{text}`` tail."""
    url = text[start:end]
    cut = url.find("}{")
    if cut >= 0:
        url = url[:cut]
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # a balanced ")" belongs to the URL
        url = url[:-1]
    return start + len(url)


# Every match of _CODE_HOST_URL_LOWER holds one of these domain openings at most len("https://www.") characters after
# its start (its host comes after the optional scheme and "www.").
_HOST_LITERALS = ("github.com", "gitlab.", "huggingface.co", "hf.co", "bitbucket.org", "zenodo.org", "codeberg.org",
                  "sourceforge.net", "kaggle.com", "colab.research.google.com", "modelscope.cn", "gitee.com")
_MAX_HOST_OFFSET = len("https://www.")


def code_host_matches(lowered: str) -> list[re.Match[str]]:
    """``_CODE_HOST_URL_LOWER.finditer(lowered)``, searched from a little before each domain opening.

    The pattern opens with optional parts, so a scan tries it at every character; substring search finds where a
    match can start (no earlier than ``_MAX_HOST_OFFSET`` before the first opening after the last match).
    """
    found: list[re.Match[str]] = []
    pos = 0
    while True:
        openings = [at for at in (lowered.find(host, pos) for host in _HOST_LITERALS) if at >= 0]
        if not openings:
            return found
        match = _CODE_HOST_URL_LOWER.search(lowered, max(pos, min(openings) - _MAX_HOST_OFFSET))
        if match is None:
            return found
        found.append(match)
        pos = match.end()


def url_matches(text: str) -> tuple[Iterator[re.Match[str]], Iterator[re.Match[str]]]:
    """``_HOST_URL.finditer(text)`` and ``_ANY_URL.finditer(text)``: the same spans, scanned over the lower-cased
    text when that is exact (read the URL itself from ``text``: a match's group may be lower-cased)."""
    lowered = lowered_for_scan(text)
    if lowered is None:
        return _HOST_URL.finditer(text), _ANY_URL.finditer(text)
    if ".github.io" in lowered or ".gitlab.io" in lowered:
        return _HOST_URL_LOWER.finditer(lowered), _ANY_URL_LOWER.finditer(lowered)
    return iter(code_host_matches(lowered)), _ANY_URL_LOWER.finditer(lowered)


def extract_code(paper: Paper) -> tuple[list[str], list[Evidence]]:
    """Code/project URLs in the paper's usable sections, each with its evidence (parallel lists).

    The URL is given as written in the text (no scheme is added), so its evidence span equals it.
    """
    urls: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    sections = list(paper.usable_sections())
    if not any(may_hold_link(section.text) for section in sections):
        return urls, evidence  # most papers hold no link at all
    for section in sections:
        text = section.text
        if not _LINK_HINT.search(text.lower()):
            continue
        host_urls, any_urls = url_matches(text)
        spans: list[tuple[int, int, str]] = []
        for match in host_urls:
            if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "@/.") and \
                    not _BROKEN_SCHEME.search(text, max(0, match.start() - 10), match.start()):
                continue  # part of an e-mail address or of a longer URL found below (not "https: //host", which
                # PDF extraction leaves and no URL pattern reads: the link is taken from its host on)
            written = text[match.start():match.end()]
            if "/" not in written.split("//")[-1] and not re.search(r"\.github\.io|\.gitlab\.io", written,
                                                                    re.IGNORECASE):
                continue  # a bare host name ("GitHub.com") is not a link to code
            spans.append((match.start(), _clean_end(text, match.start(), match.end()), "code_host"))
        for match in any_urls:
            if any(s <= match.start() < e for s, e, _ in spans) or _NOT_CODE.match(text[match.start():match.end()]):
                continue
            window = text[max(0, match.start() - 80):match.start()]
            if _CUE.search(window):
                spans.append((match.start(), _clean_end(text, match.start(), match.end()), "code_cue"))
        for start, end, rule in sorted(spans):
            url = text[start:end]
            key = re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/").lower()
            if len(key) < 8 or key in seen or rule == "code_host" and "/" not in key and not _PAGE_HOST.match(key):
                continue  # (a host with no path left, "https://github.com/..." of a placeholder: no link to code)
            seen.add(key)
            urls.append(url)
            s_start, s_end = sentence_bounds(text, start)
            evidence.append(Evidence(paper.id, section.name, evidence_sentence(text, s_start, s_end, start, end), start, end,
                                     f"code:{rule}", 0.95))
    return urls, evidence
