"""The fast paths of the task, result, relation and code-link rules give the answers of the code they replace."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.code import _CODE_HOST_URL_LOWER, _CODE_HOSTS, code_host_matches
from kg.extract.cues import lowered_for_scan
from kg.extract import results
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


_END_TESTS = {
    "reference": (results._REFERENCE_BEFORE, results._REFERENCE_BEFORE_REV),
    "setting_ratio": (results._SETTING_RATIO_BEFORE, results._SETTING_RATIO_BEFORE_REV),
    "hyperparameter": (results._HYPERPARAMETER_BEFORE, results._HYPERPARAMETER_BEFORE_REV),
    "name_before_value": (results._NAME_BEFORE_VALUE, results._NAME_BEFORE_VALUE_REV),
}


def _before_windows() -> list[str]:
    """The 60 characters before every value candidate of the real digests, and their last 30 (``close_before``)."""
    windows = []
    for text in _real_section_texts():
        for cand in results._candidates(text):
            before = results._words_before(text, cand.start)
            windows += [before, before[-30:]]
    return windows


@pytest.mark.parametrize("name", sorted(_END_TESTS))
def test_reversed_end_patterns_equal_their_search_on_the_digests(name: str) -> None:
    pattern, reversed_pattern = _END_TESTS[name]
    hits = 0
    for before in _before_windows():
        found = pattern.search(before) is not None
        hits += found
        assert results._ends_like(reversed_pattern, before) == found, before
    assert hits > 0 or name == "setting_ratio"


# Every word of the four patterns, pieces of them, blanks, "$", separators, and text around them.
_BEFORE_PARTS = ["Table", "Fig.", "Fig", "Figure", "Sec.", "Eq", "Eq.", "Version", "v", "top", "Top", "rank", "k", "N",
                 "n", "mask", "masking", "drop", "dropout", "train", "training", "sampling", "noise", "split", "ratio",
                 "rate", "level", "learning", "weight", "coefficient of", "temperature", "size", "length", "set to",
                 "to", "of", "is", "was", "were", "reaches", "achieved", "only", "about", "up to", "over", "为", "达到",
                 "达", "准确率", "AUC", "F1", "mAP@0.5", ")", "(", "$", "=", ":", "：", "-", " ", "  ", "\n", "\t", ",",
                 ".", "x", "9", "_", "é", "ſ", "K"]


@pytest.mark.parametrize("name", sorted(_END_TESTS))
@given(before=st.lists(st.sampled_from(_BEFORE_PARTS), max_size=12).map("".join))
@settings(max_examples=1500, deadline=None)
def test_reversed_end_patterns_equal_their_search_on_generated_text(name: str, before: str) -> None:
    pattern, reversed_pattern = _END_TESTS[name]
    assert results._ends_like(reversed_pattern, before) == (pattern.search(before) is not None)


def test_str_blanks_are_the_blanks_of_re() -> None:
    # citation and deviation tests strip with str.rstrip where the patterns they replace use \s*$
    blank = re.compile(r"\s")
    assert all(chr(c).isspace() == bool(blank.match(chr(c))) for c in range(sys.maxunicode + 1))


@given(st.lists(st.sampled_from(["(", "[", " ", "\n", "$", "\\pm", "±", "+/-", "+", "/", "-", "x", "1", "é"]),
                max_size=10).map("".join))
@settings(max_examples=1500, deadline=None)
def test_citation_and_deviation_tests_equal_their_patterns(before: str) -> None:
    stripped = before.rstrip()
    last = stripped[-1:]
    assert (last in ("[", "(")) == bool(re.search(r"[\[(]\s*$", before))
    deviation = stripped.endswith(results._PLUS_MINUS) or (
        last == "$" and stripped[:-1].rstrip().endswith(results._PLUS_MINUS))
    assert deviation == bool(re.search(r"(?:\\pm|±|\+/-)\s*\$?\s*$", before))


def test_self_reference_equals_its_pattern_on_the_digests() -> None:
    for text in _real_section_texts():
        for sentence in re.split(r"(?<=[.;。])", text):
            assert results._self_reference(sentence) == bool(results._SELF_REFERENCE.search(sentence)), sentence


@given(st.lists(st.sampled_from(["our", "Our", "OUR", "we", "We", "proposed", "PROPOSED", "ours", "power", "weed",
                                 "本文", "所提", " ", "-", "_", "(", "9", "x", ".", "\n", "é", "ſ", "K"]),
                max_size=12).map("".join))
@settings(max_examples=1500, deadline=None)
def test_self_reference_equals_its_pattern_on_generated_text(sentence: str) -> None:
    assert results._self_reference(sentence) == bool(results._SELF_REFERENCE.search(sentence))


@pytest.mark.parametrize("name", sorted(_END_TESTS))
def test_reversed_end_patterns_equal_their_search_on_every_pair_of_parts(name: str) -> None:
    pattern, reversed_pattern = _END_TESTS[name]
    for first in _BEFORE_PARTS:
        for second in _BEFORE_PARTS:
            for end in ("", " ", "$", "$\n", " $\n", "\n"):
                before = first + " " + second + end
                assert results._ends_like(reversed_pattern, before) == (pattern.search(before) is not None), before


def test_has_digit_equals_the_digit_search_on_the_digests() -> None:
    for text in _real_section_texts():
        assert results._has_digit(text) == (results._DIGIT.search(text) is not None)


@given(st.text(alphabet=st.sampled_from(list("ab .上é9\n") + ["\u0663", "\uff10", "\u00b2", "\u2460"]), max_size=12))
@settings(max_examples=800, deadline=None)
def test_has_digit_equals_the_digit_search_on_generated_text(text: str) -> None:
    assert results._has_digit(text) == (results._DIGIT.search(text) is not None)
