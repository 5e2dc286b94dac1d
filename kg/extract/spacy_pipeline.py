"""The spaCy pipeline for entity candidates: a blank English pipeline with kg's own small components.

tokenizer (names kept whole) -> ``kg_lexicon_matcher`` (PhraseMatcher over the lexicons) ->
``kg_name_candidates`` (name-shaped words and capitalised phrases, found by regex over the text and
aligned to tokens) -> ``kg_abbreviations`` ("Expected Calibration Error (ECE)" pairs).

Each component writes span groups on the ``Doc``: ``doc.spans["lexicon"]`` (label = entity type,
``kb_id_`` = the short form the entry resolves to), ``doc.spans["names"]`` (label ``STRONG`` for
name-shaped words, ``WEAK`` for capitalised phrases that need a context cue) and
``doc.spans["abbrev_short"]`` / ``doc.spans["abbrev_long"]`` (parallel: short form, long form).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .lexicons import Lexicons, load_lexicons
from .tokenizer import CJK, make_tokenizer

# ----------------------------------------------------------------------------- name shapes

# A "word" of a name: letters/digits with inner hyphens, dots, +, @, /, ' (e.g. UI-Venus-1.5, Grad-CAM++).
_WORD = r"[A-Za-z0-9][A-Za-z0-9.+@/'’-]*[A-Za-z0-9+]|[A-Za-z0-9]"
_WORD_RE = re.compile(_WORD)
# A capitalised word, or a version/year/short-code that may continue a name (SAM 3D, ISIC 2019, NYU Depth v2).
_CAP = r"(?:[A-Z0-9][A-Za-z0-9.@/'’-]*[A-Za-z0-9]\+*|[A-Z])"
_CONT = r"(?:[A-Z][A-Za-z0-9.@/'’-]*[A-Za-z0-9]\+*|[A-Z]|v\d+(?:\.\d+)*|(?:19|20)\d\d|\d{1,2}(?:\.\d)?[A-Z]{1,2}\b|[1-9](?:\.\d)?(?=\s|$|[,;:)]))"
_PHRASE = re.compile(rf"(?<![A-Za-z0-9.@+/-])({_CAP}(?: {_CONT}){{0,5}})(?![A-Za-z0-9@/-])")
_PART_STRONG = re.compile(r"^[A-Z]$|[a-z0-9][A-Z]|[A-Z]{2}|[A-Za-z]\d|\d[A-Za-z]{2,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;。！？；\n])\s*[\"“(]?\s*$")
_NUMBER_UNIT = re.compile(r"^\d+(?:\.\d+)?(?:[KMBTkmb]|[KMGT]B|ms|px|mm|cm|Hz|fps|FPS|D|x|X|GHz|MP)?$")

# Capitalised words that are never names on their own (acronyms of common things, venues, orgs).
STOP_WORDS = frozenset("""
GUI GUIs SOTA AI API APIs RGB RGB-D RGBD GPU GPUs CPU CPUs TPU 1D 2D 3D 4D 6D URL US USA UK EU PDF HTML JSON SQL
IoT ID IDs CT MRI PET QA VR AR XR UAV UAVs TL;DR NLP CV ML DL SR IEEE ACM CVPR ICCV ECCV NeurIPS ICLR ICML AAAI
IJCAI ACL EMNLP NAACL KDD WWW arXiv GitHub OpenAI Google Meta Microsoft NVIDIA Apple Amazon LiDAR SDK KV PhD DNA RNA
COVID-19 SARS-CoV-2 ICU ECG EEG fMRI HD UHD 4K 8K 1K 2K FHD I II III IV V VI OK Q&A NER POS TB GB MB CUDA
I/O FP16 FP32 BF16 INT8 INT4 MLP OOD IID SE SO N/A LaTeX Python PyTorch TensorFlow JAX Linux Windows Android iOS
Code Model Models Data Dataset Datasets Benchmark Benchmarks Method Methods Results Result Experiments Conclusion
Motivation Abstract Introduction TLDR Figure Table Appendix Section Github HuggingFace Hugging Face Web
""".split())
# Capitalised only because they start a sentence or a title: never the first word of a name.
STARTERS = frozenset("""
The A An We Our This These That Those It Its In On At To For With By From As And But Or However Moreover Furthermore
Additionally Finally First Second Third Then Thus Therefore Hence Here Experiments Extensive Existing Compared Results
Experimental Specifically Unlike While When Although Despite Given Based Using Through Via Across Each All Both Such
Most Many Some Recent Current Previous Prior Traditional Conventional Standard Project Evaluation Evaluations
Comprehensive Overall Notably Importantly Consequently Instead Beyond Under Over After Before During Without Within
Among Further Also Yet Nevertheless Meanwhile Similarly Building Leveraging Motivated Inspired Towards Toward Against
Experiment Extensive Empirical Empirically Quantitative Qualitative Ablation Ablations New Novel Large Small Key
Two Three Four Five Several Multiple Various Other Another Recently Typically Generally Where Which What How Why
Code Data Model Models Method Methods Framework Benchmark Dataset Datasets Task Tasks Figure Table
""".split())


# "VLM-based", "LiDAR-guided": adjectives made from a name, not names.
_ADJECTIVAL = re.compile(r"-(?:based|guided|driven|aware|free|specific|level|wise|like|style|only|centric|agnostic|"
                         r"conditioned|generated|assisted|enhanced|powered|oriented|informed|derived|supervised|"
                         r"as-a-[A-Za-z]+|to-[A-Za-z0-9]+|enabled|friendly|ready|scale|grade)$|-to-", re.IGNORECASE)


def is_strong_word(word: str) -> bool:
    """A word shaped like a name: inner capitals (ViT, ScreenSpot), letters with digits (SAM3), all caps."""
    if word in STOP_WORDS or _NUMBER_UNIT.match(word) or word[0].isdigit() or _ADJECTIVAL.search(word):
        return False
    if sum(ch.isalpha() for ch in word) < 2:
        return False  # "B/16", "K": a fragment, not a name
    return any(_PART_STRONG.search(part) for part in re.split(r"[-/]", word) if part)


# ----------------------------------------------------------------------------- components


class TextKeepingTokenizer:
    """Wraps the tokenizer to keep the input string on the Doc (``doc.text`` rebuilds it token by token)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def doc_text(doc: Doc) -> str:
    """The Doc's text, from the cache the tokenizer left (or rebuilt)."""
    return doc.user_data.get("text") or doc.text



@Language.factory("kg_lexicon_matcher")
def make_lexicon_matcher(nlp: Language, name: str) -> "LexiconMatcher":
    return LexiconMatcher(nlp, load_lexicons())


class LexiconMatcher:
    """PhraseMatcher over the lexicons: exact case for plain one-word names, lower case otherwise."""

    TYPES = ("Dataset", "Benchmark", "Metric", "Technique", "Method", "Task")

    def __init__(self, nlp: Language, lexicons: Lexicons) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.canonical: dict[tuple[str, str], str] = {}
        sources = {"Dataset": lexicons.datasets, "Benchmark": lexicons.benchmarks, "Metric": lexicons.metrics,
                   "Technique": lexicons.techniques, "Method": lexicons.methods, "Task": lexicons.tasks}
        for label, entries in sources.items():
            exact, lower = [], []
            for entry in entries:
                self.canonical[(label, entry.text.lower())] = entry.canonical
                distinctive = entry.text.islower() or (" " in entry.text and label != "Method") or (
                    label in ("Dataset", "Benchmark") and re.search(r"\d", entry.text))
                (lower if distinctive else exact).append(entry.text)
            self.exact.add(label, list(nlp.tokenizer.pipe(exact)))
            self.lower.add(label, list(nlp.tokenizer.pipe(lower)))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                span = Span(doc, start, end, label=label)
                span.kb_id_ = self.canonical.get((label, span.text.lower()), span.text)
                spans.append(span)
        doc.spans["lexicon"] = spans
        return doc


@Language.component("kg_name_candidates")
def name_candidates(doc: Doc) -> Doc:
    """Name-shaped words (STRONG) and capitalised phrases (WEAK), aligned to token boundaries."""
    spans: list[Span] = []
    text = doc_text(doc)
    for match in _PHRASE.finditer(text):
        words = match.group(1).split(" ")
        start = match.start(1)
        # trim stop words and lone numbers at the edges ("GUI Agent" -> "Agent", "SOTA" -> nothing)
        offsets = []
        pos = start
        for word in words:
            offsets.append((pos, pos + len(word), word))
            pos += len(word) + 1
        if any(_ADJECTIVAL.search(w) for _, _, w in offsets):
            continue
        # a plain capitalised word opening a sentence ("Introduces TSW-SL", "Achieves KL") is not part of a name
        if len(offsets) > 1 and not is_strong_word(offsets[0][2]) and _SENTENCE_START.search(text, 0, offsets[0][0]):
            offsets.pop(0)
        while offsets and (offsets[0][2] in STOP_WORDS or offsets[0][2] in STARTERS or offsets[0][2][0].isdigit()):
            offsets.pop(0)
        while offsets and (offsets[-1][2] in STOP_WORDS or offsets[-1][2] in STARTERS) and (
                len(offsets) == 1 or not offsets[-1][2][0].isdigit()):
            offsets.pop()
        if not offsets:
            continue
        strong = any(is_strong_word(w) for _, _, w in offsets)
        span = doc.char_span(offsets[0][0], offsets[-1][1], label="STRONG" if strong else "WEAK")
        if span is not None:
            spans.append(span)
        if strong and len(offsets) > 1:
            # each strong word alone too, labelled PART: used where phrases are unreliable (Title Case titles)
            for s, e, w in offsets:
                if is_strong_word(w) and len(w) > 2:
                    single = doc.char_span(s, e, label="PART")
                    if single is not None:
                        spans.append(single)
    doc.spans["names"] = spans
    return doc


# "(LF)" after a long form: the short form in brackets; the long form is found among the words before it.
_ABBREV = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9&+./-]{1,15}?)s?\s*[)）]")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){0,7}[A-Za-z][\w'’-]*)\s*$")


def long_form_for(words: list[str], short: str) -> int | None:
    """How many trailing ``words`` spell the abbreviation ``short`` (by initials or inner letters), or None."""
    letters = [c.lower() for c in short if c.isalpha()]
    if not letters or len(letters) > 12:
        return None
    for count in range(1, min(len(words), len(letters) + 3) + 1):
        candidate = words[-count:]
        if candidate[0].lower() in ("the", "a", "an", "of", "and", "for", "with"):
            continue
        if candidate[0][0].lower() != letters[0]:
            continue
        # every short-form letter must appear in order in the long form, each word contributing its initial
        flat = " ".join(candidate).lower()
        pos = 0
        ok = True
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


@Language.component("kg_abbreviations")
def abbreviations(doc: Doc) -> Doc:
    """Pairs "long form (SHORT)": ``abbrev_short`` and ``abbrev_long`` span groups, parallel."""
    shorts: list[Span] = []
    longs: list[Span] = []
    text = doc_text(doc)
    for match in _ABBREV.finditer(text):
        short = match.group(1)
        if not any(c.isupper() for c in short):
            continue
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 120), match.start())
        if before is None:
            continue
        words = before.group(1).split()
        count = long_form_for(words, short)
        if count is None:
            continue
        long_start = before.end(1) - len(" ".join(words[-count:]))
        if text[long_start:before.end(1)].split() != words[-count:]:
            continue  # words were separated by more than one space: skip rather than guess
        long_span = doc.char_span(long_start, before.end(1), alignment_mode="expand")
        short_span = doc.char_span(match.start(1), match.start(1) + len(short), alignment_mode="expand")
        if long_span is None or short_span is None:
            continue
        shorts.append(short_span)
        longs.append(long_span)
    doc.spans["abbrev_short"] = shorts
    doc.spans["abbrev_long"] = longs
    return doc


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The shared pipeline (built once per process: lexicon matchers take a moment to compile)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(make_tokenizer(nlp))
    nlp.add_pipe("kg_lexicon_matcher")
    nlp.add_pipe("kg_name_candidates")
    nlp.add_pipe("kg_abbreviations")
    return nlp


__all__ = ["CJK", "STARTERS", "STOP_WORDS", "build_nlp", "is_strong_word", "long_form_for"]
