"""A corpus generator for benchmarks: scales real digests to any number of papers with fresh ids.

Paper blocks of the source digests are reused round-robin; each copy gets a new arXiv id (and
version), so the result reads like many days of real digests without duplicates.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

_HEADER = re.compile(r"^#{2,4}\s*\[\d+\]\s*\[(?P<title>.*)\]\((?P<url>[^\s]+)\)\s*$")


def paper_blocks(paths: Iterable[Path]) -> list[list[str]]:
    """The paper blocks (lines from a header up to the next header or section) of real digests."""
    blocks: list[list[str]] = []
    for path in paths:
        current: list[str] | None = None
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if _HEADER.match(line):
                if current:
                    blocks.append(current)
                current = [line]
            elif line.startswith("#") and not line.startswith("###"):
                if current:
                    blocks.append(current)
                current = None
            elif current is not None:
                current.append(line)
        if current:
            blocks.append(current)
    return blocks


def synthetic_id(index: int) -> str:
    """A unique, valid-looking new-style arXiv id for the ``index``-th generated paper."""
    month = 1 + (index // 99_999) % 12
    year = 90 + (index // (99_999 * 12)) % 10
    return f"{year:02d}{month:02d}.{index % 99_999 + 1:05d}"


def generate_corpus(sources: Iterable[Path], papers: int, out_dir: Path, papers_per_digest: int = 100,
                    start: dt.date = dt.date(2030, 1, 1)) -> list[Path]:
    """Write ``papers`` papers as daily digest files into ``out_dir``; return the files."""
    blocks = paper_blocks(sources)
    if not blocks:
        raise ValueError("no paper blocks in the source digests")
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for day, first in enumerate(range(0, papers, papers_per_digest)):
        date = start + dt.timedelta(days=day)
        path = out_dir / f"digest-{date.isoformat()}.md"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("<div id=toc></div>\n\n# Table of Contents\n\n- [cs.XX](#cs.XX)\n\n")
            handle.write("<div id='cs.XX'></div>\n\n# cs.XX [[Back]](#toc)\n\n")
            for number, index in enumerate(range(first, min(first + papers_per_digest, papers)), start=1):
                block = blocks[index % len(blocks)]
                header = _HEADER.match(block[0])
                assert header is not None
                handle.write(f"### [{number}] [{header.group('title')}](https://arxiv.org/abs/{synthetic_id(index)})\n")
                handle.write("\n".join(block[1:]))
                handle.write("\n")
        files.append(path)
    log.info("wrote %d papers in %d digests to %s", papers, len(files), out_dir)
    return files


def iter_digest_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given directly, and the ``*.md``/``*.txt`` files of folders given."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in (".md", ".txt"))
        else:
            yield path
