"""The speed-ups of the extraction stage give the answers of the plain spaCy / regex code they replace."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import cues, relations, results, spacy_pipeline, tokenizer
from kg.extract.code import _ANY_URL, _HOST_URL, may_hold_link, url_matches
from kg.extract.cues import CUES, PROPOSE, SectionCues, lowered_for_scan, matching_cues, propose_spans, sentence_bounds
from kg.extract.relations import _CUE, _CUE_LOWER
from kg.extract.spacy_pipeline import (
    _SENTENCE_START, _WORDS_BEFORE, _pattern_keys, at_sentence_start, build_nlp, find_abbreviations, find_names, words_before,
)
from kg.extract.lexicons import load_lexicons
from kg.extract.results import _name_pattern, name_positions
from kg.extract.tasks import _BEFORE_HEAD, _HEAD_RE, _head_matches, words_before_head
from kg.readers import read_digests

from ..conftest import SEED, shared_digests

@lru_cache(maxsize=1)
def _real_section_texts() -> tuple[str, ...]:
    """The usable section texts of the seed and the six shared digests, read once for every test here."""
    return tuple(s.text for p in read_digests([SEED, *shared_digests()]) for s in p.usable_sections())


def _real_candidates() -> Iterator[tuple[str, int, int]]:
    """(section text, start, end) of every lexicon match and name candidate of the real digests."""
    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon_matcher")
    for text in _real_section_texts():
        doc = nlp.make_doc(text)
        for start, end, *_ in [*lexicon.find(doc), *find_names(doc)]:
            yield text, start, end


# Text made of the characters that matter to the rules: letters, digits, blanks, breaks, quotes, brackets, CJK.
_CHARS = st.sampled_from(list("aB3 .\n\t!?:;\"“()（）-。；上X") + ["  ", "ViT-B/16", "SAM 3D", "(ECE)", "Error"])
_TEXT = st.lists(_CHARS, max_size=40).map("".join)


@given(_TEXT, st.integers(min_value=0, max_value=200))
@settings(max_examples=400, deadline=None)
def test_sentence_start_matches_the_regex(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert at_sentence_start(text, pos) == bool(_SENTENCE_START.search(text, 0, pos))


def test_offset_interface_agrees_with_spacy_on_the_seed() -> None:
    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon_matcher")
    papers = list(read_digests([SEED]))[:30]
    for section in (s for p in papers for s in p.usable_sections()):
        doc = nlp.make_doc(section.text)
        spans = [*lexicon.exact(doc, as_spans=True), *lexicon.lower(doc, as_spans=True)]
        assert [(s, e, label) for s, e, label, _ in lexicon.find(doc)] == [
            (span.start_char, span.end_char, span.label_) for span in spans]
        for start, end, _ in find_names(doc):
            assert doc.char_span(start, end) is not None
        for short_start, short_end, long_start, long_end in find_abbreviations(doc):
            assert doc.char_span(short_start, short_end) is not None and doc.char_span(long_start, long_end) is not None


def _cue_misses(text: str, start: int, end: int) -> list[str]:
    """Cues whose regex matches a window around ``[start, end)`` but that :func:`matching_cues` left out."""
    left, right = text[max(0, start - 120):start], text[end:end + 60]
    every = [c.name for c in CUES if c.pattern.search(left if c.side == "left" else right)]
    return sorted(set(every) - {c.name for c in matching_cues(left, right)})


def test_cue_needs_cover_every_match_in_the_real_digests() -> None:
    hits = 0
    for text, start, end in _real_candidates():
        assert _cue_misses(text, start, end) == [], (text[max(0, start - 120):end + 60])
        hits += 1
    assert hits > 1000


_CUE_TEXT = st.lists(st.sampled_from(
    ["dataset", "Datasets", "benchmark", "on", " ", " ", ", ", "the ", "set", "test", "bed", "trained on ", "fine-tuned",
     "outperforms ", "vs. ", "based on ", "model", "s", "X1", "Foo-2", "在", "上", "优于", "基于", "数据集", "中", "(", ")",
     "12.5", "%", "score", "metrics such as ", "in terms of ", "ſ", "K", "."]), max_size=30).map("".join)


@given(_CUE_TEXT, st.integers(min_value=0, max_value=120))
@settings(max_examples=500, deadline=None)
def test_cue_needs_cover_every_match_in_generated_text(text: str, cut: int) -> None:
    cut = min(cut, len(text))
    assert _cue_misses(text, cut, cut) == []


def _section_cue_names(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Cue names from :class:`SectionCues` and from :func:`matching_cues` on the same windows (the oracle)."""
    cues = SectionCues(text)
    left_start, right_end = cues.windows(start, end)
    s_start, s_end = sentence_bounds(text, start, end)
    assert (left_start, right_end) == (max(s_start, start - 120), min(s_end, end + 60))
    oracle = matching_cues(text[left_start:start], text[end:right_end])
    return [c.name for c in cues.matching(start, end, left_start, right_end)], [c.name for c in oracle]


def test_section_cues_equal_matching_cues_in_the_real_digests() -> None:
    matched = 0
    for text, start, end in _real_candidates():
        found, oracle = _section_cue_names(text, start, end)
        assert found == oracle, text[max(0, start - 120):end + 60]
        matched += bool(found)
    assert matched > 500


@given(_CUE_TEXT, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=12))
@settings(max_examples=500, deadline=None)
def test_section_cues_equal_matching_cues_in_generated_text(text: str, cut: int, size: int) -> None:
    start = min(cut, len(text))
    end = min(start + size, len(text))
    found, oracle = _section_cue_names(text, start, end)
    assert found == oracle


_WORDS_TEXT = st.lists(st.sampled_from(list("aZ9_'’-(,. \n\t上é") + ["  ", "Error ", "x1 ", "-a"]), max_size=60).map("".join)


@given(_WORDS_TEXT, st.integers(min_value=0, max_value=30))
@settings(max_examples=600, deadline=None)
def test_words_before_matches_the_regex(text: str, start: int) -> None:
    start = min(start, len(text))
    found = _WORDS_BEFORE.search(text, start, len(text))
    assert words_before(text, start, len(text)) == (None if found is None else found.span(1))


def test_lexicon_patterns_tokenised_together_equal_one_by_one() -> None:
    nlp = build_nlp()
    lexicons = load_lexicons()
    texts = [e.text for group in (lexicons.datasets, lexicons.metrics, lexicons.methods, lexicons.tasks) for e in group]
    texts += ["a  b", "(ECE)", "Grad-CAM++", "mAP@0.5,", "在ScreenSpot-Pro上", "ImageNet"]  # odd shapes, a duplicate
    keys = _pattern_keys(nlp, texts)
    for text in texts:
        doc = nlp.make_doc(text)
        assert keys[text] == ([t.orth for t in doc], [t.lower for t in doc]), text


_NAME = st.sampled_from(["acc", "ViT", "mAP@0.5", "f1", "SAM 3D", "iou", "x-y", "数据", "é"])
_NAME_TEXT = st.lists(st.sampled_from(
    ["acc", "ACC", "Acc", "ViT", "vit", "mAP@0.5", "F1", "f1", "SAM 3D", "IoU", "x-y", "X-Y", "数据", "É", "-", "_", "a",
     "1", " ", ".", "ı", "ſ", "K", "İ", "-b"]), max_size=25).map("".join)


@given(_NAME, _NAME_TEXT)
@settings(max_examples=600, deadline=None)
def test_name_positions_match_the_regex(name: str, text: str) -> None:
    assert name_positions(name, text) == [m.start() for m in _name_pattern(name).finditer(text)]


_HEAD_TEXT = st.lists(st.sampled_from(
    ["detection", "Segmentation", "DETECTION", "estimation", " ", " ", "  ", "-", "\u2010", "object ", "x1 ", "(", ",",
     "networks", " network", "multi-", "é", "ı", "ſ", "K", "İ", "上", "\n", "Image "]), max_size=25).map("".join)


@given(_HEAD_TEXT)
@settings(max_examples=600, deadline=None)
def test_head_matches_equal_the_ignorecase_regex(text: str) -> None:
    assert [m.span() for m in _head_matches(text)] == [m.span() for m in _HEAD_RE.finditer(text)]


_BEFORE_HEAD_TEXT = st.lists(st.sampled_from(list("aZ9-\u2010\u2011 (,.\n上é_") + ["  ", "Image ", "x1 ", "-a "]),
                             max_size=40).map("".join)


@given(_BEFORE_HEAD_TEXT, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=40))
@settings(max_examples=800, deadline=None)
def test_words_before_head_matches_the_regex(text: str, start: int, end: int) -> None:
    end = min(end, len(text))
    start = min(start, end)
    found = _BEFORE_HEAD.search(text, start, end)
    assert words_before_head(text, start, end) == (None if found is None else found.start(1))


_PROPOSE_TEXT = st.lists(st.sampled_from(
    ["we ", "We ", "WE ", "this paper ", "The authors ", "our work ", "propose", "Proposes", "presents", "design", "d",
     "s", " ", "  ", ". ", "! ", "\n", "novel ", "x1 ", "提出", "了", "构建", "ı", "ſ", "K", "İ", "é", "-", "a"]),
    max_size=25).map("".join)


@given(_PROPOSE_TEXT)
@settings(max_examples=800, deadline=None)
def test_propose_spans_equal_the_combined_regex(text: str) -> None:
    assert propose_spans(text) == [m.span() for m in PROPOSE.finditer(text)]


_URL_TEXT = st.lists(st.sampled_from(
    ["https://", "HTTP://", "www.", "GitHub.com", "github.com", "/", "user", "-", ".GitHub.io", ".gitlab.io", "gitlab.",
     "HF.co", "Zenodo.org", " ", "\n", "代码", "）", "ſ", "K", "İ", "ı", "a", "Z", "."]), max_size=20).map("".join)


@given(_URL_TEXT)
@settings(max_examples=800, deadline=None)
def test_url_matches_equal_the_ignorecase_regexes(text: str) -> None:
    host, any_url = url_matches(text)
    assert [m.span() for m in host] == [m.span() for m in _HOST_URL.finditer(text)]
    assert [m.span() for m in any_url] == [m.span() for m in _ANY_URL.finditer(text)]


_COMPARE_TEXT = st.lists(st.sampled_from(
    ["Outperforms", "outperform", "SURPASSES", "is superior to", "Better Than", "gains over", "compared with", "against",
     "相比", "较", "比较", "优于", " ", "\n", "X", "of a", "ſ", "K", "İ", "ı", "s", "ed"]), max_size=20).map("".join)


@given(_COMPARE_TEXT)
@settings(max_examples=800, deadline=None)
def test_comparison_cues_on_lower_cased_text_equal_the_ignorecase_regex(text: str) -> None:
    lowered = lowered_for_scan(text)
    found = _CUE.finditer(text) if lowered is None else _CUE_LOWER.finditer(lowered)
    assert [m.span() for m in found] == [m.span() for m in _CUE.finditer(text)]


# Scan patterns rewritten to open with a character class or literal (so ``re`` skips to where a match can start),
# each with the pattern it replaces: same spans and groups on the real digests and on generated text.
_SCAN_PAIRS = {
    "sentence_end": (cues._SENTENCE_END, cues._SENTENCE_END_SCAN, False),
    "propose_subject": (cues._PROPOSE_SUBJECT, cues._PROPOSE_SUBJECT_SCAN, True),
    "phrase": (spacy_pipeline._PHRASE, spacy_pipeline._PHRASE_SCAN, False),
}
_SCAN_TEXT = st.lists(st.sampled_from(
    ["we ", "We", "this paper ", "the authors ", "authors", "our work ", "propose", "d ", "s", "x", "é", "_", " ", "  ",
     "\n", ".", "!", "?", "。", "；", "A", "Ab", "ViT-B/16", "SAM 3D", "v2", "2019", "3", "-", "@", "+", "/", "'", "(",
     ",", "上"]), max_size=30).map("".join)


def _scan_spans(pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_SCAN_PAIRS))
def test_scan_patterns_equal_the_patterns_they_replace_on_the_digests(name: str) -> None:
    spec, scan, lowered = _SCAN_PAIRS[name]
    texts = list(_real_section_texts())
    for text in texts:
        text = text.lower() if lowered else text
        assert _scan_spans(scan, text) == _scan_spans(spec, text)
    assert sum(len(_scan_spans(scan, t.lower() if lowered else t)) for t in texts) > 100


@pytest.mark.parametrize("name", sorted(_SCAN_PAIRS))
@given(text=_SCAN_TEXT)
@settings(max_examples=400, deadline=None)
def test_scan_patterns_equal_the_patterns_they_replace_on_generated_text(name: str, text: str) -> None:
    spec, scan, lowered = _SCAN_PAIRS[name]
    text = text.lower() if lowered else text
    assert _scan_spans(scan, text) == _scan_spans(spec, text)


def _candidate_spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_candidate_matches_equal_the_pattern_scan_on_the_digests() -> None:
    texts = list(_real_section_texts())
    for text in texts:
        assert _candidate_spans(results.candidate_matches(text)) == _candidate_spans(results._CANDIDATE.finditer(text))
    assert sum(1 for t in texts for _ in results.candidate_matches(t)) > 500


# Numbers with every prefix, unit, range, list and LaTeX shape the candidate pattern knows, glued in any order.
_VALUE_TEXT = st.lists(st.sampled_from(
    ["1", "23", "0.5", ".7", "1,234", "12.5", "%", "\\%", "x", "×", " times", "mm", "ms", "mAP", "pp", " ", "  ", "\n",
     "$", "\\sim", "\\approx ", "~", "≈", "约", "+", "±", "-", "−", "–", " to ", "至", "a", "B", "CIFAR-", "@", "/", ".",
     ":", "_", "^", "\\", "(", ",", "上", "from ", "s", "i", "m"]), max_size=30).map("".join)


@given(_VALUE_TEXT)
@settings(max_examples=800, deadline=None)
def test_candidate_matches_equal_the_pattern_scan_on_generated_text(text: str) -> None:
    assert _candidate_spans(results.candidate_matches(text)) == _candidate_spans(results._CANDIDATE.finditer(text))


_LINK_TEXT = st.lists(st.sampled_from(
    ["github", "GitHub", ".com", ".COM", ".io", ".ıo", "gitlab", "GİTLAB", ".", ".x/", "hf", ".co", "zenodo", ".org",
     ".net", "modelscope", ".cn", "http", "s", "://", ":/", "www", "/", "repo", " ", "代码", "é", "-", "a"]),
    max_size=20).map("".join)


@given(_LINK_TEXT)
@settings(max_examples=800, deadline=None)
def test_link_precheck_never_hides_a_url(text: str) -> None:
    if not may_hold_link(text):
        assert _HOST_URL.search(text) is None and _ANY_URL.search(text) is None


def test_link_precheck_admits_every_section_with_a_url_in_the_digests() -> None:
    with_url = 0
    for section in (s for p in read_digests([SEED, *shared_digests()]) for s in p.usable_sections()):
        if _HOST_URL.search(section.text) or _ANY_URL.search(section.text):
            with_url += 1
            assert may_hold_link(section.text)
    assert with_url > 20


_BEFORE_VALUE = st.lists(st.sampled_from(
    ["x", "×", "3", " ", "\n", "\t", "$", "=", "<", "≥", "DOI", "doi", ":", "a", "[", "(", "\u3000", "\x1c"]),
    max_size=12).map("".join)


@given(_BEFORE_VALUE)
@settings(max_examples=600, deadline=None)
def test_result_prechecks_are_implied_by_their_patterns(before: str) -> None:
    """Each cheap test in ``_is_result`` holds whenever the regex it guards matches (so skipping it changes nothing)."""
    last = before.rstrip()[-1:]
    if re.search(r"\d\s*[a-zA-Z]*\s*[x×]\s*$", before):
        assert last in ("x", "×")
    if re.search(r"[<>≤≥=]\s*\$?\s*$", before):
        assert last in results._BOUND_SIGNS or last == "$"
    if re.search(r"(?:DOI|doi)\s*:?\s*$", before):
        assert "DOI" in before or "doi" in before


_CHUNK = st.lists(st.sampled_from(
    [".", "'s", "’s", "...", "…", "%", "+", "++", ")", "]", "”", ",", "!", "中文", "，", "。", "\u3000", "a", "Z", "1", "\n",
     "x.", "ſ", "*", ">"]), max_size=10).map("".join)


def _suffix_spans(text: str) -> tuple:
    fast, spec = tokenizer.suffix_search(text), tokenizer._SUFFIX.search(text)
    return (fast and fast.span()), (spec and spec.span())


@given(_CHUNK)
@settings(max_examples=800, deadline=None)
def test_suffix_search_equals_the_suffix_pattern_on_generated_chunks(chunk: str) -> None:
    fast, spec = _suffix_spans(chunk)
    assert fast == spec


def test_suffix_search_equals_the_suffix_pattern_on_the_digests() -> None:
    chunks = {c for p in read_digests([SEED, *shared_digests()]) for s in p.usable_sections() for c in s.text.split()}
    for chunk in chunks:
        for cut in range(len(chunk)):  # the tokenizer asks again after each prefix it splits off
            fast, spec = _suffix_spans(chunk[cut:])
            assert fast == spec, chunk[cut:]
    assert len(chunks) > 5000


def test_right_side_cues_are_anchored_at_the_start() -> None:
    """SectionCues runs right-side cues with ``match``: the same as ``search`` only if every branch opens with ``^``."""
    import re._constants as sre
    import re._parser as sre_parse

    for cue in (c for c in CUES if c.side == "right"):
        data = sre_parse.parse(cue.pattern.pattern, cue.pattern.flags).data
        op, av = data[0]
        assert (op is sre.AT and av is sre.AT_BEGINNING) or (op is sre.BRANCH and len(data) == 1 and all(
            branch.data and branch.data[0] == (sre.AT, sre.AT_BEGINNING) for branch in av[1])), cue.name


def test_propose_verb_words_are_the_verbs_of_the_pattern() -> None:
    """propose_spans skips the English scans when none of these is in the text: every verb form of _VERBS (each
    word of its alternations, the irregular "built", the phrasal "put forward") must hold one of them."""
    verbs = cues._VERBS
    while (ahead := verbs.find("(?=")) >= 0:  # look-aheads hold what follows a verb, not verb forms
        depth, end = 0, ahead
        for end in range(ahead, len(verbs)):
            depth += {"(": 1, ")": -1}.get(verbs[end], 0) if verbs[end - 1:end] != "\\" else 0
            if depth == 0:
                break
        verbs = verbs[:ahead] + verbs[end + 1:]
    words = re.findall(r"[a-z][a-z-]*", verbs.replace(r"\b", " ").replace(r"\s+", " "))
    forms = [w for w in words if w not in ("s", "d", "ed", "es", "ing", "e", "put")]
    assert forms and all(any(stem in form for stem in cues._VERB_WORDS) for form in forms), forms
    for text in ("we propose", "we proposed", "we do so by proposing", "we introduce", "we end by introducing", "we open-source",
                 "we built", "we put forward", "the authors developed", "we train Optica, a model"):
        assert cues.propose_spans(text) and any(stem in text for stem in cues._VERB_WORDS), text
    assert all(any(verb in bare for verb in cues._VERB_WORDS) for bare in cues._BARE_VERBS)


_LEFT_TEXT = st.lists(st.sampled_from(
    ["datasets", "benchmarks", "corpora", "evaluated", "results", "trained", "pre-trained", "fine-tuned", "outperforms",
     "outperforming", "compared", "versus", "vs.", "baselines", "based", "on", "top", "of", "using", "adopting",
     "leveraging", "finetuning", "distilled", "from", "initialized", "with", "models", "methods", "such", "as", "like",
     "including", "e.g.,", "(e.g.", "namely", "in", "terms", "measured", "by", "metrics", "the", "a", "challenging",
     "widely-used", "X1", "Foo-2", "(bar)", ",", ";", "、", "and", "or", "&", "和", ":", "(", "ſ", " ", "  ", "\n"]),
    max_size=18).map(" ".join)


@given(_LEFT_TEXT)
@settings(max_examples=1500, deadline=None)
def test_left_cue_ends_hold_whenever_the_cue_matches(left: str) -> None:
    for cue in (c for c in CUES if c.ends):
        if cue.pattern.search(left) and lowered_for_scan(left) is not None:
            assert cues.ends_like(cue, left.lower().rstrip()), (cue.name, left)


def test_left_cue_ends_hold_in_the_real_digests() -> None:
    checked = 0
    for text, start, _ in _real_candidates():
        left = text[max(0, start - 120):start]
        for cue in (c for c in CUES if c.ends and c.pattern.search(left)):
            assert cues.ends_like(cue, left.lower().rstrip()), (cue.name, left)
            checked += 1
    assert checked > 200


_SETTING_TEXT = st.lists(st.sampled_from(
    ["masking", "Mask", "drop", "dropout", "sampling", "Learning", "rate", "ratio", "level", "of", "=", ":", "top", "Top",
     "train", "training", "split", "noise", "weight", "decay", "batch", "size", "set", "to", "is", "was", "coefficient",
     "$", "the", "model", "x", "1", " ", "  ", "\n", "ſ", "é"]), max_size=10).map(" ".join)
_SETTING_RATIO = re.compile(r"(?:mask\w*|drop\w*|sampling|learning|noise|missing|sparsity|pruning|split|train\w*)\s*"
                            r"(?:ratio|rate|level)?\s*(?:of|=|:)?\s*$|\btop\s*$", re.IGNORECASE)
_HYPERPARAMETER = re.compile(
    r"(?:learning|dropout|decay|momentum|weight|temperature|threshold|lambda|alpha|beta|gamma|epsilon|"
    r"coefficient of|margin|step|batch|window|kernel|patch|block|chunk)\s*(?:rate|size|ratio|length)?\s*"
    r"(?:of|=|:|is|was|set to|to)?\s*\$?\s*$", re.IGNORECASE)


@given(_SETTING_TEXT)
@settings(max_examples=1000, deadline=None)
def test_setting_prechecks_hold_whenever_their_patterns_match(before: str) -> None:
    if _SETTING_RATIO.search(before):
        assert results._may_end_like(before, results._SETTING_RATIO_ENDS, results._SETTING_RATIO_STEMS)
    if _HYPERPARAMETER.search(before):
        assert results._may_end_like(before, results._HYPERPARAMETER_ENDS, ())


@given(_COMPARE_TEXT)
@settings(max_examples=800, deadline=None)
def test_every_comparison_cue_holds_one_of_the_cue_words(text: str) -> None:
    """_section_relations skips the scan of a section holding none of _CUE_WORDS: every match must hold one."""
    for match in _CUE.finditer(text):
        if lowered_for_scan(match.group(0)) is not None:  # else the section is scanned without the test
            assert any(word in match.group(0).lower() for word in relations._CUE_WORDS), match.group(0)


def test_comparison_cue_words_cover_every_cue_in_the_digests() -> None:
    found = 0
    for section in (s for p in read_digests([SEED, *shared_digests()]) for s in p.usable_sections()):
        for match in _CUE.finditer(section.text):
            assert any(word in match.group(0).lower() for word in relations._CUE_WORDS), match.group(0)
            found += 1
    assert found > 100


def test_one_doc_per_paper_finds_what_one_doc_per_section_finds() -> None:
    """``EntityExtractor._docs`` tokenises a paper's sections as one text: each section's lexicon matches, names and
    abbreviations (offsets in the section) are those its own ``Doc`` gives."""
    from kg.extract.entities import EntityExtractor

    extractor = EntityExtractor()
    lexicon = extractor.nlp.get_pipe("kg_lexicon_matcher")
    sections = 0
    for paper in read_digests([SEED, *shared_digests()]):
        usable = list(paper.usable_sections())
        for section, found in zip(usable, extractor._docs(usable)):
            doc = extractor.nlp.make_doc(section.text)
            assert found.lexicon == lexicon.find(doc)
            assert found.names == find_names(doc)
            assert found.abbreviations == find_abbreviations(doc)
            sections += 1
    assert sections > 4000


_EDGE_TEXT = st.lists(st.sampled_from(
    ["a", "B", "3", " ", "  ", "\n", "\n\n", ".", ",", "(", ")", "（", "）", "上", "数据集", "-", "+", "%", "'s", "…",
     "ViT-B/16", "Grad-CAM++", "mAP@0.5", "...", "“", "”"]), max_size=25).map("".join)


@given(_EDGE_TEXT, st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=12))
@settings(max_examples=500, deadline=None)
def test_token_edges_agree_with_char_span(text: str, start: int, size: int) -> None:
    doc = build_nlp().make_doc(text)
    starts, ends = spacy_pipeline.token_edges(doc)
    assert len(starts) == len(ends) == len(text) + 1
    start = min(start, len(text))
    end = min(start + size, len(text))
    if start < end:
        assert bool(starts[start] and ends[end]) == (doc.char_span(start, end) is not None)


def test_left_cue_ends_are_blank_free() -> None:
    """``cues._left_cues_ending`` tests a window's ends on its last blank-free word only: no end may hold a blank."""
    assert all(not any(ch.isspace() for ch in end) for cue in CUES for end in cue.ends)


@given(_CUE_TEXT)
@settings(max_examples=500, deadline=None)
def test_left_cues_by_last_word_equal_ends_like(text: str) -> None:
    tail = text.lower().rstrip()
    last = tail.rsplit(None, 1)[-1] if tail else ""
    for ascii_only in (True, False):
        expected = [cue.name for cue, _ in (cues._LEFT_ASCII if ascii_only else cues._LEFT_ALL)
                    if not cue.ends or cues.ends_like(cue, tail)]
        assert [cue.name for cue, _ in cues._left_cues_ending_uncached(last, ascii_only)] == expected
        assert cues._left_cues_ending(last, ascii_only) == cues._left_cues_ending_uncached(last, ascii_only)
