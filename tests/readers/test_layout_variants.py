"""The seed digest rewritten into other generators' layouts reads as the same papers (ids, titles, authors, texts)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from kg.readers import ReadReport, read_digests

from ..conftest import SEED

_HEADER = re.compile(r"^###\s*\[(\d+)\]\s*\[(.*)\]\((\S+?)\)\s*$", re.M)
_ABS = re.compile(r"https?://arxiv\.org/abs/([\w./-]+?)(?:v\d+)?$")


def _headers(rewrite: Callable[[str, str, str, str], str]) -> Callable[[str], str]:
    """A layout that writes each paper header ("### [N] [Title](URL)") as ``rewrite(N, Title, URL, arXiv id)``."""
    def layout(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            found = _ABS.match(m.group(3))
            return rewrite(m.group(1), m.group(2), m.group(3), found.group(1) if found else "")
        return _HEADER.sub(one, text)
    return layout


def _wrapped(title: str) -> str:
    words = title.split()
    half = max(1, len(words) // 2)
    return f"{' '.join(words[:half])}\n{' '.join(words[half:])}"


def _fields(rewrite: str) -> Callable[[str], str]:
    pattern = re.compile(r"^(TL;DR|Motivation|Method|Result|Conclusion|Abstract): ", re.M)
    return lambda text: pattern.sub(rewrite, text)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "h2": _headers(lambda n, t, u, i: f"## [{n}] [{t}]({u})"),
    "bold line": _headers(lambda n, t, u, i: f"**[{n}] [{t}]({u})**"),
    "bold header": _headers(lambda n, t, u, i: f"### **[{n}] [{t}]({u})**"),
    "bold title, arXiv id line": _headers(lambda n, t, u, i: f"**[{n}] {t}**\narXiv:{i}"),
    "arXiv id in the header": _headers(lambda n, t, u, i: f"### [{n}] {t} (arXiv:{i})"),
    "html anchor": _headers(lambda n, t, u, i: f'### [{n}] <a href="{u}">{t}</a>'),
    "numbered list": _headers(lambda n, t, u, i: f"{n}. [{t}]({u})"),
    "unnumbered, wrapped": _headers(lambda n, t, u, i: f"### [{_wrapped(t)}]({u})"),
    "title heading, link line": _headers(lambda n, t, u, i: f"## {t}\n\n{u}"),
    "title heading, labelled link": _headers(lambda n, t, u, i: f"### {n}. {t}\n**arXiv**: {u}"),
    "pdf link": _headers(lambda n, t, u, i: f"### [{n}] [{t}](https://arxiv.org/pdf/{i}v2)"),
    "bold labels": _fields(r"**\1:** "),
    "labels alone": _fields(r"**\1**\n\n"),
    "html labels": _fields(r"<b>\1:</b> "),
    "ornaments": _fields(r"📌 **\1**: "),
    "list labels": _fields(r"- **\1**: "),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing blanks": lambda text: text.replace("\n", " \t\n"),
}


def _read(path: Path) -> dict[str, tuple]:
    report = ReadReport()
    papers = {p.id: (p.title, tuple(p.authors), {k: " ".join(s.text.split()) for k, s in p.sections.items()
                                                  if k != "title"}) for p in read_digests([path], report)}
    assert report.skipped == []
    return papers


@lru_cache(maxsize=1)
def _original() -> dict[str, tuple]:
    return _read(SEED)


@pytest.mark.parametrize("layout", LAYOUTS, ids=str)
def test_the_seed_in_another_layout_reads_as_the_same_papers(tmp_path: Path, layout: str) -> None:
    original = _original()
    path = tmp_path / "variant.md"
    path.write_bytes(LAYOUTS[layout](SEED.read_text(encoding="utf-8")).encode("utf-8"))
    variant = _read(path)
    assert list(variant) == list(original)
    for pid, (title, authors, sections) in original.items():
        assert variant[pid][:2] == (title, authors), pid
        assert variant[pid][2] == sections, pid
