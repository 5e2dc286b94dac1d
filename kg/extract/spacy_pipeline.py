"""The spaCy pipeline for entity candidates: a blank English pipeline with kg's own small components.

tokenizer (names kept whole) -> ``kg_lexicon_matcher`` (PhraseMatcher over the lexicons) ->
``kg_name_candidates`` (name-shaped words and capitalised phrases, found by regex over the text and
aligned to tokens) -> ``kg_abbreviations`` ("Expected Calibration Error (ECE)" pairs).

Each component writes span groups on the ``Doc``: ``doc.spans["lexicon"]`` (label = entity type,
``kb_id_`` = the short form the entry resolves to), ``doc.spans["names"]`` (label ``STRONG`` for
name-shaped words, ``WEAK`` for capitalised phrases that need a context cue) and
``doc.spans["abbrev_short"]`` / ``doc.spans["abbrev_long"]`` (parallel: short form, long form).

Each component's work is also available as a function of the Doc that returns plain character-offset tuples
(``LexiconMatcher.find``, :func:`find_names`, :func:`find_abbreviations`).
:class:`kg.extract.entities.EntityExtractor` runs the tokenizer and calls those directly: it needs offsets, not
``Span`` objects and span groups, which cost more than the matching itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cached_property, lru_cache

import numpy

from ..stand_ins import import_spacy

import_spacy()  # before the imports from spaCy below

from spacy import __version__ as spacy_version
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .lexicons import Lexicons, load_lexicons
from .pattern_cache import cached_token_lists
from .tokenizer import CJK, make_tokenizer, tokenizer_rules_digest

# ----------------------------------------------------------------------------- name shapes

# A "word" of a name: letters/digits with inner hyphens, dots, +, @, /, ' (e.g. UI-Venus-1.5, Grad-CAM++).
_WORD = r"[A-Za-z0-9][A-Za-z0-9.+@/'’&-]*[A-Za-z0-9+]|[A-Za-z0-9]"
_WORD_RE = re.compile(_WORD)
# A capitalised word, or a version/year/short-code that may continue a name (SAM 3D, ISIC 2019, NYU Depth v2,
# a version with its variant: Qwen 2.5-VL, Spider 2.0-Lite, InternVL 3-8B), also
# right before Chinese text ("比NLLB-200 3.3B高", "在CATH 4.2测试集上": no \b between a Latin and a CJK character).
_CAP = r"(?:[A-Z0-9][A-Za-z0-9.@/'’&-]*[A-Za-z0-9]\+*|[A-Z])"
_CONT = r"(?:[A-Z][A-Za-z0-9.@/'’&-]*[A-Za-z0-9]\+*|[A-Z]|v\d+(?:\.\d+)*|(?:19|20)\d\d|\d{1,3}(?:\.\d)?[A-Z]{1,2}(?![A-Za-z0-9_])|\d{1,2}x\d{1,3}[BM](?![A-Za-z0-9_])|[1-9](?:\.\d)?-(?:[A-Z][A-Za-z]+|\d{1,3}[BM])(?![A-Za-z0-9_])|[1-9](?:\.\d)?(?=\s|$|[,;:)，。；：）、]|\.(?:\s|$)|(?![个种次倍类项篇位名层步轮组份天年月日小时分钟秒])[\u4e00-\u9fff]))"
# A name may open right after a full stop that ends a lower-case word ("... semantic information.TASC outperforms"):
# a sentence break written without its blank.
_PHRASE = re.compile(rf"(?<![A-Za-z0-9@+/-])(?<![^a-z]\.)(?<!^\.)({_CAP}(?: {_CONT}){{0,5}})(?![A-Za-z0-9@/-])")
# The same matches, opening with _CAP's first character class so that ``re`` skips to capitals and digits; the
# look-behind moves after that character (``(?<!X.)``) and _CAP's two branches continue from it (~40% faster).
_PHRASE_SCAN = re.compile(rf"([A-Z0-9](?<![A-Za-z0-9@+/-].)(?<![^a-z]\..)(?<!^\..)(?:[A-Za-z0-9.@/'’&-]*[A-Za-z0-9]\+*|(?<=[A-Z]))"
                          rf"(?: {_CONT}){{0,5}})(?![A-Za-z0-9@/-])")
# Names that open with one to six lower-case letters before a capital ("mBERT", "nnU-Net", "mAP@50:95",
# "iNaturalist", "miniF2F", "tieredImageNet"), which the phrase scan (capitals and digits) never starts at. The scan opens with the capital, so
# ``re`` jumps between capitals; the look-behinds check the lower-case run and the character before it.
# Latin letters and digits make a word here, not CJK: "和nuScenes数据集" holds the name "nuScenes".
_LATIN_WORD = "A-Za-z0-9_\u00c0-\u024f"
_LOWER_INITIAL = re.compile(r"[A-Z](?<=[a-z].)")  # (the run before it is measured in Python: see lower_initial_names)
# ... or with one to six lower-case letters and a hyphen before it ("ss-Mamba", "diffu-GRPO"), not an English prefix
# ("non-IID", "sub-Gaussian", "multi-GPU"): found from the hyphens (a handful a section), see _lower_hyphen_prefixes.
_NOT_BEFORE_A_PREFIX = re.compile(rf"[{_LATIN_WORD}.@+/\\-]")
_ENGLISH_PREFIXES = frozenset("""a an all anti auto bi co counter cross de di dis e ex extra full half high hyper in
infra inter intra low macro mega meta micro mid mini mis multi neo non off on out over para per poly post pre pro
pseudo quasi re self semi sub super trans tri ultra un under uni""".split())
_LOWER_INITIAL_REST = re.compile(r"[A-Za-z0-9.@/:'’&-]*[A-Za-z0-9]\+*|\+*")
# Latin-1 lower-case letters count as lower case too ("SchröMind").
_PART_STRONG = re.compile(r"^[A-Z]$|[A-Za-z]&[A-Za-z]|[a-z0-9\u00df-\u00f6\u00f8-\u00ff][A-Z]|[A-Z]{2}|[A-Za-z]\d|\d[A-Za-z]{2,}|"
                          r"[A-Za-z]@[\dkK]")  # "Recall@100": a measure at a cut-off
_SENTENCE_START = re.compile(r"(?:^|[.!?:;。！？；\n])\s*[\"“(]?\s*$")
_NUMBER_UNIT = re.compile(r"^\d+(?:\.\d+)?(?:[KMBTkmb]|[KMGT]B|ms|px|mm|cm|Hz|fps|FPS|D|x|X|GHz|MP)?$")

# Capitalised words that are never names on their own (acronyms of common things, venues, orgs).
STOP_WORDS = frozenset("""
GUI GUIs SOTA AI API APIs RGB RGB-D RGBD GPU GPUs CPU CPUs TPU 1D 2D 3D 4D 6D URL US USA UK EU PDF HTML JSON SQL
IoT ID IDs CT MRI PET QA VR AR XR UAV UAVs TL;DR NLP CV ML DL SR IEEE ACM CVPR ICCV ECCV NeurIPS ICLR ICML AAAI
IJCAI ACL EMNLP NAACL KDD WWW arXiv GitHub OpenAI Google Meta Microsoft NVIDIA Apple Amazon LiDAR SDK KV PhD DNA RNA
Anthropic Alibaba Baidu Tencent ByteDance DeepMind
COVID-19 SARS-CoV-2 ICU ECG EEG fMRI HD UHD 4K 8K 1K 2K FHD I II III IV V VI OK Q&A R&D AT&T NER POS TB GB MB CUDA
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
Nonetheless Interestingly Surprisingly Conversely Alternatively Subsequently Ultimately Crucially Accordingly Likewise
Indeed Still Altogether Collectively Together
""".split())


# "VLM-based", "LiDAR-guided", "FlashAttention-compatible": adjectives made from a name, not names.
_ADJECTIVAL = re.compile(r"-(?:based|guided|driven|aware|free|specific|level|wise|like|style|only|centric|agnostic|"
                         r"conditioned|generated|assisted|enhanced|powered|oriented|informed|derived|supervised|"
                         r"as-a-[A-Za-z]+|to-[A-Za-z0-9]+|enabled|friendly|ready|scale|grade|compatible|accelerated|"
                         r"modified|treated|grown|rich|optimal|doped|coated)$|-to-", re.IGNORECASE)


_ELEMENTS = """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y
Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au
Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr""".split()
# One or two digits, then a capitalised word of four or more letters and digits (no "30B-A3B", "4B/8B", "3D"), maybe
# with hyphened parts ("2DPASS-Plus"), or of three capitals with a hyphened part ("4DGS-Lite"; "3DGS", "3DSR" alone
# name families and tasks); or a dimension with a hyphened name part of four or more characters or in mixed case
# ("3D-UNet", "3D-FRONT", "3D-IoU"; not "3D-informed", nor the codes "2D-FFT", "3D-VQA").
_DIGIT_PREFIXED = re.compile(r"^\d{1,2}([A-Z][A-Za-z][A-Za-z0-9]{2,}(?=-|$)|[A-Z]{3}(?=-))(?:-[A-Za-z0-9.]+)*$|"
                             r"^[1-4]D-([^-]{4,}|[^-]*[a-z0-9][^-]*)(?:-|$)")
# A capitalised word with a numbered release or split ("Sentinel-2", "Atari-100k", "Claude-Opus-4", "Llama-3"), maybe
# a variant in Title Case after the number ("Gemini-2.5-Flash", "Gemini-3-Pro-Image"); not an ordinal of something
# generic ("Level-5", "Top-1", "Stage-2").
_NUMBERED_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z]+)*-\d+(?:\.\d+)?[kKMB]?(?:-[A-Z][a-z]*)*$")
_NUMBERED_GENERIC = frozenset("""level top rank stage phase type step class grade tier figure fig table section part
round day week month year version chapter lemma theorem group layer block epoch task case scenario option model
experiment setting category""".split())
# a vendor's release written as a letter and its number ("V3-0324", "R1", "K2"): a name after its owner
_RELEASE_CODE = re.compile(r"^[A-Z]\d+(?:[.-]\d+)*$")
# a release number after a name word, perhaps with its variant ("2.5-VL", "3-8B")
_VERSION_WORD = re.compile(r"^(?:v?\d+(?:\.\d+)+|v\d+|[1-9])(?:-(?:[A-Z][A-Za-z]+|\d{1,3}[BM]))?$")
# An element symbol (two-letter symbols first), a site of a formula type (A, B, X as in ABX3) or an organic cation
# of perovskite formulas (methylammonium, formamidinium, guanidinium, phenethylammonium, butylammonium: MAPbI3,
# PEA2PbI4), and its count.
# (with the organic cations of perovskites, tetra- and dimethylammonium ones too ("TPAPb2I5"), and "TM", a transition
# metal in a family's formula: "TMCu4, TM = W, Os")
# A count may hold a variable of a doped or mixed formula: "Li1-xNaxCoO2", "BaTi1-yZryO3", "SrCoO3-δ".
_ELEMENT_COUNT = re.compile("(" + "|".join(sorted(_ELEMENTS + ["MA", "FA", "GA", "PEA", "BA", "TM", "TPA", "TBA", "TEA", "TMA", "DMA"], key=len, reverse=True))
                            + r"|A|X)(\d+(?:\.\d+)?(?:[-+][xyzδ])*|[xyzδ](?:[-+]\d+(?:\.\d+)?)?)?")
# A binary salt or acid needs no count: KCl, NaCl, LiF, CsI, HCl.
_COUNTED_ELEMENT = re.compile(r"(?:H|N|O|F|Cl|Br|I)2")  # a diatomic gas or halogen: N2, O2, H2, Cl2
_BINARY_HALIDE = re.compile(r"^(?:H|Li|Na|K|Rb|Cs|Ag|Cu)(?:F|Cl|Br|I)$")
# ... nor does a binary semiconductor or oxide (GaAs, InAs, CdTe, GaN, ZnO; not "BN", "NiN", "ReLU"),
_BINARY_SEMICONDUCTOR = re.compile(r"^(?:Ga|In|Al|Zn|Cd|Hg|Pb|Si|Ge|Sn)(?:As|Sb|Se|Te|N|P|S|O)$")
# ... nor an ion's spectroscopic stage, an element and a Roman numeral (MgII, FeII, CIV, OIII, [OIII]; not "CoV", "CI").
_ION_STAGE = re.compile(r"^\[?([A-Z][a-z]?)(?:II|III|IV|VI)\]?$")
_CHARGE = re.compile(r"\d*[+-]$")  # an ion's charge: Pb2+, Li+, Cl-


_ORGANIC_ELEMENTS = frozenset("CHONSPF")
_ORGANIC_COUNT = re.compile(r"[CH][2-9]")  # a count of carbons or hydrogens


@lru_cache(maxsize=1 << 14)
def is_chemical_formula(word: str) -> bool:
    """A compound's or ion's formula (TiO2, CsPbI3, Li0.29La0.57TiO3, CH3, ABX3, Pb2+): element symbols with counts,
    a material, not a method or dataset. Names of one-letter capitals and digits pass only as short formulas do
    (up to three symbols, none twice, a count of one or two digits at the end): COCO17, I2V, A2C are names."""
    if _BINARY_HALIDE.match(word) or _BINARY_SEMICONDUCTOR.match(word):
        return True
    if (stage := _ION_STAGE.match(word)) is not None and stage.group(1) in _ELEMENT_SET - {"V", "I"}:
        return True  # (not a Roman numeral alone: "VII", "IV")
    if "/" in word:  # a gas mixture, a pair of phases or a layer stack: "CO2/N2", "TiO2/SnO2", "Ag/SiO2" (not "S4/S5")
        parts = word.split("/")
        return any(map(is_chemical_formula, parts)) and all(
            is_chemical_formula(part) or _COUNTED_ELEMENT.fullmatch(part) is not None or part in _ELEMENT_SET
            for part in parts)
    if "@" in word:  # a core@shell particle or a coated electrode: "Au@SiO2", "Fe3O4@C", "C@Li", "La-MOF@TiO2"
        parts = word.split("@")  # (not "mAP@0.5", "R@1")
        return all(part in _ELEMENT_SET or is_chemical_formula(part) for part in parts) or (
            len(parts) == 2 and bool(parts[0]) and any(map(is_chemical_formula, parts)))
    if "-" in word and word.split("-", 1)[0] in _ELEMENT_SET and is_chemical_formula(word.split("-", 1)[1]):
        return True  # a doped material named by its dopant: "K-SnO2", "Nb-TiO2"
    if "-" in word and all(map(is_chemical_formula, word.split("-"))):
        return True  # a heterostructure of layers: "WSe2-MoSe2", "GaAs-AlAs"
    charge = _CHARGE.search(word)
    core = word[:charge.start()] if charge else word
    pos, symbols, counted = 0, [], False
    while pos < len(core):
        match = _ELEMENT_COUNT.match(core, pos)
        if match is None:
            return False
        symbols.append(match.group(1))
        counted = counted or match.group(2) is not None
        pos = match.end()
    if not symbols:
        return False
    if charge:
        return "A" not in symbols and "X" not in symbols
    if len(set(symbols)) < 2 or not counted:
        return False
    if all(len(symbol) == 1 for symbol in symbols):  # CF3, NH2, ABX3; not COCO17, I2V, SPIN2, CAV2025
        if symbols[0] == "C" and "H" in symbols and set(symbols) <= _ORGANIC_ELEMENTS and _ORGANIC_COUNT.search(word):
            return True  # an organic formula, groups written out: "C2H5OH", "CH3COOH", "C6H5NH3"
        return len(set(symbols)) == len(symbols) <= 3 and word[-1].isdigit() and not word[-3:].isdigit()
    return True


_POSSESSIVE_WORD = re.compile(r"['’]s\s+([^\s,;:()]+)")


def owns_a_name(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` of ``text`` is an owner before a name ("DeepSeek" of "DeepSeek's V3-0324",
    "OpenAI's GPT4o"): the name is what is owned, not its owner."""
    match = _POSSESSIVE_WORD.match(text, end)
    if match is None:
        return False
    owned = match.group(1).rstrip(".")
    return bool(owned) and (_RELEASE_CODE.match(owned) is not None or is_strong_word(owned))


def is_element_symbol(word: str) -> bool:
    """A chemical element's symbol ("Al", "Au", "Si")."""
    return word in _ELEMENT_SET


_ELEMENT_SET = frozenset(_ELEMENTS)


# Words repeat across papers: the shape tests are memoised per word (bounded, so memory stays flat).
@lru_cache(maxsize=1 << 16)
def is_strong_word(word: str) -> bool:
    """A word shaped like a name: inner capitals (ViT, ScreenSpot), letters with digits (SAM3), all caps."""
    if word[0].isdigit():  # "2DXformer", "2WikiMultiHopQA": a number glued to a name-shaped word of four or more
        rest = _DIGIT_PREFIXED.match(word)
        return bool(rest) and not _NUMBER_UNIT.match(word) and is_strong_word(rest.group(1) or rest.group(2))
    if word in STOP_WORDS or _NUMBER_UNIT.match(word) or _ADJECTIVAL.search(word):
        return False
    if is_chemical_formula(word):
        return False
    if sum(ch.isalpha() for ch in word) < 2:
        return False  # "B/16", "K": a fragment, not a name
    numbered = _NUMBERED_NAME.match(word) or ("/" in word and _NUMBERED_NAME.match(word.split("/", 1)[0]))
    if numbered:  # "Llama-2", "Llama-2/3"
        return word.split("-", 1)[0].lower() not in _NUMBERED_GENERIC
    return any(_PART_STRONG.search(part) for part in re.split(r"[-/]", word) if part)


@lru_cache(maxsize=1 << 16)
def is_adjectival(word: str) -> bool:
    """A compound made an adjective by its suffix ("VLM-based", "Generation-Assisted")."""
    return _ADJECTIVAL.search(word) is not None


_BRACKET_AFTER = re.compile(r" ?[(（]")


def _coined_with_a_compound(words: list[str]) -> bool:
    """A Title Case name that opens with a compound of a plain word ("Generation-Assisted Multimodal Querying",
    "Knowledge-Enhanced Graph Reasoning"): two more words after it, none adjectival; not an adjective made from a
    name ("VLM-based Agents", "LiDAR-guided Depth Completion")."""
    if len(words) < 3 or any(map(is_adjectival, words[1:])):
        return False
    stem = words[0].split("-", 1)[0]
    return stem[:1].isupper() and stem[1:].islower() and not is_strong_word(stem)


_QUOTE_OPENERS = "\"“("
_SENTENCE_BREAKS = ".!?:;。！？；\n"


def at_sentence_start(text: str, pos: int) -> bool:
    """True when only blanks and an opening quote or bracket separate ``pos`` from the start of its sentence.

    The same answer as ``_SENTENCE_START.search(text, 0, pos)`` (start of text or a break character, blanks,
    an optional ``"``/``“``/``(``, blanks), found by looking back from ``pos`` instead of scanning from 0.
    """
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0 or text[i - 1] in _SENTENCE_BREAKS or "\n" in text[i:pos]:
        return True
    if text[i - 1] not in _QUOTE_OPENERS:
        return False
    j = i - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in _SENTENCE_BREAKS or "\n" in text[j:i - 1]


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


def _token_lists(nlp: Language, texts: list[str]) -> list[list[str]]:
    """The token strings of each text (no surrounding blanks), tokenised as one newline-separated document: the
    tokenizer splits each blank-separated chunk on its own, so every text gets the tokens it gets alone, about 20
    times faster than a ``Doc`` per text."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    joined = "\n".join(texts)
    doc = nlp.make_doc(joined)
    tokens: list[list[str]] = [[] for _ in texts]
    if len(doc):
        for idx, length in doc.to_array([IDX, LENGTH]).tolist():
            at = bisect_right(starts, idx) - 1
            if idx < starts[at] + len(texts[at]):  # not the newline between two texts
                tokens[at].append(joined[idx:idx + length])
    return tokens


# What the lexicon entries' tokens depend on besides their text: spaCy and kg's tokenizer rules.
_TOKENIZER_VERSION = f"{spacy_version}|{tokenizer_rules_digest()}"


def _pattern_keys(nlp: Language, texts: list[str]) -> dict[str, tuple[list[int], list[int]]]:
    """ORTH and LOWER ids of each text's tokens: the PhraseMatcher patterns, without a ``Doc`` per text (the tokens
    are kept on disk between runs, :func:`cached_token_lists`)."""
    strings = nlp.vocab.strings
    lower = nlp.vocab.lex_attr_getters[LOWER]
    keys: dict[str, tuple[list[int], list[int]]] = {}
    for text, tokens in zip(texts, cached_token_lists(texts, _TOKENIZER_VERSION,
                                                      lambda some: _token_lists(nlp, some))):
        keys[text] = ([strings.add(token) for token in tokens], [strings.add(lower(token)) for token in tokens])
    return keys


def _possessive_variants(text: str) -> list[str]:
    """Other spellings of a lexicon entry's possessive: with a typographic apostrophe and without it ("Cohen's
    kappa": "Cohen’s kappa", "Cohen kappa"; "Fleiss' kappa": "Fleiss’ kappa", "Fleiss kappa")."""
    return [text.replace("'", "\u2019"), re.sub(r"'s?(?=\s|$)", "", text)]


@Language.factory("kg_lexicon_matcher")
def make_lexicon_matcher(nlp: Language, name: str) -> "LexiconMatcher":
    return LexiconMatcher(nlp, load_lexicons())


class LexiconMatcher:
    """PhraseMatcher over the lexicons: exact case for plain one-word names, lower case otherwise.

    The two kinds of patterns (:attr:`exact` on ``ORTH``, :attr:`lower` on ``LOWER``) run as one ``LOWER`` matcher
    (one pass over the ``Doc`` instead of two): an exact pattern's match is kept when the tokens are written as in
    the pattern. :meth:`find` gives what the two matchers give, in their order (see :meth:`_order`).
    """

    TYPES = ("Dataset", "Benchmark", "Metric", "Technique", "Method", "Task")

    def __init__(self, nlp: Language, lexicons: Lexicons) -> None:
        self.vocab = nlp.vocab
        self.canonical: dict[tuple[str, str], str] = {}
        sources = {"Dataset": lexicons.datasets, "Benchmark": lexicons.benchmarks, "Metric": lexicons.metrics,
                   "Technique": lexicons.techniques, "Method": lexicons.methods, "Task": lexicons.tasks}
        # (a hyphenated entry is also matched with U+2010, the hyphen of publishers' abstracts: "open‐circuit voltage")
        texts = [entry.text for entries in sources.values() for entry in entries]
        keys = _pattern_keys(nlp, texts + [text.replace("-", "\u2010") for text in texts if "-" in text]
                             + [v for text in texts if "'" in text for v in _possessive_variants(text)])
        # label -> (exact patterns as ORTH ids, their LOWER ids, lower-case patterns as LOWER ids), in lexicon order
        self._patterns: dict[str, tuple[list[list[int]], list[list[int]], list[list[int]]]] = {}
        for label, entries in sources.items():
            exact, exact_lower, lower = [], [], []
            for entry in entries:
                self.canonical[(label, entry.text.lower())] = entry.canonical
                # (a numbered release is matched in any case too: "gpt-4o", "llama-2-7b" as some papers write them)
                distinctive = entry.text.islower() or (" " in entry.text and label != "Method") or (
                    label in ("Dataset", "Benchmark") and re.search(r"\d", entry.text)) or (
                    label == "Method" and len(entry.text) >= 5 and re.search(r"\d", entry.text))
                orth, low = keys[entry.text]
                if orth:
                    if distinctive:
                        lower.append(low)
                        variants = [entry.text.replace("-", "\u2010")] if "-" in entry.text else []
                        if "'" in entry.text:  # "Fleiss' kappa": also "Fleiss kappa", "Fleiss’ kappa"
                            variants += _possessive_variants(entry.text)
                        for variant in variants:
                            self.canonical[(label, variant.lower())] = entry.canonical
                            lower.append(keys[variant][1])
                    else:
                        exact.append(orth)
                        exact_lower.append(low)
            self._patterns[label] = (exact, exact_lower, lower)
        self.labels = {nlp.vocab.strings[label]: label for label in sources}
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # match id -> (label, is an exact pattern)
        self._kinds: dict[int, tuple[str, bool]] = {}
        self._exact_orths: dict[str, set[tuple[int, ...]]] = {}
        for label, (exact, exact_lower, lower) in self._patterns.items():
            self._matcher.add(label, lower)
            self._matcher.add(f"{label} exact", exact_lower)
            self._kinds[nlp.vocab.strings[label]] = (label, False)
            self._kinds[nlp.vocab.strings[f"{label} exact"]] = (label, True)
            self._exact_orths[label] = {tuple(orth) for orth in exact}
        self._ranks = self._order()

    def _order(self) -> dict[tuple[bool, tuple[int, ...]], dict[str, int]]:
        """For each pattern that several labels share: the order in which :attr:`exact` (``True``, ORTH ids) or
        :attr:`lower` (``False``, LOWER ids) reports its labels for one span. A PhraseMatcher reports the labels of a
        span in the order of its table for that pattern, which depends only on the labels added with the pattern and
        their order: a matcher of these few patterns, added in the same order, reports the same order."""
        shared: dict[tuple[bool, tuple[int, ...]], list[str]] = {}
        for label, (exact, _, lower) in self._patterns.items():
            for is_exact, patterns in ((True, exact), (False, lower)):
                for pattern in patterns:
                    shared.setdefault((is_exact, tuple(pattern)), []).append(label)
        shared = {key: labels for key, labels in shared.items() if len(set(labels)) > 1}
        ranks: dict[tuple[bool, tuple[int, ...]], dict[str, int]] = {}
        for is_exact in (True, False):
            matcher = PhraseMatcher(self.vocab, attr="ORTH" if is_exact else "LOWER")
            for label, (exact, _, lower) in self._patterns.items():
                matcher.add(label, [pattern for pattern in (exact if is_exact else lower)
                                    if (is_exact, tuple(pattern)) in shared])
            for (kind, pattern), _ in shared.items():
                if kind != is_exact:
                    continue
                doc = Doc(self.vocab, words=[self.vocab.strings[t] for t in pattern])
                attr = ORTH if is_exact else LOWER
                if tuple(doc.to_array(attr).tolist()) != pattern:
                    from ..errors import ExtractionError  # (import lines of this module are kept to spaCy's)

                    raise ExtractionError(f"lexicon pattern {pattern} cannot be spelled back for its match order")
                ranks[(kind, pattern)] = {self.labels[match_id]: rank for rank, (match_id, start, end) in enumerate(
                    matcher(doc)) if (start, end) == (0, len(pattern))}
        return ranks

    def _matcher_of(self, attr: str, kind: int) -> PhraseMatcher:
        """A PhraseMatcher of one kind of the patterns (0: exact case, 2: lower case) alone."""
        matcher = PhraseMatcher(self.vocab, attr=attr)
        for label, patterns in self._patterns.items():
            matcher.add(label, patterns[kind])
        return matcher

    @cached_property
    def exact(self) -> PhraseMatcher:
        """The exact-case patterns alone (``ORTH``), built when first asked for: :meth:`find` does not use it."""
        return self._matcher_of("ORTH", 0)

    @cached_property
    def lower(self) -> PhraseMatcher:
        """The lower-case patterns alone (``LOWER``), built when first asked for: :meth:`find` does not use it."""
        return self._matcher_of("LOWER", 2)

    def find(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """``(start_char, end_char, label, canonical)`` of every match, exact-case matches first (the matches of
        :attr:`exact`, then those of :attr:`lower`, each in its matcher's order)."""
        text = doc_text(doc)
        exact: list[tuple[int, int, str]] = []
        lower: list[tuple[int, int, str]] = []
        shared = False  # a span reported with two labels: their order is restored below
        last_exact = last_lower = (-1, -1)
        kinds, exact_orths = self._kinds, self._exact_orths
        for match_id, start, end in self._matcher(doc):
            label, is_exact = kinds[match_id]
            if is_exact:
                orths = (doc[start].orth,) if end - start == 1 else tuple(doc[i].orth for i in range(start, end))
                if orths in exact_orths[label]:
                    shared = shared or last_exact == (start, end)
                    last_exact = (start, end)
                    exact.append((start, end, label))
            else:
                shared = shared or last_lower == (start, end)
                last_lower = (start, end)
                lower.append((start, end, label))
        if shared:
            exact, lower = self._in_matcher_order(doc, exact, True), self._in_matcher_order(doc, lower, False)
        found = []
        for start, end, label in exact + lower:
            last = doc[end - 1]
            start_char, end_char = doc[start].idx, last.idx + len(last)
            surface = text[start_char:end_char]
            found.append((start_char, end_char, label, self.canonical.get((label, surface.lower()), surface)))
        return found

    def _in_matcher_order(self, doc: Doc, matches: list[tuple[int, int, str]],
                          is_exact: bool) -> list[tuple[int, int, str]]:
        """``matches`` (in span order) with the labels of one span in the order their own matcher reports them."""
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(matches):
            j = i + 1
            while j < len(matches) and matches[j][:2] == matches[i][:2]:
                j += 1
            if j - i > 1:
                start, end = matches[i][:2]
                pattern = tuple(getattr(doc[t], "orth" if is_exact else "lower") for t in range(start, end))
                rank = self._ranks[(is_exact, pattern)]
                out += sorted(matches[i:j], key=lambda match: rank[match[2]])
            else:
                out.append(matches[i])
            i = j
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label, canonical in self.find(doc):
            span = doc.char_span(start, end, label=label)
            span.kb_id_ = canonical
            spans.append(span)
        doc.spans["lexicon"] = spans
        return doc


@lru_cache(maxsize=1 << 15)
def _phrase_plan(phrase: str, opens_sentence: bool, bracket_after: bool = False
                 ) -> tuple[int, int, str, tuple[tuple[int, int], ...]] | None:
    """What a capitalised phrase yields, as offsets into the phrase: (start, end, STRONG | WEAK, PART words).

    ``opens_sentence``: the phrase starts a sentence (only asked when it matters: see :func:`find_names`);
    ``bracket_after``: a bracket follows it (a short form: the phrase is a long form).
    """
    words = phrase.split(" ")
    if any(map(is_adjectival, words)) and (opens_sentence or bracket_after or not _coined_with_a_compound(words)):
        # (where it opens a sentence, follows a title's "Name:" or comes before a short form, the phrase spells a
        # name out: "AGMark: Attention-Guided Dynamic Watermarking ...", "... Watermarking (AGMark)")
        return None
    if words[-1].endswith(("-a", "-an", "-the")) and len(words[-1]) > 4:  # "DynaWrite-a modular app": a dash
        words[-1] = words[-1].rsplit("-", 1)[0]
    if "--" in phrase:  # a dash written as two hyphens ("ALFWorld--matching the ..."): the name ends before it
        cut = next(i for i, word in enumerate(words) if "--" in word)
        words = words[:cut] + [words[cut].split("--", 1)[0]]
        if not words[-1]:
            words.pop()
        if not words:
            return None
    # trim stop words and lone numbers at the edges ("GUI Agent" -> "Agent", "SOTA" -> nothing)
    offsets = []
    pos = 0
    for word in words:
        offsets.append((pos, pos + len(word), word))
        pos += len(word) + 1
    last = offsets[-1][2]
    if len(last) > 2 and last.endswith(("'s", "’s")):  # "OpenAI's", "StarCraft II's": the name is the owner
        offsets[-1] = (offsets[-1][0], offsets[-1][1] - 2, last[:-2])
    owned_release = False  # "DeepSeek's V3-0324": a release code after its owner is a name
    for i in range(len(offsets) - 2, -1, -1):  # "OpenAI's GPT4o": the name is what is owned when it is name-shaped
        if offsets[i][2].endswith(("'s", "’s")):  # ("Humanity's Last Exam" is one name)
            owned = [w for _, _, w in offsets[i + 1:]]  # (or a release phrase: "Anthropic's Claude 3 Haiku")
            owned_release = any(_RELEASE_CODE.match(w) for w in owned) or (
                len(owned) > 1 and len(owned[0]) > 2 and any(_VERSION_WORD.match(w) for w in owned[1:]))
            if owned_release or any(is_strong_word(w) for _, _, w in offsets[i + 1:]):
                del offsets[:i + 1]
            break
    for i in range(len(offsets) - 1):  # a formula with its count apart ("SnO 2", "PbI 2"): one formula
        (start, _, word), (_, end, count) = offsets[i], offsets[i + 1]
        if count.isdigit() and len(count) <= 2 and is_chemical_formula(word + count):
            offsets[i:i + 2] = [(start, end, word + count)]
            break
    # a plain capitalised word opening a sentence ("Introduces TSW-SL", "Achieves KL") is not part of a name
    if len(offsets) > 1 and not is_strong_word(offsets[0][2]) and opens_sentence:
        offsets.pop(0)
    while offsets and (offsets[0][2] in STOP_WORDS or offsets[0][2] in STARTERS or (
            offsets[0][2][0].isdigit() and not is_strong_word(offsets[0][2])) or is_chemical_formula(offsets[0][2])):
        offsets.pop(0)
    while offsets and (offsets[-1][2] in STOP_WORDS or offsets[-1][2] in STARTERS or is_chemical_formula(
            offsets[-1][2])) and (len(offsets) == 1 or not offsets[-1][2][0].isdigit()):
        offsets.pop()
    if not offsets:
        return None
    strong = owned_release or any(is_strong_word(w) for _, _, w in offsets) or (
        len(offsets) > 1 and len(offsets[0][2]) > 2 and offsets[0][2].lower().rstrip("s") not in _NUMBERED_GENERIC
        and any(_VERSION_WORD.match(w) for _, _, w in offsets[1:]))  # "Gemini 2.0 Flash", "Claude 3.5 Sonnet"
    parts: tuple[tuple[int, int], ...] = ()
    if strong and len(offsets) > 1:
        # each strong word alone too, labelled PART: used where phrases are unreliable (Title Case titles)
        # (without a possessive: "AI's Euclid's Elements Moment" has the part "AI")
        parts = tuple((s, e - 2 if w.endswith(("'s", "’s")) else e) for s, e, w in offsets
                      if len(w) > 2 and is_strong_word(w))
    return offsets[0][0], offsets[-1][1], "STRONG" if strong else "WEAK", parts


def token_edges(doc: Doc) -> tuple[bytes, bytes]:
    """Two masks over the character offsets ``0..len(text)`` of ``doc``: 1 where a token starts, 1 where one ends.

    ``starts[a] and ends[b]`` (``a < b``) is ``doc.char_span(a, b) is not None``: the token holding ``a`` starts at
    ``a`` and the token holding ``b - 1`` ends at ``b``. Built from one ``to_array`` (no ``Span`` per test).
    """
    size = len(doc_text(doc)) + 1
    starts = numpy.zeros(size, numpy.uint8)
    ends = numpy.zeros(size, numpy.uint8)
    if len(doc):
        bounds = doc.to_array([IDX, LENGTH]).astype(numpy.intp)  # uint64 indices cost a conversion per use
        starts[bounds[:, 0]] = 1
        ends[bounds[:, 0] + bounds[:, 1]] = 1
    return starts.tobytes(), ends.tobytes()


def find_names(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, label)`` of name-shaped words (STRONG), capitalised phrases (WEAK) and, for
    phrases with strong words, each strong word alone (PART), aligned to token boundaries."""
    starts, ends = token_edges(doc)
    return names_in(doc_text(doc), starts, ends, 0)


def _lower_hyphen_prefixes(text: str) -> Iterator[tuple[int, int]]:
    """(hyphen, start) of each run of one to six lower-case ASCII letters that starts a word and ends at a hyphen
    followed by a capital ("ss-Mamba": the hyphen at 2, the run from 0)."""
    hyphen = text.find("-", 1)
    while hyphen > 0:
        if "A" <= text[hyphen + 1:hyphen + 2] <= "Z" and "a" <= text[hyphen - 1] <= "z":
            start = hyphen - 1
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            if hyphen - start <= 6 and (start == 0 or not _NOT_BEFORE_A_PREFIX.match(text, start - 1)):
                yield hyphen, start
        hyphen = text.find("-", hyphen + 1)


def lower_initial_names(text: str, starts: bytes, ends: bytes, offset: int) -> list[tuple[int, int, str]]:
    """Name-shaped words of ``text`` that open with lower-case letters ("mBERT", "nnU-Net", "mAP@50"), as
    :func:`names_in` gives them (STRONG, aligned to the tokens of the tokenised text at ``offset``)."""
    found: list[tuple[int, int, str]] = []
    for match in _LOWER_INITIAL.finditer(text):
        start = match.start() - 1
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if match.start() - start > 6 or start > 0 and _NOT_BEFORE_A_PREFIX.match(text, start - 1):
            continue  # one to six lower-case letters that start a word
        end = _LOWER_INITIAL_REST.match(text, match.end()).end()
        word = text[start:end]
        if match.start() - start > 3 and not _NAME_AFTER_LONG_PREFIX.search(word, match.start() - start + 1):
            continue  # "conteXtual" is a stylised word; "miniF2F", "tieredImageNet", "distilBERT" are names
        if (len(word) > 2 and not _LOWER_INITIAL_FOLLOWED.match(text, end) and is_strong_word(word)
                and starts[offset + start] and ends[offset + end]):
            found.append((start, end, "STRONG"))
    if "-" in text:
        for hyphen, start in _lower_hyphen_prefixes(text):
            end = _LOWER_INITIAL_REST.match(text, hyphen + 2).end()
            rest = text[hyphen + 1:end]
            if text[start:hyphen] in _ENGLISH_PREFIXES or _LOWER_INITIAL_FOLLOWED.match(text, end) or not (
                    is_strong_word(rest) or hyphen - start <= 3 and rest[1:].isalpha() and rest[1:].islower()):
                continue
            if starts[offset + start] and ends[offset + end]:
                found.append((start, end, "STRONG"))  # (a cue must still call it a name: kg.extract.entities)
        found.sort()
    if "@" in text:
        for match in _LOWER_AT_K.finditer(text):  # "pass@64", "recall@20", "hit@10": a measure at a cut-off
            start, end = match.span()
            if starts[offset + start] and ends[offset + end]:
                found.append((start, end, "STRONG"))
        found.sort()
    if not text.isascii() and may_hold_greek(text) and _GREEK.search(text):
        for match in _GREEK_INITIAL.finditer(text):  # "τ-bench", "β-VAE", "α-CLIP" (not "α-helix", "γ-ray")
            start, end = match.span()
            part = match.group(1)
            if (part.lower().startswith("bench") or is_strong_word(part) and not is_chemical_formula(part)) \
                    and starts[offset + start] and ends[offset + end]:
                found.append((start, end, "STRONG"))  # (not a phase or group: "α-FAPbI3", "α-Hydroxy")
        found.sort()
    return found


# A ranking measure at a cut-off written in lower case (the capitalised ones are name-shaped already).
AT_K_MEASURE_WORDS = r"pass|recall|precision|hits?|hr|ndcg|map|mrr|acc|success"  # (also for kg.extract.entities)
_LOWER_AT_K = re.compile(rf"(?<![\w@.-])(?:{AT_K_MEASURE_WORDS})@\d{{1,4}}(?![\w@.])")


GREEK_LETTER = "[\u0391-\u03a9\u03b1-\u03c9]"  # a Greek capital or small letter (one class for every Greek test)
_GREEK = re.compile(GREEK_LETTER)


def may_hold_greek(text: str) -> bool:
    """False when ``text`` holds no Greek letter for certain: its UTF-8 bytes hold neither of the lead bytes of
    U+0380-U+03FF. A byte search is a fast scan; ``re`` tests a class of non-ASCII characters at every character
    (about four times as long over a paper with Chinese sections)."""
    encoded = text.encode("utf-8", "surrogatepass")
    return b"\xce" in encoded or b"\xcf" in encoded


# A Greek letter (with a superscript count), a hyphen, and a name-shaped part or "bench".
_GREEK_INITIAL = re.compile(rf"(?<![\w-]){GREEK_LETTER}[²³]?-([a-z0-9]*[A-Z0-9][\w.+]*|[Bb]ench\w*)"
                            r"(?![\w-])")
# After four or more lower-case letters, a name holds a digit or a second capital past its first.
_NAME_AFTER_LONG_PREFIX = re.compile(r"[A-Z0-9]")
# A lower-case-initial word that continues into more word characters is part of something else.
_LOWER_INITIAL_FOLLOWED = re.compile(rf"[{_LATIN_WORD}@/-]")


def _with_lower_initial(names: list[tuple[int, int, str]],
                        extra: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``names`` (in scan order, which is by start) with ``extra`` merged in by start."""
    if not extra:
        return names
    return sorted(names + extra, key=lambda n: n[0])


def names_in(text: str, starts: bytes, ends: bytes, offset: int) -> list[tuple[int, int, str]]:
    """:func:`find_names` of ``text``, which starts at ``offset`` of a tokenised text with the masks
    ``starts`` and ``ends`` of :func:`token_edges` (offsets in the result are those of ``text``)."""
    found: list[tuple[int, int, str]] = []
    for match in _PHRASE_SCAN.finditer(text):
        phrase = match.group(1)
        at = match.start(1)
        space = phrase.find(" ")
        # whether the phrase opens a sentence matters only for a plain first word of several
        opens = space > 0 and not is_strong_word(phrase[:space]) and at_sentence_start(text, at)
        plan = _phrase_plan(phrase, opens, space > 0 and _BRACKET_AFTER.match(text, match.end(1)) is not None)
        if plan is None:
            continue
        start, end, label, parts = plan
        base = offset + at
        if starts[base + start] and ends[base + end]:
            found.append((at + start, at + end, label))
        for s, e in parts:
            if starts[base + s] and ends[base + e]:
                found.append((at + s, at + e, "PART"))
    return _with_lower_initial(found, lower_initial_names(text, starts, ends, offset))


# Plans of one-word phrases (a pure function of the word; bounded): most phrases are one word.
_WORD_PLANS: dict[str, tuple[int, int, str, tuple[tuple[int, int], ...]] | None] = {}
_WORD_PLANS_SIZE = 1 << 15
_NO_PLAN = object()


def names_in_sections(text: str, starts: bytes, ends: bytes, offsets: list[int]) -> list[list[tuple[int, int, str]]]:
    """:func:`names_in` of every section of a paper in one scan: ``text`` holds the sections at ``offsets``, joined by
    blank runs that hold a line break (no phrase crosses one, and a name after one opens a sentence as at the start
    of its own text); ``starts`` and ``ends`` are the masks of :func:`token_edges` over ``text``. One list per section,
    offsets in it those of the section."""
    found: list[list[tuple[int, int, str]]] = [[] for _ in offsets]
    i, last = 0, len(offsets) - 1
    offset = offsets[0] if offsets else 0
    following = offsets[1] if last > 0 else len(text) + 1
    names = found[0] if offsets else []
    for match in _PHRASE_SCAN.finditer(text):
        phrase = match.group(1)
        at = match.start(1)
        if at >= following:  # the next section (in order: each list keeps the scan's order)
            while at >= following:
                i += 1
                following = offsets[i + 1] if i < last else len(text) + 1
            offset, names = offsets[i], found[i]
        space = phrase.find(" ")
        if space < 0:
            plan = _WORD_PLANS.get(phrase, _NO_PLAN)
            if plan is _NO_PLAN:
                plan = _phrase_plan(phrase, False)
                if len(_WORD_PLANS) < _WORD_PLANS_SIZE:
                    _WORD_PLANS[phrase] = plan
        else:  # whether the phrase opens a sentence matters only for a plain first word of several
            plan = _phrase_plan(phrase, not is_strong_word(phrase[:space]) and at_sentence_start(text, at),
                                _BRACKET_AFTER.match(text, match.end(1)) is not None)
        if plan is None:
            continue
        start, end, label, parts = plan
        if starts[at + start] and ends[at + end]:
            names.append((at + start - offset, at + end - offset, label))
        for s, e in parts:
            if starts[at + s] and ends[at + e]:
                names.append((at + s - offset, at + e - offset, "PART"))
    for i, extra in enumerate(_lower_initial_by_section(text, starts, ends, offsets)):
        found[i] = _with_lower_initial(found[i], extra)
    return found


def _lower_initial_by_section(text: str, starts: bytes, ends: bytes,
                              offsets: list[int]) -> list[list[tuple[int, int, str]]]:
    """:func:`lower_initial_names` of the joined sections in one scan, split per section (section offsets)."""
    extra: list[list[tuple[int, int, str]]] = [[] for _ in offsets]
    for start, end, label in lower_initial_names(text, starts, ends, 0):
        i = bisect_right(offsets, start) - 1
        extra[i].append((start - offsets[i], end - offsets[i], label))
    return extra


@Language.component("kg_name_candidates")
def name_candidates(doc: Doc) -> Doc:
    """Name-shaped words (STRONG) and capitalised phrases (WEAK), aligned to token boundaries."""
    doc.spans["names"] = [doc.char_span(s, e, label=label) for s, e, label in find_names(doc)]
    return doc


# "(LF)" after a long form: the short form in brackets; the long form is found among the words before it.
_RELEASE_BEFORE = re.compile(r" (\d{1,2}(?:\.\d)?)\s*$")  # "Segment Anything Model 2 (SAM2)"
_ABBREV = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9&+./-]{1,15}?)s?\s*[)）]")
# (U+2010, the hyphen of publishers' abstracts, joins words as "-" does: "Self‐assembled molecules (SAMs)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'’\u2010-]*\s+){0,7}[A-Za-z][\w'’\u2010-]*)\s*$")
_LONG_FORM_SPLIT = re.compile(r"[\s\u2010-]+")
_LONG_FORM_SKIP = frozenset(("the", "a", "an", "of", "and", "for", "with"))


def long_form_for(words: list[str], short: str) -> int | None:
    """How many trailing ``words`` spell the abbreviation ``short`` (by initials or inner letters), or None.

    A digit between letters may multiply the letter before it: "C3A" is "Circular Convolution Adaptation" (tried
    first; else the letters as written: "I2V" is "Image-to-Video")."""
    if _MULTIPLIED_LETTER.search(short):
        multiplied = _MULTIPLIED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), short)
        count = _long_form_count(words, [c.lower() for c in multiplied if c.isalpha()])
        if count is not None:
            return count
    return _long_form_count(words, [c.lower() for c in short if c.isalpha()])


_MULTIPLIED_LETTER = re.compile(r"([A-Za-z])([2-4])(?=[A-Za-z])")


def _long_form_count(words: list[str], letters: list[str]) -> int | None:
    """:func:`long_form_for` for the letters ``letters`` of a short form."""
    if not letters or len(letters) > 12:
        return None
    for count in range(1, min(len(words), len(letters) + 3) + 1):
        candidate = words[-count:]
        if candidate[0].lower() in _LONG_FORM_SKIP:
            continue
        if candidate[0][0].lower() != letters[0]:
            continue
        # every short-form letter must appear in order in the long form, each word contributing its initial
        flat = " ".join(candidate).lower()
        pos = 0
        for ch in letters:
            pos = flat.find(ch, pos)
            if pos < 0:
                break
            pos += 1
        else:  # every letter in order: the initials decide
            initials = [w[0].lower() for w in _LONG_FORM_SPLIT.split(" ".join(candidate)) if w]
            if sum(1 for i in initials if i in letters) >= min(len(letters), len(initials)) - 1:
                return count
    return None


# _WORDS_BEFORE read backwards: matched once at the start of the reversed window. Its greedy repeat takes as many
# words as can be chained (the regex's leftmost start), and each word's greedy run backs off to the run's last
# letter read backwards (the first ASCII letter of the run, where the regex's word starts).
_WORDS_BEFORE_REVERSED = re.compile(r"\s*([\w'’\u2010-]*[A-Za-z](?:\s+[\w'’\u2010-]*[A-Za-z]){0,7})")


def words_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of group 1 of ``_WORDS_BEFORE.search(text, start, end)``: up to eight blank-separated words
    that end ``text[start:end]`` (blanks after them allowed), the first starting at the leftmost possible letter.

    One match of the pattern reversed on the reversed window: the regex, tried at every start position, backtracks
    heavily.
    """
    match = _WORDS_BEFORE_REVERSED.match(text[start:end][::-1])
    if match is None:
        return None
    return end - match.end(1), end - match.start(1)


def spelled_before(text: str, end: int, short: str) -> bool:
    """Whether words ending at ``end`` of ``text`` spell the abbreviation ``short`` ("hidden Markov model", "HMM")."""
    before = words_before(text, max(0, end - 120), end)
    return before is not None and long_form_for(text[before[0]:before[1]].split(), short) is not None


def _end_of_words(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_abbreviations(doc: Doc) -> list[tuple[int, int, int, int]]:
    """``(short_start, short_end, long_start, long_end)`` of each "long form (SHORT)" pair, token-aligned."""
    return abbreviations_in(doc_text(doc), doc, 0)


def abbreviations_in(text: str, doc: Doc, offset: int) -> list[tuple[int, int, int, int]]:
    """:func:`find_abbreviations` of ``text``, which starts at ``offset`` of ``doc``'s text (offsets in the result
    are those of ``text``)."""
    found: list[tuple[int, int, int, int]] = []
    if "(" not in text and "（" not in text:
        return found
    for at in _bracket_positions(text):  # the matches of _ABBREV.finditer(text): each opens with its bracket
        match = _ABBREV.match(text, at)
        if match is None:
            continue
        short = match.group(1)
        if not any(c.isupper() for c in short):
            continue
        end, long_end, letters = match.start(), None, short
        release = _RELEASE_BEFORE.search(text, max(0, end - 8), end)
        if release and short.endswith(release.group(1)) and short[:-len(release.group(1))][-1:].isalpha():
            # "Segment Anything Model 2 (SAM2)": the release number closes both forms
            end, long_end, letters = release.start(), release.end(1), short[:-len(release.group(1))]
        before = words_before(text, max(0, end - 120), end)
        if before is None:
            continue
        words_start, words_end = before
        words = text[words_start:words_end].split()
        count = long_form_for(words, letters)
        if count is None:
            continue
        long_start = words_end - len(" ".join(words[-count:]))
        if text[long_start:words_end].split() != words[-count:]:
            continue  # words were separated by more than one space: skip rather than guess
        long_span = doc.char_span(offset + long_start, offset + (long_end or words_end), alignment_mode="expand")
        short_span = doc.char_span(offset + match.start(1), offset + match.start(1) + len(short), alignment_mode="expand")
        if long_span is None or short_span is None:
            continue
        found.append((short_span.start_char - offset, short_span.end_char - offset, long_span.start_char - offset,
                      long_span.end_char - offset))
    for short_start, short_end, long_start, long_end in _short_first_pairs(text):
        long_span = doc.char_span(offset + long_start, offset + long_end, alignment_mode="expand")
        short_span = doc.char_span(offset + short_start, offset + short_end, alignment_mode="expand")
        if long_span is not None and short_span is not None:
            found.append((short_span.start_char - offset, short_span.end_char - offset,
                          long_span.start_char - offset, long_span.end_char - offset))
    return found




def _bracket_positions(text: str) -> list[int]:
    """Where "(" or "（" stand in ``text``, in order (``str.find``: a regex class with a non-ASCII character makes
    ``re`` test every character)."""
    found = []
    for bracket in ("(", "（"):
        at = text.find(bracket)
        while at >= 0:
            found.append(at)
            at = text.find(bracket, at + 1)
    return sorted(found) if "（" in text and "(" in text else found
_BRACKET_CONTENT = re.compile(r"([A-Z][^()（）]{2,88})[)）]")
_SHORT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&+./-")


def _short_first_pairs(text: str) -> list[tuple[int, int, int, int]]:
    """"SHORT (Long Form)" pairs, the short form first: "MTCT (Multi-Task Cross-Training)", "RD-MLDG
    (Reasoning-Driven Multimodal LLM for Domain Generalization)". The bracket holds the whole long form."""
    pairs: list[tuple[int, int, int, int]] = []
    for at in _bracket_positions(text):
        if not "A" <= text[at + 1:at + 2] <= "Z":
            continue  # a long form opens with a capital: not "(e.g., ...)", "(i)", "（多任务交叉训练）"
        end = at - 1 if at and text[at - 1] == " " else at
        start = end
        while start > 0 and text[start - 1] in _SHORT_CHARS:
            start -= 1
        if not 2 <= end - start <= 16 or text[start:end].islower() or not text[start].isalpha():
            continue  # the cheap tests first: most brackets follow an ordinary word
        short = text[start:end]
        content = _BRACKET_CONTENT.match(text, at + 1)
        if content is None or " " not in content.group(1):
            continue
        words = content.group(1).split()
        if 2 <= len(words) <= 12 and long_form_for(words, short) == len(words):
            pairs.append((start, end, content.start(1), content.end(1)))
    return pairs


@Language.component("kg_abbreviations")
def abbreviations(doc: Doc) -> Doc:
    """Pairs "long form (SHORT)": ``abbrev_short`` and ``abbrev_long`` span groups, parallel."""
    pairs = find_abbreviations(doc)
    doc.spans["abbrev_short"] = [doc.char_span(s, e) for s, e, _, _ in pairs]
    doc.spans["abbrev_long"] = [doc.char_span(s, e) for _, _, s, e in pairs]
    return doc


# Lexeme attributes the pipeline reads (the matchers use ORTH, which every lexeme has, and LOWER).
# Computing spaCy's other ~20 attributes for every new word costs more than tokenising it. The getters are the
# ``str`` methods spaCy's own (``lex_attrs.lower``, ``lex_attrs.is_space``) call, without their Python frame.
_LEX_ATTRS = {LOWER: str.lower, IS_SPACE: str.isspace}


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The shared pipeline (built once per process: lexicon matchers take a moment to compile)."""
    nlp = English(create_tokenizer=make_tokenizer)  # never builds the default tokenizer and its exceptions
    nlp.vocab.lex_attr_getters = dict(_LEX_ATTRS)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("kg_lexicon_matcher")
    nlp.add_pipe("kg_name_candidates")
    nlp.add_pipe("kg_abbreviations")
    return nlp


__all__ = ["CJK", "STARTERS", "STOP_WORDS", "at_sentence_start", "abbreviations_in", "build_nlp", "find_abbreviations", "find_names",
           "is_chemical_formula", "is_strong_word", "long_form_for", "names_in", "names_in_sections", "owns_a_name",
           "token_edges", "words_before"]
