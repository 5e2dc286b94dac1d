"""The fast paths of the task, result, relation and code-link rules give the answers of the code they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.code import _CODE_HOST_URL_LOWER, _CODE_HOSTS, code_host_matches
from kg.extract.cues import lowered_for_scan
from kg.extract.relations import _CUE, cue_spans
from kg.extract.tasks import (
    _HEAD_RE, _TASK_PHRASE, _TASK_PHRASE_GAP, _TITLE_OF, _TITLE_OF_GAP, _gap_matches, head_spans,
)

from .test_fast_paths import _real_section_texts

# Head words, boundaries of every kind (hyphens, non-word ASCII, start and end), method nouns after a head, and the
# non-ASCII characters that send a text down the slow path.
_HEAD_PARTS = ["detection", "Segmentation", "DETECTION", "estimation", "super-resolution", "analysis", " ", " ", "  ",
               "-", "_", "(", ",", ".", "/", "\n", "\t", "networks", " network", " models", "multi-", "object ", "x1 ",
               "Image ", "re", "s", "9", "`", "{", "~"]
_HEAD_TEXT_ASCII = st.lists(st.sampled_from(_HEAD_PARTS), max_size=25).map("".join)
_HEAD_TEXT = st.lists(st.sampled_from(_HEAD_PARTS + ["\u2010", "é", "ı", "ſ", "K", "İ", "上"]), max_size=25).map("".join)


def _head_regex_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _HEAD_RE.finditer(text)]


def test_head_spans_equal_the_head_regex_on_the_digests() -> None:
    for text in _real_section_texts():
        assert head_spans(text) == _head_regex_spans(text), text


@given(_HEAD_TEXT_ASCII)
@settings(max_examples=800, deadline=None)
def test_head_spans_equal_the_head_regex_on_ascii_text(text: str) -> None:
    assert head_spans(text) == _head_regex_spans(text)


@given(_HEAD_TEXT)
@settings(max_examples=400, deadline=None)
def test_head_spans_equal_the_head_regex_on_any_text(text: str) -> None:
    assert head_spans(text) == _head_regex_spans(text)


def test_every_ascii_non_word_character_opens_a_head_scan() -> None:
    for code in range(128):
        char = chr(code)
        text = f"{char}detection"
        assert head_spans(text) == _head_regex_spans(text), repr(char)


_GAP_PATTERNS = [(_TASK_PHRASE, _TASK_PHRASE_GAP), (_TITLE_OF, _TITLE_OF_GAP)]


def _group_spans(matches) -> list[tuple]:
    return [tuple(m.span(g) for g in range(1, m.re.groups + 1)) for m in matches]


def test_gap_matches_equal_their_pattern_on_the_digests() -> None:
    for text in _real_section_texts():
        for pattern, gap in _GAP_PATTERNS:
            assert _group_spans(_gap_matches(pattern, gap, text)) == _group_spans(pattern.finditer(text)), text


_TITLE_PARTS = _HEAD_PARTS + ["Analysis of ", "Detection of the ", "of ", "Deep ", "OF ", "Graphic Charts", "the ",
                              "for ", "A", "3D"]


@given(st.lists(st.sampled_from(_TITLE_PARTS), max_size=20).map("".join))
@settings(max_examples=800, deadline=None)
def test_gap_matches_equal_their_pattern_on_ascii_text(text: str) -> None:
    for pattern, gap in _GAP_PATTERNS:
        assert _group_spans(_gap_matches(pattern, gap, text)) == _group_spans(pattern.finditer(text))


@given(st.lists(st.sampled_from(_TITLE_PARTS + ["ſ", "K", "İ", "上", "é"]), max_size=20).map("".join))
@settings(max_examples=300, deadline=None)
def test_gap_matches_equal_their_pattern_on_any_text(text: str) -> None:
    for pattern, gap in _GAP_PATTERNS:
        assert _group_spans(_gap_matches(pattern, gap, text)) == _group_spans(pattern.finditer(text))


def _host_spans(lowered: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CODE_HOST_URL_LOWER.finditer(lowered)]


def test_code_host_matches_equal_the_scan_on_the_digests() -> None:
    checked = 0
    for text in _real_section_texts():
        lowered = lowered_for_scan(text)
        if lowered is not None:
            checked += bool(_host_spans(lowered))
            assert [m.span() for m in code_host_matches(lowered)] == _host_spans(lowered), text
    assert checked > 20  # the digests hold code links


# Every code host (and pieces of them), schemes, "www.", URL characters and breaks.
_HOSTS = ["github.com", "gitlab.com", "gitlab.", "gitlab.x.y", "huggingface.co", "hf.co", "bitbucket.org", "zenodo.org",
          "codeberg.org", "sourceforge.net", "kaggle.com", "colab.research.google.com", "modelscope.cn", "gitee.com",
          "github", "hf.", ".co", "git"]
_URL_PARTS = _HOSTS + ["https://", "http://", "www.", "www", "/", "user", "-", ".", " ", "\n", "a", "代码", "）", "{"]


@given(st.lists(st.sampled_from(_URL_PARTS), max_size=20).map("".join))
@settings(max_examples=1500, deadline=None)
def test_code_host_matches_equal_the_scan_on_generated_text(text: str) -> None:
    assert [m.span() for m in code_host_matches(text)] == _host_spans(text)


def test_every_code_host_is_found_alone() -> None:
    for host in _CODE_HOSTS.replace("\\", "").replace("[a-z.]+", "x").split("|"):
        for text in (host + "/a", "https://www." + host + "/a b " + host):
            assert [m.span() for m in code_host_matches(text)] == _host_spans(text) != [], text


def _cue_regex_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _CUE.finditer(text)]


def _lower_cue_spans(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, cue.lower()) for start, end, cue in cue_spans(text)]


def test_cue_spans_equal_the_cue_regex_on_the_digests() -> None:
    found = 0
    for text in _real_section_texts():
        spans = _cue_regex_spans(text)
        found += len(spans)
        assert _lower_cue_spans(text) == spans, text
    assert found > 100


_COMPARE_PARTS = ["Outperforms", "outperform", "SURPASSES", "is superior to", "are  superior\nto", "Better Than",
                  "gains over", "improvements of the baseline over", "compared with", "against", "relative to", "beat",
                  "exceeded", "相比", "较", "比较", "优于", " ", "\n", "X", "-", "(", ",", ".", "_", "9", "of a", "ed",
                  "s"]


@given(st.lists(st.sampled_from(_COMPARE_PARTS), max_size=20).map("".join))
@settings(max_examples=1000, deadline=None)
def test_cue_spans_equal_the_cue_regex_on_generated_text(text: str) -> None:
    assert _lower_cue_spans(text) == _cue_regex_spans(text)


@given(st.lists(st.sampled_from(_COMPARE_PARTS + ["ſ", "K", "İ", "ı", "é"]), max_size=20).map("".join))
@settings(max_examples=400, deadline=None)
def test_cue_spans_equal_the_cue_regex_on_any_text(text: str) -> None:
    assert _lower_cue_spans(text) == _cue_regex_spans(text)


def test_every_ascii_non_word_character_opens_a_cue_scan() -> None:
    for code in range(128):
        text = f"x{chr(code)}outperforms y"
        assert _lower_cue_spans(text) == _cue_regex_spans(text), repr(chr(code))
