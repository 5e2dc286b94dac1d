"""Streaming reader for daily arXiv digests (the daily-arXiv-ai-enhanced family and its forks).

A digest is Markdown: category sections, then per paper a ``### [N] [Title](URL)`` header, an
author line, ``Main category:``, a TL;DR and Motivation/Method/Result/Conclusion summary (Chinese
or English, sometimes error placeholders) and the abstract. The reader reads line by line, cuts the
file into paper blocks and parses each block on its own, so a broken block costs only itself: it is
reported (file, line, reason) and every other paper is still read.
"""

from __future__ import annotations

import ast
import html
import io
import logging
import re
import sys
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..model import Paper, Provenance, Section
from .ids import find_paper_url, paper_id
from .placeholders import is_placeholder
from .tables import rows_as_paper_lines

log = logging.getLogger(__name__)

MAX_LINE_CHARS = 200_000  # longer lines are cut (and reported): no real field is that long
# Longer sections are cut (and reported): real abstracts and summaries hold about 2,000 characters, and a field
# that runs on for pages (a pasted table or log) would make extraction slow without adding facts worth having.
MAX_SECTION_CHARS = 50_000
MAX_ISSUES_KEPT = 2_000  # issues kept in the report; the count goes on
MAX_BAD_LINES_LISTED = 3  # lines with invalid UTF-8 listed one by one per file; the rest in one summary

# A paper header is "### [N] rest" (a paper even when its link is broken: that block is reported), or "### N. [Title](URL)"
# and "### [Title](URL)" with a web or DOI link (forks that number papers differently, or not at all); a header
# linking to an anchor ("## [cs.CV](#cs-cv)") is a category.
# Any heading level (one "#" only with an arXiv or DOI link: a digest's own title may link to its repository), a
# number written "[N]", "N.", "N)", "N:", "N" or "Paper N:" (or a letter and a number, "R1.", that is the number of
# no place in the digest's order: a list of its own, "### R1. [Title](URL)　【近邻】"), and an ornament ("📄") before
# the link; an unnumbered
# title whose "[" is not closed on the line ("### [A Title Wrapped", "over Lines](URL)": its link follows).
_PAPER_HEADER = re.compile(
    r"^(?:#{2,6}|#(?=[^#].*\]\(\s*<?(?:https?://(?:www\.|export\.)?arxiv\.org/|https?://(?:dx\.)?doi\.org/|doi:)))\s*"
    r"(?:\[(\d+)\]\s*(?:[^\w\s\[\]()#*_<>$]{1,3}\s*)?|"  # "[N]": a paper header even without its link (reported)
    r"(?:(?:paper\s+)?(\d+)[.):]?\s+|(?:paper\s+)?(\d+)[.):]\s*|[A-Z]\d{1,3}[.):]\s*)?(?:[^\w\s\[\]()#*_<>$]{1,3}\s*)?"
    r"(?=(?:\*\*|__)?\[.*\]\(\s*<?(?:https?://|doi:)|(?:\*\*|__)?\[(?:[^\[\]]|\[[^\[\]]*\])+$))(.*)$",
    re.IGNORECASE)
# The first link of the header ("<url>" and a '"title"' allowed); what follows it ("(cs.CV)", "[PDF](...)") is not
# part of the title.
_TITLE_LINK = re.compile(r"^(?P<bold>\*\*|__)?\[(?P<title>.*?)\]\(\s*(?:<\s*(?P<bracketed>[^\s<>]+)\s*>|"
                         r"(?P<url>[^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*))"
                         r"(?:\s+\"[^\"]*\")?\s*\)(?P=bold)?(?P<after>\s.*)?$")
MAX_HEADER_LINES = 3  # a hard-wrapped digest may break a long paper header over this many lines
PAPER_LINK_LINES = 6  # a header without a link takes its paper's id from a link this close under it


# Other ways to write a paper header, rewritten to "### [N] [Title](URL)" (see :func:`_canonical_header`):
# an HTML anchor for the link ('### [3] <a href="https://arxiv.org/abs/ID">Title</a>');
_HTML_ANCHOR = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']?\s*(?P<url>[^\"'\s>]+)[\"']?[^>]*>(?P<title>.*?)</a\s*>", re.IGNORECASE)
# an empty anchor before the link, a target of the digest's contents ('## <a id="ID"></a>[Title](URL) [[back]](#toc-1)');
_EMPTY_ANCHOR = re.compile(r"<a\s[^>]*>\s*</a\s*>\s*", re.IGNORECASE)
# bold around the number and the link ("### **[3] [Title](URL)**"), or a bold line instead of a heading
# ("**[3] [Title](URL)**", "**[3] Title**" with its link on a line under it);
_BOLD_NUMBERED = re.compile(r"^(?P<hashes>#{1,6}\s*)?(?P<bold>\*\*|__)\s*\[(?P<n>\d+)\]\s*(?P<rest>.*?)\s*(?P=bold)\s*$")
# a list item that is only a link ("3. [Title](https://arxiv.org/abs/ID)", "3) **[Title](URL)**", "- [Title](URL)"),
# perhaps with its arXiv id and categories in code spans ("- **[Title](URL)**  `arXiv:ID`  `cs.CV` `cs.AI`"), when
# the paper's fields follow it and it opens no list (see DigestReader._blocks): contents lists and the papers a field
# lists are written so too;
_LISTED_LINK = re.compile(r"^(?:\[?(?P<n>\d{1,4})\]?[.)]|[-*+])\s+(?P<rest>(?:\*\*|__)?\[.+\]\(\s*<?(?P<url>[^\s()<>]+)\s*>?(?:\s+\"[^\"]*\")?\)(?:\*\*|__)?"
                          r"(?:\s+\(?[\w.\-]+\)?|(?:\s+`[^`\s]+`)+)?)\s*$")
# Code spans after a header's link ("`arXiv:ID`  `cs.CV` `cs.AI`"): those that are arXiv category codes are the paper's.
_CODE_SPAN = re.compile(r"`([^`\s]+)`")
# An arXiv id: new style with its version, or old style ("hep-th/9901001").
_ARXIV_ID = r"\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?"
# An ornament before a label or a title: "📌 ", "👥" (not a letter, digit or ASCII mark; see _may_open_bold_label).
_ORNAMENT = r"(?:[^\x00-\x7f\w]{1,3}\s*)?"
# a heading that names its paper in text, by an arXiv id or a bare link ("### [3] Title (arXiv:2602.09082)",
# "## Title - arXiv:ID", "### [3] [arXiv:ID] Title", "### [3] Title: https://arxiv.org/abs/ID");
_ARXIV_TEXT_REF = re.compile(r"\barXiv\s*:\s*(?P<id>" + _ARXIV_ID + r")\b",
                             re.IGNORECASE)
_TEXT_REF = re.compile(r"[(\[]?\s*(?:arXiv\s*:\s*(?P<id>" + _ARXIV_ID + r")\b"
                       r"|(?P<url>(?:https?://|doi:)[^\s<>()\[\]]+))\s*[)\]]?", re.IGNORECASE)
# how a heading opens before its title: the hashes and a number, perhaps bold ("### **Paper 3:** [Title](URL)").
_HEADING_LEAD = re.compile(r"^#{1,6}\s*(?:(?:\*\*|__)?(?:\[(?P<n1>\d+)\]|(?:paper\s+)?(?P<n2>\d+)[.):]?)(?:\*\*|__)?\s+)?",
                           re.IGNORECASE)
# A line of a hard-wrapped field that starts with "#" ("# of parameters"): lower-case words right after it, and the
# line before it holds text (a heading has a blank line before it; a category is named by its code).
_WRAPPED_HASH_LINE = re.compile(r"^#{1,2}\s+[a-z][a-z]*\s+[a-z]")
_LIST_ITEM = re.compile(r"^(?:\d{1,4}[.)]|[-*+])\s")
_LINK_AFTER_SPACE = re.compile(r"\]\s+\((?=\s*<?(?:https?://|doi:))")  # "[Title] (https://...)"


def _header_from_text_ref(text: str) -> str | None:
    """A heading that names its paper in text (see :data:`_TEXT_REF`) as "### [N] [Title](URL)", else None."""
    lead = _HEADING_LEAD.match(text)
    if lead is None:
        return None
    rest = text[lead.end():]
    refs = [m for m in _TEXT_REF.finditer(rest) if m.group("id") or paper_id(m.group("url")).scheme != "url"]
    if not refs:
        return None
    ref = refs[-1]
    url = f"https://arxiv.org/abs/{ref.group('id')}" if ref.group("id") else ref.group("url")
    title = f"{rest[:ref.start()]} {rest[ref.end():]}".strip(" -–—|:·*_")
    number = lead.group("n1") or lead.group("n2")
    return f"### [{number}] [{title}]({url})" if number else f"### [{title}]({url})" if title else None


def _canonical_header(text: str) -> str | None:
    """``text`` rewritten as a "### [N] [Title](URL)" paper header when it is another way to write one (see the
    patterns above), else None. Cheap prechecks first: most lines are prose."""
    first = text[:1]
    if first not in "#*_0123456789":
        return None
    rewritten = text
    if "<a" in text and ("href" in text or "HREF" in text):
        rewritten = _HTML_ANCHOR.sub(lambda m: f"[{m.group('title').strip()}]({m.group('url')})", text)
    elif "<a" in text and "</a" in text:  # '## <a id="2610.12418"></a>[Title](URL)': an empty anchor to jump to
        rewritten = _EMPTY_ANCHOR.sub("", text)
    if first in "*_#" and (bold := _BOLD_NUMBERED.match(rewritten)) is not None:
        rewritten = f"### [{bold.group('n')}] {bold.group('rest')}"
    if rewritten.startswith("#"):
        if "] " in rewritten and _LINK_AFTER_SPACE.search(rewritten):
            rewritten = _LINK_AFTER_SPACE.sub("](", rewritten, count=1)
        if "](" not in rewritten:
            lower = rewritten.lower()
            if ("arxiv" in lower or "http" in lower or "doi:" in lower) and \
                    (from_text := _header_from_text_ref(rewritten)) is not None:
                rewritten = from_text
        elif (lead := _HEADING_LEAD.match(rewritten)) is not None and ("*" in lead.group() or "_" in lead.group()) \
                and (number := lead.group("n1") or lead.group("n2")):
            rewritten = f"### [{number}] {rewritten[lead.end():]}"  # "### **Paper 3:** [Title](URL)"
    if rewritten == text or not _PAPER_HEADER.match(rewritten):
        return None
    return rewritten


def _link_url(link: re.Match[str]) -> str:
    """The URL of a :data:`_TITLE_LINK` match, "<url>" or bare."""
    return link.group("url") or link.group("bracketed")
_DIV_ID = re.compile(r"<div\s+id=['\"]?([^'\">]+)['\"]?\s*>\s*</div>", re.IGNORECASE)
_BACK = re.compile(r"\[\[Back\]\]\(#[^)]*\)", re.IGNORECASE)
_ANCHOR_LINK = re.compile(r"\[([^\[\]]+)\]\(#[^)]*\)")  # "## [Computer Vision](#cs-cv)": the words are the category
_CATEGORY_HEADER = re.compile(r"^#{1,2}\s+(?P<text>.+?)\s*$")
_BRACKET_CODE = re.compile(r"\[([A-Za-z][\w.\-]*)\]\s*$")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_TOC_WORDS = re.compile(r"^(table of contents|目录|contents|total papers.*)$", re.IGNORECASE)
# arXiv category codes ("cs.CV", "eess.IV", "q-bio.NC", "quant-ph"): a long category heading ("Computer Vision and
# Pattern Recognition (cs.CV)", "cs.CV (12 papers)", "cs.CV [Total: 12]") names its category by the code.
_ARXIV_CATEGORY = re.compile(
    r"(?<![\w.\-])(?:(?:cs|math|eess|stat|econ|q-bio|q-fin|physics|astro-ph|cond-mat|nlin)\.[A-Za-z][A-Za-z\-]*"
    r"|astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nucl-ex|nucl-th|quant-ph)(?![\w.\-])")
# A digest's own headings ("# Daily arXiv Digest", "## Papers", "## 🔥 Highlights", "# Personalized Daily Arxiv Papers
# 06/01/2025", "# 每日 ArXiv 论文速递"): made of these words, or with a word only a digest title holds, they are no category.
_TITLE_WORDS = frozenset({
    "daily", "arxiv", "digest", "papers", "paper", "highlights", "highlight", "summary", "statistics", "stats", "today",
    "today's", "top", "new", "latest", "hot", "personalized", "recommended", "trending", "picks", "featured", "list",
    "index", "overview", "report", "of", "the", "and", "for", "in", "on", "this", "your", "my", "ai-enhanced", "enhanced",
    # the same words in Chinese, written together ("论文总结" paper summaries, "📋 论文列表" paper list)
    "论文", "总结", "列表", "报告", "推荐", "最新", "精选", "概览",
    # how a digest sorts its papers for reading ("快速浏览" a quick look, "优先精读" read closely first, "核心精读")
    "快速", "浏览", "优先", "精读", "核心"})
# The Chinese title words, which a heading writes without spaces between them ("Arxiv论文总结报告").
_CJK_TITLE_WORDS = re.compile("|".join(sorted((w for w in _TITLE_WORDS if not w.isascii()), key=len, reverse=True)))
_TITLE_ONLY = re.compile(r"\b(?:digest|daily)\b|每日|速递|日报|今日", re.IGNORECASE)
_OTHER_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}/\d{1,2}/\d{1,2}\b")
_HTML_TAG = re.compile(r"<[^>]+>")
_ANY_URL = re.compile(r"(?:https?://|doi:)\S+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

# Field keys: plain ("TL;DR: x"), bold ("**Motivation:** x", "**TL;DR**: x", "**Background.** x"), quoted ("> **TL;DR:** x"), after an
# ornament ("📌 **Abstract**: x"); in HTML ("<p><b>Abstract:</b> x</p>") once the tags are dropped.
_KEYS = {
    "tl;dr": "tldr", "tldr": "tldr", "tl; dr": "tldr",
    "motivation": "motivation", "background": "motivation",  # "Background: ..." (an astro-ph digest's template)
    "data": "data",  # "Data: 数据来源于JWST ..." (the same template: the data a paper uses)
    "method": "method", "methods": "method",
    "result": "result", "results": "result",
    "conclusion": "conclusion", "conclusions": "conclusion",
    "abstract": "abstract",
    # the abstract as published beside its translation ("Original abstract: ...", "中文摘要：...", "**Abstract (ZH)**: ...")
    "original abstract": "abstract", "中文摘要": "abstract_translation", "abstract (zh)": "abstract_translation",
    "main category": "main_category",
    "categories": "categories",
    "keywords": "keywords",
    "comment": "comment", "comments": "comment",
    "ai_comments": "ai_comments", "ai comments": "ai_comments",
    "ai_abstract": "ai_abstract",
    "摘要翻译": "abstract_translation",
    "authors": "authors",
    "summary": "tldr",
    "摘要": "abstract", "动机": "motivation", "背景": "motivation", "数据": "data", "方法": "method", "结果": "result",
    "结论": "conclusion",
    # a Chinese template of its own ("- **作者：** A、B", "- **分类：** math.AP、math-ph", then bold labels alone on their
    # lines: "**完成的工作**" what the paper did, "**使用技术**" the techniques it uses, "**可能的突破**" what it may
    # bring, "**原始英文摘要**" the abstract as written)
    "作者": "authors", "分类": "categories", "英文摘要": "abstract", "原始英文摘要": "abstract",
    "完成的工作": "tldr", "使用技术": "method", "可能的突破": "conclusion",
    # another ("- **作者:** A, B", "- **研究目的:** ..." the research aim, "- **主要发现:** ..." the main findings)
    "研究目的": "motivation", "主要发现": "result",
    # another ("主分类: 数值计算与科学计算", "一句话结论:" the one-line conclusion, "研究动机:", "主要方法:", "主要结果:",
    # "英文原始摘要:" the English abstract as written; the labels it also has, "研究问题:" the question and "主要创新点:"
    # the innovation, go on the one-line conclusion's text, "实验 / 验证:" on the method's)
    "主分类": "main_category", "一句话结论": "tldr", "研究动机": "motivation", "主要方法": "method",
    "主要结果": "result", "英文原始摘要": "abstract",
    # another, of arXiv listings ("- **分类: cs.CY; cs.LG**", "- **简介: ...**" the digest's summary, "> **备注:** 12 pages")
    "简介": "tldr", "备注": "comment",
    # another, of details elements under a heading in Chinese ("<summary>英文摘要</summary>" the English abstract,
    # "<summary>注释</summary>" the paper's own comments: pages, figures, venue)
    "注释": "comment",
    # another, of sections under emoji and bold labels ("👥 **作者与机构**" authors and affiliations, "📌 **核心摘要**" the
    # digest's summary); a reviewer's opinion ("💡 **毒舌点评**") is a comment on the paper, as "AI_Comments" is, and
    # what is released ("🔗 **开源详情**": code, weights, data) a comment as the paper's own "Comments:" line is
    "作者与机构": "authors", "核心摘要": "tldr", "毒舌点评": "ai_comments", "开源详情": "comment",
    # what a digest's author thinks of the paper for its reader ("**Why it matters for you:** ..."): a comment
    "why it matters": "ai_comments", "why it matters for you": "ai_comments",
    # another, of bullets ("- **作者**：A, B", "- **方向**：World Models" the digest's topic for the paper, "- **摘要摘录**："
    # a sentence excerpted from the abstract, "- **核心贡献**：" the contribution in a sentence, "- **与你课题的关系**：" how
    # the paper bears on its reader's research, a comment as "Why it matters for you" is); its other bullets ("评分" a
    # score, "局限 / 待核实" the digest's caveat) are no section's (see _LABELLED_ITEM)
    "方向": "categories", "摘要摘录": "abstract", "核心贡献": "tldr", "与你课题的关系": "ai_comments",
    # another, of bold labels alone on their lines under a one-line summary ("💡 该文..."): "**速览**" (a quick look, the
    # digest's summary of the paper in paragraphs) and "**评价**" (its evaluation of the paper, a comment)
    "速览": "ai_abstract", "评价": "ai_comments",
    # another, of bold labels in a reading list for one research topic ("**arXiv 学科：** cs.CV、cs.AI", "**内容简述：**" the
    # digest's summary, "**相关性简评：**" how the paper bears on the topic, a comment); the source material in a details
    # element under labels that tag their source ("**title/T1：**", "**abstract/A1：**", "**comment/C1：**", see _KEY_LINE)
    "arxiv 学科": "categories", "内容简述": "tldr", "相关性简评": "ai_comments",
    # another ("## 6. Title", "**作者**: A, B", "**类别**: eess.SY, cs.LG" the categories, "**链接**: [ID](URL)",
    # "**总结**:" the digest's summary, in a paragraph under it)
    "类别": "categories", "总结": "tldr",
    # another ("Detailed Summary: 1. 这篇文章解决了什么问题：..." the digest's longer reading of the paper)
    "detailed summary": "ai_abstract",
    # another, of bullets ("- One-sentence summary: ...", "- Problem: ...", "- Method: ...", "- Contribution: ...",
    # "- Experiment or evidence: ...", "- Limitation: ..."; "- Topic relevance:" is the digest's filing)
    "one-sentence summary": "tldr", "problem": "motivation", "contribution": "contributions",
    "experiment or evidence": "result", "limitation": "limitations",
    # another ("## 📄 Paper 1: Title", "**arXiv**: [ID](URL)", "**作者**: A, B", "**机构**: ..." the affiliations, no
    # section's, "**关键词**: ..." the keywords, "**会议**: ICASSP 2026" the venue, as a "Comments:" line gives it)
    "机构": "affiliations", "关键词": "keywords", "会议": "comment",
    # and its headings, after an emoji ("### 📌 一句话总结" the summary in a sentence, "### 💡 核心创新点" the core
    # contributions, "### 🔧 技术方法" the method, "### 📊 实验结果" the results, "### 🤔 个人评价" the digest's opinion)
    "一句话总结": "tldr", "核心创新点": "contributions", "技术方法": "method", "实验结果": "result", "个人评价": "ai_comments",
    # another ("## 1. Title", "- **ArXiv ID**: 2508.15746v1", "### **研究背景**" the background, "### **方法创新**" the
    # method and what is new in it, "### **结论意义**" the conclusion and what it means; "- **相关性评分**" its rating)
    "研究背景": "motivation", "方法创新": "method", "结论意义": "conclusion",
    # another ("**<font color=#1a73e8>作者：</font>** A, B", "**arXiv所属领域：** Computer Vision ..." the category, then
    # "**摘要：**" and the abstract in a quote)
    "arxiv所属领域": "categories",
    # another, in English ("**Key Contributions:**" then a numbered list, "**Limitations:** ...")
    "key contributions": "contributions", "contributions": "contributions", "limitations": "limitations",
}
_KEY_LINE = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+]\s+|\d{1,2}[.)]\s+)?" + _ORNAMENT + r"(?P<table>\|\s*)?(?P<bold>\*\*|__)?\s*" + _ORNAMENT + r"(?P<key>"
    + "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
    + r")(?:/[a-z]\d{1,2})?(?:\s*(?:\*\*|__)?\s*(?:[:：]|(?(table)\||(?!)))|(?(bold)\.(?P=bold)|(?!)))\s*(?:\*\*|__)?\s?(?P<rest>.*?)"
    r"(?(table)\s*\|?)$",
    re.IGNORECASE,
)


def _may_be_key_line(text: str) -> bool:
    """Whether ``text`` holds what a :data:`_KEY_LINE` match needs: a colon, a "|" of a table row or a full stop
    closing a bold key ("**Background.**")."""
    return ":" in text or "：" in text or "|" in text or ".**" in text or ".__" in text


# A heading whose text is a field key ("### Abstract", "#### TL;DR", "## Summary") labels that field when it is
# inside a paper block; its text follows on the next lines.
_KEY_HEADING = re.compile(
    r"^\s*#{1,6}\s*" + _ORNAMENT + r"(?:\*\*|__)?\s*(?P<key>" + "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
    + r")\s*(?:\*\*|__)?\s*(?:[:：]\s*(?:\*\*|__)?\s*(?P<rest>.*?))?\s*$",
    re.IGNORECASE,
)
# A bold field label alone on its line ("**Abstract**", "__TL;DR__", after an ornament: "📌 **核心摘要**"): its text
# follows on the next lines.
_KEY_BOLD_LABEL = re.compile(
    r"^\s*" + _ORNAMENT + r"(?:\*\*|__)\s*(?P<key>" + "|".join(re.escape(k) for k in sorted(_KEYS, key=len, reverse=True))
    + r")\s*(?:\*\*|__)\s*$",
    re.IGNORECASE,
)
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")  # a fenced code block opens or closes: "#" lines inside are code
_FENCE_LEADS = ("`", "~")  # how a line _FENCE matches opens, blanks aside (lines that open otherwise are not tried)
# "<details><summary>Abstract</summary> text", "<details open><summary>Abstract</summary>",
# "<summary>TL;DR: x</summary>": the key may be the summary's text.
_SUMMARY_TAG = re.compile(r"^(?:<details(?:\s[^<>]*)?>\s*)?<summary>\s*(?P<inner>.*?)\s*</summary>\s*(?P<after>.*)$",
                          re.IGNORECASE)
_DETAILS_CLOSED = re.compile(r"</details>\s*$", re.IGNORECASE)  # a details element closed on the line of its summary
# After a blank line a field goes on with the next paragraph ("Abstract: p1", "", "p2"), unless that line is no prose:
# markup ("<div id=…>"), a link ("[Back to top](#toc)"), a heading, a quote or a label of its own ("Code: https://…",
# "**适用场景：** ...").
_NOT_PROSE = re.compile(r"^(?:[<\[#>|!]|(?:\*\*|__)?[A-Z][\w .&/\-]{0,30}(?:(?:\*\*|__)?\s*[:：]|[:：](?:\*\*|__))(?:\s|$)"
                        r"|(?:\*\*|__)" + _ORNAMENT + r"[\u4e00-\u9fff]{2,12}\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：]))")
_STRUCTURAL = re.compile(r"^\s*(</?details>|<summary>.*|</summary>|-{3,}|\*{3,}|\[\*\*\[PDF\]\*\*\].*)\s*$", re.IGNORECASE)
_STRUCTURAL_LEADS = ("<", "-", "*", "[")  # how a line _STRUCTURAL matches opens, blanks aside
# A bold label alone on its line that names no field ("**限制与不确定性**", "**Limitations**"): a part of a digest's
# template that no section holds; after a blank line it ends the field before it, whose text it is not.
_OTHER_BOLD_LABEL = re.compile(r"^" + _ORNAMENT + r"(?:\*\*|__)[^*_:：\s][^*_:：]{0,29}(?:\*\*|__)$")


def _may_open_bold_label(lead: str) -> bool:
    """Whether a line whose text opens with ``lead`` may be a bold label alone on its line (:data:`_KEY_BOLD_LABEL`,
    :data:`_OTHER_BOLD_LABEL`): "**", "__", or an ornament before them."""
    return lead in ("*", "_") or (lead > "\x7f" and not lead.isalnum())
_CATEGORY_SEPARATOR = re.compile(r"\s*[,，、;；]\s*")  # "cs.CV, cs.AI", "math.AP、math-ph", "cs.CY; cs.LG"
_CATEGORIES_INLINE = re.compile(r"\*\*Categories:?\*\*:?\s*(?P<cats>[^|]+)", re.IGNORECASE)


@dataclass
class Issue:
    """A problem met while reading: which file, which line, why."""

    file: str
    line: int
    reason: str
    paper: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.reason}" + (f" (paper {self.paper})" if self.paper else "")


@dataclass
class ReadReport:
    """What a read saw: papers, skipped blocks, warnings, placeholders and duplicates."""

    files: int = 0
    papers: int = 0
    headers: int = 0
    skipped: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    duplicates: list[Issue] = field(default_factory=list)
    placeholders: dict[str, int] = field(default_factory=dict)
    papers_with_placeholders: int = 0
    duplicate_count: int = 0
    issues_dropped: int = 0

    def _keep(self, bucket: list[Issue], issue: Issue) -> None:
        if len(bucket) < MAX_ISSUES_KEPT:
            bucket.append(issue)
        else:
            self.issues_dropped += 1

    def warn(self, file: str, line: int, reason: str, paper: str | None = None) -> None:
        issue = Issue(file, line, reason, paper)
        log.warning("%s", issue)
        self._keep(self.warnings, issue)

    def skip(self, file: str, line: int, reason: str) -> None:
        issue = Issue(file, line, f"paper block skipped: {reason}")
        log.warning("%s", issue)
        self._keep(self.skipped, issue)

    def require_papers(self, consequence: str) -> None:
        """Raise :class:`InputError` when the inputs held no paper at all (wrong files, or every block broken),
        so that the caller leaves its previous outputs alone; ``consequence`` says what it did instead."""
        if self.papers or self.duplicate_count:
            return
        if not self.headers:
            why = "none has a '### [N] [Title](https://arxiv.org/abs/ID)' paper header, so none looks like a digest"
        else:
            why = f"every paper block was broken, e.g. {self.skipped[0]}" if self.skipped else "every paper block was broken"
        raise InputError(f"no paper read from {self.files} input file(s): {why}; {consequence}")

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "paper_headers": self.headers,
            "papers_read": self.papers,
            "skipped": [vars(i) for i in self.skipped],
            "duplicate_count": self.duplicate_count,
            "duplicates": [vars(i) for i in self.duplicates],
            "placeholders": {"papers": self.papers_with_placeholders, "fields": dict(sorted(self.placeholders.items()))},
            "warnings": [vars(i) for i in self.warnings],
            "issues_not_listed": self.issues_dropped,
        }


@dataclass
class _Line:
    number: int  # 1-based
    offset: int  # character offset of the line in the decoded file
    text: str  # without the line ending
    original: str | None = None  # the line as written, when ``text`` is a paper header rewritten from another form
    unlinked: bool = False  # a heading without a link that starts a paper (its link is on a line under it)
    footnote: bool = False  # a footnote that holds a paper ("[^1]: Title", its arXiv id on an indented line under it)
    plain: bool = False  # a list item linking to a paper whose author line and text under it have no labels
    row: bool = False  # written for a row of a digest table (kg.readers.tables)


def _table_line(number: int, offset: int, text: str, original: str) -> _Line:
    """A line of a paper block written for a row of a digest table (:mod:`kg.readers.tables`)."""
    return _Line(number, offset, text, original, row=True)


@dataclass
class _Block:
    lines: list[_Line]
    category: str | None


def _lang(text: str) -> str:
    if text.isascii():  # no CJK character
        return "en"
    cjk = len(_CJK.findall(text))
    return "zh" if cjk and cjk >= 0.1 * (cjk + len(_LATIN.findall(text))) else "en"


# LaTeX text formatting copied from arXiv abstracts: "\textbf{Nea}rest-Neighbor Label \textbf{R}efinement (NeaR)",
# "\textsc{Llama}-2/3", "\emph{interactive search}". Only the markup goes; math ("$88.8\%$") is left as written.
_LATEX_FORMATTING = re.compile(r"\\(?:textbf|textit|textsc|texttt|textsf|textrm|emph|underline)\{([^{}]*)\}")


# Typographic hyphens and spaces, one character for one (offsets stay valid): "GPT‑4o", "Qwen2.5‑VL", "84.1 %".
# (Not U+2010, the hyphen of publishers' abstracts, "Near‐Infrared": folded, it turns chemistry names such as
# "Quasi‐2D" and "UiO‐66‐NH2" into method candidates, which cost more than the names it finds: see docs/extraction.md.)
# Invisible characters go: control characters, zero-width characters, the byte order mark and direction marks
# ("Zero\u200bWidth" and "Zero Width" are one author; distinct ids must not differ only in them).
_INVISIBLE = [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
              *range(0x2060, 0x2065), *range(0x2066, 0x206A), 0xFEFF]
_FOLD = str.maketrans({"\u2011": "-", "\u2012": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                       **{chr(code): None for code in _INVISIBLE}})
_FOLDED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")  # a character _FOLD changes


def _fold(text: str) -> str:
    """``text`` with typographic hyphens and spaces made plain (names are written with either) and invisible
    characters removed."""
    # (a scan for the characters it changes is ten times faster than translating a text that has none)
    return text if (text.isascii() and text.isprintable()) or not _FOLDED.search(text) else text.translate(_FOLD)


# HTML tags left in a field ("ImageNet-1K.<br>It", "</details>", "<b>Name</b>"): a block tag separates words, an
# inline one does not. Only known tag names, with well-formed attributes, so "CIFAR<100>" and "$a<b$" stay.
_TAG_ATTRS = r"(?:\s+[\w:\-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*\s*/?>"
_BLOCK_TAG = re.compile(
    r"\s*</?(?:br|p|div|details|summary|hr|li|ul|ol|table|tr|td|th|blockquote|h[1-6])" + _TAG_ATTRS + r"\s*", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:b|i|em|strong|u|s|sup|sub|span|a|code|font|mark|small|big|tt|del|ins|img)" + _TAG_ATTRS,
                         re.IGNORECASE)


def _strip_tags(text: str) -> str:
    """``text`` without the HTML tags of a field (entities are decoded after, so "&lt;b&gt;" stays as written)."""
    if "<" not in text:
        return text
    return _INLINE_TAG.sub("", _BLOCK_TAG.sub(" ", text)).strip()


# LaTeX accents copied from arXiv abstracts: "Nystr\\"om", "Bena\\"{i}m", "Poincar\\'e" are "Nyström", "Benaïm",
# "Poincaré" (and a backslash before a quote is what Neo4j's LOAD CSV reads as an escaped quote by default).
# (without braces only inside a word: '\\"quoted\\"' is an escaped quote, not "q" with an umlaut)
_LATEX_ACCENT = re.compile(r"""(?<=[A-Za-z])\\(["'`^~=.])([A-Za-z])|\\(["'`^~=.]|[uvHckr])\{(\\i|[A-Za-z])\}""")
_COMBINING = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
              "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a"}


# A one-character superscript or subscript in math mode inside a name: "C$^3$A", "C$^{2}$EFND", "DHO$_2$".
_LATEX_SCRIPT_IN_WORD = re.compile(r"(?<=[A-Za-z0-9])\$[\^_]\{?([0-9A-Za-z])\}?\$")


def _accented(match: re.Match[str]) -> str:
    accent, letter = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return unicodedata.normalize("NFC", ("i" if letter == "\\i" else letter) + _COMBINING[accent])


# The abbreviation macros of LaTeX papers, copied into abstracts ("benchmarks (\\eg, LIBERO and RoboTwin)").
_LATEX_ABBREVIATION = re.compile(r"\\(eg|ie|etal|wrt|vs|cf)\b\.?")
_ABBREVIATIONS = {"eg": "e.g.", "ie": "i.e.", "etal": "et al.", "wrt": "w.r.t.", "vs": "vs.", "cf": "cf."}


def _strip_latex_formatting(text: str) -> str:
    """``text`` without LaTeX text-formatting commands around words (their content kept), with LaTeX accents
    written as the accented letters, a one-character script inside a word written inline ("C$^3$A" -> "C3A",
    "DHO$_2$" -> "DHO2", "R$^2$" -> "R2") and abbreviation macros spelt ("\\eg" -> "e.g.")."""
    if "$" in text:
        text = _LATEX_SCRIPT_IN_WORD.sub(r"\1", text)
    if "\\" not in text:
        return text
    text = _LATEX_ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    return _LATEX_ACCENT.sub(_accented, _LATEX_FORMATTING.sub(r"\1", text))


def _clean_inline(text: str) -> str:
    """Decode HTML entities and drop tags such as ``<em class="highlight">`` (titles, author lines)."""
    return " ".join(html.unescape(_HTML_TAG.sub("", text)).split())


def _header_link(header: re.Match[str], lines: list[_Line]) -> tuple[re.Match[str], re.Match[str] | None, int]:
    """The header and its title link, with how many lines they take.

    A hard-wrapped digest breaks a long header ("### [2] [A Title That Is" / "Wrapped](https://...)"): when the first
    line holds no whole link, the lines right after it are joined to it, up to :data:`MAX_HEADER_LINES`.
    """
    link = _TITLE_LINK.match(header.group(4).strip())
    joined, used = lines[0].text, 1
    while link is None and used < min(MAX_HEADER_LINES, len(lines)):
        line = lines[used]
        if not line.text.strip() or line.number != lines[0].number + used or _PAPER_HEADER.match(line.text):
            break
        # a line break is one character, so offsets in the joined header are still the file's offsets
        joined, used = f"{joined} {line.text}", used + 1
        wrapped = _PAPER_HEADER.match(joined)
        if wrapped is not None and (link := _TITLE_LINK.match(wrapped.group(4).strip())) is not None:
            return wrapped, link, used
    return header, link, 1 if link is None else used


# An element of a line of HTML whose text is only the paper's arXiv id ('<span class="paper-id">arXiv 2609.01532</span>'
# among the paper's topic chips): the id, with a colon or not.
_ELEMENT_ARXIV_ID = re.compile(r">\s*arXiv\s*:?\s*(?P<id>" + _ARXIV_ID + r")\s*<", re.IGNORECASE)


def _element_id_url(text: str) -> str | None:
    """The arXiv URL of a line of HTML elements one of which holds only the paper's arXiv id (see
    :data:`_ELEMENT_ARXIV_ID`), else None."""
    if text[:1] != "<" or (element := _ELEMENT_ARXIV_ID.search(text)) is None:
        return None
    return f"https://arxiv.org/abs/{element.group('id')}"


# A line that gives the paper's arXiv id under a label of its own ("- **ArXiv ID**: 2508.15746v1", "arXiv 编号：...").
_LABELLED_ARXIV_ID = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*arxiv\s*(?:id|编号)\s*(?:\*\*|__)?\s*[:：]\s*"
                                r"(?:\*\*|__)?\s*(?P<id>" + _ARXIV_ID + r")\s*(?:\*\*|__)?\s*$", re.IGNORECASE)


def _link_line_url(text: str) -> str | None:
    """The paper URL of a line that is only a link, perhaps labelled ("**arXiv**: https://...", "[PDF](https://...)"),
    or of a line of HTML elements one of which is the paper's arXiv id; None for prose that cites a paper."""
    if (in_element := _element_id_url(text)) is not None:
        return in_element
    if (with_id := _AUTHORS_WITH_ID.match(text)) is not None:
        return f"https://arxiv.org/abs/{with_id.group('id')}"  # "**A, B — arXiv:ID**"
    url = find_paper_url(text)
    if url is None and (ref := _ARXIV_TEXT_REF.search(text)) is not None:
        url = f"https://arxiv.org/abs/{ref.group('id')}"  # "arXiv:2602.09082"
        text = _ARXIV_TEXT_REF.sub(" ", text)
    if url is None and (labelled := _LABELLED_ARXIV_ID.match(text)) is not None:
        return f"https://arxiv.org/abs/{labelled.group('id')}"  # "- **ArXiv ID**: 2508.15746v1"
    if url is None:
        return None
    label = _WORD.findall(_ANY_URL.sub(" ", text))
    if len(label) <= 4 and sum(map(len, label)) <= 30:
        return url
    return _linked_part_url(text) if "|" in text or "   " in text else None


# The parts of a line of the paper's data: set off by "|", or by runs of spaces that line them up in columns
# ("时间：2021年11月15日          第一作者：A          [链接](https://arxiv.org/abs/ID).").
_LINE_PARTS = re.compile(r"\||\s{3,}")
# A part of such a line that is only a paper link labelled by a link word, not a title ("🔥 **9.0分** | #语音转换 |
# [arxiv](https://arxiv.org/abs/ID)", "[链接](https://arxiv.org/abs/ID)."): the paper's own link, not one its text cites.
_LINKED_PART = re.compile(r"^\s*\[\s*(?:arxiv|pdf|paper|abs|abstract|link|论文|原文|链接)\s*\]"
                          r"\(\s*<?(?P<url>(?:https?://|doi:)[^\s()<>]+)\s*>?\s*\)[.。]?\s*$", re.IGNORECASE)
# A part of such a line that names the paper's authors by a label ("第一作者：A" the first author, "Authors: A, B").
_LABELLED_PART = re.compile(r"^\s*(?:\*\*|__)?(?P<label>[^:：*_\[\]]{1,20}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?"
                            r"(?P<rest>\S.*?)(?:\*\*|__)?\s*$")


def _linked_part_url(text: str) -> str | None:
    """The paper URL of a part of a line of the paper's data that is only a paper link (see :data:`_LINKED_PART`)."""
    for part in _LINE_PARTS.split(text):
        if (linked := _LINKED_PART.match(part)) is not None and paper_id(linked.group("url")).scheme != "url":
            return linked.group("url")
    return None


def _data_line_authors(text: str) -> list[str]:
    """The authors a line of the paper's data in parts names by a label (see :data:`_LABELLED_PART`), the notes in
    parentheses after a name dropped ("Alex Vicente-Sola (1)"); [] when no part names them."""
    if "|" not in text and "   " not in text:
        return []
    for part in _LINE_PARTS.split(text):
        if (labelled := _LABELLED_PART.match(part)) is not None and _AUTHOR_ROLE.search(labelled.group("label")):
            return split_authors(_fold(_clean_inline(_PARENTHESISED.sub("", labelled.group("rest")))))
    return []


# The label of a line that gives the paper's link a field of its own ("- **arXiv链接**：", "**URL**:", "PDF:").
_PAPER_LINK_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:arxiv|paper|pdf|abs|论文|原文)?\s*"
                               r"(?:链接|地址|links?|urls?|pdf|arxiv|id|编号)\s*(?:\*\*|__)?\s*[:：]", re.IGNORECASE)


def _labelled_as_the_papers_link(text: str) -> bool:
    return _PAPER_LINK_LABEL.match(text) is not None


def _paper_url_below(lines: list[_Line]) -> tuple[str, int] | None:
    """An arXiv or DOI link on its own line right under a header that has none, with its line number; else a web
    page's link line with the paper's fields under it (a digest of articles not on arXiv)."""
    below = lines[1:PAPER_LINK_LINES + 1]
    for line in below:
        if (url := _link_line_url(line.text)) is not None:
            return url, line.number
    for i, line in enumerate(below):
        if (url := _web_link_line_url(line.text)) is not None and _fields_follow(below[i + 1:]):
            return url, line.number
    return None


# A web link on its own line: a bare URL, or "[Link](URL)", "**URL**: URL", "原文: URL" (a link word as its label);
# not a code host (a paper's code link is not the paper).
_WEB_LINK_LINE = re.compile(
    r"^\s*(?:[-*>]\s+)?(?:(?:\*\*|__)?(?:link|url|paper|article|source|original|read more|原文|链接|原文链接)(?:\*\*|__)?\s*[:：]"
    r"\s*(?:\*\*|__)?\s*)?(?:\[(?:link|url|paper|article|source|original|read more|原文|链接|原文链接|[^\]]*://[^\]]*)\]\(\s*"
    r"(?P<linked>https?://[^\s()<>]+)\s*\)|<?(?P<bare>https?://[^\s<>]+?)>?)\s*$", re.IGNORECASE)
_CODE_HOST = re.compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co/(?!papers))",
                        re.IGNORECASE)


def _web_link_line_url(text: str) -> str | None:
    """The URL of a line that is only a web link (see :data:`_WEB_LINK_LINE`), else None."""
    if "http" not in text or (match := _WEB_LINK_LINE.match(text)) is None:
        return None
    url = match.group("linked") or match.group("bare")
    return None if _CODE_HOST.match(url) else url


def _fill(lines: Iterator[_Line], ahead: deque[_Line]) -> list[_Line]:
    """The next :data:`PAPER_LINK_LINES` lines, read from ``lines`` into ``ahead`` (which hands them on later)."""
    while len(ahead) < PAPER_LINK_LINES:
        line = next(lines, None)
        if line is None:
            break
        ahead.append(line)
    return list(ahead)


# A labelled paragraph ("Data: ...", "**Background**: ...", "**检查范围：** ...") whose text is prose, not a link ("Code:
# https://..."); a label in Chinese only in bold (a sentence may open "基于现有摘要：...").
# Labels of a digest's own filing of a paper: where it filed it and how it ranked it, and why ("Direction: 视频生成",
# "Importance: 高优先级 (84.49)", "Classification reason: ...", "Importance reason: ...", "Matched topics: CSI
# feedback, ...", "**研究分类：** METHOD · 方法迁移" its research class, "**优先级：** P2" its priority, "**排除原因：**" why
# the digest left it out of its topic, "**Relevance Score:** 8", "**Read time:** 6 min", "**📅 发布日期**" the day it
# was published, "**Topic Match:** ...", "**Relevance:** 9", "**Novelty:** 7"): nothing of the paper.
_FILING_LABELS = frozenset({"direction", "subtopic", "importance", "classification reason", "importance reason",
                            "matched topics", "研究分类", "优先级", "排除原因", "relevance score", "read time",
                            "发布日期", "topic match", "relevance", "novelty", "topic relevance", "相关性评分"})
_UNREAD_LABEL = re.compile(r"^(?:(?:\*\*|__)?([A-Z][A-Za-z ]{1,24}?)|(?:\*\*|__)([\u4e00-\u9fff]{2,12}))(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?!https?://|\[|<)\S")
# Labels that also open a part of a structured abstract ("Abstract:", "Background: Sepsis is ...", "Data: We used
# ..."), or a numbered step of a field ("Method:", "1) 数据：将轨迹译为HTML ..."): inside an open abstract, or numbered
# inside any open field, they are its text, not a field of their own.
# A field whose whole text is a link ("[arXiv](https://arxiv.org/abs/2606.09989)", "https://..."): no text of its own.
_LINK_ONLY = re.compile(r"^(?:\[[^\]]*\]\(\s*<?[^\s()<>]+>?\s*\)|(?:https?://|doi:)\S+)$", re.IGNORECASE)
_BOLD_SPAN = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*")
# A list item of links to arXiv's listings of categories, and how often a post about the paper was shared.
_ARXIV_LIST_LINK = re.compile(r"\[([a-z-]+(?:\.[A-Za-z-]+)?)\]\(https?://arxiv\.org/list/[^()\s]+\)")
_LISTED_CATEGORIES = re.compile(r"^[-*+]\s+" + _ARXIV_LIST_LINK.pattern + r"(?:\s*\|\s*" + _ARXIV_LIST_LINK.pattern
                                + r")*\s*$")
_FILING_ITEM = re.compile(r"^[-*+]\s+(?:\*\*|__)?\s*([^*_:：]{1,30}?)\s*(?:\*\*|__)?\s*[:：]")  # "- **相关性评分**: ..."
_SOCIAL_COUNTS = re.compile(r"^[-*+]\s+(?:retweets|likes|favorites|stars|upvotes)\s*:\s*\d", re.IGNORECASE)
# A bold label with a colon and nothing after it, alone on its line ("**客观指标**:", "**Setup:**"): inside a section
# under a heading of its own, the heading of one of its parts.
_SUB_HEADING = re.compile(r"^(?:\*\*|__)[^*_:：\s][^*_:：]{0,29}(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__))\s*$")
_PART_LABELS = frozenset({"background", "背景", "data", "数据"})
# Labels that name a field as a heading or a bullet ("### 📌 一句话总结", "### **方法创新**", "- **方法创新**:"): as a
# numbered item they are a point of the field they are in ("3. **方法创新**：结合线性输运估计...").
_HEADING_KEYS = frozenset({"一句话总结", "核心创新点", "技术方法", "实验结果", "个人评价", "研究背景", "方法创新", "结论意义"})
# Fields whose label is a word prose may open a line with: their label only in bold or as a bullet ("**Limitations:**
# ...", "- Limitation: ...").
_BOLD_ONLY_SECTIONS = frozenset({"contributions", "limitations"})
_SUMMARY_KEYS = frozenset({"tldr", "abstract", "abstract_translation", "ai_abstract"})  # fields that sum a paper up
# An author line that ends with the paper's arXiv id ("**A, B — arXiv:2610.07794**"): the id of a heading without a
# link, and the start of its paper's fields.
_AUTHORS_WITH_ID = re.compile(r"^\s*(?P<mark>\*\*|__|\*|_)(?P<authors>[^*_\s][^*_]*?)\s+[—–-]{1,2}\s+\[?arXiv\s*:\s*"
                              r"(?P<id>" + _ARXIV_ID + r")\]?\s*(?P=mark)\s*$",
                              re.IGNORECASE)
# The parts of a line of the paper's data set off by a wide "|" or "｜" ("**中文标题**　｜　**A, B**　|　gr-qc · hep-th　|
# 相关度 **7.0**"); an arXiv category part lists its codes with "·", "," or ";".
_DATA_PART_SEPARATOR = re.compile(r"\s+[|｜]\s+")
_CODES_SEPARATOR = re.compile(r"\s*[·,;]\s*")
# A one-line summary of the paper after an ornament, before its fields ("💡 该文把 f(Q,B) 引力..."): its tldr.
_ORNAMENTED_SUMMARY = re.compile(r"^[^\x00-\x7f\w]{1,2}\s+\w")
_NUMBERED_ITEM = re.compile(r"^\s*(?:>\s*)?\d{1,2}[.)]\s")
# A number alone on its line, perhaps with a bold label ("1)", "2) **论文核心方法如何解决上述问题**"), opening a part of a
# digest's reading of the paper in the order a paper is summed up: the problem, the method, the results (and the
# conclusion). Three parts or more in that order are read as those sections; the labels inside them are their text.
_BARE_PART = re.compile(r"^(?P<n>[1-4])[.)](?:\s+(?:\*\*|__)[^*_]+(?:\*\*|__))?$")
_NUMBERED_PARTS = {"part 1": "motivation", "part 2": "method", "part 3": "result", "part 4": "conclusion"}
# A bullet that opens with a bold label ("- **评分**：71/100", "- **局限 / 待核实**：...", or a capitalised one: "- Topic
# relevance: High"): in a list of such bullets,
# each is a field of its own, so one whose label names no section ends the field a bullet before it opened and is not
# read (the bullets of a field opened otherwise, "🔗 **开源详情**" then "- **代码**：...", are its text).
_LABELLED_ITEM = re.compile(r"^(?P<indent>\s*)[-*+]\s+(?:(?:\*\*|__)[^*_:：\s][^*_:：]{0,29}"
                            r"(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__))|[A-Z][A-Za-z -]{0,29}:\s)")


def _field_label(text: str, open_field: tuple[str, list[_Line], list[str]] | None) -> re.Match[str] | None:
    """The field label ``text`` opens with, unless it is a part label of the field open before it (or any label inside
    a numbered part, see :data:`_BARE_PART`)."""
    match = _KEY_LINE.match(text)
    if match and open_field is not None and (open_field[0] in _NUMBERED_PARTS or (
            match.group("key").lower() in _PART_LABELS
            and (open_field[0] == "abstract" or _NUMBERED_ITEM.match(text)))):
        return None
    if match and match.group("key").lower() in _HEADING_KEYS and _NUMBERED_ITEM.match(text):
        return None  # "3. **方法创新**：..." inside a conclusion: a point of it, not the method
    if match and not match.group("bold") and _KEYS[match.group("key").lower()] in _BOLD_ONLY_SECTIONS and \
            not _LIST_ITEM.match(text.lstrip()):
        return None  # "limitations: Self-Consistency may ...": a hard-wrapped line of prose (not "- Limitation: ...")
    return match


def _data_parts(text: str) -> tuple[list[str], list[str]] | None:
    """The authors and arXiv categories of a line of the paper's data whose parts are set off by a wide "|" or "｜"
    (see :data:`_DATA_PART_SEPARATOR`): the first part that is a line of names, and the parts that list only category
    codes; None when no part is a line of names."""
    parts = [_fold(_clean_inline(part.strip().strip("*_").strip())) for part in _DATA_PART_SEPARATOR.split(text)]
    names = next((part for part in parts if _NAMES_LINE.match(part)), None) if len(parts) > 1 else None
    if names is None:
        return None
    categories = [code for part in parts if part != names and (codes := _CODES_SEPARATOR.split(part))
                  and all(_ARXIV_CATEGORY.fullmatch(code) for code in codes) for code in codes]
    return split_authors(names), categories


def _fields_follow(lines: list[_Line]) -> bool:
    """Whether a paper's fields start in the first lines of ``lines`` (an author line "*A, B*" or "_A, B_", or a field
    label), before any heading."""
    for line in [ln for ln in lines if ln.text.strip()][:3]:
        text = line.text.strip()
        if text.startswith("#"):
            return False
        if _KEY_LINE.match(text) or _KEY_BOLD_LABEL.match(text) or (
                text[0] in "*_" and text[:2] != text[0] * 2 and text.endswith(text[0])):
            return True
    return False


def _is_digest_title(text: str) -> bool:
    """True for a digest's own title or part heading ("Daily arXiv Digest", "## Papers"), which names no category."""
    if _TITLE_ONLY.search(text) or _OTHER_DATE.search(text):
        return True
    words = re.findall(r"[^\W\d_][\w'\-]*", text.lower())
    return bool(words) and all(w in _TITLE_WORDS or w in _KEYS or _of_cjk_title_words(w) for w in words)


def _of_cjk_title_words(word: str) -> bool:
    """Whether ``word`` is Chinese title words written together, perhaps after a title word in Latin letters
    ("论文总结", "arxiv论文总结报告")."""
    if word.isascii():
        return False
    parts = _CJK_TITLE_WORDS.split(word)
    return len(parts) > 1 and all(not part or part in _TITLE_WORDS for part in parts)


# How many papers a category heading says it holds ("## LLM · 34 篇", "## Architecture and Training Dynamics (11)")
_CATEGORY_COUNT = re.compile(r"\s*(?:[(（]\s*\d+\s*(?:篇|papers?)?\s*[)）]|[·•|]\s*\d+\s*(?:篇|papers?)?)\s*$",
                             re.IGNORECASE)


def _category_of_header(text: str) -> str | None:
    """The category named by a section header line, or None for TOC, date and title headers; without the count of
    its papers or an anchor to jump to ('<a id="topic-x"></a>')."""
    div = _DIV_ID.search(text)
    text = _DIV_ID.sub("", text)
    if "<" in text:
        text = _EMPTY_ANCHOR.sub("", text)
    text = _CATEGORY_COUNT.sub("", text)
    marked = div is not None or bool(_BACK.search(text) or _ANCHOR_LINK.search(text))  # the digest's own markers
    text = _ANCHOR_LINK.sub(r"\1", _BACK.sub("", text)).strip()
    if not text:
        return div.group(1) if div else None
    if _TOC_WORDS.match(text) or _DATE.search(text):
        return None
    bracket = _BRACKET_CODE.search(text)  # "机器人学 (Robotics) [cs.RO]"
    if bracket:
        return bracket.group(1)
    if _ARXIV_CATEGORY.search(text):
        return _category_name(text)
    if not marked and _is_digest_title(text):
        return None
    return html.unescape(text)


def _split_categories(text: str) -> list[str]:
    """The categories of a categories line ("cs.CV, cs.AI", "math.AP、math&#45;ph"), entities decoded."""
    return [c for c in _CATEGORY_SEPARATOR.split(html.unescape(text).strip()) if c]


def _category_name(text: str) -> str:
    """A category as written ("`cs.DC`", "Computer Vision and Pattern Recognition (cs.CV)"), reduced to its arXiv
    code when it holds one."""
    text = html.unescape(text).strip().strip("`").strip()
    codes = set(_ARXIV_CATEGORY.findall(text))
    return codes.pop() if len(codes) == 1 else text


# A heading with no link that :meth:`DigestReader._link_under` found its paper's link under: marked so that it starts a
# block (the mark makes it match :data:`_PAPER_HEADER`; ``_Line.unlinked`` says so) and read with
# :data:`_UNLINKED_HEADING` (four groups, like ``_PAPER_HEADER``: the title is the fourth).
_UNLINKED_MARK = "### [0] "
# A heading that is only a paper's number ("### Paper [26]"), its title and link on labelled lines under it
# ("Title: ...", "URL: https://arxiv.org/abs/ID"): marked as an unlinked heading is, titled by that line.
_NUMBER_HEADING = re.compile(r"^#{1,6}\s*(?:paper\s*)?\[?\d{1,4}\]?\s*$", re.IGNORECASE)
_TITLE_LINE = re.compile(r"^\s*(?:\*\*|__)?title(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<title>\S.*?)\s*$", re.IGNORECASE)
# (the number may name the arXiv listing the paper is from: "#### [new 004] Title", "[replaced 006]", "[cross 012]";
# or be written "276、Title")
_UNLINKED_HEADING = re.compile(r"^#{1,6}\s*" + _ORNAMENT + r"(?:\[(?:(?:new|replaced|cross)\s+)?(\d+)\]\s*"
                               r"|(?:paper\s+)?(\d+)(?:[.):]\s+|、\s*))?()(.*?)\s*#*\s*$", re.IGNORECASE)
# A task-list item right under a heading without a link, before the paper's link ("# 276、<the title in Chinese>",
# "- [ ] Spiking CapsNet: A Spiking Neural Network ..."): the title as written, when the heading translates it.
_TASK_ITEM = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s+(?P<title>\S.*?)\s*$")

# A Markdown footnote that holds a paper (qhduan/cn-chat-arxiv): "[^1]: 去中心化金融（DeFi）" (the title translated), then
# indented lines: the title as written with its arXiv id and category ("Decentralized Finance (DeFi). (arXiv:2304.01918v1
# [q-fin.GN])"), the paper's link ("[http://arxiv.org/abs/ID](http://arxiv.org/abs/ID)") and paragraphs without labels
# (a summary, a translation of the abstract, the abstract). It starts a paper only when one of its first indented
# lines names an arXiv id so (:meth:`DigestReader._paper_in_footnote`); marked as an unlinked heading is.
_FOOTNOTE = re.compile(r"^\[\^(?P<n>[^\]\s]+)\]:\s*(?P<title>.*?)\s*$")
_FOOTNOTE_ID_LINE = re.compile(r"^\s+(?P<title>.*?)\s*\(\s*arXiv\s*:\s*(?P<id>" + _ARXIV_ID + r")\s*"
                               r"(?:\[(?P<cats>[^\[\]]*)\])?(?:\s+[A-Z]+)?\s*\)\s*$", re.IGNORECASE)  # "[econ.GN] UPDATED)"


class _FootnoteHead(NamedTuple):
    """What the first lines of a footnote paper say (see :func:`_footnote_head`)."""

    number: int | None
    title: str
    title_line: _Line
    title_col: int  # where the title starts in its line
    url: str  # the paper's link as written (else the abs page of its arXiv id)
    id_url: str  # the abs page of the arXiv id as written with its version ("(arXiv:2304.01918v1 ...)"), else ``url``
    categories: list[str]
    read_lines: frozenset[int]  # the title and link lines, read here


def _footnote_id_url(line: _Line) -> str | None:
    """The arXiv URL an indented line of a footnote names: "Title. (arXiv:ID [cat])" or an arXiv link line."""
    if not line.text[:1].isspace() or "rxiv" not in line.text.lower():
        return None
    if (with_id := _FOOTNOTE_ID_LINE.match(line.text)) is not None:
        return f"https://arxiv.org/abs/{with_id.group('id')}"
    url = _link_line_url(line.text.strip())
    return url if url is not None and paper_id(url).scheme == "arxiv" else None


def _footnote_head(lines: list[_Line]) -> _FootnoteHead:
    """The number, title, link and category of a footnote paper (``lines`` its block): the title is the one on the
    arXiv id line (the footnote's own text translates it), else the footnote's text."""
    footnote = _FOOTNOTE.match(lines[0].original or "")
    assert footnote is not None
    title, title_line, title_col = footnote.group("title"), lines[0], footnote.start("title")
    link = id_url = None
    categories: list[str] = []
    read: set[int] = set()
    for line in lines[1:PAPER_LINK_LINES + 1]:
        if line.text.strip() and not line.text[:1].isspace():
            break
        if id_url is None and (with_id := _FOOTNOTE_ID_LINE.match(line.text)) is not None:
            id_url = f"https://arxiv.org/abs/{with_id.group('id')}"
            categories = _split_categories(with_id.group("cats") or "")
            read.add(line.number)
            if with_id.group("title"):  # "Title. (arXiv:...)": the full stop is the feed's, not the title's
                title, title_line, title_col = with_id.group("title"), line, with_id.start("title")
                title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
        elif link is None and (url := _footnote_id_url(line)) is not None:
            link = url
            read.add(line.number)
    id_url = id_url or link
    assert id_url is not None  # (the footnote starts a paper only so)
    if link is None or paper_id(link).id != paper_id(id_url).id:  # a link to another paper is not this one's
        link = id_url
    number = int(footnote.group("n")) if footnote.group("n").isdigit() else None
    return _FootnoteHead(number, title, title_line, title_col, link, id_url, categories, frozenset(read))


def _footnote_fields(lines: list[_Line], texts: list[str]) -> list[tuple[str, list[_Line], str]]:
    """The unlabelled paragraphs of a footnote paper as its fields, by language and order: English paragraphs are the
    abstract, the first Chinese one the digest's summary (tldr), the Chinese ones after it the abstract's translation."""
    paragraphs: list[tuple[list[_Line], list[str]]] = []
    for line, text in zip(lines, texts):
        if not paragraphs or line.number != paragraphs[-1][0][-1].number + 1:
            paragraphs.append(([], []))
        paragraphs[-1][0].append(line)
        paragraphs[-1][1].append(text)
    fields: dict[str, tuple[list[_Line], list[str]]] = {}
    for para_lines, para_texts in paragraphs:
        if _lang(" ".join(para_texts)) == "en":
            key = "abstract"
        else:
            key = "abstract_translation" if "tldr" in fields else "tldr"
        field_lines, field_texts = fields.setdefault(key, ([], []))
        field_lines += para_lines
        field_texts += para_texts
    return [(key, field_lines, "\n".join(field_texts)) for key, (field_lines, field_texts) in fields.items()]


# A link to a page that is no paper's ("[Title](/blog/posts/...)", a site's own page): its text is the heading's text.
_PAGE_LINK = re.compile(r"\[([^\[\]]+)\]\((?!#)[^()\s]*\)")
# A heading's text that is a title linked to such a page, perhaps after a number or an ornament ("4 [Title](/blog/...)",
# "🥉 [Title](/blog/...)").
_PAGE_LINKED_TITLE = re.compile(r"^(?:(?:paper\s+)?(?P<n>\d+)[.):]?\s+)?(?:[^\w\s\[\]()#*_<>$]{1,3}\s*)?(?P<bold>\*\*|__)?"
                                r"\[(?P<title>[^\[\]]+)\]\((?P<url>(?!#)[^()\s]*)\)(?P=bold)?$", re.IGNORECASE)


def _may_title_a_paper(text: str) -> bool:
    """Whether a heading line could be a paper's title: not a field label, a category, a digest title, a table of
    contents or a date (in its words: a page it links to may have a date in its address)."""
    words = text.lstrip("#").strip()
    if "](" in words:
        words = _PAGE_LINK.sub(r"\1", words)
    if not words or _KEY_HEADING.match(text) or _DIV_ID.search(text) or _BACK.search(text) or \
            _ANCHOR_LINK.search(text) or _ARXIV_CATEGORY.search(text) or _TOC_WORDS.match(words) or _DATE.search(words):
        return False
    return not _is_digest_title(words) and len(_WORD.findall(words)) >= 2


# A line of author names and nothing else ("Masoud Ataei, Mohammad Jafar Molaei, Abolghasem Ataie").
# (LaTeX accents as written: "T\\"orndahl")
_NAME = r"[A-Z][\w.'\-\\\"]*(?:\s(?:[A-Z][\w.'\-\\\"]*|[dD]'[A-Z][\w'\-]*|van|von|der|den|de|da|del|la|le|di|du|dos|bin|al))+"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:,\s*{_NAME})*$")


def _plain_paper_follows(lines: list[_Line], listed: re.Match[str]) -> bool:
    """Whether a numbered list item linking to an arXiv paper ("[32]. [*Title*](https://arxiv.org/abs/ID)") has the
    paper under it without labels: a line of author names, then a paragraph (iopwsy/arXiv_cond-mat)."""
    if listed.group("n") is None or paper_id(listed.group("url")).scheme != "arxiv":
        return False
    texts = [ln.text.strip() for ln in lines if ln.text.strip()][:2]
    return len(texts) == 2 and _NAMES_LINE.match(texts[0]) is not None and len(texts[1].split()) >= 12


def _task_title(lines: list[_Line], link_line: int) -> tuple[_Line, int] | None:
    """The line of the title in English that a task-list item right under a heading writes before the paper's link
    (see :data:`_TASK_ITEM`), and where the title starts on it."""
    line = next((ln for ln in lines if ln.text.strip()), None)
    if line is None or line.number >= link_line or (task := _TASK_ITEM.match(line.text)) is None or \
            _lang(task.group("title")) != "en":
        return None
    return line, task.start("title")


def _number_of(heading: str) -> int | None:
    """The paper number a heading that is only one writes ("### Paper [26]": 26)."""
    digits = re.search(r"\d+", heading)
    return int(digits.group()) if digits else None


def _titled_below(lines: list[_Line]) -> _Line | None:
    """The "Title: ..." line right under a heading that is only a paper's number (see :data:`_NUMBER_HEADING`)."""
    return next((line for line in lines[:2] if _TITLE_LINE.match(line.text)), None)


_TITLE_KEY_LEAD = re.compile(r"^#{1,6}\s*" + _ORNAMENT + r"(?:\[\d+\]\s*)?(?:(?:paper\s+)?\d{1,4}[.):、]?\s+)?",
                             re.IGNORECASE)


def _title_key(heading: str) -> str:
    """A heading's title for comparing headings: without its number, link, marks and case ("### 1. Title" and
    "### [Title](URL)" have one key)."""
    text = _TITLE_KEY_LEAD.sub("", heading, count=1)
    if text.startswith("[") and "](" in text:
        text = text[1:text.index("](")]
    return " ".join(_WORD.findall(text.casefold()))


def _block_id(lines: list[_Line]) -> str | None:
    """The id of the paper whose block ``lines`` are (its header's link, or the link line under it)."""
    header = _PAPER_HEADER.match(lines[0].text)
    if header is not None and (link := _TITLE_LINK.match(header.group(4).strip())) is not None:
        return paper_id(_link_url(link)).id
    below = _paper_url_below(lines)
    return paper_id(below[0]).id if below is not None else None


def _title_only(paper: Paper) -> bool:
    """A paper read from a table row that gives its title and link only (an index of the papers, their text below)."""
    return paper.sections.keys() == {"title"}


def _lacking(paper: Paper) -> bool:
    """Whether a later copy of ``paper`` in its file may hold more: it has placeholders, or no abstract (a digest
    that lists a paper first with a note, then again with its abstract)."""
    return bool(paper.placeholders) or "abstract" not in paper.sections


def _usable_count(paper: Paper) -> int:
    """How many fields of ``paper`` hold text, not placeholders."""
    return sum(1 for section in paper.usable_sections())


_AFFILIATION_MARKS = re.compile(r"(?<=[^\W\d_])[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§¶]+(?=\s|$)")
_ET_AL = re.compile(r"et\.?\s*al\.?|others", re.IGNORECASE)
_TRAILING_ET_AL = re.compile(r"\s+et\.?\s*al\.?$", re.IGNORECASE)  # "A, B, C et al.": the last name shown is C


# A bold label of a line the reader has no field for: "**ArXiv ID:** 2513.00001", "**Published**: 2025-06-01".
_OTHER_BOLD_KEY = re.compile(r"\*\*[^*:：]{1,30}(?:[:：]\*\*|\*\*\s*[:：])")


# A line of an authors-and-affiliations field: a role label ("第一作者：", "- **Corresponding author**:") and names, or a
# list item; what a role label names ("作者" authors, "author") tells an author line from an affiliation line ("机构：").
_ROLE_LINE = re.compile(r"^(?P<item>[-*+]\s+)?(?:(?:\*\*|__)?(?P<label>[^:：*_()（）]{1,20}?)(?:\*\*|__)?\s*[:：]\s*"
                        r"(?:\*\*|__)?)?(?P<rest>.*)$")
_AUTHOR_ROLE = re.compile(r"作者|author", re.IGNORECASE)
_PARENTHESISED = re.compile(r"\s*[(（][^()（）]*[)）]")  # "(上海大学)", "（推断）": an affiliation or a note
_ITALIC_LINE = re.compile(r"^_[^_\s](?:.*[^_\s])?_$")  # a line in italics written with "_" ("_A, B, et al._")
_ITALIC_NOTE = re.compile(r"\s*-?\s*(?<!\*)\*[^*]+\*\s*$")  # " - *推断，基于作者顺序*": a note after the names


def _field_authors(text: str) -> list[str]:
    """The authors of an authors field: one line of names, or lines that name roles and affiliations ("第一作者：A
    (X大学)", "其他作者：", "  - B (Y大学)", "所属机构：..."), of which only the names are kept."""
    lines = text.split("\n")
    roles = [m for m in map(_ROLE_LINE.match, lines) if m is not None]
    if len(lines) < 2 or not any(m.group("label") and _AUTHOR_ROLE.search(m.group("label")) for m in roles):
        return split_authors(_fold(_clean_inline(text)))
    names: list[str] = []
    for role in roles:
        label = role.group("label")
        if (label and not _AUTHOR_ROLE.search(label)) or (not label and not role.group("item")):
            continue  # an affiliation line ("机构：..."), a note ("（注：...）")
        part = role.group("rest")
        while (unwrapped := _PARENTHESISED.sub("", part)) != part:  # nested: "(X大学 (ASLP))"
            part = unwrapped
        names += split_authors(_fold(_clean_inline(_ITALIC_NOTE.sub("", part))))
    return list(dict.fromkeys(names))


def split_authors(text: str) -> list[str]:
    """Authors from an author line: ``A,B``, ``A, B``, ``A and B`` or a Python list ``['A', 'B']``."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            value = None
        if isinstance(value, list):
            return [" ".join(str(a).split()) for a in value if str(a).strip()]
        text = text[1:-1]
    parts = re.split(r"\s*[,;，、]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", text)
    # A lone punctuation token ("Team,:,Name") is debris, not an author; nor is "et al." or affiliation marks
    # ("Alice Zhang¹*", "Bob Li†").
    names = (" ".join(_AFFILIATION_MARKS.sub("", _TRAILING_ET_AL.sub("", part)).split()) for part in parts)
    return [p for p in names if re.search(r"[^\W\d_]", p) and not _ET_AL.fullmatch(p)]


class DigestReader:
    """Reads digest files into :class:`Paper` records, streaming, recording issues in ``report``."""

    def __init__(self, report: ReadReport | None = None, max_line_chars: int = MAX_LINE_CHARS,
                 known_ids: set[str] | None = None) -> None:
        self.report = report or ReadReport()
        # papers of an earlier build (read again, they are duplicates); ids compare case-blind, as DOIs do
        self.known_ids = {known.casefold() for known in known_ids or ()}
        self.max_line_chars = max_line_chars
        # id -> (file, line) where first read: enough to report duplicates without keeping papers
        # alive, so reading streams with a small index (~150 bytes a paper) as its only growing state.
        self._seen: dict[str, tuple[str, int]] = {}
        self._no_abstract: list[Issue] = []  # papers of the file being read that have no abstract
        self._no_authors: list[Issue] = []  # and those that have no author line

    # ------------------------------------------------------------------ files and lines

    def _lines(self, path: Path) -> Iterator[_Line]:
        name = str(path)
        offset = 0
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise InputError(f"cannot read digest {name}: {exc.strerror or exc}; check the path and its permissions") from exc
        bad_lines = 0
        with handle:
            head = handle.read(1 << 16)
            handle.seek(0)
            text_lines: Iterable[str] | None = None
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 file (Windows tools write these)
                self.report.warn(name, 1, "file is UTF-16 text, not UTF-8; read as UTF-16")
                text_lines = io.TextIOWrapper(handle, encoding="utf-16", errors="replace", newline=None)
            elif b"\r" in head and b"\n" not in head:  # old Mac line endings: one "line" otherwise
                self.report.warn(name, 1, "lines end in CR only; read as lines")
                text_lines = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline=None)
            for number, raw in enumerate(text_lines if text_lines is not None else handle, start=1):
                if isinstance(raw, str):
                    text = raw
                else:
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        text = raw.decode("utf-8", errors="replace")
                        bad_lines += 1
                        if bad_lines <= MAX_BAD_LINES_LISTED:
                            self.report.warn(name, number,
                                             f"invalid UTF-8 bytes at column {exc.start + 1} replaced by U+FFFD")
                text = text.rstrip("\r\n").lstrip("\ufeff")
                if len(text) > self.max_line_chars:
                    self.report.warn(name, number, f"line of {len(text):,} characters cut to {self.max_line_chars:,}")
                    text = text[: self.max_line_chars]
                yield _Line(number, offset, text)
                offset += len(text) + 1
        if bad_lines > MAX_BAD_LINES_LISTED:
            self.report.warn(name, number, f"{bad_lines - MAX_BAD_LINES_LISTED:,} more lines with invalid UTF-8 "
                             "bytes (replaced by U+FFFD, not listed); is this file UTF-8 text?")

    def _blocks(self, path: Path, meta: dict[str, str | None]) -> Iterator[_Block]:
        """Cut a file into paper blocks; track the category section each block is in."""
        category: str | None = None
        pending_div: str | None = None
        current: list[_Line] | None = None
        current_category: str | None = None
        in_fence = False
        indexed: dict[str, str] = {}  # the titles of the papers a table of the file listed -> their headers
        last_text = ""  # the last line with text before this one
        lines = rows_as_paper_lines(self._lines(path), _table_line)  # a table's rows as paper blocks
        ahead: deque[_Line] = deque()  # lines read to look under a heading, not yet cut into blocks
        while True:
            line = ahead.popleft() if ahead else next(lines, None)
            if line is None:
                break
            text = line.text
            if not in_fence and (canonical := _canonical_header(text)) is not None:
                line = _Line(line.number, line.offset, canonical, text)
                text = canonical
            elif not in_fence and text.startswith("#") and not _PAPER_HEADER.match(text) and (
                    _may_title_a_paper(text) or _NUMBER_HEADING.match(text) and _titled_below(_fill(lines, ahead))):
                if indexed and (listed_header := indexed.get(_title_key(text))) is not None:
                    # "## Top Papers" (a table: title, link) then "### 1. Title" with the paper's summary: the
                    # heading repeats a title the table linked, and takes that row's link
                    line = _Line(line.number, line.offset, listed_header, text)
                    text = listed_header
                elif self._link_under(lines, ahead, current, web=text.startswith("##")):
                    line = _Line(line.number, line.offset, _UNLINKED_MARK + text, text, unlinked=True)
                    text = line.text
                elif _fields_follow(list(ahead)):
                    self.report.warn(str(path), line.number, "heading with a paper's fields under it but no arXiv, DOI "
                                     "or web link near it: not read as a paper (its lines join the block before)")
            elif not in_fence and text[:2] == "[^" and _FOOTNOTE.match(text) is not None \
                    and self._paper_in_footnote(lines, ahead, current):
                line = _Line(line.number, line.offset, _UNLINKED_MARK + text, text, footnote=True)  # "[^1]: Title"
                text = line.text
            elif not in_fence and (text[:1] in "0123456789-*+" or text[:1] == "[" and text[1:2].isdigit()) and \
                    (listed := _LISTED_LINK.match(text)) is not None \
                    and not _LIST_ITEM.match(last_text) and not last_text.endswith((":", "：")) \
                    and ((fields := _fields_follow(below := _fill(lines, ahead))) or _plain_paper_follows(below, listed)):
                # "3. [Title](https://arxiv.org/abs/ID)", "- [Title](https://mp.weixin.qq.com/...)" with the paper's
                # fields under it, not after another list item or a line that opens a list ("We build on:")
                number = f"[{listed.group('n')}] " if listed.group("n") else ""
                line = _Line(line.number, line.offset, f"### {number}{listed.group('rest')}", text, plain=not fields)
                text = line.text
            stripped = text.strip()
            if stripped:
                last_text = stripped
            if text[:1] == "#" and _PAPER_HEADER.match(text):
                if line.row and (key := _title_key(line.text)):
                    indexed[key] = line.text
                if current is not None:
                    yield _Block(current, current_category)
                current, current_category = [line], category or pending_div
                in_fence = False  # an unclosed code block ends with its paper
                continue
            # (each pattern is tried only on lines that open as its matches do: most lines are prose)
            lead = stripped[:1]
            if lead in _FENCE_LEADS and _FENCE.match(text):
                in_fence = not in_fence
            elif in_fence or (current is not None and lead == "#" and (_KEY_HEADING.match(text) or (
                    current[-1].text.strip() and _WRAPPED_HASH_LINE.match(text)
                    and not _ARXIV_CATEGORY.search(text)))):
                # code, a field label of the paper ("## Abstract"), or a hard-wrapped field line that starts with "#"
                # ("We reduce the", "# of parameters by half"): the paper's lines
                pass
            elif text.startswith("#") and not text.startswith("###"):
                header = _CATEGORY_HEADER.match(text)
                if header:
                    if meta.get("date") is None and (date := _DATE.search(text)):
                        meta["date"] = date.group(1)
                    # A title, TOC or date heading names no category, but it too ends the paper and the section before.
                    if current is not None:
                        yield _Block(current, current_category)
                        current = None
                    category = _category_of_header(header.group("text"))
                    continue
            div = _DIV_ID.fullmatch(stripped) if lead == "<" else None
            if div and current is None:
                pending_div = div.group(1) if div.group(1).lower() != "toc" else pending_div
                continue
            if current is not None:
                current.append(line)
        if current is not None:
            yield _Block(current, current_category)

    @staticmethod
    def _link_under(lines: Iterator[_Line], ahead: deque[_Line], current: list[_Line] | None, web: bool = True) -> bool:
        """Whether a heading without a link ("## A Paper Title") has its paper's link on a line under it ("[arXiv](URL)",
        "**arXiv**: URL", "arXiv:ID", a web page's bare URL), with the paper's fields after that line, before any other
        heading, and so starts a paper (a "#" heading only with an arXiv or DOI link: ``web`` False). A link to the
        paper whose block the heading is in ("### Links" then its PDF) starts none."""
        below = _fill(lines, ahead)
        for i, line in enumerate(below):
            if line.text.startswith("#") or _PAPER_HEADER.match(line.text) or _FENCE.match(line.text):
                return False
            url = _link_line_url(line.text) or (_web_link_line_url(line.text) if web else None)
            if url is not None and (_data_line_authors(line.text) or _element_id_url(line.text) or
                                    _labelled_as_the_papers_link(line.text)):
                # "时间：… 第一作者：A … [链接](URL)": the data of a paper of its own (a repeated one too); an element
                # that holds only the paper's id, as a line of its metadata does; a line labelled as the paper's
                # links ("- links: [abs](https://arxiv.org/abs/ID) | [pdf](...)")
                return current is None or paper_id(url).id != _block_id(current)
            if url is not None and not _fields_follow(below[i + 1:]) and not _AUTHORS_WITH_ID.match(line.text) and \
                    not _fields_follow(below[:i]):
                # a list of links under a heading ("## Today's picks", "- [A](URL)"), no paper's fields after the link
                # or between the heading and it ("# Title", "**Authors**: A, B", "**Link**: [PDF](URL)", "**Abstract**:")
                return False
            if url is not None:
                return current is None or paper_id(url).id != _block_id(current)
        return False

    @staticmethod
    def _paper_in_footnote(lines: Iterator[_Line], ahead: deque[_Line], current: list[_Line] | None) -> bool:
        """Whether a footnote ("[^1]: Title") holds a paper: one of its indented lines right under it names an arXiv
        id ("Title. (arXiv:ID [cat])" or an arXiv link line; see :data:`_FOOTNOTE`), other than the id of the paper
        whose block it is in (a footnote of a paper's text may cite that paper)."""
        for line in _fill(lines, ahead):
            if line.text.strip() and not line.text[:1].isspace():
                return False  # the footnote ends where a line is not indented
            if (url := _footnote_id_url(line)) is not None:
                return current is None or paper_id(url).id != _block_id(current)
        return False

    def read_file(self, path: str | Path) -> Iterator[Paper]:
        """Yield the papers of one digest file. Unreadable files raise :class:`InputError`."""
        path = Path(path)
        if path.is_dir():
            raise InputError(f"{path} is a directory, not a digest file; pass the .md files inside it (e.g. {path}/*.md)")
        if not path.exists():
            raise InputError(f"digest file {path} does not exist; check the path")
        self.report.files += 1
        file_name = sys.intern(str(path))
        file_date = _DATE.search(path.name)
        meta: dict[str, str | None] = {"date": file_date.group(1) if file_date else None}
        headers_before = self.report.headers
        yield from self._papers_of(path, file_name, meta)
        if self.report.headers == headers_before:
            self.report.warn(file_name, 1, "no paper in this file: no '### [N] [Title](https://arxiv.org/abs/ID)' "
                             "header line; is it a digest?")

    def _header_ids(self, path: Path) -> Counter[str]:
        """How many paper headers of the file link to each id (a quick pass over its header lines)."""
        ids: Counter[str] = Counter()
        try:
            handle = path.open("rb")
        except OSError:
            return ids  # reading the file reports why
        with handle:
            for raw in handle:
                if not raw[:1] or raw[:1] not in b"#*_0123456789":  # (b"" is in every bytes value)
                    continue
                text = raw.decode("utf-8", errors="replace").rstrip("\r\n")[: self.max_line_chars]
                text = _canonical_header(text) or text
                if (header := _PAPER_HEADER.match(text)) and (link := _TITLE_LINK.match(header.group(4).strip())):
                    ids[paper_id(_link_url(link)).id.casefold()] += 1
        return ids

    def _papers_of(self, path: Path, file_name: str, meta: dict[str, str | None]) -> Iterator[Paper]:
        # A paper with placeholders or without an abstract whose id comes again later in the file waits for that copy,
        # which replaces it when it has more usable text or the abstract; the papers after it wait too, so the order
        # stays the input order.
        copies_left = self._header_ids(path)
        queue: list[Paper] = []
        waiting: set[str] = set()
        self._no_abstract, self._no_authors = [], []
        parsed = 0
        for block in self._blocks(path, meta):
            self.report.headers += 1
            paper = self._parse_block(path, block, meta.get("date"))
            if paper is None:
                continue
            parsed += 1
            key = paper.id.casefold()  # "10.1109/JPHOT..." and "10.1109/jphot..." are one DOI
            copies_left[key] -= 1
            if key in self.known_ids:
                self.report.duplicate_count += 1
                self.report._keep(self.report.duplicates, Issue(str(path), paper.provenance.line_start,
                                                                "already in the graph being updated; kept the first", paper.id))
                continue
            first = self._seen.get(key)
            if first is None:
                self._seen[key] = (file_name, paper.provenance.line_start)
                queue.append(paper)
                if _lacking(paper) and (copies_left[key] > 0 or _title_only(paper)):
                    waiting.add(key)  # (a table row with a title only may be the index of a section below)
            elif key in waiting:
                index = next(i for i, held in enumerate(queue) if held.id.casefold() == key)
                held = queue[index]
                if _usable_count(paper) > _usable_count(held) or (
                        "abstract" in paper.sections and "abstract" not in held.sections):
                    if _title_only(held) and any(map(_ARXIV_CATEGORY.search, held.categories)):
                        # the table's arXiv categories, not the heading the section is under ("Structured Summaries")
                        paper.categories = [*held.categories, *filter(_ARXIV_CATEGORY.search, paper.categories)]
                    paper.categories = list(dict.fromkeys(held.categories + paper.categories if _title_only(held)
                                                          else paper.categories + held.categories))
                    paper.authors = paper.authors or held.authors
                    queue[index] = paper
                    self._seen[key] = (file_name, paper.provenance.line_start)
                    if not _title_only(held):  # (a title in a table of the papers is their index, no copy)
                        self._duplicate(held, f"duplicate of {file_name}:{paper.provenance.line_start}; kept that "
                                              "copy, " + ("which has text where this one has placeholders"
                                                          if held.placeholders else "which has the abstract this one lacks"))
                else:
                    self._duplicate(paper, f"duplicate of {first[0]}:{first[1]}; kept the first")
                if copies_left[key] <= 0 and not _title_only(queue[index]) or not _lacking(queue[index]):
                    waiting.discard(key)
            else:
                self._duplicate(paper, f"duplicate of {first[0]}:{first[1]}; kept the first")
            while queue and queue[0].id.casefold() not in waiting:
                yield self._counted(queue.pop(0))
        held, self._no_authors = self._no_authors, []
        self._report_missing(file_name, held, parsed, "an author line (a layout without authors?); they are read "
                             "without authors")
        held, self._no_abstract = self._no_abstract, []
        self._report_missing(file_name, held, parsed, "an abstract (a layout without one, or every block cut short?); "
                             "their summary fields are read")
        for paper in queue:
            yield self._counted(paper)

    def _report_missing(self, file_name: str, held: list[Issue], parsed: int, what: str) -> None:
        """Report the papers of a file read without a part (``held``, ``what`` says which and what it means): each,
        or the file once when none of its papers has it (a layout without it, e.g. summaries only, or no authors)."""
        if len(held) >= 2 and len(held) == parsed:
            self.report.warn(file_name, held[0].line, f"none of the {parsed} papers of this file has {what}")
            return
        for issue in held:
            self.report.warn(issue.file, issue.line, issue.reason, issue.paper)

    def _duplicate(self, paper: Paper, reason: str) -> None:
        """Report ``paper`` as a duplicate that is not kept."""
        issue = Issue(paper.provenance.file, paper.provenance.line_start, reason, paper.id)
        log.info("%s", issue)
        self.report._keep(self.report.duplicates, issue)
        self.report.duplicate_count += 1

    def _counted(self, paper: Paper) -> Paper:
        """``paper``, counted in the report as read."""
        self.report.papers += 1
        if paper.placeholders:
            self.report.papers_with_placeholders += 1
            for section in paper.placeholders:
                self.report.placeholders[section] = self.report.placeholders.get(section, 0) + 1
        return paper

    # ------------------------------------------------------------------ one block

    def _parse_block(self, path: Path, block: _Block, date: str | None) -> Paper | None:
        name = str(path)
        lines = block.lines
        head = lines[0]
        first_line, last_line = head.number, lines[-1].number
        header = _PAPER_HEADER.match(head.text)
        assert header is not None
        # "[^1]: 译名" with "    Title. (arXiv:ID [cat])" and the paper's link under it
        footnote = _footnote_head(lines) if head.footnote else None
        if head.unlinked:  # "## A Paper Title" whose link is on a line under it
            header = _UNLINKED_HEADING.match(head.original or "")
            assert header is not None
        written_number = header.group(1) or header.group(2) or header.group(3)
        number = int(written_number) if written_number else None
        header, link, header_lines = _header_link(header, lines) if footnote is None else (header, None, 1)
        if head.unlinked and link is not None and paper_id(_link_url(link)).scheme == "url":
            link = None  # "#### [Title](notes/page.md)": a page of the digest's own; the paper's link is under it
        link_line = -1
        title_line: _Line | None = None  # a title on a line of its own under the header, and where on it
        title_col = 0
        if footnote is not None:
            url, raw_title, title_at, number = footnote.url, footnote.title, 0, footnote.number
        elif link is not None:
            url, raw_title, title_at = _link_url(link), link.group("title"), link.start("title")
            if raw_title[:1] == "[" and raw_title[-1:] == "]" and "[" not in raw_title[1:]:
                raw_title, title_at = raw_title[1:-1], title_at + 1  # "### [[Title]](URL)"
        elif (below := _paper_url_below(lines)) is not None:
            (url, link_line), raw_title, title_at = below, header.group(4).strip(), 0
            why = "has no [Title](URL) link"
            if head.unlinked and _NUMBER_HEADING.match(head.original or "") and \
                    (titled := _titled_below(lines[1:])) is not None:  # "### Paper [26]", "Title: ...", "URL: ..."
                match = _TITLE_LINE.match(titled.text)
                assert match is not None
                raw_title, title_line, title_col = match.group("title"), titled, match.start("title")
                number = number if number is not None else _number_of(head.original or "")
                why = ""  # a layout of its own, its fields on lines: "Title: ...", "URL: ...", nothing amiss
            if head.unlinked and _lang(raw_title) == "zh" and (task := _task_title(lines[1:], link_line)) is not None:
                title_line, title_col = task  # "# 276、<标题>", "- [ ] Title": the heading translates the title
                raw_title = title_line.text[title_col:].rstrip()
            if head.unlinked and (page := _PAGE_LINKED_TITLE.match(raw_title)) is not None:  # "4 [Title](/blog/...)"
                raw_title, why = page.group("title"), f"links to no arXiv or DOI page ({page.group('url')})"
                number = number if number is not None or page.group("n") is None else int(page.group("n"))
            link_text = next(ln.text for ln in lines if ln.number == link_line)
            if head.unlinked and why == "has no [Title](URL) link" and _labelled_as_the_papers_link(link_text):
                why = ""  # "## 1. Title" and "- **arXiv链接**：[URL](URL)": a layout that gives the link a field
            elif head.unlinked and _element_id_url(link_text) is not None:
                why = ""  # "#### [Title](notes/page.md)" and '<span class="paper-id">arXiv ID</span>': its metadata
            if why:
                self.report.warn(name, head.number, f"paper header {why}; id taken from the paper link on line "
                                 f"{link_line} ({url})", paper_id(url).id)
        else:
            self.report.skip(name, head.number, "paper header has no [Title](URL) link and none of the "
                             f"{PAPER_LINK_LINES} lines under it is an arXiv or DOI link, so the paper has no id")
            return None
        title = _fold(_clean_inline(raw_title.replace("**", "")))  # "[**NovaGAN**: ...]"
        if len(title) > 2 and title[0] == title[-1] and title[0] in "*_" and title[1] != title[0]:
            title = title[1:-1].strip()  # "[*Title*](URL)": the title in italics
        if not title:
            self.report.skip(name, head.number, "paper header has an empty title")
            return None
        pid = paper_id(url if footnote is None else footnote.id_url)  # "(arXiv:ID [cat])" has the version
        sections: dict[str, Section] = {}
        rest = header.group(4)
        title_offset = head.offset + header.start(4) + len(rest) - len(rest.lstrip()) + title_at
        if head.original is not None:  # a header rewritten from another form: find the title as written
            title_offset = head.offset + max(0, head.original.find(raw_title.strip()))
        sections["title"] = Section("title", title, _lang(title), head.number, head.number + header_lines - 1,
                                    title_offset, wrapped=title_offset + len(raw_title) > head.offset + len(head.text))
        if footnote is not None:  # the title on its line under the footnote's translation of it
            title_line, title_col = footnote.title_line, footnote.title_col
        if title_line is not None:  # the title on a line of its own under the header
            sections["title"] = Section("title", title, _lang(title), title_line.number, title_line.number,
                                        title_line.offset + title_col)
        authors: list[str] = []
        categories: list[str] = list(footnote.categories) if footnote is not None else []
        if link is not None and "`" in (link.group("after") or ""):  # "[Title](URL)  `arXiv:ID`  `cs.CV` `cs.AI`"
            categories += [code for code in _CODE_SPAN.findall(link.group("after")) if _ARXIV_CATEGORY.fullmatch(code)]
        fields: list[tuple[str, list[_Line], str]] = []  # (key, lines, first text)
        # (key, lines, texts); a field opened by a heading ("### Abstract") has no lines until its text comes
        open_field: tuple[str, list[_Line], list[str]] | None = None
        seen_key = False
        seen_field = False  # a key that opens a field (not the category lines an author line may follow)
        in_fence = False
        after_blank = False  # a blank line came after the open field's text
        under_heading: tuple[str, list[_Line], list[str]] | None = None  # the field a key heading opened
        unlabelled: tuple[list[_Line], list[str]] = ([], [])  # prose lines before any field, and their texts
        # a paragraph without a label after the paper's data (authors, categories, links) and before its text fields,
        # where an arXiv listing has the abstract: the abstract, or its translation
        data_only = True  # no field but the authors opened yet
        after_data: tuple[list[_Line], list[str]] = ([], [])
        parts = 0  # numbered parts opened (see _BARE_PART)

        def close() -> None:
            nonlocal open_field
            if open_field is not None and open_field[1]:  # a heading with no text under it labels nothing
                fields.append((open_field[0], open_field[1], "\n".join(open_field[2])))
            open_field = None

        for line in lines[header_lines:]:
            if footnote is not None and line.number in footnote.read_lines:  # its title, id and link: read above
                continue
            if title_line is not None and footnote is None and line.number == title_line.number:
                continue  # "Title: ...": read as the paper's title
            if line.number == link_line:  # the paper's own link, read as its id
                if not authors and (with_id := _AUTHORS_WITH_ID.match(line.text)) is not None:
                    authors = split_authors(_fold(_clean_inline(with_id.group("authors"))))  # "**A, B — arXiv:ID**"
                elif not authors:
                    authors = _data_line_authors(line.text)  # "时间：2021年11月15日     第一作者：A     [链接](URL)."
                continue
            text = line.text
            stripped = text.strip()
            if stripped == ">" and not in_fence:
                stripped = ""  # an empty line of a quote ("> **作者:** A; B", ">", "> **备注:** ..."): a blank line
            if stripped[:1] in _FENCE_LEADS and _FENCE.match(text):
                in_fence = not in_fence
                continue
            if in_fence:  # code: part of the field it is in, never a key or a heading
                if open_field is not None and stripped:
                    open_field[1].append(line)
                    open_field[2].append(stripped)
                continue
            if not stripped:
                after_blank = open_field is not None
                data_only = data_only and not after_data[0]  # the paragraph after the data ends
                continue
            if open_field is not None and open_field[0] in _NUMBERED_PARTS and stripped[0] == "<" \
                    and not _strip_tags(stripped):
                continue  # '<div markdown="1">', "</div>": markup around the parts, no text of theirs
            if stripped[0] == "<" and (summary := _SUMMARY_TAG.match(stripped)):
                data_only = False
                inner, after = summary.group("inner").strip("*_ "), summary.group("after")
                if inner.lower() in _KEYS:
                    text = stripped = f"{inner}: {after}"
                elif _KEY_LINE.match(inner) or not after:
                    text = stripped = f"{inner} {after}".strip() or stripped
                elif _DETAILS_CLOSED.search(after) and not _KEY_LINE.match(after):
                    close()  # "<details><summary>邮件日期</summary> 2021年11月16日</details>": no field's, not read
                    log.debug("%s:%d: details of a summary no section holds; not read", name, line.number)
                    continue
                else:  # "<summary>Details</summary>Motivation: x"
                    text = stripped = after
            if "<" in stripped[:3] and (untagged := _strip_tags(stripped)) != stripped and \
                    _KEY_LINE.match(untagged):
                # "<p><b>Abstract:</b> We ...</p>", "**<font color=#1a73e8>作者：</font>** A, B"
                text = stripped = untagged
            # The line tried against each pattern once, and only when it opens as the pattern's matches do (a key
            # line needs its colon, or a "|" in a table): most lines are prose.
            lead = stripped.lstrip()[:1]  # (text opens the same way)
            key_heading = _KEY_HEADING.match(text) if lead == "#" else None
            structural = _STRUCTURAL.match(stripped) if lead in _STRUCTURAL_LEADS else None
            # (a part label of the open field is no field: "Background:" in a structured abstract, see _field_label)
            key_line = _field_label(text, open_field) if _may_be_key_line(text) else None
            if after_blank:
                after_blank = False
                # (a label with no text yet keeps the paragraph after it: "**Abstract**", "", "Objective: ...")
                if key_line or key_heading or structural or (
                        open_field is not None and open_field is under_heading and _SUB_HEADING.match(stripped)):
                    # ("### 📊 实验结果", "**客观指标**:", ..., "", "**主观评估**:": a section under a heading of its own
                    # goes on over the bold labels of its parts, up to the next field)
                    if key_line or key_heading or structural:
                        close()
                elif (_NOT_PROSE.match(stripped) and open_field is not None and any(open_field[2])) \
                        or (_may_open_bold_label(lead) and _OTHER_BOLD_LABEL.match(stripped)):
                    close()
            if lead.isdigit() and (part := _BARE_PART.match(stripped)) is not None and \
                    int(part.group("n")) == parts + 1 and (open_field is None or parts):
                close()  # "1)", "2) **论文核心方法如何解决上述问题**": a part of the digest's reading
                parts += 1
                data_only = False
                open_field = (f"part {parts}", [], [])
                continue
            if open_field is not None and open_field[0] in _NUMBERED_PARTS and not open_field[1] and \
                    _may_open_bold_label(lead) and _OTHER_BOLD_LABEL.match(stripped):
                continue  # "1)", "**研究背景与既有方法的问题**": the part's label
            in_part = open_field is not None and open_field[0] in _NUMBERED_PARTS
            if heading := key_heading or (_KEY_BOLD_LABEL.match(text) if _may_open_bold_label(lead) and not in_part
                                          else None):
                close()
                seen_key = True
                key = _KEYS[heading.group("key").lower()]
                data_only = data_only and key == "authors"
                rest = (heading.groupdict().get("rest") or "").strip()
                if key in ("main_category", "categories") and rest:
                    categories += _split_categories(rest.strip("*"))
                    continue
                open_field = (key, [line], [rest]) if rest else (key, [], [])
                under_heading = open_field if key_heading else None
                continue
            if structural:
                close()
                data_only = False
                if cats := _CATEGORIES_INLINE.search(stripped):
                    categories += [c.strip() for c in cats.group("cats").split(",") if c.strip()]
                continue
            # An indented "Results:" inside a structured abstract is content, not a new field.
            key_match = None if (open_field is not None and text[:1].isspace()) else key_line
            if key_match:
                close()
                seen_key = True
                key = _KEYS[key_match.group("key").lower()]
                rest = key_match.group("rest")
                if key == "main_category":
                    value = _category_name(_clean_inline(rest.strip().strip("*").strip()))
                    if value and not is_placeholder(value):
                        categories.insert(0, value)
                    seen_key = seen_field
                    continue
                if key == "categories":
                    categories += _split_categories(rest.strip().strip("*"))
                    seen_key = seen_field
                    continue
                seen_field = True
                data_only = data_only and key == "authors"
                open_field = (key, [line], [rest])
                continue
            if open_field is not None and open_field[1] and lead in "-*+" and open_field[0] not in _NUMBERED_PARTS and \
                    (item := _LABELLED_ITEM.match(text)) is not None and \
                    (opener := _LABELLED_ITEM.match(open_field[1][0].text)) is not None and \
                    item.group("indent") == opener.group("indent") and _KEY_LINE.match(open_field[1][0].text):
                close()  # "- **作者**：A, B", "- **评分**：71/100": a bullet of a label no section holds
                log.debug("%s:%d: bullet of a label no section holds; not read", name, line.number)
                continue
            if (head.plain or head.unlinked) and not authors and not seen_key and open_field is None and \
                    not unlabelled[0] and _NAMES_LINE.match(stripped):
                authors = split_authors(_fold(stripped))  # "[32]. [*Title*](URL)", "A, B", then its abstract
                continue
            if not authors and not seen_key and stripped.startswith("*") and open_field is None \
                    and " | " not in stripped and (data := _data_parts(stripped)) is not None:
                authors, line_categories = data  # "**中文标题**　｜　**A, B**　|　gr-qc · hep-th　|　相关度 **7.0**"
                categories += line_categories
                continue
            if not authors and not seen_key and open_field is None and (stripped.startswith("*") or _ITALIC_LINE.match(
                    stripped)) and not _OTHER_BOLD_KEY.match(stripped):  # "**ArXiv ID:** 2513.00001" names no authors
                author_text, _, trailer = stripped.partition(" | ")  # ("_A, B, et al._": in italics with "_")
                if ":" in author_text and (with_id := _AUTHORS_WITH_ID.match(author_text)) is not None:
                    author_text = with_id.group("authors")  # "**A, B — arXiv:ID**": the id is no author
                authors = split_authors(_fold(_clean_inline(author_text.strip(stripped[0]).strip())))
                if trailer and (m := _KEY_LINE.match(trailer)) and _KEYS[m.group("key").lower()] == "main_category":
                    value = m.group("rest").strip().strip("*").strip()
                    if value and not is_placeholder(value):
                        categories.insert(0, value)
                continue
            if not seen_key and stripped.startswith(">"):
                continue  # translated title "> *...*"
            if open_field is not None:
                open_field[1].append(line)
                open_field[2].append(stripped)
            elif seen_field and (label := _UNREAD_LABEL.match(stripped)) is not None:
                # "Data: 数据来源于JWST ...": prose under a label no section holds is lost; say so (not of the
                # digest's own filing of the paper, which says nothing of the paper)
                if (label_text := label.group(1) or label.group(2)).lower() in _FILING_LABELS:
                    log.debug("%s:%d: the digest's '%s' not read", name, line.number, label_text)
                else:
                    self.report.warn(name, line.number, f"'{label_text}' field not read (no section holds it)",
                                     pid.id)
            elif data_only and seen_field and not _NOT_PROSE.match(stripped) and not _LIST_ITEM.match(stripped):
                after_data[0].append(line)  # "- **Authors**: A, B", "- **Categories**: cs.SD", "", a paragraph
                after_data[1].append(stripped)
            elif not seen_key and lead in "-*+" and (listed := _LISTED_CATEGORIES.match(stripped)) is not None:
                categories += _ARXIV_LIST_LINK.findall(listed.group())  # "- [cs.LG](https://arxiv.org/list/cs.LG/recent)"
            elif not seen_key and lead in "-*+" and _SOCIAL_COUNTS.match(stripped):
                continue  # "- retweets: 535, favorites: 166 (01/14/2022 11:10:50)": how the paper was shared
            elif not seen_key and lead in "-*+" and (filed := _FILING_ITEM.match(stripped)) is not None and \
                    filed.group(1).strip().lower() in _FILING_LABELS:
                continue  # "- **相关性评分**: ⭐⭐⭐⭐⭐ (10/10)": the digest's rating of the paper, before its fields
            elif not seen_key and not _NOT_PROSE.match(stripped):
                unlabelled[0].append(line)  # prose before any field: the paper's summary when no field is one
                unlabelled[1].append(stripped)
            else:
                log.debug("%s:%d: line outside any field ignored", name, line.number)
        close()
        if parts:  # the parts of the digest's reading: as sections when they are three or more, else not read
            fields = [(_NUMBERED_PARTS.get(key, key), field_lines, raw) for key, field_lines, raw in fields
                      if key not in _NUMBERED_PARTS or parts >= 3]
        if after_data[0] and not any(key in ("abstract", "abstract_translation") for key, _, _ in fields):
            paragraph = "\n".join(after_data[1])
            key = "abstract" if _lang(paragraph) == "en" else "abstract_translation"
            fields.append((key, after_data[0], paragraph))
        if unlabelled[0] and _ORNAMENTED_SUMMARY.match(unlabelled[1][0]) and len(unlabelled[0]) == 1 and \
                not any(key == "tldr" for key, _, _ in fields):
            # "💡 该文...", then "**速览**" and its paragraphs: the one line is the digest's summary in a sentence
            sentence = _ORNAMENTED_SUMMARY.sub(lambda m: m.group()[-1], unlabelled[1][0])  # without the ornament
            fields.insert(0, ("tldr", unlabelled[0], sentence))
        elif unlabelled[0] and not any(key in _SUMMARY_KEYS for key, _, _ in fields):
            if footnote is not None:  # a summary, the abstract's translation and the abstract, told by language
                fields[:0] = _footnote_fields(*unlabelled)
            else:
                # a layout that writes its summary of the paper as paragraphs without a label, the labelled fields
                # (background, comments) after them: the digest's summary, as a "Summary:" label gives
                fields.insert(0, ("tldr", unlabelled[0], "\n".join(unlabelled[1])))

        for key, field_lines, raw_text in fields:
            if key in ("authors",):
                authors = authors or _field_authors(raw_text)
                continue
            if key == "affiliations":
                continue  # institutions: no section's text
            parts = [part.strip() for part in raw_text.split("\n")]
            if all(part.startswith("> ") or part == ">" for part in parts if part):
                parts = [part[1:].strip() for part in parts]  # "**摘要：**", "> Multimodal ...": a field quoted
            joined = _strip_tags(" ".join(parts))
            text = html.unescape(joined)
            if "**" in text:
                text = _BOLD_SPAN.sub(r"\1", text)
            text = _fold(_strip_latex_formatting(text.strip().strip("*").strip()))
            if _LINK_ONLY.match(text):
                # "**Abstract**: [arXiv](https://arxiv.org/abs/...)": a link to the text, which may follow as a field
                log.debug("%s:%d: '%s' field holds only a link; not read", name, field_lines[0].number, key)
                continue
            if key == "abstract" and key in sections and sections[key].lang != "en" and _lang(text) == "en" and \
                    "abstract_translation" not in sections:
                # "## 摘要：…" then "<summary>英文摘要</summary> …": the English abstract is the paper's, the other
                # its translation
                sections["abstract_translation"] = replace(sections.pop(key), name="abstract_translation")
            if key in sections:
                self.report.warn(name, field_lines[0].number, f"second '{key}' field in one paper; kept the first", pid.id)
                continue
            if len(text) > MAX_SECTION_CHARS:
                self.report.warn(name, field_lines[0].number, f"'{key}' field of {len(text):,} characters cut to "
                                 f"{MAX_SECTION_CHARS:,} (is it a table or log pasted into the digest?)", pid.id)
                text = text[:MAX_SECTION_CHARS]
            # The text may start on a line after its label ("**Abstract:**", "", "We ...").
            first_text = next((part for part in raw_text.split("\n") if part), "")[:20]
            text_line = next((ln for ln in field_lines if first_text in ln.text), field_lines[0])
            value_col = text_line.text.find(first_text) if first_text else -1
            sections[key] = Section(
                name=key,
                text=text,
                lang=_lang(text),
                line_start=field_lines[0].number,
                line_end=field_lines[-1].number,
                char_start=text_line.offset + max(value_col, 0),
                placeholder=is_placeholder(text),
                wrapped=len(field_lines) > 1,
            )

        # the heading the block is under, unless it names no arXiv category while the paper's own line does (a
        # digest's grouping, "## 明确披露 AI 使用", is no category)
        if block.category and block.category not in categories and (
                _ARXIV_CATEGORY.search(block.category) or not any(map(_ARXIV_CATEGORY.search, categories))):
            categories.append(block.category)
        categories = list(dict.fromkeys(c for c in categories if c))
        if not authors:
            self._no_authors.append(Issue(name, first_line, "no author line", pid.id))  # reported with the file's others
        if "abstract" not in sections and "abstract_translation" not in sections:  # reported with the file's others
            self._no_abstract.append(Issue(name, first_line, "no abstract (truncated or malformed block)", pid.id))
        if pid.scheme == "url":
            log.debug("%s:%d: not an arXiv or DOI link (%s); id %s made from the URL", name, first_line, url, pid.id)
        return Paper(
            id=pid.id,
            id_scheme=pid.scheme,
            version=pid.version,
            url=url,
            title=title,
            authors=authors,
            categories=categories,
            sections=sections,
            number=number,
            provenance=Provenance(name, first_line, last_line, path.stem, date),
        )


def read_digests(paths: Iterable[str | Path], report: ReadReport | None = None,
                 known_ids: set[str] | None = None) -> Iterator[Paper]:
    """Read digest files one after another, streaming; duplicates across files become one record.

    >>> papers = list(read_digests(["examples/seed-cs.CV-digest.md"]))  # doctest: +SKIP
    """
    reader = DigestReader(report, known_ids=known_ids)
    for path in paths:
        yield from reader.read_file(path)
