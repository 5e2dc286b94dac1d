"""The fifth round's fast paths of entity extraction give the answers of the code they replace (the oracles)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import cues
from kg.extract.cues import CUES, SectionCues, matching_cues, sentence_bounds
from kg.extract.entities import (_KNOWN_NAME_BASED, _NAMED_FAMILY, _OWN_PHRASE_BEFORE, _SOURCE_RANK, _VERSIONED,
                                 EntityExtractor, SectionCandidates,
                                 _lexicon_types, _written_as_a_phrase,
                                 listed_parts, with_model_size)
from kg.extract.spacy_pipeline import (
    _ABBREV, _MULTIPLIED_LETTER, _WORDS_BEFORE, _bracket_positions, _long_form_count, build_nlp, doc_text, long_form_for,
    names_in, names_in_sections,
    token_edges, words_before,
)
from kg.model import Section
from kg.readers import read_digests

from ..conftest import SEED, shared_digests
from .test_fast_paths import _real_candidates, _real_section_texts

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


# ----------------------------------------------------------------------------- candidate spans


def _spans_oracle(section: Section, doc: SectionCandidates) -> list[tuple]:
    """``EntityExtractor._spans`` as it was: one sort by key, the generic filter as a list, then the taken mask."""
    lexicon, lexicon_based = [], []
    for start, end, label, canonical in doc.lexicon:
        if label in ("Dataset", "Benchmark") and " " in canonical and _written_as_a_phrase(
                section.text[start:end], canonical):
            continue  # "3D shapes" (session 12)
        end, canonical = with_model_size(section.text, end, label, canonical)  # "Mistral 7B" (session 9)
        lexicon.append((start, end, f"lexicon:{label}", canonical))
    for found in _KNOWN_NAME_BASED.finditer(section.text):  # "YOLO-based" (session 20)
        known = _lexicon_types().get(found.group(1))
        if known is not None and known[0] != "Task":
            lexicon_based.append((*found.span(1), f"lexicon:{known[0]}", known[1]))
    names = [(start, end, f"name:{label}", None) for start, end, label in doc.names
             if label != "PART" or section.name == "title"]
    if section.name == "title":
        names = [n for n in names if n[2] == "name:PART" or (n[2] == "name:STRONG" and _VERSIONED.match(
            section.text[n[0]:n[1]]))]
    else:  # the parts listed after a parts cue (session 13)
        names += [(start, end, "name:STRONG", None) for start, end in listed_parts(section.text)]
    text = section.text
    # a capitalised phrase a propose verb opens that ends in a known technique, "we develop a Masked Cross-Attention",
    # ranks with the strong names (session 24)
    own = {(c[0], c[1]) for c in names if c[2] == "name:WEAK" and " " in text[c[0]:c[1]] and
           _OWN_PHRASE_BEFORE.search(text, max(0, c[0] - 40), c[0]) and _NAMED_FAMILY.match(text, c[0], c[1]) and
           any(e == c[1] and s > c[0] and label == "Technique" for s, e, label, _ in doc.lexicon)}
    ranked = sorted(lexicon + lexicon_based + names,
                    key=lambda c: (c[2] == "name:WEAK" and (c[0], c[1]) not in own, c[0] - c[1],
                                   _SOURCE_RANK.get(c[2], 0)))
    generic = [(s, e) for s, e, src, _ in lexicon if src in ("lexicon:Metric", "lexicon:Technique")]
    if generic:
        ranked = [c for c in ranked if (c[0], c[1]) in own or not (
            c[2].startswith("name:") and " " in text[c[0]:c[1]] and any(
                c[0] <= s and e <= c[1] and (s, e) != (c[0], c[1]) for s, e in generic))]
    taken = bytearray(len(section.text))
    out = []
    for start, end, source, canonical in ranked:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append((start, end, source, canonical))
    return out


def _spans(section: Section, doc: SectionCandidates) -> list[tuple]:
    return [(o.start, o.end, o.source, o.canonical) for o in EntityExtractor._spans(section, doc)]


def test_spans_equal_the_sorted_filter_in_the_real_digests() -> None:
    extractor = EntityExtractor()
    kept = 0
    for paper in read_digests([SEED, *shared_digests()]):
        sections = list(paper.usable_sections())
        for section, doc in zip(sections, extractor._docs(sections)):
            found = _spans(section, doc)
            assert found == _spans_oracle(section, doc), section.text
            kept += len(found)
    assert kept > 10000


_LABELS = st.sampled_from(["Dataset", "Benchmark", "Metric", "Technique", "Method", "Task"])
_SPAN = st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=12))


@given(st.sampled_from(["title", "abstract", "method"]), st.text(alphabet="ab /", min_size=40, max_size=40),
       st.lists(st.tuples(_SPAN, _LABELS), max_size=6),
       st.lists(st.tuples(_SPAN, st.sampled_from(["STRONG", "WEAK", "PART"])), max_size=10))
@settings(max_examples=600, deadline=None)
def test_spans_equal_the_sorted_filter_on_generated_candidates(name: str, text: str, lexicon: list,
                                                                names: list) -> None:
    section = Section(name, text, "en", 1, 1, 0)
    doc = SectionCandidates([(s, s + n, label, f"c{s}") for (s, n), label in lexicon],
                            [(s, s + n, label) for (s, n), label in names], [])
    assert _spans(section, doc) == _spans_oracle(section, doc)


# ----------------------------------------------------------------------------- left cues without their list

_LIST_TEXT = st.lists(st.sampled_from(
    ["ImageNet", "COCO", "X-1", "a", "b.c", " ", "  ", "\t", ", ", ",", ";", "、", " and ", "and", " or ", "or", "&",
     "和", "与", "及", "(", ")", "（", "）", "12%", "the ", "on ", "over ", "than ", "datasets such as ", "benchmarks: ",
     "evaluated on ", "compared with ", "based on ", "using ", "methods like ", "in terms of ", "在", "trained on ",
     "方法如", "优于", "基于", "AND ", "Or ", "brand ", "for ", "."]), max_size=25).map("".join)


def _without_list_agrees(window: str) -> None:
    """A window not ending with a list separator matches a ``{_LIST}$`` cue exactly when the cue without the list
    matches it."""
    if window.lower().rstrip().endswith(cues.LIST_ENDS):
        return
    for cue in CUES:
        short = cues._WITHOUT_LIST.get(cue.name)
        if short is not None:
            assert bool(short.search(window)) == bool(cue.pattern.search(window)), (cue.name, window)


def test_every_left_cue_with_a_list_has_its_pattern_without_it() -> None:
    with_list = [c.name for c in CUES if cues._LIST in c.pattern.pattern and c.side == "left"]
    assert sorted(cues._WITHOUT_LIST) == sorted(with_list) and len(with_list) == 26


@given(_LIST_TEXT)
@settings(max_examples=800, deadline=None)
def test_left_cues_without_their_list_agree_on_generated_windows(window: str) -> None:
    _without_list_agrees(window)


def test_left_cues_without_their_list_agree_in_the_real_digests() -> None:
    for text, start, _ in _real_candidates():
        _without_list_agrees(text[max(0, start - 120):start])


# ----------------------------------------------------------------------------- names, one scan per paper


def _names_per_section(texts: list[str]) -> tuple[list, list]:
    """Names of each section from one scan of the joined text, and from :func:`names_in` on each (the oracle)."""
    offsets, at = [], 0
    for text in texts:
        offsets.append(at)
        at += len(text) + 2
    doc = build_nlp().tokenizer("\n\n".join(texts))
    starts, ends = token_edges(doc)
    return (names_in_sections(doc_text(doc), starts, ends, offsets),
            [names_in(text, starts, ends, offset) for text, offset in zip(texts, offsets)])


def test_names_in_one_scan_equal_names_per_section_in_the_real_digests() -> None:
    found = 0
    for paper in read_digests([SEED, *shared_digests()]):
        texts = [section.text for section in paper.usable_sections()]
        fast, oracle = _names_per_section(texts)
        assert fast == oracle
        found += sum(map(len, fast))
    assert found > 10000


_NAME_TEXT = st.lists(st.sampled_from(
    ["The ", "We ", "ViT-B/16", "SAM 3D", "Grad-CAM++", "MVTec AD", "Foo Bar", "New Method", "ResNet50", "  ", " ", ".",
     ". ", "\"", "“", "(", ")", "2024", "v2", "3D", "\n", "模型", ": ", "a", "GUI Agent", "CIFAR-10/100"]),
    max_size=12).map("".join)


@given(st.lists(_NAME_TEXT, min_size=1, max_size=5))
@settings(max_examples=600, deadline=None)
def test_names_in_one_scan_equal_names_per_section_in_generated_text(texts: list[str]) -> None:
    fast, oracle = _names_per_section(texts)
    assert fast == oracle


@given(st.text(alphabet=st.sampled_from(list("aZ 9.-İıſKΣς\u212a上")), max_size=30))
@settings(max_examples=400, deadline=None)
def test_lowered_for_scan_of_ascii_text_is_its_lower_case(text: str) -> None:
    """The ASCII shortcut gives what the general test gives: the lower case when it keeps the length and the text has
    no case-tricky character, else None."""
    general = text.lower() if len(text.lower()) == len(text) and not cues._CASE_TRICKY_ALL.search(text) else None
    assert cues.lowered_for_scan(text) == general


def test_words_before_matches_the_regex_before_every_bracket_of_the_real_digests() -> None:
    tried = 0
    for text in _real_section_texts():
        for at in (i for i, ch in enumerate(text) if ch in "(（"):
            start = max(0, at - 120)
            found = _WORDS_BEFORE.search(text, start, at)
            assert words_before(text, start, at) == (None if found is None else found.span(1)), text[start:at]
            tried += 1
    assert tried > 1000


def _long_form_for_oracle(words: list[str], short: str) -> int | None:
    """``long_form_for`` as it was: the initials computed for every count, then tested with the letters' order."""
    letters = [c.lower() for c in short if c.isalpha()]
    if not letters or len(letters) > 12:
        return None
    for count in range(1, min(len(words), len(letters) + 3) + 1):
        candidate = words[-count:]
        if candidate[0].lower() in ("the", "a", "an", "of", "and", "for", "with") or \
                candidate[0][0].lower() != letters[0]:
            continue
        flat = " ".join(candidate).lower()
        pos, ok = 0, True
        for ch in letters:
            pos = flat.find(ch, pos)
            if pos < 0:
                ok = False
                break
            pos += 1
        initials = [w[0].lower() for w in re.split(r"[\s-]+", " ".join(candidate)) if w]
        if ok and sum(1 for i in initials if i in letters) >= min(len(letters), len(initials)) - 1:
            return count
    return None


@given(st.lists(st.sampled_from(["Expected", "Calibration", "Error", "the", "of", "Mean", "Average", "Precision",
                                 "multi-Scale", "x", "Structural", "Similarity", "and", "deep-learning"]),
                min_size=1, max_size=9),
       st.sampled_from(["ECE", "mAP", "SSIM", "MSE", "DL", "AP", "E2E", "EcE", "X", "3D", "SSIMs", "MA-P"]))
@settings(max_examples=600, deadline=None)
def test_long_form_for_equals_the_old_loop(words: list[str], short: str) -> None:
    """(with the letters as written: a digit between letters may also multiply the one before it, session 14)"""
    assert _long_form_count(words, _letters(short)) == _long_form_for_oracle(words, short)
    if not _MULTIPLIED_LETTER.search(short):
        assert long_form_for(words, short) == _long_form_for_oracle(words, short)


def _letters(short: str) -> list[str]:
    return [c.lower() for c in short if c.isalpha()]


def test_long_form_for_equals_the_old_loop_before_every_bracket_of_the_real_digests() -> None:
    found = 0
    for text in _real_section_texts():
        for match in _ABBREV.finditer(text):
            before = words_before(text, max(0, match.start() - 120), match.start())
            if before is not None:
                words = text[before[0]:before[1]].split()
                count = _long_form_count(words, _letters(match.group(1)))
                assert count == _long_form_for_oracle(words, match.group(1))
                found += count is not None
    assert found > 500


# ----------------------------------------------------------------------------- lexicon matches, one matcher


def _lexicon_find_oracle(lexicon, doc) -> list[tuple]:
    """``LexiconMatcher.find`` as it was: the exact-case matcher, then the lower-case one, each in its order."""
    text = doc_text(doc)
    found = []
    for matcher in (lexicon.exact, lexicon.lower):
        for match_id, start, end in matcher(doc):
            label = lexicon.labels[match_id]
            start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            surface = text[start_char:end_char]
            found.append((start_char, end_char, label, lexicon.canonical.get((label, surface.lower()), surface)))
    return found


def test_one_lexicon_matcher_finds_what_the_two_found_in_the_real_digests() -> None:
    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon_matcher")
    found = shared = 0
    for paper in read_digests([SEED, *shared_digests()]):
        doc = nlp.tokenizer("\n\n".join(section.text for section in paper.usable_sections()))
        matches = lexicon.find(doc)
        assert matches == _lexicon_find_oracle(lexicon, doc)
        found += len(matches)
        shared += len(matches) - len({m[:2] for m in matches})
    assert found > 4000 and shared > 0  # some spans hold two labels: their order is the matchers' own


def _shared_pattern_texts() -> list[str]:
    """Lexicon entries whose pattern several labels share, as written, in upper and in title case."""
    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon_matcher")
    texts = [" ".join(nlp.vocab.strings[t] for t in pattern) for _, pattern in lexicon._ranks]
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


@given(st.lists(st.sampled_from(["GLUE", "Glue", "glue", "HotpotQA", "hotpotqa", "GSM8K", "gsm8k", "reinforcement",
                                 "learning", "Reinforcement Learning", "ViT", "VIT", "ImageNet", "accuracy", "F1",
                                 "mAP", "on", "the", "(", ")", ",", "Natural Questions", "large language model"]),
                max_size=14), st.randoms(use_true_random=False))
@settings(max_examples=300, deadline=None)
def test_one_lexicon_matcher_finds_what_the_two_found_in_generated_text(words: list[str], random) -> None:
    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon_matcher")
    shared = _shared_pattern_texts()
    words = words + random.sample(shared, 3)
    random.shuffle(words)
    doc = nlp.tokenizer(" ".join(words))
    assert lexicon.find(doc) == _lexicon_find_oracle(lexicon, doc)


def _abbrev_matches(text: str) -> list[tuple[int, int]]:
    """The spans of ``_ABBREV`` tried only at the brackets, as ``abbreviations_in`` does."""
    return [m.span() for m in (_ABBREV.match(text, at) for at in _bracket_positions(text)) if m]


@given(st.lists(st.sampled_from(["(", "（", ")", "）", "ECE", "SAM2", "x", " ", "Mean Error ", "(a", "s)", "中文",
                                 "((", "))", "e.g."]), max_size=25).map("".join))
@settings(max_examples=600, deadline=None)
def test_abbreviations_tried_at_brackets_equal_the_scan(text: str) -> None:
    assert _abbrev_matches(text) == [m.span() for m in _ABBREV.finditer(text)]


def test_abbreviations_tried_at_brackets_equal_the_scan_on_the_real_digests() -> None:
    for text in _real_section_texts():
        assert _abbrev_matches(text) == [m.span() for m in _ABBREV.finditer(text)]
