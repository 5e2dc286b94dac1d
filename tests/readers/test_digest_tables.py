"""Digests written as tables, one paper per row (Markdown pipe tables and HTML tables), read as the same papers."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from kg.readers import ReadReport, read_digests

from ..conftest import SEED


def _seed_papers() -> list:
    return list(read_digests([SEED], ReadReport()))


def _pipe_table(papers: list) -> str:
    rows = ["# Daily papers 2026-08-27", "", "| Publish Date | Title | Authors | Link | Abstract |", "| --- | --- | --- | --- | --- |"]
    for p in papers:
        abstract = p.sections["abstract"].text.replace("|", "\\|").replace("\n", " ")
        rows.append(f"| 2026-08-27 | {p.title} | {', '.join(p.authors)} | {p.url} | {abstract} |")
    return "\n".join(rows) + "\n"


def _html_table(papers: list) -> str:
    out = ["<h2 style='color: #4a4a4a;'>Updated on 2025-09-19</h2>", "", "<h3 style='color: #2a7ae2;'>cs.CV</h3>", "",
           "<table style='width: 100%;'>", "<thead>", "<tr>", "<th style='padding: 8px;'>Publish Date</th>",
           "<th>Title</th>", "<th>Authors</th>", "<th>URL</th>", "<th>Abstract</th>", "</tr>", "</thead>", "<tbody>"]
    for p in papers:
        out += ["<tr style='border-bottom: 1px solid #d4d4d4;'>", "<td>2025-09-17</td>",
                f"<td style='padding: 8px;'>{html.escape(p.title)}</td>", f"<td>{html.escape(', '.join(p.authors))}</td>",
                f"<td><a href='{p.url}v1' style='color: #1a73e8;'>Link</a></td>",
                f"<td style='padding: 4px;'>{html.escape(p.sections['abstract'].text)}</td>", "</tr>"]
    out += ["</tbody>", "</table>", ""]
    return "\n".join(out)


@pytest.mark.parametrize("write", [_pipe_table, _html_table], ids=["pipe table", "html table"])
def test_a_digest_table_reads_as_the_same_papers(tmp_path: Path, write) -> None:
    papers = [p for p in _seed_papers() if "abstract" in p.sections][:20]
    path = tmp_path / "table.md"
    path.write_text(write(papers), encoding="utf-8")
    report = ReadReport()
    read = list(read_digests([path], report))
    assert report.skipped == []
    assert [p.id for p in read] == [p.id for p in papers]
    for original, row in zip(papers, read):
        assert (row.title, row.authors) == (original.title, original.authors)
        assert " ".join(row.sections["abstract"].text.split()) == " ".join(original.sections["abstract"].text.split())
        # provenance points into the file as written: the abstract's offset is where its cell's text starts
        text = path.read_text(encoding="utf-8")
        start = row.sections["abstract"].char_start
        assert text[start:start + 30] == html.escape(original.sections["abstract"].text)[:30].replace("|", "\\|")
    if write is _html_table:
        assert {tuple(p.categories) for p in read} == {("cs.CV",)} and read[0].provenance.digest_date == "2025-09-19"


def test_a_summary_cell_with_details_and_line_breaks_is_one_summary(tmp_path: Path) -> None:
    path = tmp_path / "vla.md"
    path.write_text(
        "| 日期 | 标题 | 链接 | 简要总结 |\n| --- | --- | --- | --- |\n"
        "| 2026-08-03 | DerainSplat: Clean 3D Gaussian Splatting | https://arxiv.org/abs/2608.02191 | <details><summary>展开"
        "</summary>## 论文概述<br>- 本文提出DerainSplat框架。<br><br>## 实验<br>- PSNR达到22.77。</details> |\n",
        encoding="utf-8")
    [paper] = read_digests([path], ReadReport())
    assert (paper.id, paper.title) == ("2608.02191", "DerainSplat: Clean 3D Gaussian Splatting")
    assert paper.sections["tldr"].text == "论文概述 本文提出DerainSplat框架。 实验 PSNR达到22.77。"


@pytest.mark.parametrize("affiliations", [
    "## 研究单位<br>- **南京大学**<br>- **中国电信人工智能研究院 (TeleAI)**<br><br>",
    "论文研究单位：<br>Umeå University (瑞典), PrioriAnalytica (澳大利亚)<br><br>",
    "## 研究单位<br><br>- **Uber AV Labs**<br>- **Purdue University**<br><br>",
    "```markdown<br>### 论文研究单位<br>* EmbodyX Inc.<br>",
])
def test_the_affiliations_a_summary_cell_lists_are_no_part_of_the_summary(tmp_path: Path, affiliations: str) -> None:
    path = tmp_path / "video.md"
    path.write_text(
        "| 日期 | 标题 | 链接 | 简要总结 |\n| --- | --- | --- | --- |\n"
        "| 2026-09-10 | Uncertainty DMD | https://arxiv.org/abs/2609.11265 | <details><summary>展开</summary>"
        f"{affiliations}## 论文概述<br>- 提出了**Uncertainty DMD**。<br><br>## 单位换算<br>- 1 单位 = 2 步。</details> |\n",
        encoding="utf-8")
    [paper] = read_digests([path], ReadReport())
    assert paper.sections["tldr"].text == "论文概述 提出了Uncertainty DMD。 单位换算 1 单位 = 2 步。"  # (bold marks dropped)


def test_tables_that_list_no_papers_stay_as_written(tmp_path: Path) -> None:
    """A results table inside a paper block, and a table of titles without links, are no papers."""
    path = tmp_path / "digest.md"
    path.write_text(
        "### [1] [A Paper](https://arxiv.org/abs/2601.00001)\n**Authors:** A. Author\n"
        "**Abstract:** We report results.\n\n| Method | Title | Score |\n| --- | --- | --- |\n| Ours | x | 91.2 |\n",
        encoding="utf-8")
    [paper] = read_digests([path], ReadReport())
    assert paper.id == "2601.00001" and any("| Ours | x | 91.2 |" in s.text for s in paper.sections.values())


def test_an_unclosed_html_row_is_given_back_as_written_without_holding_the_rest_of_the_file() -> None:
    from dataclasses import dataclass
    from itertools import islice

    from kg.readers.tables import MAX_ROW_LINES, rows_as_paper_lines

    @dataclass
    class Line:
        number: int
        offset: int
        text: str

    consumed = 0

    def lines():  # a table header, a row nobody closes, then 10,000 more lines
        nonlocal consumed
        head = ["<table>", "<tr><th>Title</th><th>URL</th></tr>", "<tr>", "<td>A Broken Row</td>"]
        for number in range(1, 10_005):
            consumed = number
            yield Line(number, 0, head[number - 1] if number <= len(head) else f"line {number}")

    out = list(islice(rows_as_paper_lines(lines(), lambda n, o, t, orig: Line(n, o, t)), 10))
    assert [line.text for line in out][:3] == ["<tr>", "<td>A Broken Row</td>", "line 5"]
    assert consumed <= MAX_ROW_LINES + 5 < 10_000  # streamed: the rest of the file is not read ahead


def test_a_table_of_the_papers_indexes_the_sections_that_repeat_their_titles(tmp_path: Path) -> None:
    # the ids only in the table; each paper's summary under a heading that repeats its title
    path = tmp_path / "briefing.md"
    path.write_text(
        "# Daily arXiv Research Briefing\n\n## Top Papers\n\n| Rank | Title | Score | Categories | Link |\n"
        "|---:|---|---:|---|---|\n"
        "| 1 | Continual Harness: Online Adaptation | 0.11 | cs.LG, cs.AI | [arXiv](https://arxiv.org/abs/2605.09998v1) |\n"
        "| 2 | Metal-Sci: A Compute Benchmark | 0.05 | cs.DC | [arXiv](https://arxiv.org/abs/2605.09708v1) |\n"
        "| 3 | Only Listed Here | 0.01 | cs.CV | [arXiv](https://arxiv.org/abs/2605.09001v1) |\n\n"
        "## Structured Summaries\n\n### 1. Continual Harness: Online Adaptation\n\n"
        "- One-sentence summary: The paper introduces Continual Harness.\n- Topic relevance: High.\n"
        "- Problem: No harness exists for embodied agents.\n- Method: It alternates acting and refining.\n"
        "- Contribution: GPP completes Pokemon Blue.\n- Experiment or evidence: Results on Pokemon Red.\n"
        "- Limitation: Not mentioned in abstract\n\n### 2. Metal-Sci: A Compute Benchmark\n\n"
        "- One-sentence summary: Metal-Sci is a 10-task benchmark.\n", encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([path], report))
    assert [(p.id, p.categories[:2]) for p in papers] == [
        ("2605.09998", ["cs.LG", "cs.AI"]), ("2605.09708", ["cs.DC"]),
        ("2605.09001", ["cs.CV"])]
    assert {name: s.text for name, s in papers[0].sections.items() if name != "title"} == {
        "tldr": "The paper introduces Continual Harness.", "motivation": "No harness exists for embodied agents.",
        "method": "It alternates acting and refining.", "contributions": "GPP completes Pokemon Blue.",
        "result": "Results on Pokemon Red.", "limitations": "Not mentioned in abstract"}
    assert papers[1].sections["tldr"].text == "Metal-Sci is a 10-task benchmark."
    assert papers[2].sections.keys() == {"title"}
    assert not report.duplicates and not [w for w in report.warnings if w.paper is not None]
