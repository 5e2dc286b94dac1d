"""The fifth round's fast paths of entity extraction give the answers of the code they replace (the oracles)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.cues import SectionCues, matching_cues, sentence_bounds

from .test_fast_paths import _real_candidates

# Cue words, names, and every kind of blank (the left window's last word is cut at blanks other than the space too).
_CONTEXT_TEXT = st.lists(st.sampled_from(
    ["dataset", "Datasets", "benchmark", "on", " ", " ", "\t", "\n", "\u3000", "\xa0", ", ", "the ", "set", "test",
     "trained on ", "fine-tuned", "outperforms ", "vs. ", "based on ", "using ", "model", "s", "X1", "Foo-2", "在", "上",
     "优于", "基于", "数据集", "中", "(", ")", "12.5", "%", "score", "metrics such as ", "in terms of ", "ſ", "K", ".",
     "evaluated on the ", "and ", "、"]), max_size=30).map("".join)


def _context_oracle(cues: SectionCues, text: str, start: int, end: int) -> tuple:
    """What :meth:`SectionCues.context` gave before: sentence bounds, windows, then :func:`matching_cues`."""
    s_start, s_end = sentence_bounds(text, start, end)
    left_start, right_end = max(s_start, start - 120), min(s_end, end + 60)
    assert cues.bounds(start, end) == (s_start, s_end) and cues.windows(start, end) == (left_start, right_end)
    hits = matching_cues(text[left_start:start], text[end:right_end])
    return s_start, s_end, left_start, right_end, [c.name for c in hits]


def _context(cues: SectionCues, start: int, end: int) -> tuple:
    *bounds, hits = cues.context(start, end)
    return (*bounds, [c.name for c in hits])


def test_context_equals_bounds_windows_and_matching_cues_in_the_real_digests() -> None:
    matched = 0
    cues: SectionCues | None = None
    for text, start, end in _real_candidates():
        if cues is None or cues.text is not text:
            cues = SectionCues(text)
        found = _context(cues, start, end)
        assert found == _context_oracle(cues, text, start, end), text[max(0, start - 120):end + 60]
        matched += bool(found[-1])
    assert matched > 500


@given(_CONTEXT_TEXT, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=12))
@settings(max_examples=800, deadline=None)
def test_context_equals_bounds_windows_and_matching_cues_in_generated_text(text: str, cut: int, size: int) -> None:
    start = min(cut, len(text))
    end = min(start + size, len(text))
    cues = SectionCues(text)
    assert _context(cues, start, end) == _context_oracle(cues, text, start, end)
