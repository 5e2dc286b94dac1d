"""The digest reader on layouts written by other generators (session 14): each keeps every paper's data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.readers import ReadReport, read_digests

from ..conftest import DATA

BODY = "*Alice Smith, Bob Jones*\n\nMain category: cs.CV\n\nAbstract: We propose FooNet, which reaches 45.1 mAP.\n\n"


def read(tmp_path: Path, text: str, report: ReadReport | None = None):
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return list(read_digests([path], report))


def test_unnumbered_headers_wrapped_over_lines_are_read_whole(tmp_path: Path) -> None:
    text = ("### [A Title That a Hard-Wrapping Tool\nBroke over Two Lines](https://arxiv.org/abs/2611.00001)\n" + BODY
            + "### [Kelix\nReport](https://arxiv.org/abs/2611.00002)\n" + BODY
            + "### [Donors of indolo[3,2-b]indole for\nSolar Cells](https://doi.org/10.1007/s00214-026-03297-7)\n" + BODY)
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [p.id for p in papers] == ["2611.00001", "2611.00002", "10.1007/s00214-026-03297-7"]
    assert [p.title for p in papers] == ["A Title That a Hard-Wrapping Tool Broke over Two Lines", "Kelix Report",
                                         "Donors of indolo[3,2-b]indole for Solar Cells"]
    assert all(p.authors == ["Alice Smith", "Bob Jones"] and p.sections["abstract"].text.startswith("We propose")
               for p in papers) and report.skipped == []


@pytest.mark.parametrize("link_line", ["https://arxiv.org/abs/2611.00002", "[arXiv](https://arxiv.org/abs/2611.00002)",
                                       "**arXiv**: https://arxiv.org/pdf/2611.00002v1", "arXiv:2611.00002"])
@pytest.mark.parametrize("heading", ["## A Paper Title", "### A Paper Title", "## 2. A Paper Title"])
def test_a_title_heading_with_its_link_on_a_later_line_starts_a_paper(tmp_path: Path, heading: str,
                                                                      link_line: str) -> None:
    text = ("# Daily Papers\n\n## cs.CV\n\n### [1] [First](https://arxiv.org/abs/2611.00001)\n" + BODY
            + f"{heading}\n\n{link_line}\n" + BODY.replace("FooNet", "BarNet"))
    report = ReadReport()
    first, second = read(tmp_path, text, report)
    assert (first.id, second.id, second.title) == ("2611.00001", "2611.00002", "A Paper Title")
    assert second.authors == ["Alice Smith", "Bob Jones"] and "BarNet" in second.sections["abstract"].text
    assert "BarNet" not in first.sections["abstract"].text and report.skipped == []


def test_a_sub_heading_linking_to_its_own_paper_and_a_contents_list_start_no_paper(tmp_path: Path) -> None:
    text = ("## Papers\n\n- [First](https://arxiv.org/abs/2611.00001)\n\n"
            "### [1] [First](https://arxiv.org/abs/2611.00001)\n" + BODY + "### Links of the paper\n"
            "[PDF](https://arxiv.org/pdf/2611.00001)\n\nConclusion: FooNet works.\n")
    [paper] = read(tmp_path, text)
    assert paper.id == "2611.00001" and paper.sections["conclusion"].text == "FooNet works."


@pytest.mark.parametrize("header", [
    "### **[1] [A Title](https://arxiv.org/abs/2611.00001)**",
    "**[1] [A Title](https://arxiv.org/abs/2611.00001)**",
    "**[1] A Title**\narXiv:2611.00001",
    "### [1] A Title (arXiv:2611.00001)",
    "## A Title - arXiv:2611.00001v2",
    '### [1] <a href="https://arxiv.org/abs/2611.00001">A Title</a>',
    "### <a href='https://arxiv.org/abs/2611.00001' target='_blank'>A Title</a>",
    "1. [A Title](https://arxiv.org/abs/2611.00001)",
    "1) **[A Title](https://arxiv.org/pdf/2611.00001)** (cs.CV)",
])
def test_other_paper_header_forms_are_read(tmp_path: Path, header: str) -> None:
    report = ReadReport()
    papers = read(tmp_path, f"{header}\n{BODY}### [2] [B](https://arxiv.org/abs/2611.00002)\n{BODY}", report)
    assert [(p.id, p.title) for p in papers] == [("2611.00001", "A Title"), ("2611.00002", "B")]
    assert papers[0].authors == ["Alice Smith", "Bob Jones"] and report.skipped == []
    assert papers[0].sections["abstract"].text == "We propose FooNet, which reaches 45.1 mAP."


def test_a_web_article_listed_with_its_fields_under_it_is_a_paper_and_other_link_lists_are_not(tmp_path: Path) -> None:
    text = ("1. [一篇公众号文章](https://mp.weixin.qq.com/s/abc)\n" + BODY
            + "### [2] [B](https://arxiv.org/abs/2611.00002)\n" + BODY.replace("45.1", "46.2")
            + "Related:\n1. [Some blog](https://example.com/post)\n2. [Other](https://example.com/other)\n")
    first, second = read(tmp_path, text)
    assert first.title == "一篇公众号文章" and first.url == "https://mp.weixin.qq.com/s/abc"
    assert second.id == "2611.00002" and "46.2" in second.sections["abstract"].text


def test_a_latex_title_keeps_its_dollar_sign(tmp_path: Path) -> None:
    [paper] = read(tmp_path, "**[1] $X^2$-DFD: A Framework**\narXiv:2611.00001\n" + BODY)
    assert paper.title == "$X^2$-DFD: A Framework"


@pytest.mark.parametrize("label", ["**Abstract**", "__Abstract__"])
def test_a_bold_label_alone_on_its_line_opens_its_field(tmp_path: Path, label: str) -> None:
    text = (f"### [1] [A](https://arxiv.org/abs/2611.00001)\n*Alice Smith*\n\n**TL;DR**\n\nFooNet is fast.\n\n{label}\n\n"
            "Objective: To test FooNet.\nDesign: We ran it.\n\n**Conclusion**\nIt works.\n")
    [paper] = read(tmp_path, text)
    assert paper.sections["tldr"].text == "FooNet is fast."
    assert paper.sections["abstract"].text == "Objective: To test FooNet. Design: We ran it."
    assert paper.sections["conclusion"].text == "It works."


def test_a_heading_with_fields_but_no_link_is_reported(tmp_path: Path) -> None:
    text = "### [1] [A](https://arxiv.org/abs/2611.00001)\n" + BODY + "## A Paper With No Link\n\n" + BODY
    report = ReadReport()
    read(tmp_path, text, report)
    assert [(w.line, "no arXiv, DOI or web link" in w.reason) for w in report.warnings] == [(8, True)]


@pytest.mark.parametrize("layout", ["<p><b>{key}:</b> {value}</p>", "<b>{key}</b>: {value}<br>", "📌 **{key}**: {value}",
                                    "• {key}: {value}"])
def test_field_labels_in_html_tags_or_after_an_ornament_are_read(tmp_path: Path, layout: str) -> None:
    fields = [("TL;DR", "FooNet is fast."), ("Abstract", "We propose FooNet, which reaches 45.1 mAP.")]
    body = "\n".join(layout.format(key=k, value=v) for k, v in fields)
    report = ReadReport()
    [paper] = read(tmp_path, f"### [1] [A](https://arxiv.org/abs/2611.00001)\n*Alice Smith*\n{body}\n", report)
    assert paper.sections["tldr"].text == fields[0][1] and paper.sections["abstract"].text == fields[1][1]
    assert report.warnings == []


@pytest.mark.parametrize("header", [
    "### [1] [A Title] (https://arxiv.org/abs/2611.00001)",
    "### **Paper 1:** [A Title](https://arxiv.org/abs/2611.00001)",
    "### [1] [arXiv:2611.00001] A Title",
    "### [1] A Title: https://arxiv.org/abs/2611.00001",
    "# A Title\n\nhttps://arxiv.org/abs/2611.00001",
    "- [A Title](https://arxiv.org/abs/2611.00001)",
])
def test_headers_with_the_link_apart_from_the_title_or_in_a_bullet_are_read(tmp_path: Path, header: str) -> None:
    report = ReadReport()
    papers = read(tmp_path, f"{header}\n{BODY}### [2] [B](https://arxiv.org/abs/2611.00002)\n{BODY}", report)
    assert [(p.id, p.title) for p in papers] == [("2611.00001", "A Title"), ("2611.00002", "B")]
    assert papers[0].authors == ["Alice Smith", "Bob Jones"] and report.skipped == []


def test_a_bulleted_contents_list_starts_no_papers(tmp_path: Path) -> None:
    text = ("# Daily Papers\n\n- [A](https://arxiv.org/abs/2611.00001)\n- [B](https://arxiv.org/abs/2611.00002)\n\n"
            "### [1] [A](https://arxiv.org/abs/2611.00001)\n" + BODY + "### [2] [B](https://arxiv.org/abs/2611.00002)\n"
            + BODY)
    report = ReadReport()
    assert [p.id for p in read(tmp_path, text, report)] == ["2611.00001", "2611.00002"]
    assert report.duplicates == []


def test_a_heading_over_a_list_of_paper_links_starts_no_paper(tmp_path: Path) -> None:
    text = ("## Today's picks by Alice\n\n- [Paper A](https://arxiv.org/abs/2611.00001)\n"
            "- [Paper B](https://arxiv.org/abs/2611.00002)\n\n## cs.CV\n\n"
            "### [1] [Paper A](https://arxiv.org/abs/2611.00001)\n" + BODY
            + "### [2] [Paper B](https://arxiv.org/abs/2611.00002)\n" + BODY)
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.title) for p in papers] == [("2611.00001", "Paper A"), ("2611.00002", "Paper B")]
    assert all("abstract" in p.sections for p in papers) and report.duplicates == []


@pytest.mark.parametrize("field", ["Method: We build on:\n1. [Prior](https://arxiv.org/abs/2501.00001)\n"
                                   "2. [Other](https://arxiv.org/abs/2501.00002)\n\n",
                                   "Related:\n- [Prior](https://arxiv.org/abs/2501.00001)\n*A note in italics*\n\n"])
def test_paper_links_listed_inside_a_field_start_no_paper(tmp_path: Path, field: str) -> None:
    text = ("### [1] [A](https://arxiv.org/abs/2611.00001)\n*Alice Smith*\n\n" + field
            + "Abstract: We reach 45.1 mAP.\n\n### [2] [B](https://arxiv.org/abs/2611.00002)\n" + BODY)
    papers = read(tmp_path, text)
    assert [p.id for p in papers] == ["2611.00001", "2611.00002"]
    assert papers[0].sections["abstract"].text == "We reach 45.1 mAP."


def test_a_hard_wrapped_field_line_opening_with_a_hash_stays_in_its_field(tmp_path: Path) -> None:
    text = ("### [1] [A](https://arxiv.org/abs/2611.00001)\n*Alice Smith*\n\nAbstract: We reduce the\n"
            "# of parameters by half and\nreach 45.1 mAP.\n\n# cs.CV\n\n### [2] [B](https://arxiv.org/abs/2611.00002)\n"
            + BODY)
    first, second = read(tmp_path, text)
    assert first.sections["abstract"].text == "We reduce the # of parameters by half and reach 45.1 mAP."
    assert second.categories == ["cs.CV"]


# A Chinese template of its own: "#### Title", a bullet list (authors, arXiv link, categories, other notes), then bold
# labels alone on their lines, some naming no field kg reads (limitations, proof outline), each ended by the next.
CHINESE_TEMPLATE = """# 偏微分方程前沿日报 · 2026-09-11

## 全部论文

### 流体方程

#### Global Solutions of a Toy Flow Equation

- **作者：** Li Wei、Zhang San
- **arXiv：** [2609.00001](https://arxiv.org/abs/2609.00001) · [PDF](https://arxiv.org/pdf/2609.00001)
- **分类：** math.AP、math&#45;ph
- **阅读优先级：** 70/100 · 中优先级

**完成的工作**

论文证明玩具流方程整体解的存在性。

**使用技术**

- 能量估计
- Galerkin 逼近

**可能的突破**

给出一类新的先验估计。

**限制与不确定性**

只适用于二维情形。

**证明逻辑/大纲**

1. **主张：** 解在有限时间内不爆破。

**原始英文摘要**

We prove global existence for a toy flow equation by energy estimates.

---

#### Sharp Bounds for a Toy Elliptic Problem

- **作者：** Wang Wu
- **arXiv：** [2609.00002](https://arxiv.org/abs/2609.00002) · [PDF](https://arxiv.org/pdf/2609.00002)
- **分类：** math.AP

**完成的工作**

论文给出尖锐界。

**原始英文摘要**

We give sharp bounds.
"""


def test_a_chinese_template_with_a_bullet_list_and_bold_labels_is_read(tmp_path: Path) -> None:
    report = ReadReport()
    first, second = read(tmp_path, CHINESE_TEMPLATE, report)
    assert not report.skipped  # (each title heading's link is on a line under it, as the warnings say)
    assert [w.line for w in report.warnings if "id taken from the paper link" not in w.reason] == []
    assert (first.id, first.title, first.authors) == ("2609.00001", "Global Solutions of a Toy Flow Equation",
                                                      ["Li Wei", "Zhang San"])
    assert first.categories[:2] == ["math.AP", "math-ph"]
    assert first.sections["tldr"].text == "论文证明玩具流方程整体解的存在性。"
    assert first.sections["method"].text == "- 能量估计 - Galerkin 逼近"
    # the limitations and the proof outline, which no section holds, are not read into the field before them
    assert first.sections["conclusion"].text == "给出一类新的先验估计。"
    assert first.sections["abstract"].text == "We prove global existence for a toy flow equation by energy estimates."
    assert (second.id, second.authors, second.sections["abstract"].text) == ("2609.00002", ["Wang Wu"],
                                                                              "We give sharp bounds.")


BULLET_FIELDS = """# Arxiv论文总结报告

## 论文总结

### [Thin Oxide Films Grown by Sputtering](http://arxiv.org/abs/2611.00011v1)
- **作者:** Li Wei, Zhang San
- **研究目的:** 研究溅射条件对氧化物薄膜的影响。
- **主要发现:** 薄膜的电导率提高了两倍。

---

### [A Second Film Study](http://arxiv.org/abs/2611.00012v1)
- **作者:** Wang Wu
- **研究目的:** 研究退火。
- **主要发现:** 退火降低缺陷密度。
"""


def test_chinese_aim_and_findings_bullets_are_summary_sections_and_a_summary_heading_no_category(tmp_path: Path) -> None:
    report = ReadReport()
    first, second = read(tmp_path, BULLET_FIELDS, report)
    assert (first.id, first.authors, second.authors) == ("2611.00011", ["Li Wei", "Zhang San"], ["Wang Wu"])
    assert first.sections["motivation"].text == "研究溅射条件对氧化物薄膜的影响。"
    assert first.sections["result"].text == "薄膜的电导率提高了两倍。"
    assert first.categories == [] and second.categories == []  # "论文总结" (paper summaries) groups, it is no category


EMOJI_LABELS = """# 音频论文速递 2026-04-19

## 📋 论文列表

### 🥇 [FooVC: Fast Voice Conversion](/blog/posts/2026-04-19-foovc)

🔥 **9.0分** | #语音转换 #流式 | [arxiv](https://arxiv.org/abs/2611.00021v1)

👥 **作者与机构**

第一作者：Li Wei (上海大学)
通讯作者：Zhang San（复旦大学，上海研究院）
其他作者：
  - Wang Wu (天津大学 (TJU))
所属机构：均为高校。

💡 **毒舌点评**

**亮点**：速度很快。**槽点**：依赖预训练编解码器。

🔗 **开源详情**

*   **代码**：https://github.com/foo/foovc

📌 **核心摘要**

论文提出FooVC，在LibriTTS上词错率降低10%。

---

### 4 [BarTTS: Streaming Speech Synthesis](/blog/posts/2026-04-19-bartts)

🔥 **8.5分** | #语音合成 | [arxiv](https://arxiv.org/abs/2611.00022v1)

👥 **作者与机构**

- 第一作者：Chen Liu
- 其他作者：Zhao Min, Sun Hao

📌 **核心摘要**

论文提出BarTTS。
"""


def test_a_heading_linking_to_a_blog_page_takes_the_id_of_an_arxiv_link_in_the_line_under_it(tmp_path: Path) -> None:
    report = ReadReport()
    first, second = read(tmp_path, EMOJI_LABELS, report)
    assert (first.id, first.version, first.title) == ("2611.00021", "v1", "FooVC: Fast Voice Conversion")
    assert (second.id, second.number, second.title) == ("2611.00022", 4, "BarTTS: Streaming Speech Synthesis")
    assert first.categories == [] and second.categories == []
    assert [(w.line, w.paper) for w in report.warnings if "id taken from the paper link" in w.reason] == \
        [(5, "2611.00021"), (31, "2611.00022")]


def test_an_emoji_and_a_bold_label_alone_on_its_line_open_a_section(tmp_path: Path) -> None:
    first, second = read(tmp_path, EMOJI_LABELS)
    assert first.sections["tldr"].text == "论文提出FooVC，在LibriTTS上词错率降低10%。"
    assert second.sections["tldr"].text == "论文提出BarTTS。"
    # the reviewer's opinion is a comment on the paper, as "AI_Comments" is; the code and data availability a comment
    assert "速度很快。" in first.sections["ai_comments"].text
    assert first.sections["comment"].text == "代码：https://github.com/foo/foovc"  # (bold marks dropped)
    assert [name for name in first.sections if name in ("motivation", "method", "result", "abstract")] == []


def test_an_authors_and_affiliations_field_gives_the_authors_without_roles_or_affiliations(tmp_path: Path) -> None:
    first, second = read(tmp_path, EMOJI_LABELS)
    assert first.authors == ["Li Wei", "Zhang San", "Wang Wu"]
    assert second.authors == ["Chen Liu", "Zhao Min", "Sun Hao"]


ITEMS = """# arXiv-2026-10-07

## arXiv-2026-10-07 — Item 1

### Slow Spin Chains at Finite Temperature
**Alice Smith, Bob Jones — arXiv:2611.00031**

We study spin chains with a tensor-network method. The chains relax slowly.

The relaxation time grows with system size.

**Background.** Spin chains are simple quantum models.

**Why it matters for you:** It links two fields you follow.

[arXiv 2611.00031](https://arxiv.org/abs/2611.00031)

## arXiv-2026-10-07 — Item 2

### A Second Study of Qudit Codes
**Carol White — arXiv:2611.00032**

We give a family of qudit codes.

**Background.** A qudit has d levels.

[arXiv 2611.00032](https://arxiv.org/abs/2611.00032)
"""


def test_a_heading_without_a_link_takes_the_id_of_the_author_line_ending_in_an_arxiv_id(tmp_path: Path) -> None:
    report = ReadReport()
    first, second = read(tmp_path, ITEMS, report)
    assert (first.id, first.title, first.authors) == ("2611.00031", "Slow Spin Chains at Finite Temperature",
                                                      ["Alice Smith", "Bob Jones"])
    assert (second.id, second.authors, second.categories) == ("2611.00032", ["Carol White"], [])
    assert [(w.line, "id taken from the paper link on line 6" in w.reason) for w in report.warnings
            if "id taken" in w.reason][:1] == [(5, True)]


def test_a_bold_label_ended_by_a_full_stop_opens_its_field_and_why_it_matters_is_a_comment(tmp_path: Path) -> None:
    first, second = read(tmp_path, ITEMS)
    assert first.sections["motivation"].text == "Spin chains are simple quantum models."
    assert first.sections["ai_comments"].text == "It links two fields you follow."
    assert second.sections["motivation"].text == "A qudit has d levels." and "ai_comments" not in second.sections
    [paper] = read(tmp_path, "### [1] [A](https://arxiv.org/abs/2611.00034)\n*Alice Smith*\n\n"
                             "**Background.** Spins are simple.\n\nAbstract: We propose FooNet.\n")
    assert (paper.sections["motivation"].text, paper.sections["abstract"].text) == ("Spins are simple.",
                                                                                    "We propose FooNet.")


def test_unlabelled_paragraphs_before_the_fields_of_a_paper_without_abstract_or_tldr_are_its_tldr(tmp_path: Path) -> None:
    first, second = read(tmp_path, ITEMS)
    tldr = first.sections["tldr"]
    assert tldr.text == ("We study spin chains with a tensor-network method. The chains relax slowly. The relaxation "
                         "time grows with system size.")
    assert (tldr.line_start, tldr.line_end, ITEMS[tldr.char_start:tldr.char_start + 8]) == (8, 10, "We study")
    assert second.sections["tldr"].text == "We give a family of qudit codes."
    [paper] = read(tmp_path, "### [1] [A](https://arxiv.org/abs/2611.00035)\n*Alice Smith*\n\nWe propose FooNet.\n\n"
                             "**Why it matters for you:** It is fast.\n")
    assert (paper.sections["tldr"].text, paper.sections["ai_comments"].text) == ("We propose FooNet.", "It is fast.")
    # a paper with an abstract keeps only its labelled fields
    [paper] = read(tmp_path, "### [1] [A](https://arxiv.org/abs/2611.00033)\n*Alice Smith*\n\nA stray line.\n\n"
                             "Abstract: We propose FooNet.\n")
    assert list(paper.sections) == ["title", "abstract"]


def test_a_file_none_of_whose_papers_has_an_abstract_is_reported_once_and_a_paper_without_one_each(tmp_path: Path) -> None:
    report = ReadReport()
    read(tmp_path, BULLET_FIELDS, report)
    assert [(w.line, w.paper, w.reason.split(";")[0]) for w in report.warnings] == \
        [(5, None, "none of the 2 papers of this file has an abstract (a layout without one, or every block cut short?)")]
    report = ReadReport()
    read(tmp_path, BULLET_FIELDS + "\n### [A Third](http://arxiv.org/abs/2611.00013)\n- **作者:** Wu Liu\n"
                                   "- **摘要:** We study films.\n", report)
    assert [(w.line, w.paper, w.reason) for w in report.warnings] == \
        [(5, "2611.00011", "no abstract (truncated or malformed block)"),
         (12, "2611.00012", "no abstract (truncated or malformed block)")]


FOOTNOTES = """# 详细

[^1]: 稀疏注意力的快速训练

    Fast Training of Sparse Attention. (arXiv:2611.00041v2 [cs.LG])

    [http://arxiv.org/abs/2611.00041](http://arxiv.org/abs/2611.00041)

    本文提出FooNet，训练更快。

    

    我们提出FooNet，一种稀疏注意力方法。它在ImageNet上达到81.2%的准确率。

    We propose FooNet, a sparse attention method.
    It reaches 81.2% accuracy on ImageNet.

[^2]: 量子比特码

    Qudit Codes Revisited. (arXiv:2611.00042v1 [quant-ph] UPDATED)

    [http://arxiv.org/abs/2611.00042](http://arxiv.org/abs/2611.00042)

    本文给出一族量子比特码。

    We give a family of qudit codes.
"""


def test_a_footnote_holding_an_arxiv_id_is_a_paper_titled_by_its_english_line(tmp_path: Path) -> None:
    report = ReadReport()
    first, second = read(tmp_path, FOOTNOTES, report)
    assert (first.id, first.version, first.url, first.number) == ("2611.00041", "v2", "http://arxiv.org/abs/2611.00041", 1)
    assert (first.title, first.categories, first.authors) == ("Fast Training of Sparse Attention", ["cs.LG"], [])
    title = first.sections["title"]
    assert (title.line_start, FOOTNOTES[title.char_start:title.char_start + 4]) == (5, "Fast")
    assert (second.id, second.version, second.title, second.categories) == ("2611.00042", "v1", "Qudit Codes Revisited",
                                                                            ["quant-ph"])
    # no author line in any paper of the file: said once, and nothing else is wrong
    assert [(w.line, w.reason) for w in report.warnings] == [
        (3, "none of the 2 papers of this file has an author line (a layout without authors?); they are read without "
            "authors")]
    # a paper without one among papers with one is reported on its own
    report = ReadReport()
    assert len(read(tmp_path, "### [1] [A](https://arxiv.org/abs/2611.00045)\n*Alice Smith*\n\nAbstract: We propose "
                              "FooNet.\n\n" + FOOTNOTES, report)) == 3
    assert [(w.line, w.reason, w.paper) for w in report.warnings] == [(8, "no author line", "2611.00041"),
                                                                      (23, "no author line", "2611.00042")]


def test_the_unlabelled_paragraphs_of_a_footnote_paper_are_told_by_language_and_order(tmp_path: Path) -> None:
    first, second = read(tmp_path, FOOTNOTES)
    assert list(first.sections) == ["title", "tldr", "abstract_translation", "abstract"]
    assert first.sections["tldr"].text == "本文提出FooNet，训练更快。"
    assert first.sections["abstract_translation"].text.startswith("我们提出FooNet")
    abstract = first.sections["abstract"]
    assert abstract.text == "We propose FooNet, a sparse attention method. It reaches 81.2% accuracy on ImageNet."
    assert (abstract.line_start, abstract.line_end, FOOTNOTES[abstract.char_start:abstract.char_start + 10]) == (
        15, 16, "We propose")
    assert list(second.sections) == ["title", "tldr", "abstract"]


@pytest.mark.parametrize("footnote", [
    "[^1]: A note on the method.\n",  # a footnote of a paper's text, no id
    "[^1]: See the earlier paper.\n\n    It is on arXiv:2611.00099 as a preprint.\n",  # an id in prose
    "[^1]: Our own paper.\n\n    [arXiv](https://arxiv.org/abs/2611.00043)\n",  # the paper the footnote is in
    "[^1]: Not indented.\n\n[http://arxiv.org/abs/2611.00098](http://arxiv.org/abs/2611.00098)\n",
])
def test_a_footnote_that_names_no_other_paper_on_an_indented_line_is_text_of_the_paper_it_is_in(
        tmp_path: Path, footnote: str) -> None:
    text = "### [1] [A](https://arxiv.org/abs/2611.00043)\n*Alice Smith*\n\nAbstract: We propose FooNet.\n\n" + footnote
    paper, *footnoted = read(tmp_path, text + "\n" + FOOTNOTES.partition("\n\n")[2])
    assert paper.id == "2611.00043" and paper.sections["abstract"].text == "We propose FooNet."
    assert [p.id for p in footnoted] == ["2611.00041", "2611.00042"]  # the footnote papers after it are read


def test_a_footnote_paper_with_only_a_link_takes_the_footnote_as_its_title(tmp_path: Path) -> None:
    [paper] = read(tmp_path, "[^a]: Fast Sparse Attention\n    [arXiv](https://arxiv.org/abs/2611.00044)\n\n"
                             "    We propose FooNet.\n")
    assert (paper.id, paper.number, paper.title, paper.categories) == ("2611.00044", None, "Fast Sparse Attention", [])
    assert paper.sections["abstract"].text == "We propose FooNet."


def test_a_heading_with_its_fields_before_its_pdf_link_is_a_paper(tmp_path: Path) -> None:
    """"# Title", then a translated title and authors, then "**Link**: [PDF](.../pdf/ID)" six lines under the heading,
    then the abstract and its translation (a robotics reporter's layout): every paper is read."""
    block = ("# {title} \n\n**Title (ZH)**: 译名 \n\n**Authors**: Ann Lee, Bo Chen  \n\n"
             "**Link**: [PDF](https://arxiv.org/pdf/{id})  \n\n**Abstract**: We propose {title}, a planner. \n\n"
             "**Abstract (ZH)**: 本文提出一种规划器。 \n\n---\n")
    first, second = "SDQ-Planner: An Adaptive Planner for Embodied Tasks", "MoReFloq: Motion Retargeting by Flows"
    text = block.format(title=first, id="2509.26375") + block.format(title=second, id="2509.25600")
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.title) for p in papers] == [("2509.26375", first), ("2509.25600", second)]
    assert all(p.authors == ["Ann Lee", "Bo Chen"] for p in papers)
    assert [p.sections["abstract"].text for p in papers] == [f"We propose {first}, a planner.",
                                                             f"We propose {second}, a planner."]
    assert all(p.sections["abstract_translation"].text == "本文提出一种规划器。" for p in papers)
    assert report.skipped == []


def test_an_original_abstract_beside_its_chinese_translation_is_the_abstract(tmp_path: Path) -> None:
    text = ("### [13] [Agentic Repository Mining](http://arxiv.org/abs/2605.04845v1)\n*Ann Lee*\n\nMain category: cs.SE\n\n"
            "TL;DR: 代理通过bash命令探索仓库。\n\n中文摘要：挖掘软件仓库通常需要分类。\n\n"
            "Original abstract: Mining software repositories often requires classifying artifacts.\n")
    report = ReadReport()
    (paper,) = read(tmp_path, text, report)
    assert paper.sections["abstract"].text == "Mining software repositories often requires classifying artifacts."
    assert paper.sections["abstract_translation"].text == "挖掘软件仓库通常需要分类。"
    assert not report.warnings


def test_a_chinese_template_with_one_line_conclusion_and_english_original_abstract(tmp_path: Path) -> None:
    text = ("### [4] [Surrogate Modelling of the LOD Method](https://arxiv.org/abs/2607.12570v1)\n*Ann Lee,Bo Chen*\n\n"
            "主分类: 数值计算与科学计算\n\n来源: arxiv\n\n期刊: \n\n一句话结论: 提出LOD-MSNO混合方法。\n\n研究动机: 多尺度问题代价高。\n\n"
            "主要方法: 融合LOD先验与神经算子。\n\n主要结果: 精度更高。\n\n结论: 兼顾精度与效率。\n\n中文摘要: 多尺度问题难以求解。\n\n"
            "英文原始摘要: Multiscale problems are notoriously difficult to tackle.\n")
    report = ReadReport()
    (paper,) = read(tmp_path, text, report)
    assert {k: s.text for k, s in paper.sections.items() if k != "title"} == {
        "tldr": "提出LOD-MSNO混合方法。", "motivation": "多尺度问题代价高。", "method": "融合LOD先验与神经算子。",
        "result": "精度更高。", "conclusion": "兼顾精度与效率。", "abstract_translation": "多尺度问题难以求解。",
        "abstract": "Multiscale problems are notoriously difficult to tackle."}
    assert paper.categories[0] == "数值计算与科学计算" and not report.warnings


def test_an_arxiv_listing_heading_with_its_link_under_a_summary_and_quoted_fields(tmp_path: Path) -> None:
    """"#### [new 004] Title" with "- **分类: cs.CY; cs.LG**", "- **简介: ...**", a PDF link line, then quoted fields
    whose empty quote lines (">") part them."""
    block = ("#### [{kind} {n}] {title}\n- **分类: cs.CY; cs.LG**\n\n- **简介: 该论文属于安全评估任务。**\n\n"
             "- **链接: [http://arxiv.org/pdf/{id}v1](http://arxiv.org/pdf/{id}v1)**\n\n"
             "> **作者:** Ann Lee; Bo Chen\n>\n> **备注:** 12 pages\n>\n> **摘要:** We build a benchmark.\n>\n---\n")
    text = block.format(kind="new", n="004", title="FORTRESQ: Frontier Risk Evaluation for Public Safety",
                        id="2506.14922") + block.format(kind="replaced", n="006", title="Single-Agent vs. Multi-Agent "
                                                        "LLM Strategies for Grading", id="2504.05716")
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.number, p.title) for p in papers] == [
        ("2506.14922", 4, "FORTRESQ: Frontier Risk Evaluation for Public Safety"),
        ("2504.05716", 6, "Single-Agent vs. Multi-Agent LLM Strategies for Grading")]
    assert all(p.authors == ["Ann Lee", "Bo Chen"] and p.categories[:2] == ["cs.CY", "cs.LG"] for p in papers)
    assert all(p.sections["tldr"].text == "该论文属于安全评估任务。" and p.sections["comment"].text == "12 pages" and
               p.sections["abstract"].text == "We build a benchmark." for p in papers)
    assert report.skipped == []


def test_a_heading_of_only_a_paper_number_is_titled_by_the_title_line_under_it(tmp_path: Path) -> None:
    text = ("### Paper [26]\nTitle: Magnetic Contributions to Phase Stability: A CALPHAD Study\n"
            "URL: https://arxiv.org/abs/2607.12388\nAuthors: Ann Lee, Bo Chen\nAbstract: We propose a simple method.\n\n"
            "### Paper [27]\nTitle: Josephson Junctions under THz Fields\nURL: https://arxiv.org/abs/2607.12394\n"
            "Authors: Cy Dee\nAbstract: We demonstrate robust coupling.\n\n### Paper [28]\nNotes without a title line.\n")
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([path], report))
    assert [(p.id, p.number, p.title) for p in papers] == [
        ("2607.12388", 26, "Magnetic Contributions to Phase Stability: A CALPHAD Study"),
        ("2607.12394", 27, "Josephson Junctions under THz Fields")]
    assert [p.authors for p in papers] == [["Ann Lee", "Bo Chen"], ["Cy Dee"]]
    assert papers[0].sections["abstract"].text == "We propose a simple method."
    assert report.warnings == []  # a layout of its own, not a header that lost its link
    for paper in papers:  # the title's span is the title as written on its line
        title = paper.sections["title"]
        assert text[title.char_start:title.char_start + len(title.text)] == title.text


def test_a_numbered_link_with_a_plain_author_line_and_paragraph_under_it_is_a_paper(tmp_path: Path) -> None:
    """"[32]. [*Title*](https://arxiv.org/abs/ID "Title")", a line of names, the abstract as a paragraph
    (iopwsy/arXiv_cond-mat); a contents list of such links with no names under them stays no paper."""
    text = ('[32]. [*Inferring Grain Sizes from Hysteresis*](https://arxiv.org/abs/2506.12566 "Inferring Grain Sizes")\n'
            'Masoud Ataei, Alexander Baumg\\"artner, Martijn van Kuppeveld\n'
            "We develop a stochastic-dynamic framework to infer latent grain size distributions from magnetic "
            "hysteresis data in hexaferrite materials.\n\n"
            "[33]. [Contents entry](https://arxiv.org/abs/2506.12592)\n[34]. [Another](https://arxiv.org/abs/2506.13411)\n")
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.number, p.title) for p in papers] == [("2506.12566", 32, "Inferring Grain Sizes from Hysteresis")]
    assert papers[0].authors == ["Masoud Ataei", 'Alexander Baumg\\"artner', "Martijn van Kuppeveld"]
    assert papers[0].sections["tldr"].text.startswith("We develop a stochastic-dynamic framework")


SCORED_BULLETS = """# Generation Research Daily Digest

## 快速浏览

### 1. [DreamMimic: Learning Visuomotor Control via World Model](http://arxiv.org/abs/2608.22278v1)

- **评分**：71/100
- **作者**：Jie Yin, Xingyu Lai
- **方向**：World Models
- **摘要摘录**：Vision-based whole-body loco-manipulation on humanoid robots is challenging.
- **核心贡献**：We present DreamMimic, a framework that distills teacher policies into humanoid controllers.
- **与你课题的关系**：匹配研究线：world model；关键词：distillation
- **局限 / 待核实**：规则模式无法可靠判断实验质量与论文局限。

### 2. [Stream4D: 4D-Consistency for Streaming Video Models](http://arxiv.org/abs/2608.19556v1)

- **评分**：66/100
- **作者**：Yuanhao Ban, Jiaqi Feng, Hengguang Zhou et al.
- **方向**：Video Generation, World Models
- **摘要摘录**：Streaming autoregressive diffusion models enable real-time video generation.
- **核心贡献**：请快速查看方法图和主要实验表确认具体贡献。
"""


def test_bullets_of_an_abstract_excerpt_and_contribution_each_end_the_field_before_them(tmp_path: Path) -> None:
    """A bullet list of bold labels (xuechaoyan/Video-Generation-arxiv-daily): each bullet is a field of its own, and
    those no section holds (a score, the digest's caveat) are not read; "快速浏览" (a quick look) is no category."""
    report = ReadReport()
    first, second = read(tmp_path, SCORED_BULLETS, report)
    assert first.authors == ["Jie Yin", "Xingyu Lai"]
    assert second.authors == ["Yuanhao Ban", "Jiaqi Feng", "Hengguang Zhou"]
    assert first.categories == ["World Models"] and second.categories == ["Video Generation", "World Models"]
    assert first.sections["abstract"].text.startswith("Vision-based whole-body loco-manipulation")
    assert first.sections["tldr"].text.startswith("We present DreamMimic, a framework")
    assert first.sections["ai_comments"].text == "匹配研究线：world model；关键词：distillation"
    assert sorted(first.sections) == ["abstract", "ai_comments", "title", "tldr"]
    assert second.placeholders == ["tldr"]  # a note sending the reader to the paper, not its contribution
    assert not any("abstract" in w.reason for w in report.warnings)


QUICK_LOOK = """# arXiv · 2026-09-30

## 核心精读

### 1. [Five-dimensional thick branes in $f(Q,B)$ gravity](https://arxiv.org/abs/2609.35862)

**f(Q,B) 引力中的五维厚膜**　｜　**F. C. E. Lima, F. M. Belchior**　|　gr-qc · hep-th　|　相关度 **7.0**

💡 该文构造两类渐近 AdS 厚膜并证明无质量引力子局域化与稳定。

**速览**

厚膜世界模型试图解释四维引力局域化。

作者引入两个辅助标量场，导出完整膜方程。

**评价**

【创新点】首次把 f(Q,B) 引力的标量表示用于五维厚膜构造。

**Rao 可以学到什么**

可借用：Legendre 变换的手法。

---

## 📡 领域动态 · 修正引力宇宙学

### R1. [耦合系统中的黑洞准正规模共振](https://arxiv.org/abs/2609.35971)　【近邻】

**Leah Jenks, Emanuele Berti**　|　宇称破缺引力　|　相关度 **6.0**

💡 在 dCS 理论中刻画准正规模的例外点。

**速览**

黑洞准正规模是探测黑洞的窗口。
"""


def test_a_one_line_summary_a_quick_look_and_lettered_numbers_are_read_and_the_owners_notes_are_not(
        tmp_path: Path) -> None:
    """rhm137/arxiv-gr-qc-daily: a data line of parts set off by a wide "｜"/"|" (the title translated, the authors, the
    arXiv categories, a score); "💡" a summary in a sentence, "**速览**" paragraphs summing the paper up, "**评价**" a
    comment, then the digest owner's notes, which are not read; "### R1. [Title](URL)" is a paper header too."""
    report = ReadReport()
    first, second = read(tmp_path, QUICK_LOOK, report)
    assert (first.id, first.number, second.id, second.number) == ("2609.35862", 1, "2609.35971", None)
    assert second.title == "耦合系统中的黑洞准正规模共振"
    assert first.authors == ["F. C. E. Lima", "F. M. Belchior"] and second.authors == ["Leah Jenks", "Emanuele Berti"]
    assert first.categories == ["gr-qc", "hep-th"]  # not the digest's grouping "核心精读"
    assert first.sections["tldr"].text == "该文构造两类渐近 AdS 厚膜并证明无质量引力子局域化与稳定。"
    assert first.sections["ai_abstract"].text == "厚膜世界模型试图解释四维引力局域化。 作者引入两个辅助标量场，导出完整膜方程。"
    assert first.sections["ai_comments"].text == "【创新点】首次把 f(Q,B) 引力的标量表示用于五维厚膜构造。"
    assert not any("Legendre 变换的手法" in s.text for s in first.sections.values())
    assert second.sections["tldr"].text == "在 dCS 理论中刻画准正规模的例外点。"
    tldr = first.sections["tldr"]
    assert QUICK_LOOK[tldr.char_start:tldr.char_start + len(tldr.text)] == tldr.text


TRANSLATED_WITH_PARTS = """以下为论文中文译文：

## Adaptive Test-Time Scaling for Zero-Shot Respiratory Audio Classification
- **Authors**: Tsai-Ning Wang, Aaqib Saeed
- **Categories**: cs.SD, cs.CL
- **arXiv**: [https://arxiv.org/abs/2604.12647v1](https://arxiv.org/abs/2604.12647v1)
- **PDF**: [https://arxiv.org/pdf/2604.12647v1](https://arxiv.org/pdf/2604.12647v1)

本文提出TRIAGE——一种分层式零样本框架。

<details>
<summary>详细解读</summary>

<div markdown="1">

1)  
- **背景**：呼吸音频分析因标注数据稀缺而受限。
- **既有方法问题**：固定计算流程无法适应临床音频的多样性。

2) **论文核心方法如何解决上述问题**
论文提出 **TRIAGE** 框架。
- **Tier-L**：在冻结的音频-文本嵌入空间中进行快速标签匹配。

3)  
- **任务**：在九个零样本呼吸音频分类任务上评估。
- **效果**：平均AUROC达到**0.744**。
</div>

</details>
"""


def test_a_paragraph_after_the_papers_data_is_its_abstract_translation_and_numbered_parts_its_summary(
        tmp_path: Path) -> None:
    """BaleYang/arxiv_speech_paper: a paragraph without a label after the authors, categories and links (where an arXiv
    listing has the abstract) is the abstract's translation; the parts "1)", "2)", "3)" of the digest's reading are
    the problem, the method and the results, the labels inside them ("- **背景**：") their text."""
    report = ReadReport()
    (paper,) = read(tmp_path, TRANSLATED_WITH_PARTS, report)
    assert (paper.id, paper.authors, paper.categories) == ("2604.12647", ["Tsai-Ning Wang", "Aaqib Saeed"],
                                                           ["cs.SD", "cs.CL"])
    assert paper.sections["abstract_translation"].text == "本文提出TRIAGE——一种分层式零样本框架。"
    assert paper.sections["motivation"].text == ("- 背景：呼吸音频分析因标注数据稀缺而受限。 "  # (bold marks dropped)
                                                 "- 既有方法问题：固定计算流程无法适应临床音频的多样性。")
    assert paper.sections["method"].text.startswith("论文提出 TRIAGE 框架。 - Tier-L")
    assert paper.sections["result"].text.endswith("平均AUROC达到0.744。")
    assert (paper.sections["result"].line_start, paper.sections["result"].line_end) == (25, 26)
    assert "tldr" not in paper.sections and not any("abstract" in w.reason for w in report.warnings)


LISTED_WITH_CODE_SPANS = """# 🔍 Med_Foundation_Models Papers · 2026-09-28

## 📚 Paper List

- **[Modeling Whole-Slide Images as Dynamic Tumor Microenvironment Fields](https://arxiv.org/abs/2609.34451)**  `arXiv:2609.34451`  `cs.CV` `cs.AI`  
  _Lei Wu, Jiashuai Liu, Di Zhang, Zhangpeng Gong, Yingkang Zhan, Yi Niu, et al._
  <details open><summary>Abstract</summary>
  Due to the gigapixel-scale nature of whole-slide images (WSIs), weakly supervised WSI analysis is commonly
  formulated as a multiple instance learning (MIL) problem.
  </details>

- **[From UNI2-h to ConvNeXt-T: Lightweight Nuclei Instance Segmentation via Knowledge Distillation](https://arxiv.org/abs/2609.35203)**  `arXiv:2609.35203`  `cs.CV`  
  _Wenyan Li_
  <details open><summary>Abstract</summary>
  Nuclei instance segmentation is a core task in digital pathology.
  </details>
"""


def test_a_listed_link_with_code_spans_an_italic_author_line_and_an_open_details_abstract_is_a_paper(
        tmp_path: Path) -> None:
    """LindongGuo/daily-arxiv: "- **[Title](URL)**  `arXiv:ID`  `cs.CV` `cs.AI`", an indented "_A, B, et al._" and
    the abstract in "<details open><summary>Abstract</summary>": the codes after the link are the categories."""
    report = ReadReport()
    first, second = read(tmp_path, LISTED_WITH_CODE_SPANS, report)
    assert first.id == "2609.34451" and first.title.startswith("Modeling Whole-Slide Images as Dynamic Tumor")
    assert first.authors == ["Lei Wu", "Jiashuai Liu", "Di Zhang", "Zhangpeng Gong", "Yingkang Zhan", "Yi Niu"]
    assert (first.categories, second.categories, second.authors) == (["cs.CV", "cs.AI"], ["cs.CV"], ["Wenyan Li"])
    assert first.sections["abstract"].text.startswith("Due to the gigapixel-scale nature")
    assert first.sections["abstract"].text.endswith("(MIL) problem.")
    assert second.sections["abstract"].text == "Nuclei instance segmentation is a core task in digital pathology."
    assert sorted(second.sections) == ["abstract", "title"] and not report.warnings and not report.skipped
    abstract = first.sections["abstract"]
    assert LISTED_WITH_CODE_SPANS[abstract.char_start:abstract.char_start + 20] == abstract.text[:20]


def test_a_heading_translating_the_title_over_a_task_item_and_a_data_line_with_details_is_a_paper() -> None:
    """shenhaibo123/SNN_arxiv_daily (three entries as written): "# 276、<the title in Chinese>", "- [ ] <Title>", a data
    line in columns ("时间：<date>   第一作者：<first author>   [链接](URL)."), "## 摘要：<abstract in Chinese>" and details
    elements: "英文摘要" the abstract, "注释" the paper's comments, "邮件日期" (the mail's date) no field's."""
    path = DATA / "heading-translating-its-title.md"
    report = ReadReport()
    first, second, third = read_digests([path], report)
    assert [(p.id, p.number) for p in (first, second, third)] == [("2111.07785", 276), ("2111.05955", 272),
                                                                  ("2010.04434", 9)]
    assert first.title == ("Spiking CapsNet: A Spiking Neural Network With A Biologically Plausible Routing Rule "
                           "Between Capsules")
    assert third.title == "Tuning Convolutional Spiking Neural Network with Biologically-plausible Reward Propagation"
    assert [p.authors for p in (first, second, third)] == [["Dongcheng Zhao"], ["Alex Vicente-Sola"], ["Tielin Zhang"]]
    assert first.sections["abstract"].text.startswith("Spiking neural network (SNN) has attracted much attention")
    assert first.sections["abstract_translation"].text.startswith("脉冲神经网络（SNN）以其强大的时空信息表示能力")
    assert second.sections["comment"].text == ("13 pages, 5 figures, 14 tables ACM-class: I.2.6; I.2.10; I.4.8; I.5.2; "
                                                "D.2.13")
    assert sorted(first.sections) == ["abstract", "abstract_translation", "title"]
    assert sorted(third.sections) == ["title"]
    text = path.read_text(encoding="utf-8")
    for section in (first.sections["title"], second.sections["abstract"], second.sections["abstract_translation"]):
        assert text[section.char_start:section.char_start + len(section.text)] == section.text
    assert [w.reason for w in report.warnings if "id taken from the paper link" not in w.reason] == [
        "no abstract (truncated or malformed block)"] and not report.skipped


def test_a_header_with_an_empty_anchor_before_its_link_is_read(tmp_path: Path) -> None:
    """Straw674's astro-ph digest: '## <a id="ID"></a>[Title](URL) [[back]](#toc-1)', Background and Summary."""
    text = ('# <a id="toc"></a>Table of Contents\n\n---\n\n# Early Universe\n\n'
            '## <a id="2610.12418"></a>[Cosmic topology. Part IId](https://arxiv.org/abs/2610.12418) [[back]](#toc-1)\n\n'
            "**Relevance:** `0.4624`\n\n### Background\n\n宇宙拓扑的背景。\n\n### Summary\n\n本文研究透镜空间。\n\n"
            '## <a id="2610.12051"></a>[On-chip detectors](https://arxiv.org/abs/2610.12051) [[back]](#toc-1)\n\n'
            "### Summary\n\n本文提出FHYKID。\n")
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    report = ReadReport()
    papers = list(read_digests([path], report))
    assert [(p.id, p.title) for p in papers] == [("2610.12418", "Cosmic topology. Part IId"),
                                                 ("2610.12051", "On-chip detectors")]
    assert papers[0].sections["tldr"].text == "本文研究透镜空间。" and papers[0].categories == ["Early Universe"]
    assert report.skipped == []


def test_a_numbered_heading_with_a_labelled_link_field_is_read_without_warnings(tmp_path: Path) -> None:
    """"## 1. Title", "- **作者**：...", "- **arXiv链接**：[URL](URL)", "### 摘要": the link has a field of its own."""
    text = ("# 凝聚态物理-镍酸盐高温超导相关论文\n\n## 1. Electronic structure of a strained bilayer nickelate\n\n"
            "- **提交日期**：2026-08-14\n- **作者**：I. V. Leonov\n"
            "- **arXiv链接**：[http://arxiv.org/abs/2608.14810v1](http://arxiv.org/abs/2608.14810v1)\n\n"
            "### 摘要\nUsing the DFT+DMFT method we study the effects of epitaxial strain.\n\n---\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert (paper.id, paper.title, paper.authors) == ("2608.14810", "Electronic structure of a strained bilayer "
                                                                    "nickelate", ["I. V. Leonov"])
    assert paper.sections["abstract"].text.startswith("Using the DFT+DMFT method")
    assert report.warnings == []


def test_a_digests_own_filing_of_a_paper_is_no_lost_field(tmp_path: Path) -> None:
    text = ("### [10] [Conditional Residual Prediction](https://arxiv.org/abs/2610.11479)\n*Bowen Zheng*\n\n"
            "Main category: cs.CV\n\nDirection: 视频生成\n\nImportance: 高优先级 (84.49)\n\n"
            "TL;DR: 提出条件残差预测（CRP）。\n\nConclusion: 无需双向教师。\n\n"
            "Classification reason: 论文核心是视频扩散的训练方法改进。\n\nImportance reason: Causal video diffusion.\n\n"
            "Matched topics: video diffusion, 因果生成\n\n"
            "Venue: 发表于某会议。\n\nAbstract: We propose CRP.\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert paper.sections["conclusion"].text == "无需双向教师。"
    assert [w.reason for w in report.warnings] == ["'Venue' field not read (no section holds it)"]


def test_latex_abbreviation_macros_are_spelt(tmp_path: Path) -> None:
    text = ("### [1] [RealtimeWAM](https://arxiv.org/abs/2610.06617)\n*A. Author*\n\n"
            "Abstract: Experiments across benchmarks (\\eg, LIBERO and RoboTwin), \\ie two suites, as Smith \\etal show.\n")
    [paper] = read(tmp_path, text)
    assert paper.sections["abstract"].text == ("Experiments across benchmarks (e.g., LIBERO and RoboTwin), i.e. two "
                                               "suites, as Smith et al. show.")


def test_a_topic_reading_list_with_its_source_material_in_details_is_read(tmp_path: Path) -> None:
    # bold Chinese labels, a filing of the paper, and the source material under labels that tag their source
    text = ("### 143. [TAM: Memory Distillation](<http://arxiv.org/abs/2610.11617v1>)\n\n"
            "**arXiv ID：** 2610.11617\n\n**作者：** Yuqi Li、Hao Wu\n\n**arXiv 学科：** cs.CV、cs.AI\n\n"
            "[论文页面](<http://arxiv.org/abs/2610.11617v1>) · [PDF](<https://arxiv.org/pdf/2610.11617v1>)\n\n"
            "**研究分类：** METHOD · 方法迁移\n\n**优先级：** P2\n\n摘要级简评；深入判断请结合原文人工阅读。\n\n"
            "**内容简述：** 提出 TAM 任务感知记忆蒸馏。\n\n**相关性简评：** 可能为 LVR 提供方法线索。\n\n"
            "**适用场景：** 视频预测。\n\n"
            "<details>\n<summary>来源材料：标题、摘要与备注</summary>\n\n"
            "**title/T1：** TAM: Memory Distillation\n\n**abstract/A1：** We propose TAM, a distillation framework.\n\n"
            "**comment/C1：** 19 pages\n\n</details>\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert paper.authors == ["Yuqi Li", "Hao Wu"]
    assert paper.categories[:2] == ["cs.CV", "cs.AI"]
    assert {name: section.text for name, section in paper.sections.items() if name != "title"} == {
        "tldr": "提出 TAM 任务感知记忆蒸馏。", "ai_comments": "可能为 LVR 提供方法线索。",
        "abstract": "We propose TAM, a distillation framework.", "comment": "19 pages"}
    assert [w.reason for w in report.warnings] == ["'适用场景' field not read (no section holds it)"]


def test_html_articles_with_the_id_in_a_metadata_element_are_read(tmp_path: Path) -> None:
    # the title links to the digest's own notes page; the arXiv id is the text of an element of the metadata line
    article = ('<article class="daily-paper-item" markdown="1">\n\n#### [{title}](llm_reasoning/{slug}.md)\n\n'
               '<div class="daily-paper-meta"><span class="daily-paper-id">arXiv {id}</span>'
               '<span class="paper-category-chip">LLM Reasoning</span><span class="paper-category-chip">LLM 评测</span>'
               '<span class="paper-category-chip">LLM 其他</span></div>\n\n'
               '<div class="daily-paper-summary" markdown="1">\n\n{summary}\n\n</div>\n\n</article>\n\n')
    text = ("# arXiv 每日论文：2026-09-02\n\n## LLM · 34 篇\n\n### LLM Reasoning · 34 篇\n\n"
            + article.format(title="ES-AHD: An Evolution Strategy Framework", slug="es-ahd", id="2609.00023",
                             summary="ES-AHD将进化策略引入自动启发式设计。")
            + article.format(title="The Answer Is Not the Argument", slug="answer", id="2609.00264",
                             summary="本文检验可信参考答案。"))
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.title, p.categories) for p in papers] == [
        ("2609.00023", "ES-AHD: An Evolution Strategy Framework", ["LLM"]),
        ("2609.00264", "The Answer Is Not the Argument", ["LLM"])]
    assert [p.sections["tldr"].text for p in papers] == ["ES-AHD将进化策略引入自动启发式设计。", "本文检验可信参考答案。"]
    assert [w.reason for w in report.warnings if "paper header" in w.reason] == []


def test_an_arxiv_id_in_an_element_of_prose_starts_no_paper(tmp_path: Path) -> None:
    text = ("### [1] [FooNet](https://arxiv.org/abs/2611.00001)\n" + BODY
            + "#### Related work\n\nSee <b>arXiv 2601.00002</b> for the earlier model, which we extend.\n")
    assert [p.id for p in read(tmp_path, text)] == ["2611.00001"]


def test_ornaments_inside_bold_labels_and_doubly_bracketed_titles(tmp_path: Path) -> None:
    text = ("## 论文总结\n\n### [[How many patients could we save with LLM priors?]](http://arxiv.org/abs/2509.04250v1)\n"
            "<!-- 2025-09-04 -->\n**📅 发布日期**: 2025-09-04\n\n*   **👥 作者**: Shota Arai, David Selby\n"
            "*   **🎯 研究目的**: 探讨利用LLM先验减少临床试验患者数量。\n*   **⭐ 主要发现**: 提出分层贝叶斯框架。\n\n---\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert (paper.title, paper.authors) == ("How many patients could we save with LLM priors?",
                                            ["Shota Arai", "David Selby"])
    assert {name: s.text for name, s in paper.sections.items() if name != "title"} == {
        "motivation": "探讨利用LLM先验减少临床试验患者数量。", "result": "提出分层贝叶斯框架。"}
    title = paper.sections["title"]
    assert text[title.char_start:title.char_start + len(paper.title)] == paper.title
    assert [w.reason for w in report.warnings if "field not read" in w.reason] == []


def test_chinese_category_and_summary_labels_are_read(tmp_path: Path) -> None:
    text = ("## 6. Arbitrage Tactics in the Local Markets\n\n**作者**: Haoyang Zhang, Mina Montazeri et al.\n\n"
            "**类别**: eess.SY, cs.LG\n\n**链接**: [2507.16479v1](https://arxiv.org/pdf/2507.16479v1)\n\n"
            "**总结**:\n这篇论文提出了一种分层多智能体强化学习套利策略。\n\n---\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert (paper.id, paper.categories) == ("2507.16479", ["eess.SY", "cs.LG"])
    assert paper.sections["tldr"].text == "这篇论文提出了一种分层多智能体强化学习套利策略。"
    assert [w.reason for w in report.warnings if "field not read" in w.reason] == []


def test_a_digests_ratings_end_the_field_before_them_and_contributions_are_read(tmp_path: Path) -> None:
    text = ("## Human-Computer Interaction <a id=\"topic-hci\"></a> (2)\n\n"
            "### [13] [AI as a teaching tool](https://arxiv.org/abs/2509.13899)\n\n*Steven Watterson, Sarah Atkinson*\n\n"
            "**Keywords:** Large Language Models, education\n\n**Relevance Score:** 8\n\n"
            "**TL;DR:** This paper explores LLM-based tools in teaching.\n\n**Read time:** 6 min\n\n"
            "<details>\n  <summary>Details</summary>\n\n**Method:** Implemented a chatbot.\n\n**Key Contributions:**\n\n"
            "\t1. Demonstrated positive student reactions.\n\t2. Identified mixed responses to podcasts.\n\n"
            "**Limitations:** Limited to biological courses.\n\n**Topic Match:** Education tools.\n\n"
            "**Abstract:** The arrival of AI tools has had a transformative impact.\n\n</details>\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert {name: s.text for name, s in paper.sections.items() if name != "title"} == {
        "keywords": "Large Language Models, education", "tldr": "This paper explores LLM-based tools in teaching.",
        "method": "Implemented a chatbot.",
        "contributions": "1. Demonstrated positive student reactions. 2. Identified mixed responses to podcasts.",
        "limitations": "Limited to biological courses.",
        "abstract": "The arrival of AI tools has had a transformative impact."}
    assert paper.categories == ["Human-Computer Interaction"]
    assert [w.reason for w in report.warnings] == []


def test_a_hard_wrapped_line_that_opens_with_a_bold_only_label_word_is_prose(tmp_path: Path) -> None:
    text = ("### [1] [CSC-SQL](https://arxiv.org/abs/2505.13271)\n*A. Author*\n\nAbstract: Existing methods have\n"
            "limitations: Self-Consistency may select suboptimal outputs.\n")
    [paper] = read(tmp_path, text)
    assert paper.sections["abstract"].text == ("Existing methods have limitations: Self-Consistency may select "
                                               "suboptimal outputs.")


def test_bold_marks_inside_a_fields_text_are_dropped(tmp_path: Path) -> None:
    text = ("### [1] [FooNet](https://arxiv.org/abs/2611.00001)\n*A. Author*\n\n"
            "**TL;DR:** 提出 **FooNet** 框架，在**ImageNet**上达到**81.2%**。\n\n"
            "**Abstract:** We propose **FooNet**, a 2 ** 3 sized net; a*b and **bold** words.\n")
    [paper] = read(tmp_path, text)
    assert paper.sections["tldr"].text == "提出 FooNet 框架，在ImageNet上达到81.2%。"
    assert paper.sections["abstract"].text == "We propose FooNet, a 2 ** 3 sized net; a*b and bold words."


def test_a_blog_post_of_shared_papers_is_read_with_authors_and_categories(tmp_path: Path) -> None:
    block = ("# {n}. {title}\n\n{authors}\n\n- retweets: 535, favorites: 166 (01/14/2022 11:10:50)\n\n"
             "- links: [abs](https://arxiv.org/abs/{id}) | [pdf](https://arxiv.org/pdf/{id})\n"
             "- [cs.CV](https://arxiv.org/list/cs.CV/recent) | [cs.LG](https://arxiv.org/list/cs.LG/recent)\n\n"
             "{abstract}\n\n<blockquote class=\"twitter-tweet\"><p lang=\"en\">ArXiv <a href=\"https://t.co/x\">x</a>"
             "</p></blockquote>\n\n\n")
    text = ("---\ntitle: Hot Papers 2022-01-13\n---\n\n"
            + block.format(n=2, title="Deep Symbolic Regression for Recurrent Sequences", id="2201.04600",
                           authors="Stéphane d'Ascoli, Pierre-Alexandre Kamienny, Guillaume Lample",
                           abstract="Symbolic regression is a challenging task. We train Transformers.")
            + block.format(n=3, title="Multiview Transformers for Video Recognition", id="2201.04288",
                           authors="Shen Yan, Xuehan Xiong", abstract="We present Multiview Transformers (MTV)."))
    report = ReadReport()
    papers = read(tmp_path, text, report)
    assert [(p.id, p.title, p.authors, p.categories) for p in papers] == [
        ("2201.04600", "Deep Symbolic Regression for Recurrent Sequences",
         ["Stéphane d'Ascoli", "Pierre-Alexandre Kamienny", "Guillaume Lample"], ["cs.CV", "cs.LG"]),
        ("2201.04288", "Multiview Transformers for Video Recognition", ["Shen Yan", "Xuehan Xiong"], ["cs.CV", "cs.LG"])]
    assert [p.sections["tldr"].text for p in papers] == [
        "Symbolic regression is a challenging task. We train Transformers.", "We present Multiview Transformers (MTV)."]
    assert [w.reason for w in report.warnings if w.paper is not None] == []


def test_emoji_headings_of_a_chinese_reading_and_its_affiliations_line(tmp_path: Path) -> None:
    text = ("## 📅 2026-04-12 推荐论文\n\n## 📄 Paper 1: AVGen-Bench: A Task-Driven Benchmark\n\n"
            "**arXiv**: [2604.08540](https://arxiv.org/abs/2604.08540)  \n**作者**: Ziwei Zhou, Zeyuan Lai  \n"
            "**机构**: Microsoft Research  \n**分类**: cs.CV, cs.AI  \n**会议**: ICASSP 2026  \n"
            "**关键词**: Text-to-Audio-Video, Benchmark\n\n### 📌 一句话总结\n\n提出首个任务驱动的 T2AV 生成基准 AVGen-Bench。\n\n"
            "### 💡 核心创新点\n\n1. **任务驱动基准设计**: 11 个真实世界类别\n\n### 🔧 技术方法\n\n**评估框架架构**:\n"
            "- **MLLM 评估器**: 用于细粒度语义评估\n\n### 📊 实验结果\n\n- 85% 的生成视频文本渲染失败\n\n"
            "### 🤔 个人评价\n\n填补了评估空白。\n\n---\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert (paper.id, paper.title, paper.authors) == ("2604.08540", "AVGen-Bench: A Task-Driven Benchmark",
                                                      ["Ziwei Zhou", "Zeyuan Lai"])
    assert paper.categories[:2] == ["cs.CV", "cs.AI"]
    assert {name: s.text for name, s in paper.sections.items() if name != "title"} == {
        "comment": "ICASSP 2026", "keywords": "Text-to-Audio-Video, Benchmark",
        "tldr": "提出首个任务驱动的 T2AV 生成基准 AVGen-Bench。", "contributions": "1. 任务驱动基准设计: 11 个真实世界类别",
        "method": "评估框架架构: - MLLM 评估器: 用于细粒度语义评估", "result": "- 85% 的生成视频文本渲染失败",
        "ai_comments": "填补了评估空白。"}
    assert [w.reason for w in report.warnings] == ["no abstract (truncated or malformed block)"]


def test_a_detailed_summary_is_the_digests_reading_of_the_paper(tmp_path: Path) -> None:
    text = ("### [5] [RBI-Eval: Memory Use](https://arxiv.org/abs/2606.06055)\n*A. Author*\n\n"
            "TL;DR: 提出 RBI-Eval。\n\nConclusion: 需要两阶段决策。\n\nDetailed Summary: 1. 这篇文章解决了什么问题：\n"
            "- 关注长期记忆的安全使用。\n\nAbstract: We introduce RBI-Eval.\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert paper.sections["ai_abstract"].text == "1. 这篇文章解决了什么问题： - 关注长期记忆的安全使用。"
    assert report.warnings == []


def test_bold_sub_labels_inside_a_section_under_its_heading_are_its_parts(tmp_path: Path) -> None:
    text = ("## 📄 Paper 5: OmniSonic: Audio Generation\n\n**arXiv**: [2604.04348](https://arxiv.org/abs/2604.04348)  \n"
            "**作者**: Weiguo Pian, Zhimin Chen\n\n### 📊 实验结果\n\n**客观指标**:\n- **FAD**: 3.42\n\n**主观评估**:\n"
            "- **整体质量**: 4.23/5\n\n### 🤔 个人评价\n\n重要进展。\n\n**Abstract**: We present OmniSonic.\n\n"
            "**Limitations**\n\nNone stated.\n")
    [paper] = read(tmp_path, text)
    assert paper.sections["result"].text == "客观指标: - FAD: 3.42 主观评估: - 整体质量: 4.23/5"
    assert paper.sections["ai_comments"].text == "重要进展。"
    assert paper.sections["abstract"].text == "We present OmniSonic."


def test_a_labelled_arxiv_id_line_and_bold_chinese_headings_of_a_report(tmp_path: Path) -> None:
    text = ("# 📚 详细论文列表\n\n## 1. End-to-End Agentic RAG Training\n- **相关性评分**: ⭐⭐⭐⭐⭐ (10/10)\n"
            "- **ArXiv ID**: 2508.15746v1\n- **作者**: Qiaoyu Zheng, Yuze Sun\n"
            "- **论文链接**: <a href=\"http://arxiv.org/pdf/2508.15746v1\" class=\"link-btn\">PDF</a>\n\n---\n\n"
            "### **研究背景**\n\n诊断准确性面临挑战。\n\n### **方法创新**\n\n提出了 **Deep-DxSearch**。\n\n"
            "### **结论意义**\n\n意义如下：\n\n1. **理论发展**：新工具。\n\n2. **方法创新**：可借鉴的路线。\n\n---\n\n"
            "## 2. EcomMMMU: Visuals for E-Commerce\n- **ArXiv ID**: 2508.15721v1\n- **作者**: Xinyi Ling\n"
            "- **研究背景**:  \n  电商场景中的应用。\n\n- **实验结果**:  \n  8个任务上的实验。\n")
    report = ReadReport()
    first, second = read(tmp_path, text, report)
    assert (first.id, first.title, first.authors) == ("2508.15746", "End-to-End Agentic RAG Training",
                                                      ["Qiaoyu Zheng", "Yuze Sun"])
    assert {name: s.text for name, s in first.sections.items() if name != "title"} == {
        "motivation": "诊断准确性面临挑战。", "method": "提出了 Deep-DxSearch。",
        "conclusion": "意义如下： 1. 理论发展：新工具。 2. 方法创新：可借鉴的路线。"}
    assert {name: s.text for name, s in second.sections.items() if name != "title"} == {
        "motivation": "电商场景中的应用。", "result": "8个任务上的实验。"}
    assert [w for w in report.warnings if w.paper is not None] == []


def test_labels_in_font_tags_and_an_abstract_in_a_quote(tmp_path: Path) -> None:
    text = ("# 🧠 大模型相关研究 | 2026年10月09日\n\n"
            "### 9. [MoR-MLLM: Mixture of Recursions](https://arxiv.org/abs/2610.08830)\n\n"
            "**<font color=#1a73e8>作者：</font>** Pengcheng Zheng, Chaoning Zhang  \n"
            "**<font color=#188038>arXiv所属领域：</font>** Computer Vision and Pattern Recognition\n\n"
            "**<font color=#5f6368>摘要：</font>**\n> Multimodal models reason well.\n> We propose MoR-MLLM.\n\n---\n")
    report = ReadReport()
    [paper] = read(tmp_path, text, report)
    assert (paper.authors, paper.categories[:1]) == (["Pengcheng Zheng", "Chaoning Zhang"],
                                                     ["Computer Vision and Pattern Recognition"])
    assert paper.sections["abstract"].text == "Multimodal models reason well. We propose MoR-MLLM."
    assert report.warnings == []
