"""Code, project and data links (issue 3)."""

from __future__ import annotations

import pytest

from kg.extract.code import extract_code

from .test_results import make_paper


@pytest.mark.parametrize("text, expected", [
    ("Code is available at https://github.com/lchen1019/Align-TI.", ["https://github.com/lchen1019/Align-TI"]),
    ("Our related code is available at github.com/BzhangURU/Paper_WeakSupCon_for_MIL",
     ["github.com/BzhangURU/Paper_WeakSupCon_for_MIL"]),
    ("Code: https://github.com/inclusionAI/UI-Venus; Model: https://huggingface.co/collections/inclusionAI/ui-venus",
     ["https://github.com/inclusionAI/UI-Venus", "https://huggingface.co/collections/inclusionAI/ui-venus"]),
    ("Project page: \\href{https://vla-adp.github.io/}{ADP.com}.", ["https://vla-adp.github.io/"]),
    ("Code at \\url{https://github.com/SPIN-UMass/VidStamp}.", ["https://github.com/SPIN-UMass/VidStamp"]),
    ("Code and data are released at https://gitlab.example.org/lab/tool (see README).",
     ["https://gitlab.example.org/lab/tool"]),
    ("项目代码已开源：https://github.com/a/b。", ["https://github.com/a/b"]),
    ("See https://example.com/blog/post for background.", []),  # no code cue, not a code host
    ("Building on https://arxiv.org/abs/2401.00001, code is on GitHub.com.", []),
    # a scheme split by PDF extraction: the link from its host on
    ("A demo is available at https: //sjgerstner.github.io/gluscope.", ["sjgerstner.github.io/gluscope"]),
    # a placeholder for the address: the host alone is no link (a project page is one)
    ("代码：提供了 GitHub 链接（`https://github.com/...`，具体地址需从原文获取）。", []),
    ("Code will be at https://github.com/ soon; demo: https://lab.github.io/", ["https://lab.github.io/"]),
])
def test_code_links(text: str, expected: list[str]) -> None:
    urls, _ = extract_code(make_paper(abstract=text))
    assert urls == expected


def test_each_link_once_with_evidence_quoting_it() -> None:
    paper = make_paper(abstract="Code: https://github.com/a/b.", result="代码见 https://github.com/a/b")
    urls, evidence = extract_code(paper)
    assert urls == ["https://github.com/a/b"]
    ev = evidence[0]
    assert paper.sections[ev.section].text[ev.start:ev.end] == urls[0]
    assert urls[0] in ev.sentence
