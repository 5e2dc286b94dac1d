"""The digest reader on real digests and on small fixtures for each format variant."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Paper
from kg.readers import ReadReport, read_digests
from kg.readers.digest import split_authors
from kg.readers.ids import paper_id
from kg.readers.placeholders import is_placeholder

from ..conftest import DATA, SEED, shared_digests


def header_count(path: Path) -> int:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return sum(1 for line in handle if line.startswith("### ["))


def read(path: Path, report: ReadReport | None = None):
    return list(read_digests([path], report))


def read_text(tmp_path: Path, text: str) -> tuple[list[Paper], ReadReport]:
    """The papers of a digest written from ``text``, and the read report."""
    path = tmp_path / "digest.md"
    path.write_text(text, encoding="utf-8")
    report = ReadReport()
    return read(path, report), report


@pytest.mark.parametrize("path", [SEED, *shared_digests()], ids=lambda p: p.name)
def test_every_paper_header_becomes_a_paper(path: Path) -> None:
    report = ReadReport()
    papers = read(path, report)
    assert len(papers) + report.duplicate_count == header_count(path)
    for paper in papers:
        assert paper.id and paper.title and paper.authors, paper.provenance
        assert "abstract" in paper.sections or "abstract_translation" in paper.sections
        assert paper.provenance.line_start < paper.provenance.line_end


def test_seed_sections_point_back_into_the_file() -> None:
    text = SEED.read_text(encoding="utf-8")
    for paper in read(SEED):
        abstract = paper.sections["abstract"]
        assert text[abstract.char_start:abstract.char_start + 40] == abstract.text[:40]
        title = paper.sections["title"]
        assert paper.title[:10] in text[title.char_start - 1:title.char_start + 200]


def test_variant_fixture() -> None:
    report = ReadReport()
    first, second = read(DATA / "variants.md", report)
    assert first.id == "2506.06333" and first.version == "v1"
    assert first.title == "Extending AALpy & Friends"
    assert first.authors == ["Benjamin von Berg", "Timothy J. O'Donnell"]
    assert first.categories == ["cs.LG"]  # the unrendered {cate} is not a category
    assert first.sections["tldr"].lang == "zh" and first.sections["tldr"].usable
    assert first.sections["method"].placeholder and first.sections["result"].placeholder
    assert "ai_abstract" in first.sections
    assert second.id == "10.1021/ACSNANO.6c00578" and second.id_scheme == "doi"  # as the link writes it
    assert second.categories == ["MLIPs & equivariant NNs", "cs.RO", "cs.AI"]
    assert second.authors == ["Single Author"]
    assert set(second.placeholders) == {"tldr", "motivation", "method", "result", "conclusion"}
    abstract = second.sections["abstract"]
    assert abstract.text == r"We study $\mathcal{O}(n)$ things that are hard-wrapped over three lines <really>."
    assert abstract.wrapped and abstract.line_end - abstract.line_start == 2
    assert report.papers_with_placeholders == 2
    assert report.placeholders["method"] == 2


@pytest.mark.parametrize("text", [
    "Error", "Error: API quota exceeded", "达到API配额限制，请明天再试", "请联系管理员或等待明天API配额重置。",
    "Summary generation failed", "Motivation analysis unavailable", "Method extraction failed", "", "  ", "{cate}",
])
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", [
    "We reduce the error rate by 10%.", "该方法在API调用上更高效。", "Error analysis shows that the model fails on rare classes.",
])
def test_real_text_is_not_a_placeholder(text: str) -> None:
    assert not is_placeholder(text)


@pytest.mark.parametrize("url, expected", [
    ("https://arxiv.org/abs/2602.09082", ("2602.09082", "arxiv", None)),
    ("https://arxiv.org/pdf/2602.09082v3", ("2602.09082", "arxiv", "v3")),
    ("http://arxiv.org/abs/2506.06333v1", ("2506.06333", "arxiv", "v1")),
    ("https://arxiv.org/abs/cs/0101001", ("cs/0101001", "arxiv", None)),
    ("https://doi.org/10.3390/ma19091715", ("10.3390/ma19091715", "doi", None)),
])
def test_paper_ids(url: str, expected: tuple) -> None:
    assert tuple(paper_id(url)) == expected


def test_a_doi_keeps_its_case_and_copies_that_differ_only_in_case_are_one_paper(tmp_path: Path) -> None:
    """"10.1109/JPHOT.2026.3706121" is the id as the link writes it (an exact-match scorer or a user copies it so);
    DOIs are case-blind, so a copy linked in lower case is a duplicate, also of a paper an update already holds."""
    body = "*A. Author*\n\nMain category: physics.optics\n\nAbstract: We build a laser.\n\n"
    path = tmp_path / "doi.md"
    path.write_text(f"### [1] [Laser](https://doi.org/10.1109/JPHOT.2026.3706121)\n{body}"
                    f"### [2] [Laser](https://doi.org/10.1109/jphot.2026.3706121)\n{body}", encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([path], report))
    assert [p.id for p in papers] == ["10.1109/JPHOT.2026.3706121"] and report.duplicate_count == 1
    assert list(read_digests([path], known_ids={"10.1109/jphot.2026.3706121"})) == []


def test_url_ids_are_stable_and_distinct() -> None:
    a = paper_id("http://mp.weixin.qq.com/s?__biz=MzYz&mid=1#rd")
    assert a == paper_id("http://mp.weixin.qq.com/s?__biz=MzYz&mid=1#rd")
    assert a.scheme == "url" and a.id != paper_id("http://mp.weixin.qq.com/s?__biz=MzYz&mid=2#rd").id


@pytest.mark.parametrize("line, authors", [
    ("A,B,C", ["A", "B", "C"]),
    ("A, B", ["A", "B"]),
    ("Solo Author", ["Solo Author"]),
    ("Veuns-Team,:,Changlong Gao", ["Veuns-Team", "Changlong Gao"]),
    ("['X Y', 'Z']", ["X Y", "Z"]),
    # a serial comma, "&", "et al." and affiliation marks are no parts of names
    ("Alice Zhang, Bob Li, and Carol Wu", ["Alice Zhang", "Bob Li", "Carol Wu"]),
    ("Alice Zhang¹, Bob Li²* & Wei Li3, Ming Zhou1,2, et al.", ["Alice Zhang", "Bob Li", "Wei Li", "Ming Zhou"]),
    ("Team 42, Xiao Wang", ["Team 42", "Xiao Wang"]),
])
def test_split_authors(line: str, authors: list[str]) -> None:
    assert split_authors(line) == authors


def test_duplicates_become_one_record(tmp_path: Path) -> None:
    text = (DATA / "variants.md").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(text.replace("cs.RO, cs.AI", "cs.RO, eess.IV"), encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([tmp_path / "a.md", tmp_path / "b.md"], report))
    assert len(papers) == 2 and report.duplicate_count == 2
    assert all("duplicate of" in d.reason and str(tmp_path / "a.md") in d.reason for d in report.duplicates)


def test_broken_blocks_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    headers = [i for i, line in enumerate(lines) if line.startswith("### [")]
    lines[headers[3]] = "### [4] A title without a link\n"  # missing link
    blob = "".join(lines).encode("utf-8")
    blob = blob.replace(b"Abstract:", b"Abstract: \xff\xfe bad bytes", 1)
    blob += b"x" * 10_000_000 + b"\n### [99] [Truncated](https://arxiv.org/abs/2602.99999)\n*A*\n"
    path = tmp_path / "broken.md"
    path.write_bytes(blob)
    report = ReadReport()
    papers = read(path, report)
    assert len(papers) == len(headers) - 1 + 1
    assert any("no [Title](URL) link" in s.reason and s.line == headers[3] + 1 for s in report.skipped)
    reasons = " ".join(w.reason for w in report.warnings)
    assert "invalid UTF-8" in reasons and "cut to" in reasons and "no abstract" in reasons


def test_papers_numbered_otherwise_or_not_at_all_or_with_text_after_the_link_are_read(tmp_path: Path) -> None:
    path = tmp_path / "fork.md"
    path.write_text(
        "## [Computer Vision](#cs-cv)\n\n"
        "### [Alpha Net: Unnumbered](https://arxiv.org/abs/2611.00001)\n*A. Author*\n\nAbstract: We propose Alpha.\n\n"
        "### 2. [Beta Net: Dotted](https://arxiv.org/abs/2611.00002)\n*B. Author*\n\nAbstract: We propose Beta.\n\n"
        "#### 3) **[Gamma Net: Bold](http://doi.org/10.1000/xyz)**\n*C. Author*\n\nAbstract: We propose Gamma.\n\n"
        "### [4] [Delta [Re] Net](https://arxiv.org/abs/2611.00004) (cs.CV) [PDF](https://arxiv.org/pdf/2611.00004)\n"
        "*D. Author*\n\nAbstract: We propose Delta.\n",
        encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    text = path.read_text(encoding="utf-8")
    assert [(p.id, p.number, p.title, p.categories) for p in papers] == [
        ("2611.00001", None, "Alpha Net: Unnumbered", ["Computer Vision"]),
        ("2611.00002", 2, "Beta Net: Dotted", ["Computer Vision"]),
        ("10.1000/xyz", 3, "Gamma Net: Bold", ["Computer Vision"]),
        ("2611.00004", 4, "Delta [Re] Net", ["Computer Vision"])]
    for paper in papers:
        title = paper.sections["title"]
        assert text[title.char_start:title.char_start + len(paper.title)] == paper.title
        assert paper.sections["abstract"].text.startswith("We propose")
    assert not report.skipped and not report.warnings


def test_a_file_without_papers_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Reading list\n\n- [a link](https://example.org)\n", encoding="utf-8")
    report = ReadReport()
    assert read(tmp_path / "notes.md", report) == [] and read(SEED, report)
    assert [(w.file, w.line) for w in report.warnings if "no paper in this file" in w.reason] == \
        [(str(tmp_path / "notes.md"), 1)]


def test_a_binary_file_gets_a_few_warnings_not_one_per_line(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\xff\xfe\n" * 500)
    report = ReadReport()
    assert read(path, report) == []
    utf8 = [w for w in report.warnings if "UTF-8" in w.reason]
    assert len(utf8) == 4 and "497 more lines with invalid UTF-8" in utf8[-1].reason and utf8[-1].line == 500
    assert any("no paper in this file" in w.reason for w in report.warnings)


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read(tmp_path / "missing.md")
    with pytest.raises(InputError, match="directory"):
        read(tmp_path)


_SEED_LINES = SEED.read_text(encoding="utf-8").splitlines(keepends=True)[:400]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), drops=st.integers(0, 40), cut=st.integers(0, 400),
       junk=st.binary(max_size=200))
def test_mutated_digests_never_raise(tmp_path_factory, seed: int, drops: int, cut: int, junk: bytes) -> None:
    rng = random.Random(seed)
    lines = list(_SEED_LINES)
    for _ in range(drops):
        if lines:
            del lines[rng.randrange(len(lines))]
    blob = "".join(lines[:cut]).encode("utf-8")
    pos = rng.randrange(len(blob) + 1)
    blob = blob[:pos] + junk + blob[pos:]
    path = tmp_path_factory.mktemp("mut") / "m.md"
    path.write_bytes(blob)
    report = ReadReport()
    papers = read(path, report)
    assert len(papers) <= report.headers
    for paper in papers:
        assert paper.id and paper.title


def test_latex_text_formatting_is_dropped_from_section_text(tmp_path: Path) -> None:
    """arXiv abstracts keep LaTeX markup ("\\textbf{Nea}rest-Neighbor ... (NeaR)"): the words are what names and
    long forms are read from; math stays as written."""
    path = tmp_path / "latex.md"
    path.write_text("### [1] [LaTeX Paper](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nMain category: cs.CV\n\n"
                    "Abstract: We introduce \\textbf{Nea}rest-Neighbor Label \\textbf{R}efinement (NeaR) and "
                    "\\emph{interactive search} on \\textsc{Llama}-2, reaching $88.8\\% \\rightarrow 93.9\\%$.\n",
                    encoding="utf-8")
    (paper,) = read(path)
    assert paper.sections["abstract"].text == (
        "We introduce Nearest-Neighbor Label Refinement (NeaR) and interactive search on Llama-2, reaching "
        "$88.8\\% \\rightarrow 93.9\\%$.")


def test_a_one_character_latex_script_inside_a_name_is_written_inline(tmp_path: Path) -> None:
    """"C$^3$A", "C$^{2}$EFND", "DHO$_2$", "R$^2$": a name or symbol with a math-mode script is read as one word;
    math between words stays as written."""
    path = tmp_path / "scripts.md"
    path.write_text("### [1] [Scripts](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nMain category: cs.LG\n\n"
                    "Abstract: We propose C$^3$A and C$^{2}$EFND, train with DHO$_2$, reach an R$^2$ of 0.9 and "
                    "$x^2$ at $88.8\\%$.\n", encoding="utf-8")
    (paper,) = read(path)
    assert paper.sections["abstract"].text == (
        "We propose C3A and C2EFND, train with DHO2, reach an R2 of 0.9 and $x^2$ at $88.8\\%$.")


def test_typographic_hyphens_and_spaces_become_plain_ones(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [Tuning GPT\u20114o](https://arxiv.org/abs/2601.00001)\n*A. Author*\n"
                    "Abstract: We tune GPT\u20114o and reach 84.1\u00a0% on MM\u2011Bench.\n", encoding="utf-8")
    paper = read(path)[0]
    assert paper.title == "Tuning GPT-4o"
    assert paper.sections["abstract"].text == "We tune GPT-4o and reach 84.1 % on MM-Bench."


def test_a_section_pages_long_is_cut_and_reported(tmp_path: Path) -> None:
    from kg.readers.digest import MAX_SECTION_CHARS

    path = tmp_path / "d.md"
    rows = "\n".join(f"| Model{i}-X | {i % 90}.5% | BenchQ-{i} |" for i in range(3000))
    path.write_text(f"### [1] [A table](https://arxiv.org/abs/2601.00001)\n*A. Author*\nAbstract: {rows}\n"
                    "### [2] [Next](https://arxiv.org/abs/2601.00002)\n*B. Author*\nAbstract: We study X.\n",
                    encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    assert [p.id for p in papers] == ["2601.00001", "2601.00002"]
    assert len(papers[0].sections["abstract"].text) == MAX_SECTION_CHARS
    assert any("'abstract' field" in w.reason and "cut to" in w.reason and w.paper == "2601.00001"
               for w in report.warnings)


def test_more_paper_header_forms_start_papers_instead_of_joining_the_paper_before(tmp_path: Path) -> None:
    headers = ["##### [3] [Alpha: A](https://arxiv.org/abs/2601.00003)",
               "### Paper 6: [Beta: B](https://arxiv.org/abs/2601.00006)",
               "### 16 [Gamma: C](https://arxiv.org/abs/2601.00016)",
               "### 10. \U0001F4C4 [Delta: D](https://arxiv.org/abs/2601.00010)",
               "### [9] \U0001F4C4 [Epsilon: E](https://arxiv.org/abs/2601.00009)",
               "# [Zeta: F](https://arxiv.org/abs/2601.00013)",
               '### [14] [Eta: G](https://arxiv.org/abs/2601.00014 "arXiv")',
               "### [15] [**Theta**: H](<https://arxiv.org/abs/2601.00015>)"]
    body = "*A. Author*\nMain category: cs.CV\nAbstract: We study {}.\n"
    path = tmp_path / "d.md"
    path.write_text("".join(f"{h}\n{body.format(i)}" for i, h in enumerate(headers)), encoding="utf-8")
    papers = read(path)
    assert [p.title.split(":")[0] for p in papers] == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta",
                                                        "Theta"]
    assert [p.number for p in papers] == [3, 6, 16, 10, 9, None, 14, 15]
    assert all(p.sections["abstract"].text == f"We study {i}." for i, p in enumerate(papers))


@pytest.mark.parametrize("url, expected", [
    ("https://www.alphaxiv.org/abs/2506.00007", ("2506.00007", "arxiv", None)),
    ("https://www.alphaxiv.org/overview/2506.00007v2", ("2506.00007", "arxiv", "v2")),
    ("https://huggingface.co/papers/2506.00008", ("2506.00008", "arxiv", None)),
    ("https://papers.cool/arxiv/2506.00009", ("2506.00009", "arxiv", None)),
    ("https://chatpaper.com/chatpaper/paper/2506.00022", ("2506.00022", "arxiv", None)),
    ("https://www.semanticscholar.org/arxiv/2506.00024", ("2506.00024", "arxiv", None)),
    ("https://doi.org/10.48550/arXiv.2506.00010", ("2506.00010", "arxiv", None)),
    ("doi:10.48550/arxiv.cs/0112017", ("cs/0112017", "arxiv", None)),
])
def test_arxiv_mirror_links_and_arxiv_dois_give_the_arxiv_id(url: str, expected: tuple) -> None:
    assert tuple(paper_id(url)) == expected


def test_one_paper_linked_through_arxiv_and_a_mirror_is_one_paper(tmp_path: Path) -> None:
    body = "*A. Author*\nAbstract: We study X.\n"
    (tmp_path / "a.md").write_text(f"### [1] [X Net](https://arxiv.org/abs/2506.00008v1)\n{body}", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"### [1] [X Net](https://huggingface.co/papers/2506.00008)\n{body}"
                                   f"### [2] [X Net](https://doi.org/10.48550/arXiv.2506.00008)\n{body}", encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([tmp_path / "a.md", tmp_path / "b.md"], report))
    assert [p.id for p in papers] == ["2506.00008"] and report.duplicate_count == 2


def test_field_headings_inside_a_paper_open_their_field_and_code_comments_are_no_headers(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "## cs.CV\n\n"
        "### [1] [Alpha: A](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\n## Summary\n\nTL;DR: Alpha is small.\n\n"
        "## Abstract\n\nWe propose Alpha.\n\n"
        "### [2] [Beta: B](https://arxiv.org/abs/2601.00002)\n*B. Author*\n\nMethod: Beta is used as follows:\n"
        "```python\n# install the adapter\nmodel = Beta(vit)\n\n```\n\nAbstract: We propose Beta.\n\n"
        "## [Gamma: C](https://arxiv.org/abs/2601.00003)\n**Authors**: C. Author\n\n#### TL;DR\nGamma is fast.\n\n"
        "### Abstract\nWe propose Gamma.\n",
        encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    text = path.read_text(encoding="utf-8")
    assert [p.categories for p in papers] == [["cs.CV"]] * 3
    assert [(p.sections["tldr"].text if "tldr" in p.sections else None, p.sections["abstract"].text) for p in papers] \
        == [("Alpha is small.", "We propose Alpha."), (None, "We propose Beta."), ("Gamma is fast.", "We propose Gamma.")]
    assert papers[1].sections["method"].text == "Beta is used as follows: # install the adapter model = Beta(vit)"
    abstract = papers[2].sections["abstract"]
    assert text[abstract.char_start:].startswith("We propose Gamma.")
    assert not report.warnings


def test_a_digest_title_heading_is_no_category_and_long_category_names_reduce_to_the_code(tmp_path: Path) -> None:
    headings = ["# Daily arXiv Digest\n\n## Papers", "## Computer Vision and Pattern Recognition (cs.CV)",
                "## \U0001F525 Highlights", "## cs.RO (12 papers)", "## cs.AI [Total: 3]",
                "# Personalized Daily Arxiv Papers 06/01/2025", "## 计算机视觉 cs.CV", "## Robotics"]
    path = tmp_path / "d.md"
    path.write_text("".join(f"{h}\n\n### [{i}] [P{i}](https://arxiv.org/abs/2601.0000{i})\n*A. Author*\n\n"
                            f"Abstract: We study {i}.\n\n" for i, h in enumerate(headings))
                    + "## Statistics\nTotal: 8 papers\n", encoding="utf-8")
    papers = read(path)
    assert [p.categories for p in papers] == [[], ["cs.CV"], [], ["cs.RO"], ["cs.AI"], [], ["cs.CV"], ["Robotics"]]
    statistics = path.read_text(encoding="utf-8").splitlines().index("## Statistics") + 1
    assert papers[-1].provenance.line_end == statistics - 1  # the statistics are no part of the last paper


def test_a_long_main_category_reduces_to_its_code(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [P](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\n"
                    "Main category: Computer Vision and Pattern Recognition (cs.CV)\n\nAbstract: We study it.\n\n"
                    "### [2] [Q](https://arxiv.org/abs/2601.00002)\n*A. Author*\n\nMain category: `cs.DC`\n\n"
                    "Abstract: We study it.\n", encoding="utf-8")
    assert [p.categories for p in read(path)] == [["cs.CV"], ["cs.DC"]]


def test_more_field_label_layouts_are_read(tmp_path: Path) -> None:
    blocks = [
        "**Abstract:**\n\nWe study 0.\n",  # the text after a blank line
        # later paragraphs belong to the field; links, markup and other labels do not
        ("Summary: Zero-shot one.\n\nMethod: It has two parts:\n\n1. a router;\n2. an adapter.\n\n"
         "Abstract: We study 1.\n\nIt also generalises.\n\n[Back to top](#toc)\n\nCode: https://github.com/x/y\n\n"
         "<div id='cs.LG'></div>\n"),
        "动机：现有方法很慢。\n\n方法：提出新模型。\n\n结果：准确率84.1%。\n\n结论：有效。\n\n摘要：We study 2.\n",
        "<details><summary>Abstract</summary>\n\nWe study 3.\n\n</details>\n",
        "<details><summary>**TL;DR**</summary>Three is fast.</details>\n\nAbstract: We study 4.\n",
    ]
    path = tmp_path / "d.md"
    path.write_text("".join(f"### [{i}] [P{i}](https://arxiv.org/abs/2601.0000{i})\n*A. Author*\n\n{b}\n"
                            for i, b in enumerate(blocks)), encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    assert [p.sections["abstract"].text for p in papers] == [
        "We study 0.", "We study 1. It also generalises.", "We study 2.", "We study 3.", "We study 4."]
    assert not report.warnings
    assert papers[1].sections["tldr"].text == "Zero-shot one."
    assert papers[1].sections["method"].text == "It has two parts: 1. a router; 2. an adapter."
    assert {k: s.text for k, s in papers[2].sections.items() if k in ("motivation", "method", "result", "conclusion")} \
        == {"motivation": "现有方法很慢。", "method": "提出新模型。", "result": "准确率84.1%。", "conclusion": "有效。"}
    assert papers[4].sections["tldr"].text.startswith("Three is fast.")
    text = path.read_text(encoding="utf-8")
    for paper in papers:
        abstract = paper.sections["abstract"]
        assert text[abstract.char_start:].startswith(abstract.text[:11])


def test_html_tags_are_stripped_from_section_text(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [P](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\n"
                    "TL;DR: <b>Sec29Net</b> is a <span class=\"hl\">small</span> adapter.<br/>It is fast.\n\n"
                    "Abstract: We propose Sec29Net.<br>It reaches 84.1% on ImageNet-1K and CO<sub>2</sub> &lt;b&gt; on "
                    "CIFAR<100> with $a<b$ and $c>d$.</details>\n", encoding="utf-8")
    (paper,) = read(path)
    assert paper.sections["tldr"].text == "Sec29Net is a small adapter. It is fast."
    assert paper.sections["abstract"].text == ("We propose Sec29Net. It reaches 84.1% on ImageNet-1K and CO2 <b> on "
                                               "CIFAR<100> with $a<b$ and $c>d$.")


def test_a_later_copy_with_text_replaces_a_first_copy_with_placeholders(tmp_path: Path) -> None:
    def block(n: int, pid: str, category: str, tldr: str, abstract: str) -> str:
        return (f"### [{n}] [Paper {pid}](https://arxiv.org/abs/2601.0000{pid})\n*A. Author*\n\n"
                f"Main category: {category}\n\nTL;DR: {tldr}\n\nAbstract: {abstract}\n\n")

    path = tmp_path / "d.md"
    path.write_text(block(1, "1", "cs.CV", "Error", "Error") + block(2, "2", "cs.CV", "Two.", "We study 2.")
                    + block(3, "3", "cs.CV", "Error", "We study 3.") + block(4, "1", "cs.LG", "One.", "We study 1.")
                    + block(5, "3", "cs.LG", "Error", "We study 3 again."), encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    assert [(p.id, p.number, p.sections["abstract"].text, p.categories) for p in papers] == [
        ("2601.00001", 4, "We study 1.", ["cs.LG", "cs.CV"]), ("2601.00002", 2, "We study 2.", ["cs.CV"]),
        ("2601.00003", 3, "We study 3.", ["cs.CV"])]
    assert report.duplicate_count == 2 and report.papers == 3
    assert [(d.line, d.paper) for d in report.duplicates] == [(1, "2601.00001"), (37, "2601.00003")]
    assert "kept that copy" in report.duplicates[0].reason and "kept the first" in report.duplicates[1].reason
    assert report.papers_with_placeholders == 1 and report.placeholders == {"tldr": 1}


def test_latex_accents_become_accented_letters_and_escaped_quotes_stay(tmp_path: Path) -> None:
    path = tmp_path / "latex.md"
    path.write_text("### [1] [Accents](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nMain category: cs.LG\n\n"
                    'Abstract: Nystr\\"om approximation after Bena\\"{i}m and Poincar\\\'e; a \\"quoted\\" word.\n',
                    encoding="utf-8")
    (paper,) = read(path)
    assert paper.sections["abstract"].text == 'Nyström approximation after Benaïm and Poincaré; a \\"quoted\\" word.'


def test_invisible_characters_are_dropped_so_names_do_not_differ_only_in_them(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [Zero\u200b Width\x01](https://arxiv.org/abs/2601.00001)\n*Zero\u200b Width, \ufeffBOM Name*\n"
                    "Abstract: We tune Gh\u200bost-Net\x07 on \u202eData.\n", encoding="utf-8")
    (paper,) = read(path)
    assert paper.title == "Zero Width" and paper.authors == ["Zero Width", "BOM Name"]
    assert paper.sections["abstract"].text == "We tune Ghost-Net on Data."


@pytest.mark.parametrize("encode, reason", [
    (lambda text: text.encode("utf-16"), "UTF-16"),
    (lambda text: text.replace("\n", "\r").encode("utf-8"), "CR only"),
])
def test_utf16_files_and_cr_only_line_ends_are_read_and_reported(tmp_path: Path, encode, reason: str) -> None:
    path = tmp_path / "d.md"
    path.write_bytes(encode(SEED.read_text(encoding="utf-8")))
    report = ReadReport()
    assert len(read(path, report)) == header_count(SEED)
    assert any(reason in w.reason for w in report.warnings)


def test_author_lines_after_other_bold_labels_or_the_category_are_read(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [Alpha: A](https://arxiv.org/abs/2601.00001)\n**ArXiv ID:** 2601.00001\n"
                    "**Authors:** Alice Zhang, Bob Li\nAbstract: We study X.\n\n"
                    "### [2] [Beta: B](https://arxiv.org/abs/2601.00002)\nMain category: cs.CV\n*Carol Wu, Dan Xu*\n"
                    "Abstract: We study Y.\n", encoding="utf-8")
    first, second = read(path)
    assert first.authors == ["Alice Zhang", "Bob Li"]
    assert second.authors == ["Carol Wu", "Dan Xu"] and second.categories[0] == "cs.CV"


def test_a_paper_header_wrapped_over_lines_is_read_whole(tmp_path: Path) -> None:
    text = ("### [1] [A Title That a Hard-Wrapping Tool Broke\nover Two Lines](https://arxiv.org/abs/2611.00001)\n"
            "*A. Author*\nAbstract: We study one.\n\n"
            "### [2] [Short Title](\nhttps://arxiv.org/abs/2611.00002)\n*B. Author*\nAbstract: We study two.\n\n"
            "### [3] [Three\nLine\nTitle](https://arxiv.org/abs/2611.00003)\n*C. Author*\nAbstract: We study three.\n")
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    assert [p.id for p in papers] == ["2611.00001", "2611.00002", "2611.00003"] and report.skipped == []
    assert papers[0].title == "A Title That a Hard-Wrapping Tool Broke over Two Lines"
    assert papers[2].title == "Three Line Title"
    assert [p.authors for p in papers] == [["A. Author"], ["B. Author"], ["C. Author"]]
    assert [p.sections["title"].wrapped for p in papers] == [True, False, True]
    for paper in papers:
        title = paper.sections["title"]
        assert text[title.char_start:title.char_start + len(title.text)].replace("\n", " ") == title.text


def test_a_header_without_a_link_is_still_skipped_when_the_lines_after_it_hold_none(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] A Title With No Link\n*A. Author*\nAbstract: We study one.\n"
                    "### [2] [Two](https://arxiv.org/abs/2611.00002)\n*B. Author*\nAbstract: We study two.\n",
                    encoding="utf-8")
    report = ReadReport()
    assert [p.id for p in read(path, report)] == ["2611.00002"]
    assert [(i.line, "no [Title](URL) link" in i.reason) for i in report.skipped] == [(1, True)]


def test_an_angle_bracketed_link_may_hold_blanks_around_its_url(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] [One](< https://arxiv.org/abs/2611.00001 >)\n*A. Author*\nAbstract: We study one.\n",
                    encoding="utf-8")
    assert [p.id for p in read(path)] == ["2611.00001"]


@pytest.mark.parametrize("layout", ["- **{key}**: {value}", "* {key}: {value}", "1. **{key}:** {value}",
                                    "| {key} | {value} |", "| **{key}** | {value}"])
def test_fields_written_as_list_items_or_table_rows_are_read(tmp_path: Path, layout: str) -> None:
    fields = [("Authors", "Alice Smith, Bob Jones"), ("Main category", "cs.CL"),
              ("Abstract", "We introduce BarLM, which reaches 45.1 BLEU on WMT14.")]
    body = "\n".join(layout.format(key=k, value=v) for k, v in fields)
    path = tmp_path / "d.md"
    path.write_text(f"### [1] [One](https://arxiv.org/abs/2611.00001)\n{body}\n", encoding="utf-8")
    report = ReadReport()
    [paper] = read(path, report)
    assert paper.authors == ["Alice Smith", "Bob Jones"] and paper.categories == ["cs.CL"]
    assert paper.sections["abstract"].text == fields[2][1] and report.warnings == []


@pytest.mark.parametrize("link_line", ["**arXiv**: https://arxiv.org/abs/2611.00001",
                                       "[PDF](https://arxiv.org/pdf/2611.00001v2) | [Code](https://github.com/a/b)",
                                       "> doi:10.48550/arXiv.2611.00001"])
def test_a_header_without_a_link_takes_the_id_of_a_link_line_under_it(tmp_path: Path, link_line: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"### [1] **A Title**: Without a Link\n**Authors**: Alice Smith\n{link_line}\n"
                    "**Abstract**: We propose FooNet.\n", encoding="utf-8")
    report = ReadReport()
    [paper] = read(path, report)
    assert (paper.id, paper.title, paper.authors) == ("2611.00001", "A Title: Without a Link", ["Alice Smith"])
    assert paper.sections["abstract"].text == "We propose FooNet."
    assert [(w.line, w.paper, "id taken from the paper link on line 3" in w.reason) for w in report.warnings] == \
        [(1, "2611.00001", True)]


def test_a_paper_cited_in_prose_under_a_header_without_a_link_does_not_give_the_id(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("### [1] A Title Without a Link\n**Authors**: Bo\n"
                    "**Abstract**: We build on https://arxiv.org/abs/2501.00001 and go further.\n", encoding="utf-8")
    report = ReadReport()
    assert read(path, report) == [] and len(report.skipped) == 1


def test_a_background_label_is_the_motivation(tmp_path: Path) -> None:
    text = ("### [1] [Slow Bars in Barred Galaxies](https://arxiv.org/abs/2601.00011)\n*A. Author*\n\n"
            "**TL;DR**: 发现一个慢棒。\n\n<details>\n  <summary>Details</summary>\n\n"
            "Background: 棒的图样速度难以测量。\n\nMethod: 使用长缝光谱。\n\nResult: 棒很慢。\n\n"
            "Abstract: We measure bar pattern speeds.\n\n</details>\n\n"
            "### [2] [Another Paper](https://arxiv.org/abs/2601.00012)\n*B. Author*\n\n"
            "背景：现有模型很慢。\n\n方法：提出新模型。\n\n摘要：We study it.\n")
    papers, report = read_text(tmp_path, text)
    assert papers[0].sections["motivation"].text == "棒的图样速度难以测量。"
    assert papers[0].sections["method"].text == "使用长缝光谱。"
    assert papers[1].sections["motivation"].text == "现有模型很慢。"
    assert not report.warnings


def test_a_background_label_opening_a_structured_abstract_is_abstract_text(tmp_path: Path) -> None:
    text = ("### [1] [A Clinical Study](https://arxiv.org/abs/2601.00021)\n*A. Author*\n\n"
            "Motivation: Sepsis needs early warning.\n\nAbstract:\nBackground: Sepsis is deadly.\n"
            "We study it with records of 900 patients.\n")
    papers, report = read_text(tmp_path, text)
    assert papers[0].sections["abstract"].text == ("Background: Sepsis is deadly. We study it with records of 900 "
                                                   "patients.")
    assert papers[0].sections["motivation"].text == "Sepsis needs early warning."
    assert not report.warnings


def test_a_labelled_paragraph_no_section_holds_is_reported(tmp_path: Path) -> None:
    text = ("### [1] [Slow Bars in Barred Galaxies](https://arxiv.org/abs/2601.00031)\n*A. Author*\n\n"
            "**TL;DR**: 发现一个慢棒。\n\n<details>\n  <summary>Details</summary>\n\n"
            "Background: 棒的图样速度难以测量。\n\nOutlook: 未来将扩展到更多星系。\n\nMethod: 使用长缝光谱。\n\n"
            "Abstract: We measure bar pattern speeds.\n\nCode: https://github.com/x/y\n\n</details>\n")
    papers, report = read_text(tmp_path, text)
    assert papers[0].sections["method"].text == "使用长缝光谱。"
    assert [(w.line, w.reason) for w in report.warnings] == [(11, "'Outlook' field not read (no section holds it)")]


def test_a_data_label_is_the_data_section(tmp_path: Path) -> None:
    text = ("### [1] [Slow Bars in Barred Galaxies](https://arxiv.org/abs/2601.00041)\n*A. Author*\n\n"
            "**TL;DR**: 发现一个慢棒。\n\n<details>\n  <summary>Details</summary>\n\n"
            "Background: 棒的图样速度难以测量。\n\nData: 数据来源于某巡天的长缝光谱。\n\nMethod: 使用长缝光谱。\n\n"
            "Abstract: We measure bar pattern speeds.\n\n</details>\n\n"
            "### [2] [Another Paper](https://arxiv.org/abs/2601.00042)\n*B. Author*\n\n"
            "背景：现有模型很慢。\n\n数据：使用公开的星表。\n\n方法：提出新模型。\n\n"
            "**Data:** We use spectra from a public survey.\n\n摘要：We study it.\n")
    (first, second), report = read_text(tmp_path, text)
    data = first.sections["data"]
    assert (data.text, data.lang, data.line_start) == ("数据来源于某巡天的长缝光谱。", "zh", 11)
    assert first.sections["method"].text == "使用长缝光谱。"
    assert second.sections["data"].text == "使用公开的星表。"  # the first of two data fields is kept
    assert [s.name for s in first.usable_sections()] == ["title", "tldr", "motivation", "data", "method", "abstract"]
    assert len(report.warnings) == 1 and "data" in report.warnings[0].reason  # the second is reported


def test_a_data_label_inside_a_structured_abstract_is_abstract_text(tmp_path: Path) -> None:
    text = ("### [1] [A Clinical Study](https://arxiv.org/abs/2601.00051)\n*A. Author*\n\n"
            "Motivation: Sepsis needs early warning.\n\nAbstract:\nBackground: Sepsis is deadly.\n"
            "Data: Records of 900 patients.\n数据：九百名患者的记录。\nResults: It works.\n")
    papers, report = read_text(tmp_path, text)
    assert papers[0].sections["abstract"].text == ("Background: Sepsis is deadly. Data: Records of 900 patients. "
                                                   "数据：九百名患者的记录。")
    assert "data" not in papers[0].sections


def test_a_numbered_data_step_inside_a_field_is_its_text(tmp_path: Path) -> None:
    text = ("### [1] [A World Model](https://arxiv.org/abs/2601.00071)\n*A. Author*\n\n"
            "**Method**\n\n1) 数据：将轨迹译为网页。\n2) 模型：微调视觉语言模型。\n\n"
            "**Abstract**\n\nWe build a world model.\n")
    papers, _ = read_text(tmp_path, text)
    assert papers[0].sections["method"].text == "1) 数据：将轨迹译为网页。 2) 模型：微调视觉语言模型。"
    assert "data" not in papers[0].sections


def test_a_field_holding_only_a_link_leaves_room_for_the_text(tmp_path: Path) -> None:
    text = ("### [1] [Vortex Pinning in a Superconductor](https://arxiv.org/abs/2601.00081)\n*A. Author*\n\n"
            "**Category**: cond-mat.supr-con  \n**Abstract**: [arXiv](https://arxiv.org/abs/2601.00081)\n\n"
            "**TL;DR**: Vortices are pinned.\n\n<details>\n  <summary>Abstract</summary>\n"
            "We study vortex pinning with Kerr microscopy.\n</details>\n")
    papers, report = read_text(tmp_path, text)
    assert papers[0].sections["abstract"].text == "We study vortex pinning with Kerr microscopy."
    assert not report.warnings


# Pieces lines are made of, so that generated lines often match the reader's line patterns.
_LINE_PIECES = ["#", "##", "###", "*", "**", "__", "_", "<", ">", "-", "---", "***", "[", "]", "|", "`", "```", "~~~",
                ":", "：", " ", "\t", "\u00a0", "\u3000", "  ", "Abstract", "TL;DR", "摘要", "Method", "<details>",
                "<summary>", "</summary>", "</details>", "[**[PDF]**]", "<div id='cs.CV'></div>", "1.", "📌", "x", "of the",
                "👥", "核心摘要", "（", "中", "é", ".", "Background", ".**", ".__", "[^1]:", "^", "(arXiv:2501.00001",
                " [cs.LG])", ")", "ARXIV:2501.00001v2", "[q-fin.GN] UPDATED)",
                "[1] [A Title](https://arxiv.org/abs/2501.00001)"]


def _assert_line_prechecks_hold(line: str) -> None:
    """Every line pattern of the reader that matches ``line`` agrees with the precheck the reader tries first."""
    from kg.readers import digest

    lead = line.strip()[:1]
    if digest._FENCE.match(line):
        assert lead in digest._FENCE_LEADS
    if digest._KEY_HEADING.match(line) or digest._PAPER_HEADER.match(line):
        assert lead == "#"
    if digest._PAPER_HEADER.match(line) or digest._WRAPPED_HASH_LINE.match(line):
        assert line[:1] == "#"
    if digest._KEY_BOLD_LABEL.match(line) or digest._OTHER_BOLD_LABEL.match(line.strip()):
        assert digest._may_open_bold_label(lead)
    if digest._STRUCTURAL.match(line):
        assert lead in digest._STRUCTURAL_LEADS
    if digest._SUMMARY_TAG.match(line.strip()) or digest._DIV_ID.fullmatch(line.strip()):
        assert lead == "<"
    if digest._KEY_LINE.match(line):
        assert digest._may_be_key_line(line)
    if digest._FOOTNOTE.match(line):
        assert line[:2] == "[^"
    if digest._FOOTNOTE_ID_LINE.match(line):
        assert line[:1].isspace() and "rxiv" in line.lower()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=8).map("".join))
def test_line_patterns_match_only_lines_that_open_as_their_prechecks_say(line: str) -> None:
    """The reader tries each line pattern only when the line opens as the pattern's matches must (and a key
    line only when it holds its separator): every match must pass its precheck."""
    _assert_line_prechecks_hold(line)


def test_line_prechecks_hold_on_every_line_of_the_real_digests() -> None:
    evaluated = SEED.parent.parent / "eval"
    for path in [SEED, *shared_digests(), *sorted((evaluated / "real" / "digests").glob("*.md")),
                 *sorted((evaluated / "audit" / "digests").glob("*.md"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            _assert_line_prechecks_hold(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(code) for code in range(0x30)] + ["\u00a0", "\u2007", "\u2009", "\u2011",
                                                                              "\u2012", "\u200b", "\u202a", "\u202f",
                                                                              "\u2060", "\u2066", "\ufeff", "é", "中"]),
               max_size=12))
def test_fold_equals_translating_every_text(text: str) -> None:
    """``_fold`` skips the translation of texts without a character it changes: the same result."""
    from kg.readers import digest

    assert digest._fold(text) == text.translate(digest._FOLD)


def test_fold_equals_translating_every_character() -> None:
    from kg.readers import digest

    assert all(digest._fold(chr(code)) == chr(code).translate(digest._FOLD) for code in range(0x10000))


def test_a_grouping_heading_is_no_category_of_a_paper_that_lists_its_own(tmp_path: Path) -> None:
    text = ("## 明确披露 AI 使用\n\n### [1] [A Decay Estimate](https://arxiv.org/abs/2601.00081)\n*A. Author*\n\n"
            "Categories: math.AP, math-ph\n\nAbstract: We prove a decay estimate.\n\n"
            "## Robotics\n\n### [2] [A Gripper](https://arxiv.org/abs/2601.00082)\n*B. Author*\n\n"
            "Abstract: We build a gripper.\n\n"
            "## Analysis of PDEs (math.AP)\n\n### [3] [A Flow](https://arxiv.org/abs/2601.00083)\n*C. Author*\n\n"
            "Categories: math-ph\n\nAbstract: We study a flow.\n")
    (first, second, third), _ = read_text(tmp_path, text)
    assert first.categories == ["math.AP", "math-ph"]
    assert second.categories == ["Robotics"]  # a heading is the category of a paper that lists none
    assert third.categories == ["math-ph", "math.AP"]


def test_a_later_copy_with_the_abstract_replaces_a_first_copy_without_one(tmp_path: Path) -> None:
    """A digest listing a paper first with a note only, then again with its abstract, keeps the abstract."""
    path = tmp_path / "d.md"
    path.write_text("### [1] [Paper One](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nComment: 12 pages\n\n"
                    "### [2] [Paper Two](https://arxiv.org/abs/2601.00002)\n*B. Author*\n\nAbstract: We study 2.\n\n"
                    "### [3] [Paper One](https://arxiv.org/abs/2601.00001)\n*A. Author*\n\nAbstract: We study 1.\n\n",
                    encoding="utf-8")
    report = ReadReport()
    papers = read(path, report)
    assert [(p.id, p.sections["abstract"].text) for p in papers] == [("2601.00001", "We study 1."),
                                                                     ("2601.00002", "We study 2.")]
    assert [d.line for d in report.duplicates] == [1] and "the abstract this one lacks" in report.duplicates[0].reason
