"""Digests written as tables, one paper per row: a Markdown pipe table or an HTML table whose header row names the
columns (title, link, authors, abstract or summary).

:func:`rows_as_paper_lines` hands each row to the digest reader as the lines of a paper block it already reads: a
``### [Title](URL)`` header and labelled field lines (``**Abstract:** ...``), numbered as the lines of the cells they
come from and placed at the cells' offsets, so that provenance points into the file as written. Lines outside such
tables pass unchanged. A heading above an HTML table (``<h3>EEG</h3>``) becomes a Markdown heading, the category (or
date) of the rows under it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar


class LineLike(Protocol):
    number: int
    offset: int
    text: str


L = TypeVar("L", bound=LineLike)

# A column's name (lower case, blanks folded, marks dropped) -> what its cells hold: "title", "url", "date", or the
# label of the field line a cell becomes.
COLUMNS: dict[str, str] = {
    "title": "title", "paper": "title", "paper title": "title", "name": "title", "标题": "title", "题目": "title",
    "论文": "title", "论文标题": "title",
    "url": "url", "link": "url", "links": "url", "pdf": "url", "arxiv": "url", "abs": "url", "paper link": "url",
    "链接": "url", "论文链接": "url", "地址": "url",
    "abstract": "Abstract", "摘要": "Abstract",
    "summary": "Summary", "tl;dr": "Summary", "tldr": "Summary", "简要总结": "Summary", "总结": "Summary",
    "简介": "Summary", "概要": "Summary", "一句话总结": "Summary",
    "authors": "Authors", "author": "Authors", "作者": "Authors",
    "categories": "Categories", "category": "Categories", "分类": "Categories",
    "date": "date", "publish date": "date", "published": "date", "日期": "date", "发布日期": "date",
}
_FIELD_ORDER = ("Authors", "Categories", "Abstract", "Summary")
MAX_ROW_LINES = 200  # an HTML row longer than this is no paper's row (an unclosed <tr>): read as written

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_HEADING = re.compile(r"^\s*<h([1-3])\b[^>]*>(.*?)</h\1\s*>\s*$", re.IGNORECASE)
_TABLE_OPEN = re.compile(r"^\s*<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_ROW_CLOSE = re.compile(r"</tr\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_DETAILS_SUMMARY = re.compile(r"<summary\b[^>]*>.*?</summary\s*>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"href\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?([^\s()<>]+)>?\s*\)")
_URL = re.compile(r"(?:https?://|doi:)[^\s|<>\"')\]]+", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+)")  # a heading or bullet mark inside a cell's line


@dataclass
class _Cell:
    raw: str
    number: int  # the line it starts on
    offset: int  # its text's character offset in the file


def column_kind(name: str) -> str | None:
    """What a column holds, from its header cell's text ("Publish Date" -> "date", "简要总结" -> "Summary")."""
    text = " ".join(_TAG.sub("", html.unescape(name)).replace("*", "").replace("_", " ").lower().split())
    return COLUMNS.get(text)


def cell_text(raw: str) -> str:
    """A cell's text on one line: tags dropped, a details element's summary ("展开") dropped, line breaks and the
    headings and bullets inside the cell run together; without the authors' affiliations the cell may list under a
    label of their own, and without code fences."""
    raw = _TAG.sub(" ", _BREAK.sub("\n", _DETAILS_SUMMARY.sub(" ", raw)))
    return " ".join(html.unescape(" ".join(_kept_lines(raw.split("\n")))).split())


# The label of a part of a cell that lists the authors' affiliations ("论文研究单位：", "## 研究单位", "**Affiliations**"):
# institutions, not the paper's text (their names would pass for methods: "PrioriAnalytica", "Uber AV Labs").
_AFFILIATIONS_LABEL = re.compile(r"(?:\*\*|__)?(?:(?:论文|作者)?(?:研究)?(?:单位|机构)(?:信息)?|affiliations?|institutions?)"
                                 r"(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?", re.IGNORECASE)
_FENCE_LINE = re.compile(r"^(?:```|~~~)\w*$")


def _kept_lines(lines: list[str]) -> Iterator[str]:
    """The lines of a cell with their item marks dropped, but for an affiliations part (its label, then lines up to
    the first blank line after them or the next heading) and code fences."""
    skipping = seen = False
    for line in lines:
        text = line.strip()
        if skipping:
            if text.startswith("#") or (not text and seen):
                skipping = False
            else:
                seen = seen or bool(text)
                continue
        text = _ITEM_MARK.sub("", text)
        if _AFFILIATIONS_LABEL.fullmatch(text):
            skipping, seen = True, False
        elif text and not _FENCE_LINE.match(text):
            yield text


def _paper_url(cells: list[_Cell]) -> str | None:
    """The paper's link among a row's link cells: an arXiv link first, else the first one."""
    urls = [url for cell in cells for url in (*_HREF.findall(cell.raw), *(m.group(2) for m in
                                                                          _MARKDOWN_LINK.finditer(cell.raw)),
                                              *_URL.findall(cell.raw))]
    return next((u for u in urls if "arxiv.org" in u), urls[0] if urls else None)


def _row_lines(kinds: list[str | None], cells: list[_Cell], make: Callable[[int, int, str, str], L]) -> list[L]:
    """The header and field lines of one row, or none when it names no title and link."""
    by_kind: dict[str, list[_Cell]] = {}
    for kind, cell in zip(kinds, cells):
        if kind is not None:
            by_kind.setdefault(kind, []).append(cell)
    titles = by_kind.get("title", [])
    if not titles:
        return []
    title_cell = titles[0]
    url = _paper_url(by_kind.get("url", [])) or _paper_url(titles)
    title = cell_text(_MARKDOWN_LINK.sub(r"\1", title_cell.raw)).replace("[", "(").replace("]", ")")
    if not url or not title:
        return []
    lines = [make(title_cell.number, title_cell.offset, f"### [{title}]({url})", title_cell.raw)]
    for label in _FIELD_ORDER:
        for cell in by_kind.get(label, []):
            if text := cell_text(cell.raw):
                prefix = f"**{label}:** "
                lines.append(make(cell.number, cell.offset - len(prefix), prefix + text, cell.raw))
    return lines


def _pipe_cells(text: str, number: int, offset: int) -> list[_Cell]:
    inner_start = text.index("|") + 1
    inner_end = text.rindex("|")
    cells, at = [], inner_start
    for part in _CELL_BAR.split(text[inner_start:inner_end]):
        lead = len(part) - len(part.lstrip())
        cells.append(_Cell(part.strip(), number, offset + at + lead))
        at += len(part) + 1
    return cells


def _fitted(cells: list[_Cell], width: int, kinds: list[str | None]) -> list[_Cell]:
    """A row's cells fitted to the header's width: bars inside a text cell split it, so its extra parts go back into
    the widest text column."""
    if len(cells) <= width:
        return cells
    text_columns = [i for i, kind in enumerate(kinds) if kind in ("Summary", "Abstract")]
    at = text_columns[-1] if text_columns else width - 1
    extra = len(cells) - width
    merged = _Cell(" | ".join(c.raw for c in cells[at:at + extra + 1]), cells[at].number, cells[at].offset)
    return [*cells[:at], merged, *cells[at + extra + 1:]]


def rows_as_paper_lines(lines: Iterator[L], make: Callable[[int, int, str, str], L]) -> Iterator[L]:
    """``lines`` with every row of a paper table replaced by its paper's lines (see the module's docstring).
    ``make(number, offset, text, original)`` builds a line."""
    pipe_kinds: list[str | None] | None = None  # the columns of the pipe table being read
    held: L | None = None  # a pipe row that may be a table's header (its separator row follows)
    unconfirmed: list[L] = []  # a header and separator row, until the first row shows the table lists papers
    headings: list[L] = []  # HTML headings above the next table
    html_kinds: list[str | None] | None = None
    in_table = False
    row: list[L] = []  # the lines of the HTML row being read
    for line in lines:
        text = line.text
        if held is not None:
            header, held = held, None
            if _SEPARATOR_ROW.match(text):
                kinds = [column_kind(c.raw) for c in _pipe_cells(header.text, header.number, header.offset)]
                if "title" in kinds:
                    pipe_kinds, unconfirmed = kinds, [header, line]
                    continue
            yield header
        if pipe_kinds is not None:
            if _PIPE_ROW.match(text):
                cells = _fitted(_pipe_cells(text, line.number, line.offset), len(pipe_kinds), pipe_kinds)
                paper = _row_lines(pipe_kinds, cells, make)
                if not paper and unconfirmed:  # a table of something else ("| Method | Title | Score |")
                    yield from unconfirmed
                    pipe_kinds = None
                unconfirmed = []
                yield from paper or [line]
                continue
            yield from unconfirmed
            pipe_kinds, unconfirmed = None, []
        elif _PIPE_ROW.match(text):
            held = line
            continue
        if in_table:
            row.append(line)
            if len(row) > MAX_ROW_LINES:  # an unclosed row: the lines as written, no table from here
                yield from row
                in_table, html_kinds, row = False, None, []
                continue
            closes_table = _TABLE_CLOSE.search(text) is not None
            if closes_table or _ROW_CLOSE.search(text):
                if html_kinds is None and (kinds := _html_header(row)) is not None:
                    html_kinds = kinds  # the header row: the rows under it become papers
                elif html_kinds is not None:
                    yield from _html_row(row, html_kinds, make)
                else:
                    yield from row
                row = []
            if closes_table:
                in_table, html_kinds = False, None
            continue
        if _TABLE_OPEN.match(text):
            in_table, row = True, [line]
            for heading in headings:  # "Updated on 2025-09-19", "EEG": the date and category of the rows
                yield make(heading.number, heading.offset, f"## {cell_text(heading.text)}", heading.text)
            headings = []
            continue
        if text[:1] in " <" and (match := _HTML_HEADING.match(text)):
            # held until a table shows what it heads (the headings of other HTML stay as written)
            kept = [h for h in headings if _HTML_HEADING.match(h.text).group(1) < match.group(1)]
            yield from (h for h in headings if h not in kept)
            headings = kept + [line]
            continue
        if text.strip() and headings:
            yield from headings
            headings = []
        yield line
    if held is not None:
        yield held
    yield from unconfirmed
    yield from headings
    yield from row


def _row_cells(row: list[LineLike]) -> list[_Cell]:
    joined = "\n".join(line.text for line in row)
    starts, at = [], 0
    for line in row:
        starts.append(at)
        at += len(line.text) + 1
    cells = []
    for match in _HTML_CELL.finditer(joined):
        pos = match.start(2)
        index = max(i for i, start in enumerate(starts) if start <= pos)
        cells.append(_Cell(match.group(2), row[index].number, row[index].offset + pos - starts[index]))
    return cells


def _html_header(row: list[LineLike]) -> list[str | None] | None:
    """The column kinds of a header row (``<th>`` cells) that names a title column, else None."""
    if not any("<th" in line.text.lower() for line in row):
        return None
    kinds = [column_kind(cell.raw) for cell in _row_cells(row)]
    return kinds if "title" in kinds else None


def _html_row(row: list[L], kinds: list[str | None], make: Callable[[int, int, str, str], L]) -> list[L]:
    """A data row's paper lines; none for a table's closing lines, and the row's lines as they are when it names no
    paper."""
    cells = _row_cells(row)
    if not cells:
        return []  # "</tbody>", "</table>"
    return _row_lines(kinds, cells, make) or row
